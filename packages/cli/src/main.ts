import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { type Io, logLine, processIo } from './io.js';
import { VERSION } from './version.js';

const EXIT_HELP = `
Exit codes:
  0  success (also for an empty result)
  1  runtime error
  2  usage error or invalid query
  3  validation failure (SHACL, verify mismatch)`;

/** Build the `kg` program; exported for tests. */
export function createProgram(io: Io = processIo): Command {
  const program = new Command('kg')
    .description('Turn Chinese policy documents into a knowledge graph you can query.')
    .version(VERSION, '-V, --version')
    .option('--verbose', 'print stack traces for errors')
    .addHelpText('after', EXIT_HELP)
    .configureOutput({
      writeOut: (s) => io.out.write(s),
      writeErr: (s) => io.err.write(s),
    })
    .exitOverride();
  for (const register of COMMANDS) register(program, io);
  return program;
}

/**
 * Run `kg` with the given arguments (without `node` and the script) and
 * return the exit code. Never calls `process.exit`.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const verbose = program.opts<{ verbose?: boolean }>().verbose === true;
    const message = error instanceof Error ? error.message : String(error);
    logLine(io, `kg: ${message}`);
    if (verbose && error instanceof Error && error.stack) logLine(io, error.stack);
    return exitCodeFor(error);
  }
}
