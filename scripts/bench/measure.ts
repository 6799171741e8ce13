import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export interface Measurement<T> {
  value: T;
  ms: number;
  /** rss and heapUsed after the work minus before it (MB); the result is still alive when taken. */
  rssDeltaMb: number;
  heapDeltaMb: number;
  /** The process's peak resident set so far (MB): an upper bound of this step's peak. */
  peakRssMb: number;
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Times one call after a full GC, with memory deltas taken around it. */
export const measure = async <T>(work: () => T | Promise<T>): Promise<Measurement<T>> => {
  gc();
  const before = process.memoryUsage();
  const start = process.hrtime.bigint();
  const value = await work();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const after = process.memoryUsage();
  return {
    value,
    ms: Math.round(ms),
    rssDeltaMb: mb(after.rss - before.rss),
    heapDeltaMb: mb(after.heapUsed - before.heapUsed),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
  };
};

/** The usual figures of one measurement: time, memory deltas, peak. */
export const timeAndMemory = (section: string, what: string, m: Measurement<unknown>, note?: string) => [
  { section, name: `${what}: время`, value: m.ms, unit: 'мс', ...(note ? { note } : {}) },
  { section, name: `${what}: прирост rss`, value: m.rssDeltaMb, unit: 'МБ' },
  { section, name: `${what}: прирост heapUsed`, value: m.heapDeltaMb, unit: 'МБ' },
  { section, name: `${what}: пиковый rss процесса`, value: m.peakRssMb, unit: 'МБ' },
];
