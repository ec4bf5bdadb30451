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
  if (error instanceof ValidationError) return EXIT.validation;
  if (error instanceof KgError) return EXIT.runtime;
  return EXIT.runtime;
}
