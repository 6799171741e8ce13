import type { School, TerritoryRecord } from './records';
import { stable } from './ranking';
import { makeFinding, NO_SOURCES, type RuleTexts } from './rules';
import type { Settings } from './settings';
import type { Finding } from './types';

/**
 * S2 (hard-to-reach settlement) and S3 (settlement unemployment ≥ factor × regional).
 * A settlement's record for the year is used, else its record without a year, else its latest
 * earlier one. Settlement names match after lower-casing and dropping «с.», «пос.», «г.»… prefixes.
 */

const PREFIXES = new Set(['с', 'село', 'п', 'пос', 'поселок', 'пгт', 'г', 'город', 'д', 'дер', 'деревня', 'х', 'хутор', 'ст', 'ст-ца', 'станица', 'аул', 'рп']);

export const settlementKey = (name: string): string => {
  const words = name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'.,()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && PREFIXES.has(words[0])) words.shift();
  return words.join(' ');
};

export interface TerritoryIndex {
  bySettlement: Map<string, TerritoryRecord[]>;
  /** Regional unemployment per year ('' = records without a year). */
  regional: Map<number | '', number>;
}

export const indexTerritory = (records: TerritoryRecord[]): TerritoryIndex => {
  const bySettlement = new Map<string, TerritoryRecord[]>();
  const regional = new Map<number | '', number>();
  for (const r of records) {
    const key = settlementKey(r.settlement);
    const list = bySettlement.get(key);
    if (list) list.push(r);
    else bySettlement.set(key, [r]);
    if (r.regionalUnemployment !== undefined && !regional.has(r.year ?? '')) regional.set(r.year ?? '', r.regionalUnemployment);
  }
  return { bySettlement, regional };
};

const recordFor = (list: TerritoryRecord[] | undefined, year: number): TerritoryRecord | undefined => {
  if (!list) return undefined;
  let yearless: TerritoryRecord | undefined;
  let earlier: TerritoryRecord | undefined;
  for (const r of list) {
    if (r.year === year) return r;
    if (r.year === undefined) yearless ??= r;
    else if (r.year < year && (!earlier || r.year > earlier.year!)) earlier = r;
  }
  return yearless ?? earlier;
};

const settlementKeys = new Map<string, string>();

export const territoryRecordFor = (index: TerritoryIndex, school: School | undefined, year: number): TerritoryRecord | undefined => {
  if (!school?.settlement) return undefined;
  let key = settlementKeys.get(school.settlement);
  if (key === undefined) {
    key = settlementKey(school.settlement);
    if (settlementKeys.size > 100_000) settlementKeys.clear();
    settlementKeys.set(school.settlement, key);
  }
  return recordFor(index.bySettlement.get(key), year);
};

export const evaluateHardToReach = (school: School | undefined, territory: TerritoryRecord | undefined, year: number, texts: RuleTexts): Finding | undefined => {
  const value = school?.hardToReach ?? territory?.hardToReach;
  if (value === undefined) return undefined;
  const fromSchool = school?.hardToReach !== undefined;
  const source = fromSchool ? (school?.source ? [school.source] : NO_SOURCES) : [territory!.source];
  return makeFinding('S2', year, texts, { flagged: value, value, threshold: true, source });
};

export const evaluateUnemployment = (
  index: TerritoryIndex,
  territory: TerritoryRecord | undefined,
  year: number,
  settings: Settings,
  texts: RuleTexts,
): Finding | undefined => {
  if (!territory) return undefined;
  const regional =
    territory.regionalUnemployment ?? index.regional.get(territory.year ?? year) ?? index.regional.get('') ?? settings.regionalUnemployment ?? undefined;
  if (regional === undefined || regional <= 0) {
    return makeFinding('S3', year, texts, {
      flagged: false,
      value: null,
      threshold: settings.unemploymentFactor,
      source: [territory.source],
      note: 'нет региональной доли безработных: укажите её в таблице «Территория» или в параметре S3.regional',
    });
  }
  const ratio = stable(territory.unemployment / regional);
  return makeFinding('S3', year, texts, {
    flagged: ratio >= settings.unemploymentFactor,
    value: ratio,
    threshold: settings.unemploymentFactor,
    source: [territory.source],
    parts: [
      { label: 'безработица в населённом пункте, %', value: territory.unemployment },
      { label: 'безработица по региону, %', value: regional },
    ],
    dataYear: territory.year,
  });
};

/**
 * S2 and S3 for one year, memoised: many schools share a settlement (and S2 without a school
 * source depends on the value alone), so their findings are one shared object each, not one per school.
 * Findings are never mutated after evaluation, and JSON output is the same as with copies.
 */
export const territoryFinders = (index: TerritoryIndex | null, year: number, settings: Settings, texts: RuleTexts) => {
  const s2BySettlement = new Map<TerritoryRecord, Finding>();
  const s2Sourceless: (Finding | undefined)[] = [undefined, undefined];
  const s3BySettlement = new Map<TerritoryRecord, Finding | undefined>();
  const hardToReach = (school: School | undefined, territory: TerritoryRecord | undefined): Finding | undefined => {
    const own = school?.hardToReach;
    if (own !== undefined) {
      if (school!.source) return evaluateHardToReach(school, territory, year, texts);
      const i = own ? 1 : 0;
      return (s2Sourceless[i] ??= evaluateHardToReach(school, territory, year, texts));
    }
    if (territory?.hardToReach === undefined) return undefined;
    let f = s2BySettlement.get(territory);
    if (!f) s2BySettlement.set(territory, (f = evaluateHardToReach(school, territory, year, texts)!));
    return f;
  };
  const unemployment = (territory: TerritoryRecord | undefined): Finding | undefined => {
    if (!index || !territory) return undefined;
    if (s3BySettlement.has(territory)) return s3BySettlement.get(territory);
    const f = evaluateUnemployment(index, territory, year, settings, texts);
    s3BySettlement.set(territory, f);
    return f;
  };
  return { hardToReach, unemployment };
};
