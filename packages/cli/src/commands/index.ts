import { registerBuild } from './build.js';
import { registerDiffusion } from './diffusion.js';
import { registerEchoes } from './echoes.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerImport } from './import.js';
import { registerIngest } from './ingest.js';
import { registerLink } from './link.js';
import { registerPush } from './push.js';
import { registerServe } from './serve.js';

import type { RegisterCommand } from './types.js';

export type { RegisterCommand } from './types.js';

export const COMMANDS: RegisterCommand[] = [
  registerIngest,
  registerExtract,
  registerBuild,
  registerExport,
  registerPush,
  registerServe,
  registerImport,
  registerLink,
  registerDiffusion,
  registerEchoes,
];
