import type { SourceRef } from './records';
import { activeSocialComponents, type Settings } from './settings';
import { CRITERION_CODES, socialComponentLabel, type CriterionCode } from './criteria';
import type { Finding, FindingPart } from './types';
import { cite } from './documents';
import { frozen } from '../util/frozen';
import type { Bilingual } from '../i18n/bilingual';

const APPROACH_RU = cite('grachevka', 'таблица «Общий подход к идентификации ШНРО и ШФНСУ»');
const APPROACH_EN = cite('grachevka', 'table «General approach to identification»', 'en');

/** Russian and English rule texts with the current thresholds, and the finding constructor. */

const num = (x: number): string => String(x).replace('.', ',');

export const ruleText = (code: CriterionCode, s: Settings): Bilingual => {
  const pct = Math.round(s.quartileShare * 1000) / 10;
  switch (code) {
    case 'R1':
      return {
        ru: `R1: школа среди ${num(pct)}% школ района с самыми низкими результатами ЕГЭ, ОГЭ, ВПР: по каждому виду оценки — процентильный ранг по отставанию от региона (0 — наибольшее отставание), итог — среднее рангов; отмечаются k = ⌈${num(s.quartileShare)} × N⌉ школ с наименьшим итогом, равные на границе включаются (${APPROACH_RU})`,
        en: `R1: the school is among the ${pct}% of district schools with the lowest ЕГЭ, ОГЭ, ВПР results: per family a percentile rank by gap to the region (0 = largest gap), composite = mean of ranks; k = ceil(${s.quartileShare} × N) lowest composites flagged, ties included (${APPROACH_EN})`,
      };
    case 'R2':
      return {
        ru: `R2: среднее по региону выше среднего балла школы более чем на ${num(s.gapThreshold)}% от максимального балла хотя бы по одному из ЕГЭ, ОГЭ, ВПР (среднее по предметам, взвешенное по участникам; ${APPROACH_RU}: «более 20 баллов»)`,
        en: `R2: the regional average exceeds the school's by more than ${s.gapThreshold}% of the subject maximum in ЕГЭ, ОГЭ or ВПР (participant-weighted over subjects; ${APPROACH_EN})`,
      };
    case 'R3':
      return {
        ru: `R3: ${num(s.olympiadShare)}% и ниже учащихся приняли участие в региональных и всероссийских олимпиадах и конкурсах за последние ${s.olympiadYears} года (сумма участников / сумма учащихся; ${APPROACH_RU})`,
        en: `R3: ${s.olympiadShare}% or fewer of the students took part in regional and all-Russian olympiads and contests over the last ${s.olympiadYears} years (sum of participants / sum of students; ${APPROACH_EN})`,
      };
    case 'S1': {
      const comps = activeSocialComponents(s)
        .map((c) => `${s.social.components[c].sign > 0 ? '+' : '−'}${num(s.social.components[c].weight)}·${socialComponentLabel(c)}`)
        .join('; ');
      const compsEn = activeSocialComponents(s)
        .map((c) => `${s.social.components[c].sign > 0 ? '+' : '-'}${s.social.components[c].weight}·${socialComponentLabel(c, 'en')}`)
        .join('; ');
      const std = s.social.standardisation === 'z' ? 'z-оценки по школам района' : 'доли без стандартизации';
      return {
        ru: `S1: школа среди ${num(pct)}% школ с самым низким индексом социального благополучия (${std}; взвешенное среднее: ${comps}; ${s.social.variant === 'seed004' ? `${cite('nikolevsky', 'разд. V')}` : APPROACH_RU})`,
        en: `S1: the school is among the ${pct}% of schools with the lowest social well-being index (${s.social.standardisation === 'z' ? 'z-scores over district schools' : 'raw shares'}; weighted mean: ${compsEn})`,
      };
    }
    case 'S2':
      return {
        ru: `S2: школа находится в труднодоступном населённом пункте (${APPROACH_RU})`,
        en: `S2: the school is in a hard-to-reach settlement (${APPROACH_EN})`,
      };
    case 'S3':
      return {
        ru: `S3: доля безработных в населённом пункте не меньше региональной, умноженной на ${num(s.unemploymentFactor)} («существенно выше средних по региону», ${APPROACH_RU}; множитель — параметр)`,
        en: `S3: settlement unemployment is at least ${s.unemploymentFactor} × the regional share («substantially above the regional average», ${APPROACH_EN}; the factor is a setting)`,
      };
  }
};

export const UNIT: Record<CriterionCode, string> = {
  R1: 'процентильный ранг (0–100)',
  R2: '% от максимального балла',
  R3: '% учащихся',
  S1: 'индекс социального благополучия',
  S2: 'да/нет',
  S3: 'раз к региональному уровню',
};

export interface FindingInput {
  flagged: boolean;
  value: number | boolean | null;
  threshold: number | boolean | null;
  participants?: number | null;
  source?: SourceRef[];
  parts?: FindingPart[];
  note?: string;
  dataYear?: number;
}

export type RuleTexts = Record<CriterionCode, Bilingual>;

/** All rule texts for one settings object: built once per run, shared by every finding. */
export const ruleTexts = (s: Settings): RuleTexts =>
  Object.fromEntries(CRITERION_CODES.map((c) => [c, ruleText(c, s)])) as RuleTexts;

/**
 * One frozen empty array shared by every finding without sources or families: 100,000s of
 * school-years would otherwise each keep their own. Frozen so that a stray push fails loudly.
 */
export const NO_SOURCES: SourceRef[] = frozen<SourceRef>([]);

export const makeFinding = (code: CriterionCode, year: number, texts: RuleTexts, input: FindingInput): Finding => {
  const text = texts[code];
  const margin =
    typeof input.value === 'number' && typeof input.threshold === 'number'
      ? Math.round((input.value - input.threshold) * 1e9) / 1e9
      : null;
  // Every property is always set (undefined when absent) so all findings share one shape.
  const f: Finding = {
    code,
    flagged: input.flagged,
    value: input.value,
    threshold: input.threshold,
    margin,
    year,
    participants: input.participants,
    unit: UNIT[code],
    rule: text,
    source: input.source ?? NO_SOURCES,
    parts: input.parts,
    note: input.note,
    dataYear: input.dataYear !== undefined && input.dataYear !== year ? input.dataYear : undefined,
  };
  return f;
};

/** A criterion evaluated in the district but without data for this school: not flagged, value null. */
export const noDataFinding = (code: CriterionCode, year: number, texts: RuleTexts, note: string, threshold: number | boolean | null): Finding =>
  makeFinding(code, year, texts, { flagged: false, value: null, threshold, note });
