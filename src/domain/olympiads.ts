import type { OlympiadRecord, School, SourceRef } from './records';
import { stable } from './ranking';
import { makeFinding, type RuleTexts } from './rules';
import type { Settings } from './settings';
import type { Finding } from './types';
import { chainRowsBySchool, type RowChains } from './ordinals';

/**
 * R3: participants of regional and all-Russian olympiads and contests summed over the last
 * `olympiadYears` years, divided by the students summed over the same years, in percent;
 * flagged when ≤ the threshold («0,5% и ниже»). Several rows of one school-year (e.g. one per
 * olympiad level) add their participants; the year's students is the largest value given.
 */

/** Each school's olympiad rows in record order, by school ordinal. */
export interface OlympiadIndex extends RowChains {
  records: readonly OlympiadRecord[];
}

/** `ordinalOf`: each record's school ordinal, below `schoolCount`. */
export const indexOlympiads = (records: readonly OlympiadRecord[], ordinalOf: Int32Array, schoolCount: number): OlympiadIndex => ({
  records,
  ...chainRowsBySchool(ordinalOf, schoolCount),
});

/** R3 of the schools at `ordinals` (their registry records give the students when a year's row does not). */
export const evaluateOlympiads = (
  index: OlympiadIndex,
  ordinals: readonly number[],
  registryOf: readonly (School | undefined)[],
  year: number,
  settings: Settings,
  texts: RuleTexts,
): (Finding | undefined)[] => {
  const { records, head, next } = index;
  const out = new Array<Finding | undefined>(registryOf.length);
  const years = settings.olympiadYears;
  // Per year of the window (0 = this year, 1 = the year before…), summed over the school's rows of that year.
  const participantsIn = new Float64Array(years);
  const studentsIn = new Float64Array(years); // the largest positive value given; 0 = none
  const rowsIn = new Int32Array(years);
  // The partial-window note depends only on which years were used: one string per pattern, not per school.
  const notes = new Map<number, string>();
  const noteFor = (usedMask: number, usedCount: number): string => {
    let note = notes.get(usedMask);
    if (note === undefined) {
      const used: number[] = [];
      // The window runs from the latest year back, so the years used are listed oldest first.
      for (let i = years - 1; i >= 0; i--) if (usedMask & (1 << i)) used.push(year - i);
      note = `данные за ${usedCount} из ${years} лет: ${used.join(', ')}`;
      notes.set(usedMask, note);
    }
    return note;
  };
  let noStudents: Finding | undefined;
  for (let k = 0; k < ordinals.length; k++) {
    const o = ordinals[k];
    if (head[o] === -1) continue;
    participantsIn.fill(0);
    studentsIn.fill(0);
    rowsIn.fill(0);
    for (let row = head[o]; row !== -1; row = next[row]) {
      const r = records[row];
      const i = year - r.year;
      if (i < 0 || i >= years) continue;
      participantsIn[i] += r.participants;
      if (r.students !== undefined && r.students > studentsIn[i]) studentsIn[i] = r.students;
      rowsIn[i]++;
    }
    const registryStudents = registryOf[o]?.students ?? null;
    let participants = 0;
    let students = 0;
    let usedCount = 0;
    let usedMask = 0;
    let sourceCount = 0;
    for (let i = 0; i < years; i++) {
      if (rowsIn[i] === 0) continue;
      const st = studentsIn[i] > 0 ? studentsIn[i] : registryStudents;
      if (st === null || st <= 0) continue;
      participants += participantsIn[i];
      students += st;
      usedCount++;
      usedMask |= 1 << i;
      sourceCount += rowsIn[i];
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
    // This year's rows first, then each year before; sized exactly: it is kept in the finding.
    const source = new Array<SourceRef>(sourceCount);
    let s = 0;
    for (let i = 0; i < years; i++) {
      if ((usedMask & (1 << i)) === 0) continue;
      for (let row = head[o]; row !== -1; row = next[row]) if (records[row].year === year - i) source[s++] = records[row].source;
    }
    const share = stable((100 * participants) / students);
    const note = usedCount < years ? noteFor(usedMask, usedCount) : undefined;
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
