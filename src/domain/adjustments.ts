import type { GroupName } from './criteria';
import type { Adjustment, AppliedAdjustment } from './types';
import type { Bilingual } from '../i18n/bilingual';

/**
 * Expert adjustments (seed 002 «уточнение отдельных позиций на экспертном уровне»): a school is
 * included in or excluded from a group for a year, with a written reason. Nothing is applied
 * silently: an adjustment without a reason, for an unknown school or a year not evaluated is
 * skipped with a note (Russian and English); every applied one is recorded on the school's result.
 */

export interface ResolvedAdjustments {
  /** `${schoolKey}|${year}` → adjustments in input order. */
  byKeyYear: Map<string, Adjustment[]>;
  notes: Bilingual[];
}

const lowerTrim = (s: string): string => s.trim().toLowerCase();

export const resolveAdjustments = (
  adjustments: Adjustment[],
  names: Map<string, { name: string }>,
  years: number[],
  resolveSchool?: (text: string) => string | string[] | undefined,
): ResolvedAdjustments => {
  // Built on the first adjustment that names a school instead of giving its key: most runs have none.
  let byName: Map<string, string> | undefined;
  const keyByName = (name: string): string | undefined => {
    if (!byName) {
      byName = new Map();
      for (const [key, v] of names) if (!byName.has(lowerTrim(v.name))) byName.set(lowerTrim(v.name), key);
    }
    return byName.get(lowerTrim(name));
  };
  const yearSet = new Set(years);
  const byKeyYear = new Map<string, Adjustment[]>();
  const notes: Bilingual[] = [];
  for (const given of adjustments) {
    const a = { ...given, year: given.year ?? years[years.length - 1] };
    const shown = a.schoolName ?? a.school;
    const where = a.source ? ` (лист «${a.source.sheet}», строка ${a.source.row})` : '';
    const whereEn = a.source ? ` (sheet «${a.source.sheet}», row ${a.source.row})` : '';
    if (a.reason.trim() === '') {
      notes.push({
        ru: `Корректировка для «${shown}» за ${a.year} не применена: не указано основание${where}.`,
        en: `The adjustment for «${shown}» in ${a.year} is not applied: no reason given${whereEn}.`,
      });
      continue;
    }
    const found = names.has(a.school) ? a.school : (resolveSchool?.(a.school) ?? keyByName(a.school));
    if (Array.isArray(found)) {
      notes.push({
        ru: `Корректировка не применена: школа «${shown}» есть в нескольких муниципалитетах; укажите её как «Муниципалитет | Школа»${where}.`,
        en: `An adjustment is not applied: several municipalities have a school «${shown}»; write it as «Municipality | School»${whereEn}.`,
      });
      continue;
    }
    const key = found !== undefined && names.has(found) ? found : undefined;
    if (key === undefined) {
      notes.push({
        ru: `Корректировка не применена: школа «${shown}» не найдена среди школ района${where}.`,
        en: `An adjustment is not applied: the school «${shown}» is not among the district's schools${whereEn}.`,
      });
      continue;
    }
    if (!yearSet.has(a.year)) {
      notes.push({
        ru: `Корректировка для «${shown}» не применена: ${a.year} год не входит в запрошенные годы (${years.join(', ')})${where}; на «устойчиво» корректировки не влияют.`,
        en: `The adjustment for «${shown}» is not applied: the year ${a.year} is not among the years asked for (${years.join(', ')})${whereEn}; adjustments do not affect “persistently low”.`,
      });
      continue;
    }
    const k = `${key}|${a.year}`;
    const list = byKeyYear.get(k);
    if (list) list.push(a);
    else byKeyYear.set(k, [a]);
  }
  return { byKeyYear, notes };
};

/** Applies adjustments in order to the groups found by the criteria. */
export const applyAdjustments = (groupsByCriteria: GroupName[], adjustments: Adjustment[]): { groups: GroupName[]; changes: AppliedAdjustment[] } => {
  const groups = new Set(groupsByCriteria);
  const changes: AppliedAdjustment[] = adjustments.map((a) => {
    const had = groups.has(a.group);
    if (a.action === 'include') groups.add(a.group);
    else groups.delete(a.group);
    const change: AppliedAdjustment = { action: a.action, group: a.group, reason: a.reason.trim(), changed: a.action === 'include' ? !had : had };
    if (a.source) change.source = a.source;
    return change;
  });
  const order: GroupName[] = ['ШНОР', 'ШНСУ'];
  return { groups: order.filter((g) => groups.has(g)), changes };
};
