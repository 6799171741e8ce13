import type { OlympiadRecord, School, SourceRef } from './records';
import { stable } from './ranking';
import { makeFinding, type RuleTexts } from './rules';
import type { Settings } from './settings';
import type { Finding } from './types';

/**
 * R3: participants of regional and all-Russian olympiads and contests summed over the last
 * `olympiadYears` years, divided by the students summed over the same years, in percent;
 * flagged when ≤ the threshold («0,5% и ниже»). Several rows of one school-year (e.g. one per
 * olympiad level) add their participants; the year's students is the largest value given.
 */

interface YearCount {
  participants: number;
  students: number | null;
  source: SourceRef[];
}

export type OlympiadIndex = Map<string, Map<number, YearCount>>;

export const indexOlympiads = (records: OlympiadRecord[]): OlympiadIndex => {
  const index: OlympiadIndex = new Map();
  for (const r of records) {
    let byYear = index.get(r.schoolKey);
    if (!byYear) index.set(r.schoolKey, (byYear = new Map()));
    const y = byYear.get(r.year);
    const students = r.students !== undefined && r.students > 0 ? r.students : null;
    if (y) {
      y.participants += r.participants;
      if (students !== null) y.students = Math.max(y.students ?? 0, students);
      y.source.push(r.source);
    } else byYear.set(r.year, { participants: r.participants, students, source: [r.source] });
  }
  return index;
};

export const evaluateOlympiads = (
  index: OlympiadIndex,
  schoolKeys: Iterable<string>,
  schools: Map<string, School>,
  year: number,
  settings: Settings,
  texts: RuleTexts,
): Map<string, Finding> => {
  const out = new Map<string, Finding>();
  const window = Array.from({ length: settings.olympiadYears }, (_, i) => year - i);
  const noStudents = () =>
    makeFinding('R3', year, texts, { flagged: false, value: null, threshold: settings.olympiadShare, note: 'нет данных о численности учащихся за период' });
  for (const key of schoolKeys) {
    const byYear = index.get(key);
    if (!byYear) continue;
    const registryStudents = schools.get(key)?.students ?? null;
    let participants = 0;
    let students = 0;
    const used: number[] = [];
    const sources: SourceRef[][] = [];
    for (const y of window) {
      const c = byYear.get(y);
      if (!c) continue;
      const st = c.students ?? registryStudents;
      if (st === null || st <= 0) continue;
      participants += c.participants;
      students += st;
      used.push(y);
      sources.push(c.source);
    }
    if (used.length === 0) {
      out.set(key, noStudents());
      continue;
    }
    const source = ([] as SourceRef[]).concat(...sources); // sized exactly: it is kept in the finding
    const share = stable((100 * participants) / students);
    // `window` runs from the latest year back, so the years used are listed oldest first by reversing.
    const note = used.length < window.length ? `данные за ${used.length} из ${window.length} лет: ${used.reverse().join(', ')}` : undefined;
    out.set(
      key,
      makeFinding('R3', year, texts, { flagged: share <= settings.olympiadShare, value: share, threshold: settings.olympiadShare, participants, source, note }),
    );
  }
  return out;
};
