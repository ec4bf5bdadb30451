import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type OpenedStore, openStore, UsageError } from '@policy-kg/core';

/** `kg.config.json` (in the working directory, or the file `KG_CONFIG` names): defaults for flags. */
export interface KgConfig {
  store?: string;
  format?: string;
}

/** Read the config file; a missing file is an empty config, a broken one a usage error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): KgConfig {
  const path = resolve(env.KG_CONFIG ?? 'kg.config.json');
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as KgConfig;
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** Store directory by precedence: `--store` > `KG_STORE` > `kg.config.json` "store". */
export function storeDir(options: { store?: string }, env: NodeJS.ProcessEnv = process.env): string {
  const dir = options.store ?? env.KG_STORE ?? loadConfig(env).store;
  if (!dir) throw new UsageError('no store given: pass --store DIR (or set KG_STORE, or "store" in kg.config.json)');
  return dir;
}

/** Output format by precedence: `--format` > `KG_FORMAT` > config "format" > undefined (TTY default). */
export function formatOption(options: { format?: string }, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return options.format ?? env.KG_FORMAT ?? loadConfig(env).format;
}

/** Open the store the options name. */
export function openStoreFrom(options: { store?: string }): Promise<OpenedStore> {
  return openStore(storeDir(options));
}

/** Help text for the store option. */
export const STORE_HELP = 'store directory (default: $KG_STORE, or "store" in kg.config.json)';
