/**
 * `npm run bench [section ids...]`: runs the benchmark sections, prints a table of figures with units
 * and writes them to bench-results.json. Without ids every section runs.
 */
import { execFileSync } from 'child_process';
import { readFile, writeFile } from 'fs/promises';
import { cpus, totalmem } from 'os';
import { resolve } from 'path';
import type { BenchFigure, BenchSection } from './bench/section';
import { SECTIONS } from './bench/sections';

const RESULTS_FILE = resolve(__dirname, '..', 'bench-results.json');

const previousFigures = async (): Promise<BenchFigure[]> => {
  try {
    return (JSON.parse(await readFile(RESULTS_FILE, 'utf8')) as { figures: BenchFigure[] }).figures;
  } catch {
    return [];
  }
};

const formatValue = (f: BenchFigure): string => `${f.value.toLocaleString('ru-RU')} ${f.unit}`;

const printTable = (title: string, figures: BenchFigure[]) => {
  const width = Math.max(...figures.map((f) => f.name.length), 10);
  console.log(`\n${title}`);
  console.log('-'.repeat(width + 20));
  for (const f of figures) console.log(`${f.name.padEnd(width)}  ${formatValue(f).padStart(14)}${f.note ? `   (${f.note})` : ''}`);
};

/** Set in the child process that runs one section. */
const CHILD_SECTION = 'OPORA_BENCH_SECTION';

/**
 * Each section runs in a fresh Node process: a figure then does not depend on what the sections
 * before it left in the heap or taught the JIT (a first call in Excel is a first call too).
 */
const runIsolated = (section: BenchSection): BenchFigure[] => {
  const out = execFileSync(process.execPath, [...process.execArgv, __filename], {
    env: { ...process.env, [CHILD_SECTION]: section.id },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.slice(out.lastIndexOf('\n{"figures"') + 1)).figures as BenchFigure[];
};

/** Per figure, the median of the runs' values, with their range in the note when there were several. */
const medianOfRuns = (runs: BenchFigure[][]): BenchFigure[] =>
  runs[0].map((first, i) => {
    if (runs.length === 1) return first;
    const values = runs.map((r) => r[i].value).sort((a, b) => a - b);
    const median = values[Math.floor(values.length / 2)];
    const range = `медиана ${runs.length} запусков, от ${values[0].toLocaleString('ru-RU')} до ${values[values.length - 1].toLocaleString('ru-RU')}`;
    return { ...first, value: median, note: first.note ? `${first.note}; ${range}` : range };
  });

const runChild = async (id: string) => {
  const section = SECTIONS.find((s) => s.id === id)!;
  const figures = await section.run();
  process.stdout.write(`\n${JSON.stringify({ figures })}\n`);
};

const main = async () => {
  const child = process.env[CHILD_SECTION];
  if (child) return runChild(child);
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((id) => !SECTIONS.some((s) => s.id === id));
  if (unknown.length > 0) {
    console.error(`Неизвестные разделы: ${unknown.join(', ')}. Есть: ${SECTIONS.map((s) => s.id).join(', ')}.`);
    process.exit(1);
  }
  const sections = wanted.length > 0 ? SECTIONS.filter((s) => wanted.includes(s.id)) : SECTIONS;
  const all: BenchFigure[] = [];
  for (const section of sections) {
    const figures = medianOfRuns(Array.from({ length: section.runs ?? 1 }, () => runIsolated(section)));
    printTable(`${section.title} [${section.id}]`, figures);
    all.push(...figures);
  }
  const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGb: Math.round(totalmem() / 1024 ** 3) };
  // A partial run replaces only its own sections' figures in the file.
  const ran = new Set(sections.map((s) => s.id));
  const kept = wanted.length > 0 ? (await previousFigures()).filter((f) => !ran.has(f.section)) : [];
  const figures = SECTIONS.flatMap((s) => [...kept, ...all].filter((f) => f.section === s.id));
  const measuredAt = new Date().toISOString().slice(0, 10);
  await writeFile(RESULTS_FILE, `${JSON.stringify({ machine, measuredAt, figures }, null, 2)}\n`);
  console.log(`\nРезультаты записаны: ${RESULTS_FILE}`);
};

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
