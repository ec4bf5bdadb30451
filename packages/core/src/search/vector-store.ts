import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotFoundError, ValidationError } from '../errors.js';
import { sha256, sha256File, writeFileAtomic } from './atomic-file.js';
import { HnswVectorIndex } from './hnsw-index.js';
import { ExactVectorIndex, type VectorIndex } from './vector-index.js';

/** Version of the on-disk vector format; bumped on any incompatible change. */
export const VECTOR_FORMAT_VERSION = 1;
/** File names inside an index directory. */
export const VECTOR_FILES = { data: 'vectors.bin', sidecar: 'vectors.json' } as const;

/** The sidecar written beside `vectors.bin`. */
export interface VectorSidecar {
  format: number;
  type: 'exact' | 'hnsw';
  embedderId: string;
  dimension: number;
  /** Live vectors. */
  count: number;
  /** Hex SHA-256 of `vectors.bin`. */
  checksum: string;
  /** exact: ids in row order. */
  ids?: string[];
  /** hnsw: label ↔ id pairs of live vectors, and the counters. */
  labels?: [number, string][];
  nextLabel?: number;
  deletedSlots?: number;
  m?: number;
  efConstruction?: number;
}

/**
 * Saves a vector index into `dir` as `vectors.bin` (hnswlib graph, or raw
 * little-endian float32 rows) plus the `vectors.json` sidecar carrying the
 * embedder id, dimension, id map, format version and the data's checksum.
 * Both files are written atomically, data first, so a crash between them leaves a
 * checksum mismatch that {@link loadVectorIndex} detects.
 */
export function saveVectorIndex(index: VectorIndex, dir: string, options: { embedderId: string }): void {
  mkdirSync(dir, { recursive: true });
  const dataPath = join(dir, VECTOR_FILES.data);
  let sidecar: VectorSidecar;
  if (index instanceof HnswVectorIndex) {
    writeFileAtomic(dataPath, (tmp) => index.hnsw.writeIndexSync(tmp));
    sidecar = {
      format: VECTOR_FORMAT_VERSION,
      type: 'hnsw',
      embedderId: options.embedderId,
      dimension: index.dimension,
      count: index.size,
      checksum: sha256File(dataPath),
      ...index.labels(),
      m: index.m,
      efConstruction: index.efConstruction,
    };
  } else if (index instanceof ExactVectorIndex) {
    const { ids, data } = index.snapshot();
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    writeFileAtomic(dataPath, bytes);
    sidecar = {
      format: VECTOR_FORMAT_VERSION,
      type: 'exact',
      embedderId: options.embedderId,
      dimension: index.dimension,
      count: ids.length,
      checksum: sha256(bytes),
      ids,
    };
  } else {
    throw new TypeError('saveVectorIndex: unknown VectorIndex implementation');
  }
  writeFileAtomic(join(dir, VECTOR_FILES.sidecar), JSON.stringify(sidecar));
}

/**
 * Loads a vector index saved by {@link saveVectorIndex}, refusing anything it
 * cannot trust. Errors (all `KgError`s with a `code`):
 * - `KG_INDEX_NOT_FOUND` (NotFoundError): no sidecar or data file in `dir`;
 * - `KG_INDEX_MISMATCH` (ValidationError): built by another embedder or dimension, or another format version;
 * - `KG_INDEX_CORRUPT` (ValidationError): unreadable sidecar, checksum mismatch, or a graph hnswlib rejects.
 */
export function loadVectorIndex(dir: string, options: { embedderId: string; dimension: number }): VectorIndex {
  const sidecarPath = join(dir, VECTOR_FILES.sidecar);
  const dataPath = join(dir, VECTOR_FILES.data);
  if (!existsSync(sidecarPath) || !existsSync(dataPath)) {
    throw new NotFoundError(`no vector index in ${dir}: expected ${VECTOR_FILES.data} and ${VECTOR_FILES.sidecar}`, {
      code: 'KG_INDEX_NOT_FOUND',
    });
  }
  let sidecar: VectorSidecar;
  try {
    sidecar = JSON.parse(readFileSync(sidecarPath, 'utf8')) as VectorSidecar;
  } catch (cause) {
    throw new ValidationError(`vector index sidecar ${sidecarPath} is not valid JSON; rebuild the index`, {
      code: 'KG_INDEX_CORRUPT',
      cause,
    });
  }
  if (sidecar.format !== VECTOR_FORMAT_VERSION) {
    throw new ValidationError(
      `vector index in ${dir} has format ${sidecar.format}, this version reads ${VECTOR_FORMAT_VERSION}; rebuild the index`,
      { code: 'KG_INDEX_MISMATCH' },
    );
  }
  if (sidecar.embedderId !== options.embedderId || sidecar.dimension !== options.dimension) {
    throw new ValidationError(
      `vector index in ${dir} was built by embedder ${sidecar.embedderId} (${sidecar.dimension} dimensions), not ${options.embedderId} (${options.dimension}); rebuild the index`,
      { code: 'KG_INDEX_MISMATCH' },
    );
  }
  const bytes = readFileSync(dataPath);
  if (sha256(bytes) !== sidecar.checksum) {
    throw new ValidationError(`vector index data ${dataPath} does not match its checksum; rebuild the index`, {
      code: 'KG_INDEX_CORRUPT',
    });
  }
  try {
    if (sidecar.type === 'exact') {
      const ids = sidecar.ids ?? [];
      if (bytes.byteLength !== ids.length * sidecar.dimension * 4)
        throw new Error('data length does not match the ids');
      const data = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      return ExactVectorIndex.fromSnapshot(sidecar.dimension, ids, data);
    }
    if (sidecar.type === 'hnsw') {
      return HnswVectorIndex.read(dataPath, {
        dimension: sidecar.dimension,
        labels: sidecar.labels ?? [],
        nextLabel: sidecar.nextLabel ?? 0,
        deletedSlots: sidecar.deletedSlots ?? 0,
        ...(sidecar.m === undefined ? {} : { m: sidecar.m }),
        ...(sidecar.efConstruction === undefined ? {} : { efConstruction: sidecar.efConstruction }),
      });
    }
    throw new Error(`unknown index type ${String(sidecar.type)}`);
  } catch (cause) {
    throw new ValidationError(
      `vector index in ${dir} cannot be read (${(cause as Error).message}); rebuild the index`,
      {
        code: 'KG_INDEX_CORRUPT',
        cause,
      },
    );
  }
}
