import type { Command } from 'commander';
import type { Io } from '../io.js';

/**
 * A subcommand registers itself on the program. One file per subcommand in
 * this folder, typed with this (not imported from `index.ts`, which imports
 * every command: that would be a cycle); add it to `COMMANDS` in `index.ts`.
 */
export type RegisterCommand = (program: Command, io: Io) => void;
