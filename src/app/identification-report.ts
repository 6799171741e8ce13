/**
 * An identification result told for the task pane: the schools flagged in the last evaluated year
 * with their reasons, the criteria shown with their meanings, what could not be evaluated and a
 * one-line summary, in Russian and English.
 */
import { CRITERION_CODES, criterionName, GROUPS, type CriterionCode, type GroupName } from '../domain/criteria';
import type { IdentificationResult } from '../domain/types';
import type { Dataset } from '../domain/records';
import { shownCriteria } from '../domain/identify';
import type { Bilingual } from '../i18n/bilingual';

export interface SchoolRef {
  key: string;
  name: string;
}

export interface FlaggedSchool extends SchoolRef {
  groups: GroupName[];
  reasons: string;
  /** The criteria met (R1…S3), each explained by the outcome's legend. */
  codes?: string[];
}

/** A criterion code with what it means, for legends and tooltips. */
export interface CodeMeaning {
  code: string;
  meaning: Bilingual;
}

/** The groups a school can be put in (ШНОР, ШНСУ). */
export const IDENTIFICATION_GROUPS: readonly GroupName[] = GROUPS;

export const withMunicipality = (name: string, municipality: string | undefined): string => (municipality ? `${municipality} | ${name}` : name);

/** Schools in a group in the last evaluated year, with the rules that put them there. */
export const flaggedSchools = (result: IdentificationResult): FlaggedSchool[] =>
  result.schools
    .filter((s) => s.year === result.lastYear && s.groups.length > 0)
    .map((s) => {
      const codes = s.findings.filter((f) => f.flagged).map((f) => f.code);
      return {
        key: s.schoolKey,
        name: withMunicipality(s.name, s.municipality),
        groups: [...s.groups],
        reasons: [...codes, ...(s.adjustment?.changes.filter((c) => c.changed).map((c) => `эксперты: ${c.reason}`) ?? [])].join('; '),
        codes,
      };
    });

/** The criteria a result speaks of, each with its meaning (the evaluated ones and those without data). */
export const legendOf = (result: IdentificationResult): CodeMeaning[] => {
  // A loop, not flatMap: a whole country has millions of findings, and the codes are a dozen.
  const shown = new Set<string>(result.notEvaluated.map((n) => n.code));
  for (const code of shownCriteria(result)) shown.add(code);
  return CRITERION_CODES.filter((c) => shown.has(c)).map((code: CriterionCode) => ({ code, meaning: { ru: criterionName(code, 'ru'), en: criterionName(code, 'en') } }));
};

/** One line per reason: «T1, T2.1, T2.2, T3.1, T3.2 не оценивались: нет данных о педагогах.» */
export const notEvaluatedTexts = (result: IdentificationResult): Bilingual[] => {
  const byReason = new Map<string, { codes: string[]; reason: Bilingual }>();
  for (const n of result.notEvaluated) {
    const entry = byReason.get(n.reason.ru) ?? { codes: [], reason: n.reason };
    entry.codes.push(n.code);
    byReason.set(n.reason.ru, entry);
  }
  return [...byReason.values()].map(({ codes, reason }) =>
    codes.length === 1
      ? { ru: `${codes[0]} не оценивался: ${reason.ru}.`, en: `${codes[0]} was not evaluated: ${reason.en}.` }
      : { ru: `${codes.join(', ')} не оценивались: ${reason.ru}.`, en: `${codes.join(', ')} were not evaluated: ${reason.en}.` },
  );
};

export const summaryOf = (result: IdentificationResult, { low, social, total }: { low: number; social: number; total: number }): Bilingual => {
  if (total === 0)
    return {
      ru: 'В прочитанных данных нет школ с результатами ЕГЭ, ОГЭ или ВПР за какой-либо год: отнести школы к ШНОР или ШНСУ не по чему. Проверьте сопоставление столбцов на шаге «Данные».',
      en: 'The data read holds no school with ЕГЭ, ОГЭ or ВПР results for any year: there is nothing to identify by. Check the column mapping on the “Data” step.',
    };
  const skipped = result.notEvaluated.filter((n) => (CRITERION_CODES as readonly string[]).includes(n.code)).map((n) => n.code);
  const caveat = skipped.length > 0 ? { ru: ` Без данных не оценивались: ${skipped.join(', ')}.`, en: ` Not evaluated for lack of data: ${skipped.join(', ')}.` } : { ru: '', en: '' };
  return {
    ru: `${result.lastYear} год: ШНОР — ${low}, ШНСУ — ${social} из ${total} школ.${caveat.ru}`,
    en: `${result.lastYear}: low results (ШНОР) — ${low}, social (ШНСУ) — ${social} of ${total} schools.${caveat.en}`,
  };
};


// «Муниципалитет | Школа»: a region has a «СОШ №1» in every municipality.
/** The schools read, as the adjustments editor offers them. */
export const schoolRefs = (schools: Dataset['schools']): SchoolRef[] => schools.map((s) => ({ key: s.key, name: withMunicipality(s.name, s.municipality) }));

/** Counts of the last evaluated year: schools in each group and schools evaluated. */
export const groupCounts = (result: IdentificationResult, flagged: readonly FlaggedSchool[]): { low: number; social: number; total: number } => {
  const count = (g: GroupName) => flagged.filter((s) => s.groups.includes(g)).length;
  const total = new Set(result.schools.filter((s) => s.year === result.lastYear).map((s) => s.schoolKey)).size;
  return { low: count('ШНОР'), social: count('ШНСУ'), total };
};
