import { registerBuild } from './build.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
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
];
