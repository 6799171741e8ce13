import type { BenchFigure } from '../bench/section';

export interface BenchResults {
  machine: { node: string; cpus: number; cpuModel: string; memoryGb: number };
  measuredAt?: string;
  figures: BenchFigure[];
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The latest `npm run bench` figures as a markdown table for the README. */
export const benchMarkdownTable = (results: BenchResults): string =>
  [
    `Measured by \`npm run bench\`${results.measuredAt ? ` on ${results.measuredAt}` : ''}: Node ${results.machine.node}, ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGb} GB. Each section runs in a fresh Node process (a first call, as in a fresh Excel session); single runs unless the note gives a median; no test asserts a time.`,
    '',
    '| раздел / section | что измерено / figure | значение / value | примечание / note |',
    '|---|---|---|---|',
    ...results.figures.map((f) => `| ${f.section} | ${cell(f.name)} | ${f.value} ${f.unit} | ${cell(f.note ?? '')} |`),
  ].join('\n');
