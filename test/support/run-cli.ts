import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

/** Runs `opora …` in-process in `cwd`, collecting what it prints. */
export const cliIn = (cwd: () => string) => async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd: cwd() };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
};

/** One invocation in `cwd`. */
export const runCliIn = (cwd: string, argv: string[]) => cliIn(() => cwd)(...argv);
