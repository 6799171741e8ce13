/** One measured figure of the benchmark, printed in the table and written to bench-results.json. */
export interface BenchFigure {
  section: string;
  name: string;
  value: number;
  unit: string;
  note?: string;
}

/**
 * A benchmark section: one file under scripts/bench/, listed in scripts/bench/sections.ts.
 * run() prepares its inputs (untimed), measures, and returns its figures.
 */
export interface BenchSection {
  id: string;
  title: string;
  /** Fresh-process runs whose median is reported (default 1): for figures close to their target. */
  runs?: number;
  run(): Promise<BenchFigure[]>;
}
