import type { OlympiadRecord, School, SourceRef } from './records';
import { stable } from './ranking';
import { makeFinding, type RuleTexts } from './rules';
import type { Settings } from './settings';
import type { Finding } from './types';
import { chainRowsBySchool, type RowChains } from './ordinals';
import type { CriterionColumn } from './criterion-column';

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

/** What R3 keeps of each school of the year, by ordinal: a finding is built from it when asked for. */
const NONE = 0;
const NO_STUDENTS = 1;
const SHARE = 2;

/** R3 of the schools at `ordinals` (their registry records give the students when a year's row does not). */
export const evaluateOlympiads = (
  index: OlympiadIndex,
  ordinals: readonly number[],
  registryOf: readonly (School | undefined)[],
  year: number,
  settings: Settings,
  texts: RuleTexts,
): CriterionColumn => {
  const { records, head, next } = index;
  const schoolCount = registryOf.length;
  const kind = new Uint8Array(schoolCount);
  const shareOf = new Float64Array(schoolCount);
  const participantsOf = new Float64Array(schoolCount);
  const usedMaskOf = new Int32Array(schoolCount);
  const years = settings.olympiadYears;
  // Per year of the window (0 = this year, 1 = the year before…), summed over the school's rows of that year.
  const participantsIn = new Float64Array(years);
  const studentsIn = new Float64Array(years); // the largest positive value given; 0 = none
  const rowsIn = new Int32Array(years);
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
    let usedMask = 0;
    for (let i = 0; i < years; i++) {
      if (rowsIn[i] === 0) continue;
      const st = studentsIn[i] > 0 ? studentsIn[i] : registryStudents;
      if (st === null || st <= 0) continue;
      participants += participantsIn[i];
      students += st;
      usedMask |= 1 << i;
    }
    if (usedMask === 0) {
      kind[o] = NO_STUDENTS;
      continue;
    }
    kind[o] = SHARE;
    shareOf[o] = stable((100 * participants) / students);
    participantsOf[o] = participants;
    usedMaskOf[o] = usedMask;
  }
  // «0,5% и ниже»: only a school with a share.
  const isFlagged = (o: number): boolean => kind[o] === SHARE && shareOf[o] <= settings.olympiadShare;
  // The same for every school without students: one shared finding.
  let noStudents: Finding | undefined;
  const finding = (o: number): Finding | undefined => {
    if (kind[o] === NONE) return undefined;
    if (kind[o] === NO_STUDENTS)
      return (noStudents ??= makeFinding('R3', year, texts, {
        flagged: false,
        value: null,
        threshold: settings.olympiadShare,
        note: 'нет данных о численности учащихся за период',
      }));
    const usedMask = usedMaskOf[o];
    // This year's rows first, then each year before.
    const source: SourceRef[] = [];
    let usedCount = 0;
    for (let i = 0; i < years; i++) {
      if ((usedMask & (1 << i)) === 0) continue;
      usedCount++;
      for (let row = head[o]; row !== -1; row = next[row]) if (records[row].year === year - i) source.push(records[row].source);
    }
    const share = shareOf[o];
    return makeFinding('R3', year, texts, {
      flagged: isFlagged(o),
      value: share,
      threshold: settings.olympiadShare,
      participants: participantsOf[o],
      source,
      note: usedCount < years ? partialWindowNote(year, years, usedMask, usedCount) : undefined,
    });
  };
  return { flagged: isFlagged, finding };
};

/** «данные за 2 из 3 лет: 2023, 2024»: the window runs from the latest year back, so the years used are listed oldest first. */
const partialWindowNote = (year: number, years: number, usedMask: number, usedCount: number): string => {
  const used: number[] = [];
  for (let i = years - 1; i >= 0; i--) if (usedMask & (1 << i)) used.push(year - i);
  return `данные за ${usedCount} из ${years} лет: ${used.join(', ')}`;
};
