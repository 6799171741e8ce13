import type { Family, SourceRef, TeacherRecord } from './records';
import type { RegionalAverages } from './gaps';
import { stable } from './ranking';
import type { Settings } from './settings';
import type { TeacherCode, TeacherFinding } from './types';
import { cite } from './documents';
import type { Language, Bilingual } from '../i18n/bilingual';

/**
 * Teachers with low results (seed 004 §VII), evaluated for `year`:
 * - T1: participant-weighted share of grade-9 students who continued to grade 10 over the last
 *   `years` years < continuedShare («Менее 50 %»); per teacher and school.
 * - T2.1: primary ВПР (grade primaryGrade) below the regional average in every primary subject the
 *   teacher has, with results in at least primaryMinSubjects of them (default all three); the missing
 *   subjects are named; per teacher and school, year `year`.
 * - T2.2: regional sum − teacher's sum over ALL the primary subjects > vprSumGap (primary points;
 *   «расхождение … более 20 баллов», read in the direction of low results).
 * - T3.1: ОГЭ, per subject: mean over the years of the share below the minimum ≥ ogeBelowMinimum
 *   AND «качество знаний» over the years < ogeQualitySum: by default pooled (marks 4 and 5 over the
 *   years ÷ participants over the years), or the literal sum of the yearly shares (a setting).
 * T1 and T3 list only the years with data, and say «данные за N из 3 лет» when the window is not full.
 * - T3.2: ЕГЭ, per subject: mean over the years of the share below the minimum ≥ egeBelowMinimum.
 * Several rows of one teacher, subject and year (several classes) are participant-weighted.
 */

const num = (x: number): string => String(x).replace('.', ',');

const VII = (point: string, language: Language): string => cite('nikolevsky', language === 'ru' ? `разд. VII, п. ${point}` : `section VII, item ${point}`, language);

/** T3.1's «качество знаний» over the window as the setting reads it: pooled share (default) or the literal sum of yearly shares. */
const qualityWords = (t: Settings['teachers']): Bilingual =>
  t.ogeQualityMethod === 'pooled'
    ? { ru: `«качество знаний» за ${t.years} года (доля «4» и «5» по всем участникам этих лет) менее ${num(t.ogeQualitySum)}%`, en: `«quality» over ${t.years} years (share of marks 4 and 5 over all participants of those years) < ${t.ogeQualitySum}%` }
    : { ru: `сумма «качества знаний» за ${t.years} года менее ${num(t.ogeQualitySum)}%`, en: `«quality» summed over ${t.years} years < ${t.ogeQualitySum}%` };

export const teacherRuleText = (code: TeacherCode, s: Settings): Bilingual => {
  const t = s.teachers;
  const subjects = t.primarySubjects.join(', ');
  const required = requiredSubjects(t);
  switch (code) {
    case 'T1':
      return {
        ru: `T1: менее ${num(t.continuedShare)}% обучающихся продолжили обучение на уровне среднего общего образования (10 класс) за ${t.years} года (${VII('1.1', 'ru')})`,
        en: `T1: fewer than ${t.continuedShare}% of the students continued to grade 10 over ${t.years} years (${VII('1.1', 'en')})`,
      };
    case 'T2.1':
      return {
        ru: `T2.1: результаты ВПР ${t.primaryGrade} класса по предметам (${subjects}) ниже среднерегиональных — по каждому предмету; нужны данные не меньше чем по ${required} из ${t.primarySubjects.length} (${VII('2.1', 'ru')})`,
        en: `T2.1: grade ${t.primaryGrade} ВПР results in (${subjects}) below the regional averages in every subject; data needed in at least ${required} of ${t.primarySubjects.length} (${VII('2.1', 'en')})`,
      };
    case 'T2.2':
      return {
        ru: `T2.2: сумма средних баллов ВПР по трём предметам (${subjects}) ниже среднерегиональной суммы более чем на ${num(t.vprSumGap)} баллов (${VII('2.2', 'ru')})`,
        en: `T2.2: the sum of ВПР averages in (${subjects}) is more than ${t.vprSumGap} points below the regional sum (${VII('2.2', 'en')})`,
      };
    case 'T3.1':
      return {
        ru: `T3.1: ОГЭ — среднее за ${t.years} года доли не достигших минимального балла ${num(t.ogeBelowMinimum)}% и более при ${qualityWords(t).ru} (${VII('3.1', 'ru')}: «при суммарном значении показателя «качество знаний» за три года менее 40%»)`,
        en: `T3.1: ОГЭ — ${t.years}-year mean share below the minimum ≥ ${t.ogeBelowMinimum}% while ${qualityWords(t).en} (${VII('3.1', 'en')})`,
      };
    case 'T3.2':
      return {
        ru: `T3.2: ЕГЭ — среднее за ${t.years} года доли не достигших минимального балла от ${num(t.egeBelowMinimum)}% и выше (${VII('3.2', 'ru')})`,
        en: `T3.2: ЕГЭ — ${t.years}-year mean share below the minimum ≥ ${t.egeBelowMinimum}% (${VII('3.2', 'en')})`,
      };
  }
};

/** T2.1 needs results in at least this many of the primary subjects (never more than are listed). */
const requiredSubjects = (t: Settings['teachers']): number => Math.min(t.primaryMinSubjects, t.primarySubjects.length);

/** «данные за 2 из 3 лет: 2023, 2024» when the window is not full; undefined otherwise. */
export const partialWindowNote = (used: readonly number[], window: number): string | undefined =>
  used.length < window ? `данные за ${used.length} из ${window} лет: ${used.join(', ')}` : undefined;

const UNITS: Record<TeacherCode, string> = {
  T1: '% обучающихся',
  'T2.1': 'предметов ниже региона',
  'T2.2': 'первичных баллов',
  'T3.1': '% не достигших минимума',
  'T3.2': '% не достигших минимума',
};

interface Acc {
  sum: number;
  weight: number;
}
const add = (a: Acc | undefined, value: number, weight: number): Acc => {
  const acc = a ?? { sum: 0, weight: 0 };
  acc.sum += value * weight;
  acc.weight += weight;
  return acc;
};
const mean = (a: Acc | undefined): number | null => (a && a.weight > 0 ? a.sum / a.weight : null);

interface Group {
  teacher: string;
  schoolKey: string;
  schoolName: string;
  subject?: string;
  family?: Family;
  source: SourceRef[];
  participants: number;
  continued?: Acc;
  /** T1: the years with a continuation share. */
  years?: Set<number>;
  /** per subject (T2) or per year (T3) */
  bySubject?: Map<string, { avg?: Acc; reg?: Acc }>;
  byYear?: Map<number, { below?: Acc; quality?: Acc }>;
}

const cleanName = (s: string): string => s.replace(/\s+/g, ' ').trim();

const groupOf = (map: Map<string, Group>, key: string, r: TeacherRecord, subject?: string): Group => {
  let g = map.get(key);
  if (!g) {
    g = { teacher: cleanName(r.teacher), schoolKey: r.schoolKey, schoolName: r.schoolName, source: [], participants: 0 };
    if (subject !== undefined) g.subject = subject;
    map.set(key, g);
  }
  g.source.push(r.source);
  return g;
};

const weightOf = (r: TeacherRecord): number => (r.participants !== null && r.participants !== undefined && r.participants > 0 ? r.participants : 1);

/** The regional average on the teacher row's own scale, from the row or from the district's regional averages. */
const regionalFor = (r: TeacherRecord, regional: RegionalAverages | undefined): number | null => {
  if (r.regionalAverage !== null && r.regionalAverage !== undefined) return r.regionalAverage;
  if (!regional || !r.family) return null;
  const reg = regional.get(r.year, r.family, r.subject, r.grade);
  if (!reg) return null;
  return r.maxScore && r.maxScore !== reg.maxScore ? (reg.average / reg.maxScore) * r.maxScore : reg.average;
};

export const evaluateTeachers = (
  records: TeacherRecord[],
  year: number,
  settings: Settings,
  regional?: RegionalAverages,
): TeacherFinding[] => {
  const t = settings.teachers;
  const firstYear = year - t.years + 1;
  const primary = new Set(t.primarySubjects);
  const t1 = new Map<string, Group>();
  const t2 = new Map<string, Group>();
  const t3 = new Map<string, Group>();
  for (const r of records) {
    if (r.year > year || r.year < firstYear) continue;
    const who = `${cleanName(r.teacher)}|${r.schoolKey}`;
    const w = weightOf(r);
    if (typeof r.continuedToGrade10Share === 'number') {
      const g = groupOf(t1, who, r);
      g.continued = add(g.continued, r.continuedToGrade10Share, w);
      (g.years ??= new Set()).add(r.year);
      g.participants += r.participants ?? 0;
    }
    if (r.year === year && r.family === 'ВПР' && r.grade === t.primaryGrade && primary.has(r.subject) && typeof r.average === 'number') {
      const reg = regionalFor(r, regional);
      const g = groupOf(t2, who, r);
      g.bySubject ??= new Map();
      const s = g.bySubject.get(r.subject) ?? {};
      s.avg = add(s.avg, r.average, w);
      if (reg !== null) s.reg = add(s.reg, reg, w);
      g.bySubject.set(r.subject, s);
      g.participants += r.participants ?? 0;
    }
    if ((r.family === 'ОГЭ' || r.family === 'ЕГЭ') && (typeof r.belowMinimumShare === 'number' || typeof r.qualityShare === 'number')) {
      const g = groupOf(t3, `${who}|${r.family}|${r.subject}`, r, r.subject);
      g.family = r.family;
      g.byYear ??= new Map();
      const y = g.byYear.get(r.year) ?? {};
      if (typeof r.belowMinimumShare === 'number') y.below = add(y.below, r.belowMinimumShare, w);
      if (typeof r.qualityShare === 'number') y.quality = add(y.quality, r.qualityShare, w);
      g.byYear.set(r.year, y);
      g.participants += r.participants ?? 0;
    }
  }

  const texts = new Map<TeacherCode, Bilingual>();
  const text = (code: TeacherCode) => {
    let v = texts.get(code);
    if (!v) texts.set(code, (v = teacherRuleText(code, settings)));
    return v;
  };
  const finding = (
    code: TeacherCode,
    g: Group,
    flagged: boolean,
    value: number | null,
    threshold: number,
    years: number[],
    extra?: TeacherFinding['extra'],
    note?: string,
  ): TeacherFinding => {
    const f: TeacherFinding = {
      code,
      teacher: g.teacher,
      schoolKey: g.schoolKey,
      schoolName: g.schoolName,
      flagged,
      value,
      threshold,
      margin: value === null ? null : stable(value - threshold),
      years,
      participants: g.participants || null,
      unit: UNITS[code],
      rule: text(code),
      source: g.source,
    };
    if (g.subject !== undefined) f.subject = g.subject;
    if (extra) f.extra = extra;
    if (note) f.note = note;
    return f;
  };

  const out: TeacherFinding[] = [];
  for (const g of t1.values()) {
    const v = mean(g.continued);
    if (v === null) continue;
    const value = stable(v);
    const years = [...g.years!].sort((a, b) => a - b);
    out.push(finding('T1', g, value < t.continuedShare, value, t.continuedShare, years, undefined, partialWindowNote(years, t.years)));
  }
  const required = requiredSubjects(t);
  for (const g of t2.values()) {
    const compared = t.primarySubjects.flatMap((s) => {
      const e = g.bySubject!.get(s);
      const avg = e ? mean(e.avg) : null;
      const reg = e ? mean(e.reg) : null;
      return avg !== null && reg !== null ? [{ subject: s, avg: stable(avg), reg: stable(reg) }] : [];
    });
    if (compared.length === 0) continue;
    const missing = t.primarySubjects.filter((s) => !compared.some((c) => c.subject === s));
    const below = compared.filter((c) => c.avg < c.reg).length;
    const extra = compared.map((c) => ({ label: c.subject, value: c.avg, threshold: c.reg }));
    const enough = compared.length >= required;
    const note =
      missing.length === 0
        ? undefined
        : `нет данных (результата или среднего по региону): ${missing.join(', ')}${enough ? '' : ` — нужно не меньше ${required} из ${t.primarySubjects.length} предметов, T2.1 не выполнен`}`;
    const t21 = finding('T2.1', g, enough && below === compared.length, below, compared.length, [year], extra, note);
    if (!enough) t21.incomplete = true;
    out.push(t21);
    if (missing.length === 0) {
      const gap = stable(compared.reduce((a, c) => a + c.reg - c.avg, 0));
      out.push(finding('T2.2', g, gap > t.vprSumGap, gap, t.vprSumGap, [year], extra));
    }
  }
  for (const g of t3.values()) {
    const family = g.family;
    const years = [...g.byYear!.keys()].sort((a, b) => a - b);
    const belows = years.map((y) => mean(g.byYear!.get(y)!.below)).filter((v): v is number => v !== null);
    if (belows.length === 0) continue;
    const below = stable(belows.reduce((a, b) => a + b, 0) / belows.length);
    if (family === 'ЕГЭ') {
      out.push(finding('T3.2', g, below >= t.egeBelowMinimum, below, t.egeBelowMinimum, years, undefined, partialWindowNote(years, t.years)));
      continue;
    }
    const quality = windowQuality(g, years, t.ogeQualityMethod);
    const flagged = below >= t.ogeBelowMinimum && quality !== null && quality < t.ogeQualitySum;
    const label = t.ogeQualityMethod === 'pooled' ? '«качество знаний» за годы (доля «4» и «5» по всем участникам), %' : '«качество знаний», сумма за годы, %';
    out.push(finding('T3.1', g, flagged, below, t.ogeBelowMinimum, years, [{ label, value: quality, threshold: t.ogeQualitySum }], partialWindowNote(years, t.years)));
  }
  return out;
};

/**
 * «Качество знаний» over the window: pooled — the 4-and-5 marks of all years over all participants
 * (each year's share weighted by its participants); sum — the yearly shares added (seed's literal words).
 */
const windowQuality = (g: Group, years: readonly number[], method: 'pooled' | 'sum'): number | null => {
  let sum = 0;
  let weight = 0;
  let seen = 0;
  for (const y of years) {
    const q = g.byYear!.get(y)!.quality;
    if (!q || q.weight <= 0) continue;
    seen++;
    if (method === 'pooled') {
      sum += q.sum;
      weight += q.weight;
    } else sum += q.sum / q.weight;
  }
  if (seen === 0) return null;
  return stable(method === 'pooled' ? sum / weight : sum);
};
