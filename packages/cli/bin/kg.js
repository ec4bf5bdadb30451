#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `pnpm build`, which
// `pnpm install` runs through the workspace's prepare script).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
