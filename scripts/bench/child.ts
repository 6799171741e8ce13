import { spawnSync } from 'child_process';
import { resolve } from 'path';

const CLI_WITH_RSS = resolve(__dirname, '../../test/support/cli-with-rss.js');

export interface ChildRun {
  /** Wall-clock time of the whole process, start-up included (ms). */
  ms: number;
  /** The process's peak resident memory (MB), as it reported it: process.resourceUsage().maxRSS. */
  peakRssMb: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

const peakOf = (stderr: string): number => Math.round(Number(/OPORA_MAX_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024);

/** `opora <args>` in a fresh Node process, as a user runs it. */
export const runCliProcess = (args: string[]): ChildRun => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI_WITH_RSS, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Math.round(Number(process.hrtime.bigint() - start) / 1e6);
  return { ms, peakRssMb: peakOf(r.stderr), code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** A TypeScript script in a fresh Node process; it prints one JSON line last and reports its peak RSS. */
export const runScriptProcess = <T>(script: string, args: string[]): T & { peakRssMb: number } => {
  const r = spawnSync(process.execPath, ['-r', '@swc-node/register', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${script}: ${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  return { ...(JSON.parse(lines[lines.length - 1]) as T), peakRssMb: peakOf(r.stderr) };
};
