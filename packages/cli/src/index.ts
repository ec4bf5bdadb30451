// Public API of @policy-kg/cli: the programmatic entry point.

export { EXIT, exitCodeFor } from './exit-codes.js';
export type { Io } from './io.js';
export { createProgram, main } from './main.js';
