import type { OutputFs } from './atomic-write';

/** Where a CLI command writes and which directory relative paths start from (tests pass their own). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** The file-system calls output writes make; tests inject failures (a full disk). Default: Node's. */
  outputFs?: OutputFs;
}

export const processIo = (): CliIo => ({
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd(),
});
