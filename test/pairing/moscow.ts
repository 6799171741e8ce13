import type { Grid } from '../../src/grid/grid';
import { readCsvGrid } from '../../src/hosts/csv/read-csv';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import type { Candidate, Need, PairingInput, PairingSchool } from '../../src/domain/pairing/types';
import { readWorkbook } from '../../src/tables';
import { MOSCOW_REGISTRY_CSV, MOSCOW_RESULTS_CSV } from '../support/real-data';

/**
 * The Moscow open data as a pairing instance: the 2015/16 ЕГЭ file (district, graduates, graduates with
 * 220+ points) joined to the 2013 registry (coordinates) by school number. Coordinates come through
 * Opora's own reader; the share of 220+ graduates ranks the schools: the lowest quarter need a partner
 * («ЕГЭ», grades 10–11), the highest quarter are the candidates.
 */

const numberOf = (name: string): string | null => /№\s*(\d+)/.exec(name)?.[1] ?? null;

const uniqueBy = <T>(items: T[], key: (t: T) => string | null): Map<string, T> => {
  const seen = new Map<string, T | null>();
  for (const t of items) {
    const k = key(t);
    if (k === null) continue;
    seen.set(k, seen.has(k) ? null : t);
  }
  return new Map([...seen].filter((e): e is [string, T] => e[1] !== null));
};

export interface MoscowInstance {
  input: PairingInput;
  /** School key → registry coordinates, read straight from the CSV grid (for an independent check). */
  coordinates: Map<string, { lat: number; lon: number }>;
  grids: Grid[];
}

export const moscowInstance = async (): Promise<MoscowInstance> => {
  const registry = await readCsvGrid(MOSCOW_REGISTRY_CSV);
  const results = await readCsvGrid(MOSCOW_RESULTS_CSV);
  const read = readWorkbook([registry]);
  const located = uniqueBy(read.dataset.schools.filter((s) => typeof s.latitude === 'number'), (s) => numberOf(s.name));
  const header = results.values[0].map(String);
  const col = (name: string) => header.indexOf(name);
  const rows = results.values.slice(1).map((r) => ({
    name: String(r[col('EDU_NAME')]),
    district: String(r[col('District')]),
    graduates: Number(r[col('PASSED_NUMBER_FULL')]),
    over220: Number(r[col('PASSES_OVER_220')]),
  }));
  const joined = [...uniqueBy(rows, (r) => numberOf(r.name)).entries()]
    .filter(([n, r]) => located.has(n) && r.graduates >= 10)
    .map(([n, r]) => ({ ...r, number: n, share: r.over220 / r.graduates, registry: located.get(n)! }));
  const schools: PairingSchool[] = joined.map((j) => ({
    key: `№${j.number}`,
    name: `Школа № ${j.number}`,
    municipality: j.district,
    latitude: j.registry.latitude,
    longitude: j.registry.longitude,
  }));
  const sorted = [...joined].sort((a, b) => a.share - b.share);
  const quarter = Math.ceil(sorted.length / 4);
  const needs: Need[] = sorted.slice(0, quarter).map((j) => ({ schoolKey: `№${j.number}`, subject: 'ЕГЭ (220+ баллов)', band: '10–11', origin: 'deficit' }));
  const candidates: Candidate[] = sorted.slice(-quarter).map((j) => ({
    id: `school:№${j.number}`,
    kind: 'school',
    name: `Школа № ${j.number}`,
    schoolKey: `№${j.number}`,
    leader: false,
    bands: ['1–4', '5–9', '10–11'],
    strong: [{ subject: 'ЕГЭ (220+ баллов)', band: '10–11', gap: -j.share }],
    capacity: 2,
  }));
  const coordinates = new Map<string, { lat: number; lon: number }>();
  for (const j of joined) {
    const row = registry.values[j.registry.source!.row - 1];
    coordinates.set(`№${j.number}`, { lon: Number(String(row[12]).replace(',', '.')), lat: Number(String(row[13]).replace(',', '.')) });
  }
  return { input: { year: 2016, schools, needs, candidates, settings: { ...DEFAULT_SETTINGS.pairing, capacity: 2 } }, coordinates, grids: [registry, results] };
};
