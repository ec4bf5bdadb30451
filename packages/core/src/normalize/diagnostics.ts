/** A recoverable problem found while decoding or normalizing (structurally `Diagnostic` of segment/types.ts). */
export interface NormalizeDiagnostic {
  /** Stable code, e.g. `KG_INVALID_BYTES`. */
  code: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
  /** UTF-16 range in the normalized text, when the problem has a place. */
  span?: { start: number; end: number };
}
