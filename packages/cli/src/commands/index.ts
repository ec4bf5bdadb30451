import type { Command } from 'commander';
import type { Io } from '../io.js';
import { registerBuild } from './build.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerPush } from './push.js';

/**
 * A subcommand registers itself on the program. One file per subcommand in
 * this folder; add it to `COMMANDS` below.
 */
export type RegisterCommand = (program: Command, io: Io) => void;

export const COMMANDS: RegisterCommand[] = [
  registerIngest,
  registerExtract,
  registerBuild,
  registerExport,
  registerPush,
];
