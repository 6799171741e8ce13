import type { Family, SourceRef, TeacherRecord } from './records';
import type { RegionalAverages } from './gaps';
import { stable } from './ranking';
import type { Settings } from './settings';
import type { TeacherCode, TeacherFinding } from './types';

/**
 * Teachers with low results (seed 004 §VII), evaluated for `year`:
 * - T1: participant-weighted share of grade-9 students who continued to grade 10 over the last
 *   `years` years < continuedShare («Менее 50 %»); per teacher and school.
 * - T2.1: primary ВПР (grade primaryGrade) in every one of the primary subjects the teacher has
 *   below the regional average; per teacher and school, year `year`.
 * - T2.2: regional sum − teacher's sum over ALL the primary subjects > vprSumGap (primary points;
 *   «расхождение … более 20 баллов», read in the direction of low results).
 * - T3.1: ОГЭ, per subject: mean over the years of the share below the minimum ≥ ogeBelowMinimum
 *   AND the «качество знаний» summed over the years < ogeQualitySum.
 * - T3.2: ЕГЭ, per subject: mean over the years of the share below the minimum ≥ egeBelowMinimum.
 * Several rows of one teacher, subject and year (several classes) are participant-weighted.
 */

const num = (x: number): string => String(x).replace('.', ',');

export const teacherRuleText = (code: TeacherCode, s: Settings): { ru: string; en: string } => {
  const t = s.teachers;
  const subjects = t.primarySubjects.join(', ');
  switch (code) {
    case 'T1':
      return {
        ru: `T1: менее ${num(t.continuedShare)}% обучающихся продолжили обучение на уровне среднего общего образования (10 класс) за ${t.years} года (seed 004, §VII, 1.1)`,
        en: `T1: fewer than ${t.continuedShare}% of the students continued to grade 10 over ${t.years} years (seed 004 §VII 1.1)`,
      };
    case 'T2.1':
      return {
        ru: `T2.1: результаты ВПР ${t.primaryGrade} класса по предметам (${subjects}) ниже среднерегиональных — по каждому предмету, по которому есть данные (seed 004, §VII, 2.1)`,
        en: `T2.1: grade ${t.primaryGrade} ВПР results in (${subjects}) below the regional averages in every subject with data (seed 004 §VII 2.1)`,
      };
    case 'T2.2':
      return {
        ru: `T2.2: сумма средних баллов ВПР по трём предметам (${subjects}) ниже среднерегиональной суммы более чем на ${num(t.vprSumGap)} баллов (seed 004, §VII, 2.2)`,
        en: `T2.2: the sum of ВПР averages in (${subjects}) is more than ${t.vprSumGap} points below the regional sum (seed 004 §VII 2.2)`,
      };
    case 'T3.1':
      return {
        ru: `T3.1: ОГЭ — среднее за ${t.years} года доли не достигших минимального балла ${num(t.ogeBelowMinimum)}% и более при суммарном «качестве знаний» за ${t.years} года менее ${num(t.ogeQualitySum)}% (seed 004, §VII, 3.1)`,
        en: `T3.1: ОГЭ — ${t.years}-year mean share below the minimum ≥ ${t.ogeBelowMinimum}% while «quality» summed over ${t.years} years < ${t.ogeQualitySum}% (seed 004 §VII 3.1)`,
      };
    case 'T3.2':
      return {
        ru: `T3.2: ЕГЭ — среднее за ${t.years} года доли не достигших минимального балла от ${num(t.egeBelowMinimum)}% и выше (seed 004, §VII, 3.2)`,
        en: `T3.2: ЕГЭ — ${t.years}-year mean share below the minimum ≥ ${t.egeBelowMinimum}% (seed 004 §VII 3.2)`,
      };
  }
};

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

  const texts = new Map<TeacherCode, { ru: string; en: string }>();
  const text = (code: TeacherCode) => {
    let v = texts.get(code);
    if (!v) texts.set(code, (v = teacherRuleText(code, settings)));
    return v;
  };
  const finding = (code: TeacherCode, g: Group, flagged: boolean, value: number | null, threshold: number, years: number[], extra?: TeacherFinding['extra']): TeacherFinding => {
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
      rule: text(code).ru,
      ruleEn: text(code).en,
      source: g.source,
    };
    if (g.subject !== undefined) f.subject = g.subject;
    if (extra) f.extra = extra;
    return f;
  };

  const out: TeacherFinding[] = [];
  const windowYears = Array.from({ length: t.years }, (_, i) => firstYear + i);
  for (const g of t1.values()) {
    const v = mean(g.continued);
    if (v === null) continue;
    const value = stable(v);
    out.push(finding('T1', g, value < t.continuedShare, value, t.continuedShare, windowYears));
  }
  for (const g of t2.values()) {
    const subjects = t.primarySubjects.filter((s) => g.bySubject!.has(s));
    const compared = subjects.flatMap((s) => {
      const e = g.bySubject!.get(s)!;
      const avg = mean(e.avg);
      const reg = mean(e.reg);
      return avg !== null && reg !== null ? [{ subject: s, avg: stable(avg), reg: stable(reg) }] : [];
    });
    if (compared.length === 0) continue;
    const below = compared.filter((c) => c.avg < c.reg).length;
    const extra = compared.map((c) => ({ label: c.subject, value: c.avg, threshold: c.reg }));
    out.push(finding('T2.1', g, below === compared.length, below, compared.length, [year], extra));
    if (compared.length === t.primarySubjects.length) {
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
      out.push(finding('T3.2', g, below >= t.egeBelowMinimum, below, t.egeBelowMinimum, years));
      continue;
    }
    const qualities = years.map((y) => mean(g.byYear!.get(y)!.quality)).filter((v): v is number => v !== null);
    const qualitySum = qualities.length === 0 ? null : stable(qualities.reduce((a, b) => a + b, 0));
    const flagged = below >= t.ogeBelowMinimum && qualitySum !== null && qualitySum < t.ogeQualitySum;
    out.push(
      finding('T3.1', g, flagged, below, t.ogeBelowMinimum, years, [{ label: '«качество знаний», сумма за годы, %', value: qualitySum, threshold: t.ogeQualitySum }]),
    );
  }
  return out;
};
