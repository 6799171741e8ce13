/** The scalar and list functions show the same values as identification's findings for the same data. */
import { DEFAULT_SETTINGS, evaluateTeachers, identify, regionalAverages, type Finding, type SchoolYearResult } from '../../src/domain';
import { lowestQuartileFunction, olympiadShareFunction, riskReasonsFunction, scoreGapFunction, socialIndexFunction, teacherRiskFunction } from '../../src/functions/functions';
import { lowestQuartile } from '../../src/functions/lowest-quartile';
import { socialIndex } from '../../src/functions/social-index';
import { teacherRisk } from '../../src/functions/teacher-risk';
import { readWorkbook } from '../../src/tables';
import { excelRange, sampleGrid } from './sample-ranges';
import { thrown } from '../support/thrown';

const resultsGrid = sampleGrid('Результаты ОГЭ');
const socialGrid = sampleGrid('Социальный паспорт');
const olympiadGrid = sampleGrid('Олимпиады');

const results = excelRange(resultsGrid) as unknown[][];
// The social passport's two-row header as Excel passes a range: values only, the merges lost.
const social = excelRange(socialGrid) as unknown[][];
const olympiads = excelRange(olympiadGrid) as unknown[][];

const identification = identify(readWorkbook([resultsGrid, socialGrid, olympiadGrid]).dataset, DEFAULT_SETTINGS, { explain: true });
const lastYear = identification.lastYear;
const schools = identification.schools.filter((s) => s.year === lastYear);
const finding = (s: SchoolYearResult, code: Finding['code']) => s.findings.find((f) => f.code === code)!;


describe('SCORE_GAP', () => {
  const withGap = schools.filter((s) => typeof finding(s, 'R2').value === 'number');

  it('equals R2: the largest family gap without a family, each family part with one', () => {
    expect(withGap.length).toBeGreaterThan(0);
    for (const s of withGap) {
      const r2 = finding(s, 'R2');
      expect(scoreGapFunction(results, s.name)).toBe(r2.value);
      for (const part of r2.parts ?? []) if (part.value !== null) expect(scoreGapFunction(results, s.name, part.label.toLowerCase())).toBe(part.value);
    }
  });

  it('a family that is not ЕГЭ/ОГЭ/ВПР is #VALUE!; a family without results is #N/A', () => {
    expect(thrown(() => scoreGapFunction(results, withGap[0].name, 'ГИА'))).toEqual({ code: '#VALUE!', message: '«ГИА» — не ЕГЭ, ОГЭ или ВПР.' });
    expect(thrown(() => scoreGapFunction(results, withGap[0].name, 'ЕГЭ')).code).toBe('#N/A');
  });

  it('the school is required', () => {
    expect(thrown(() => scoreGapFunction(results, ''))).toEqual({ code: '#VALUE!', message: 'Не указан аргумент «школа».' });
  });
});

describe('LOWEST_QUARTILE', () => {
  it('lists exactly the R1-flagged schools, lowest composite rank first', () => {
    const spill = lowestQuartile({ results }, undefined, undefined, 'ru') as (string | number)[][];
    const flagged = schools.filter((s) => finding(s, 'R1').flagged);
    expect(flagged.length).toBeGreaterThan(0);
    expect(spill[0]).toEqual(['Школа', 'Итоговый ранг']);
    expect(new Set(spill.slice(1).map((r) => r[0]))).toEqual(new Set(flagged.map((s) => s.name)));
    const ranks = spill.slice(1).map((r) => r[1] as number);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('per school: TRUE/FALSE as R1, in a 1×1 result', () => {
    for (const s of schools.filter((x) => finding(x, 'R1').value !== null)) expect(lowestQuartileFunction(results, s.name)).toEqual([[finding(s, 'R1').flagged]]);
  });
});

describe('SOCIAL_INDEX', () => {
  it('gives S1 index and flag for each school with social data', () => {
    const spill = socialIndex({ social }, undefined, undefined, 'ru') as (string | number | boolean)[][];
    const withIndex = schools.filter((s) => typeof finding(s, 'S1').value === 'number');
    expect(spill.slice(1)).toEqual(withIndex.map((s) => [s.name, finding(s, 'S1').value, finding(s, 'S1').flagged]));
    expect(withIndex.some((s) => finding(s, 'S1').flagged)).toBe(true);
    expect(socialIndexFunction(social, withIndex[0].name)).toEqual([[finding(withIndex[0], 'S1').value]]);
  });

  it('the range reads with its two-row header: a share under the group label is the social field, not «Доля обучающихся»', () => {
    expect(social.some((row) => row.includes('Доля обучающихся, %'))).toBe(true);
    expect(social.some((row) => row.includes('Неполные семьи') && !row.includes('Доля обучающихся, %'))).toBe(true);
  });

  it('a registry given as the social passport is rejected as the wrong table, without header advice', () => {
    const { message } = thrown(() => socialIndexFunction(excelRange(sampleGrid('Школы')) as unknown[][]));
    expect(message).toMatch(/распознаны как таблица «реестр школ», а нужна «социальный паспорт»/);
    expect(message).not.toMatch(/многоуровневые/);
  });

  it('a two-row header it still cannot read (group label in the last cell of its group) gets the one-row advice', () => {
    const upper = social.findIndex((row) => row.includes('Доля обучающихся, %'));
    const last = social[upper].length - 1;
    const moved = social.map((row, r) => (r === upper ? row.map((v, c) => (c === last ? 'Доля обучающихся, %' : v === 'Доля обучающихся, %' ? '' : v)) : row));
    expect(thrown(() => socialIndexFunction(moved)).message).toMatch(/распознаны как таблица «реестр школ».*многоуровневые заголовки запишите в одну строку/);
  });
});

describe('OLYMPIAD_SHARE', () => {
  it('equals R3 for each school', () => {
    const withShare = schools.filter((s) => typeof finding(s, 'R3').value === 'number');
    expect(withShare.length).toBeGreaterThan(0);
    for (const s of withShare) expect(olympiadShareFunction(olympiads, s.name)).toBe(finding(s, 'R3').value);
  });
});

describe('RISK_REASONS', () => {
  it('names the groups and every criterion met with its value; says so when none is met', () => {
    for (const s of schools) {
      const text = riskReasonsFunction(results, s.name, social, olympiads);
      expect(text.startsWith(`${s.name}, ${lastYear} год:`)).toBe(true);
      const met = s.findings.filter((f) => f.flagged);
      if (met.length === 0) expect(text).toContain('не относится ни к ШНОР, ни к ШНСУ');
      else expect(text).toContain(`относится к ${s.groupsByCriteria.join(' и ')}`);
      const metPart = text.split('Не выполнены')[0];
      for (const f of met) expect(metPart).toContain(`${f.code} —`);
    }
  });
  it('gives R2 by assessment family, with each family’s gap', () => {
    const s = schools.find((x) => (finding(x, 'R2').parts ?? []).length > 0)!;
    const text = riskReasonsFunction(results, s.name, social, olympiads);
    for (const part of finding(s, 'R2').parts!) expect(text).toContain(`${part.label}: ${String(Math.round((part.value as number) * 10) / 10).replace('.', ',')}`);
  });
});

describe('TEACHER_RISK', () => {
  const teachersGrid = sampleGrid('Педагоги');
  const teachers = excelRange(teachersGrid) as unknown[][];
  const dataset = readWorkbook([teachersGrid]).dataset;
  const year = Math.max(...dataset.teachers.map((t) => t.year));
  const flagged = evaluateTeachers(dataset.teachers, year, DEFAULT_SETTINGS, regionalAverages(dataset.results, dataset.regional, DEFAULT_SETTINGS.regionalTolerance)).filter((f) => f.flagged);

  it('lists each flagged teacher once per school with all their criteria', () => {
    const spill = teacherRisk({ teachers }, undefined, 'ru') as string[][];
    expect(flagged.length).toBeGreaterThan(0);
    expect(spill[0]).toEqual(['ФИО', 'Школа', 'Предмет', 'Критерии']);
    const expected = new Set(flagged.map((f) => `${f.teacher}|${f.schoolName}`));
    expect(new Set(spill.slice(1).map((r) => `${r[0]}|${r[1]}`))).toEqual(expected);
    for (const f of flagged) expect(spill.find((r) => r[0] === f.teacher && r[1] === f.schoolName)![3].split(', ')).toContain(f.code);
  });

  it('per teacher: their criteria, "" for a teacher with none, #N/A for a name not in the table', () => {
    const one = flagged[0];
    expect(teacherRiskFunction(teachers, one.teacher)[0][0]).toContain(one.code);
    const clean = dataset.teachers.find((t) => !flagged.some((f) => f.teacher === t.teacher));
    expect(clean).toBeDefined();
    expect(teacherRiskFunction(teachers, clean!.teacher)).toEqual([['']]);
    expect(thrown(() => teacherRiskFunction(teachers, 'Иванов Несуществующий'))).toEqual({ code: '#N/A', message: 'Педагог «Иванов Несуществующий» не найден в таблице.' });
  });
});
