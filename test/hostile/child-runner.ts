/**
 * Runs CLI invocations one after another in this (child) process and records, after each, the exit
 * code, what was printed and the process's peak memory so far (resourceUsage().maxRSS, in KiB): the
 * peak after case i bounds case i's own. Results are written after every case, so a crash shows where.
 *   node -r @swc-node/register child-runner.ts <cases.json> <results.json>
 */
import { readFileSync, writeFileSync } from 'fs';
import { runCli } from '../../src/cli/main';

interface ChildCase {
  id: string;
  argv: string[];
  cwd: string;
}

const [casesPath, resultsPath] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(casesPath, 'utf8')) as ChildCase[];

void (async () => {
  const results: unknown[] = [];
  for (const c of cases) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(c.argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: c.cwd });
    results.push({ id: c.id, code, out: out.join('\n'), err: err.join('\n'), maxRssKb: process.resourceUsage().maxRSS });
    writeFileSync(resultsPath, JSON.stringify(results));
  }
})();
