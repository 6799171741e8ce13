import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export interface Measurement<T> {
  value: T;
  ms: number;
  /** Heap the result still holds after a full GC, over the heap before the work (MB). */
  retainedMb: number;
  /** Highest heap seen during the work above the heap before it (MB): sampled every 10 ms while the work
   * awaits, and taken at its end - for synchronous work only the end value, a lower bound. */
  peakHeapMb: number;
  /** Buffer memory (ArrayBuffers, outside the JS heap) allocated by the work and not yet freed at its end (MB).
   * V8 starts a full collection of the whole heap when this grows by more than 64 MB since the last one. */
  buffersMb: number;
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Times one call after a full GC, with the heap measured around it. */
export const measure = async <T>(work: () => T | Promise<T>): Promise<Measurement<T>> => {
  gc();
  const base = process.memoryUsage().heapUsed;
  const buffersBase = process.memoryUsage().arrayBuffers;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 10);
  const start = process.hrtime.bigint();
  const value = await work();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  clearInterval(sampler);
  const atEnd = process.memoryUsage();
  peak = Math.max(peak, atEnd.heapUsed);
  gc();
  const retained = process.memoryUsage().heapUsed - base;
  return { value, ms: Math.round(ms), retainedMb: mb(retained), peakHeapMb: mb(peak - base), buffersMb: mb(atEnd.arrayBuffers - buffersBase) };
};

/** A measurement's figures without its value, so that what was measured can be collected before the next case. */
export const measureOnly = async <T>(run: () => Promise<Measurement<T>>): Promise<Measurement<undefined>> => {
  const { ms, retainedMb, peakHeapMb, buffersMb } = await run();
  return { value: undefined, ms, retainedMb, peakHeapMb, buffersMb };
};

/** The usual figures of one measurement: time and memory. */
export const timeAndMemory = (section: string, what: string, m: Measurement<unknown>, note?: string) => [
  { section, name: `${what}: время`, value: m.ms, unit: 'мс', ...(note ? { note } : {}) },
  { section, name: `${what}: пик кучи`, value: m.peakHeapMb, unit: 'МБ', note: 'сверх кучи до начала' },
  { section, name: `${what}: удерживает результат`, value: m.retainedMb, unit: 'МБ', note: 'после сборки мусора' },
];
