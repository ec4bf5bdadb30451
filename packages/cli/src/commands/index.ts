import { registerBuild } from './build.js';
import { registerDiffusion } from './diffusion.js';
import { registerEchoes } from './echoes.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerImport } from './import.js';
import { registerIndicators } from './indicators.js';
import { registerIngest } from './ingest.js';
import { registerLink } from './link.js';
import { registerPush } from './push.js';
import { registerQuery } from './query.js';
import { registerSearch } from './search.js';
import { registerServe } from './serve.js';
import { registerStats } from './stats.js';
import { registerTimeline } from './timeline.js';
import type { RegisterCommand } from './types.js';
import { registerValidate } from './validate.js';
import { registerVerify } from './verify.js';
import { registerWhoSaid } from './who-said.js';

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
  registerQuery,
  registerSearch,
  registerWhoSaid,
  registerTimeline,
  registerIndicators,
  registerValidate,
  registerVerify,
  registerStats,
];
