import type { OlympiadRecord, School, SourceRef } from './records';
import { stable } from './ranking';
import { makeFinding, type RuleTexts } from './rules';
import type { Settings } from './settings';
import type { Finding } from './types';
import type { SchoolOrdinals } from './ordinals';

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

/** Indexed by school ordinal: year → the year's counts. */
export type OlympiadIndex = (Map<number, YearCount> | undefined)[];

export const indexOlympiads = (records: OlympiadRecord[], ordinals: SchoolOrdinals): OlympiadIndex => {
  const index: OlympiadIndex = new Array(ordinals.size);
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const o = ordinals.get(r.schoolKey)!;
    let byYear = index[o];
    if (!byYear) index[o] = byYear = new Map();
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

/** R3 of the schools at `ordinals` (their registry records give the students when a year's row does not). */
export const evaluateOlympiads = (
  index: OlympiadIndex,
  ordinals: readonly number[],
  registryOf: readonly (School | undefined)[],
  year: number,
  settings: Settings,
  texts: RuleTexts,
): (Finding | undefined)[] => {
  const out = new Array<Finding | undefined>(registryOf.length);
  const window = Array.from({ length: settings.olympiadYears }, (_, i) => year - i);
  const counts = new Array<YearCount | undefined>(window.length);
  // The partial-window note depends only on which years were used: one string per pattern, not per school.
  const notes = new Map<number, string>();
  const noteFor = (usedMask: number, usedCount: number): string => {
    let note = notes.get(usedMask);
    if (note === undefined) {
      const used: number[] = [];
      // `window` runs from the latest year back, so the years used are listed oldest first.
      for (let i = window.length - 1; i >= 0; i--) if (usedMask & (1 << i)) used.push(window[i]);
      note = `данные за ${usedCount} из ${window.length} лет: ${used.join(', ')}`;
      notes.set(usedMask, note);
    }
    return note;
  };
  let noStudents: Finding | undefined;
  for (let k = 0; k < ordinals.length; k++) {
    const o = ordinals[k];
    const byYear = index[o];
    if (!byYear) continue;
    const registryStudents = registryOf[o]?.students ?? null;
    let participants = 0;
    let students = 0;
    let usedCount = 0;
    let usedMask = 0;
    let sourceCount = 0;
    for (let i = 0; i < window.length; i++) {
      const c = byYear.get(window[i]);
      counts[i] = undefined;
      if (!c) continue;
      const st = c.students ?? registryStudents;
      if (st === null || st <= 0) continue;
      participants += c.participants;
      students += st;
      usedCount++;
      usedMask |= 1 << i;
      sourceCount += c.source.length;
      counts[i] = c;
    }
    if (usedCount === 0) {
      // The same for every such school of the year: one shared finding.
      noStudents ??= makeFinding('R3', year, texts, {
        flagged: false,
        value: null,
        threshold: settings.olympiadShare,
        note: 'нет данных о численности учащихся за период',
      });
      out[o] = noStudents;
      continue;
    }
    const source = new Array<SourceRef>(sourceCount); // sized exactly: it is kept in the finding
    let s = 0;
    for (let i = 0; i < window.length; i++) {
      const c = counts[i];
      if (c) for (const ref of c.source) source[s++] = ref;
    }
    const share = stable((100 * participants) / students);
    const note = usedCount < window.length ? noteFor(usedMask, usedCount) : undefined;
    out[o] = makeFinding('R3', year, texts, {
      flagged: share <= settings.olympiadShare,
      value: share,
      threshold: settings.olympiadShare,
      participants,
      source,
      note,
    });
  }
  return out;
};
