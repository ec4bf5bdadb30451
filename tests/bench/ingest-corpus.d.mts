/** Types of ingest-corpus.mjs (plain JS so a bare `node` child process can load it). */
export function baseDocuments(): Array<{ name: string; text: string }>;
export function vary(text: string, k: number): string;
export function benchFiles(scale: number): Generator<{ name: string; bytes: Uint8Array }>;
