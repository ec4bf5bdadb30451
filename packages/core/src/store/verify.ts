import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readManifest, type StoreManifest, sourceKind } from './persist.js';

/** One problem {@link verifyStore} found. */
export interface VerifyProblem {
  /** Source path as recorded, or the store file concerned. */
  path: string;
  /** `missing-copy` (no stored bytes), `hash-mismatch` (stored bytes changed), `missing-graph`. */
  kind: 'missing-copy' | 'hash-mismatch' | 'missing-graph';
  message: string;
}

/** What {@link verifyStore} checked. */
export interface VerifyReport {
  manifest: StoreManifest;
  /** Sources whose stored copy re-hashed to the recorded SHA-256. */
  verified: number;
  problems: VerifyProblem[];
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Re-hash every stored source copy against the manifest, and check every
 * graph file the manifest lists is there (linksets and derived graphs have no
 * source file and count as verified when their graph file is there). Reads
 * the store only.
 *
 * @example const { problems } = await verifyStore('kg-store'); if (problems.length) …
 */
export async function verifyStore(dir: string): Promise<VerifyReport> {
  const manifest = await readManifest(dir);
  const problems: VerifyProblem[] = [];
  let verified = 0;
  for (const s of manifest.sources) {
    if (!s.stored) {
      // A linkset or derived graph is computed in the store: there is no source file to keep.
      const kind = sourceKind(s);
      if (kind === 'linkset' || kind === 'derived') verified++;
      else problems.push({ path: s.path, kind: 'missing-copy', message: `${s.path}: the store keeps no copy of it` });
    } else {
      const bytes = await readFile(join(dir, s.stored)).catch(() => undefined);
      if (!bytes) {
        problems.push({ path: s.path, kind: 'missing-copy', message: `${s.path}: stored copy ${s.stored} is missing` });
      } else if (sha256(bytes) !== s.sha256) {
        problems.push({
          path: s.path,
          kind: 'hash-mismatch',
          message: `${s.path}: stored copy ${s.stored} hashes to ${sha256(bytes).slice(0, 12)}…, manifest says ${s.sha256.slice(0, 12)}…`,
        });
      } else verified++;
    }
    const graph = await readFile(join(dir, s.file)).catch(() => undefined);
    if (!graph) problems.push({ path: s.file, kind: 'missing-graph', message: `graph file ${s.file} is missing` });
  }
  return { manifest, verified, problems };
}
