/** Where a command writes: data to `out`, logs and progress to `err`. */
export interface Io {
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream & { isTTY?: boolean };
}

export const processIo: Io = { out: process.stdout, err: process.stderr };

/** Write a line of data to stdout. */
export function writeLine(io: Io, line: string): void {
  io.out.write(`${line}\n`);
}

/** Write a log line to stderr. */
export function logLine(io: Io, line: string): void {
  io.err.write(`${line}\n`);
}
