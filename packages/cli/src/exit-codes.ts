import { KgError, ParseError, UsageError, ValidationError } from '@policy-kg/core';

/** Exit codes documented in `kg --help`. */
export const EXIT = {
  ok: 0,
  runtime: 1,
  usage: 2,
  validation: 3,
} as const;

/** Map an error to the exit code the CLI contract promises. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError || error instanceof ParseError) return EXIT.usage;
  // A damaged or unreadable store is a runtime problem, not a validation result.
  if (error instanceof KgError && error.code.startsWith('KG_STORE_')) return EXIT.runtime;
  if (error instanceof ValidationError) return EXIT.validation;
  if (error instanceof KgError) return EXIT.runtime;
  return EXIT.runtime;
}
