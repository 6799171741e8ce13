import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';

/** Runs one CLI invocation in `cwd`, capturing what it prints to stdout and stderr. */
export const runCliIn = async (cwd: string, argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
};
