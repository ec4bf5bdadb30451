#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `pnpm build`, which
// `pnpm install` runs through the workspace's prepare script).
import { main } from '../dist/main.js';

// A reader that stops early (`kg … | head`) closes the pipe. Stop quietly, as
// Unix filters do, instead of crashing with an unhandled EPIPE stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
