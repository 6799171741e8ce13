import { gradeBand } from '../deficits';
import { gapPercent, isUsableResult, regionalAverages } from '../gaps';
import { bottomCutoff } from '../ranking';
import type { Dataset } from '../records';
import type { Settings } from '../settings';
import type { GradeBand } from '../types';

/**
 * Schools with high results in a subject and grade band: their participant-weighted gap to the region
 * over the band's rows of the year is among the best `pairing.topShare` of the region's schools in that
 * subject and band (k = ceil(share × N), ties included, as R1), counting only schools with at least the
 * minimum participants.
 */

export interface StrongCell {
  subject: string;
  band: GradeBand;
  gap: number;
}

export const strongCells = (dataset: Dataset, year: number, settings: Settings): Map<string, StrongCell[]> => {
  const regional = regionalAverages(dataset.results, dataset.regional, settings.regionalTolerance);
  // cell → school → weighted gap sums
  const cells = new Map<string, { subject: string; band: GradeBand; bySchool: Map<string, { sum: number; weight: number }> }>();
  for (const r of dataset.results) {
    if (r.year !== year || !isUsableResult(r)) continue;
    const band = gradeBand(r);
    if (!band) continue;
    const reg = regional.get(r.year, r.family, r.subject, r.grade);
    if (!reg) continue;
    const key = `${r.subject}|${band}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { subject: r.subject, band, bySchool: new Map() }));
    const acc = cell.bySchool.get(r.schoolKey) ?? { sum: 0, weight: 0 };
    acc.sum += r.participants * gapPercent(r, reg);
    acc.weight += r.participants;
    cell.bySchool.set(r.schoolKey, acc);
  }
  const out = new Map<string, StrongCell[]>();
  for (const cell of cells.values()) {
    const gaps: [string, number][] = [];
    for (const [school, acc] of cell.bySchool) if (acc.weight >= settings.minParticipants) gaps.push([school, Math.round((acc.sum / acc.weight) * 1e9) / 1e9]);
    const cutoff = bottomCutoff(gaps.map(([, g]) => g), settings.pairing.topShare);
    if (cutoff === null) continue;
    for (const [school, gap] of gaps) {
      if (gap > cutoff) continue;
      const list = out.get(school) ?? [];
      list.push({ subject: cell.subject, band: cell.band, gap });
      out.set(school, list);
    }
  }
  return out;
};
