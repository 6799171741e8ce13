/**
 * Issue 3: the functions honour the experts' «Параметры» and «Корректировки» passed as optional
 * ranges: a threshold moves a school across the boundary exactly where the rule says, an adjustment
 * shows in SCHOOL_RISK and RISK_REASONS with its reason, and a range that cannot be read is #VALUE!.
 */
import { DEFAULT_SETTINGS, identify, makeSettings, type Adjustment } from '../../src/domain';
import { FunctionInputError, toCellError } from '../../src/functions/errors';
import {
  lowestQuartileFunction,
  olympiadShareFunction,
  riskReasonsFunction,
  schoolRiskFunction,
  scoreGapFunction,
  socialIndexFunction,
  teacherRiskFunction,
} from '../../src/functions/functions';
import { lowestQuartile } from '../../src/functions/lowest-quartile';
import { riskReasons } from '../../src/functions/risk-reasons';
import { schoolRisk, schoolRiskHeader } from '../../src/functions/school-risk';
import { socialIndex } from '../../src/functions/social-index';
import { teacherRisk } from '../../src/functions/teacher-risk';
import { adjustmentsSheet } from '../../src/sheets/adjustments-sheet';
import { settingsSheet } from '../../src/sheets/settings-sheet';
import { readWorkbook } from '../../src/tables';
import { editSetting, excelRange, sampleGrid, sheetRange } from './sample-ranges';
import { thrown } from '../support/thrown';

const grids = ['Результаты ОГЭ', 'Социальный паспорт', 'Олимпиады', 'Школы'].map(sampleGrid);
const [results, social, olympiads, registry] = grids.map(excelRange) as unknown[][][];
const identification = identify(readWorkbook(grids).dataset, DEFAULT_SETTINGS, { explain: true });
const lastYear = identification.lastYear;
const schools = identification.schools.filter((s) => s.year === lastYear);

const defaults = sheetRange(settingsSheet());
const withSetting = (code: string, value: string | number | boolean) => editSetting(defaults, code, value).range;

const inputError = (call: () => unknown): FunctionInputError => {
  const error = thrown(call);
  expect(error).toBeInstanceOf(FunctionInputError);
  return error as unknown as FunctionInputError;
};

describe('a «Параметры» range with the default values', () => {
  it('gives the same results as no range, in Russian or English, from A1 or from the header row', () => {
    const plain = schoolRisk({ results, social, olympiads }, undefined, undefined, 'ru');
    expect(schoolRisk({ results, social, olympiads, settings: defaults }, undefined, undefined, 'ru')).toEqual(plain);
    expect(schoolRisk({ results, social, olympiads, settings: sheetRange(settingsSheet(DEFAULT_SETTINGS, 'en')) }, undefined, undefined, 'ru')).toEqual(plain);
    const fromHeader = defaults.slice(defaults.findIndex((r) => r[0] === 'Код'));
    expect(schoolRisk({ results, social, olympiads, settings: fromHeader }, undefined, undefined, 'ru')).toEqual(plain);
  });

  it('an empty range or a skipped argument is the default settings', () => {
    const plain = schoolRiskFunction(results, social);
    expect(schoolRiskFunction(results, social, undefined, undefined, undefined, undefined, [[''], ['']])).toEqual(plain);
    expect(schoolRiskFunction(results, social, null as never, null as never, null as never, null as never, null as never)).toEqual(plain);
  });

  it('an English sheet with edited values reads as the Russian one', () => {
    const en = editSetting(sheetRange(settingsSheet(DEFAULT_SETTINGS, 'en')), 'R2.gap', 12).range;
    expect(schoolRisk({ results, settings: en }, undefined, undefined, 'ru')).toEqual(schoolRisk({ results, settings: withSetting('R2.gap', 12) }, undefined, undefined, 'ru'));
  });
});

describe('R2.gap moves a school across the boundary (gap > threshold)', () => {
  const gaps = schools.map((s) => ({ name: s.name, gap: s.findings.find((f) => f.code === 'R2')?.value })).filter((x): x is { name: string; gap: number } => typeof x.gap === 'number');
  const school = gaps.reduce((a, b) => (b.gap > a.gap ? b : a));
  const criteria = (threshold: number) => String(schoolRiskFunction(results, undefined, undefined, undefined, school.name, undefined, withSetting('R2.gap', threshold))[0][4]);

  it('flagged one step below its gap, not at it or one step above', () => {
    expect(criteria(school.gap - 0.01)).toContain('R2');
    expect(criteria(school.gap)).not.toContain('R2');
    expect(criteria(school.gap + 0.01)).not.toContain('R2');
  });

  it('RISK_REASONS quotes the threshold from the range', () => {
    expect(riskReasonsFunction(results, school.name, undefined, undefined, undefined, undefined, withSetting('R2.gap', 7))).toMatch(/отставание[^.]*, порог 7\)/i);
  });

  it('SCORE_GAP: a family with fewer participants than minParticipants is left out (at its count it is in)', () => {
    const r2 = schools.find((s) => s.name === school.name)!.findings.find((f) => f.code === 'R2')!;
    const participants = r2.parts!.find((p) => p.value !== null)!.participants!;
    expect(scoreGapFunction(results, school.name, undefined, undefined, withSetting('minParticipants', participants))).toBe(school.gap);
    expect(thrown(() => scoreGapFunction(results, school.name, undefined, undefined, withSetting('minParticipants', participants + 1))).code).toBe('#N/A');
  });

  it('SCORE_GAP with R2 switched off is #N/A saying so', () => {
    expect(thrown(() => scoreGapFunction(results, school.name, undefined, undefined, withSetting('R2.enabled', 'нет')))).toEqual({
      code: '#N/A',
      message: 'Критерий R2 не оценивается: критерий отключён в параметрах.',
    });
  });
});

describe('R1.share moves a school across the boundary (k = ⌈share × N⌉ lowest composite ranks)', () => {
  const ranked = (lowestQuartile({ results, settings: withSetting('R1.share', 1) }, undefined, undefined, 'ru') as [string, number][]).slice(1);
  const n = ranked.length;
  // The first k ≥ 2 whose (k+1)-th lowest rank is above the k-th: that school enters just above share k/N.
  const k = ranked.findIndex(([, rank], i) => i >= 2 && rank > ranked[i - 1][1]);
  const entering = ranked[k][0];
  const listed = (share: number) => (lowestQuartile({ results, settings: withSetting('R1.share', share) }, undefined, undefined, 'ru') as [string, number][]).slice(1).map(([name]) => name);

  it('the sample ranks enough schools with distinct ranks', () => {
    expect(n).toBeGreaterThan(10);
    expect(k).toBeGreaterThan(0);
  });

  it('at share k/N the k lowest are listed; one step above, the next school enters; one step below, the same k', () => {
    expect(listed(k / n)).toEqual(ranked.slice(0, k).map(([name]) => name));
    expect(listed(k / n + 0.001)).toContain(entering);
    expect(listed(k / n - 0.001)).toEqual(ranked.slice(0, k).map(([name]) => name));
  });

  it('the per-school form and SCHOOL_RISK follow the same settings', () => {
    expect(lowestQuartileFunction(results, entering, undefined, withSetting('R1.share', k / n))).toEqual([[false]]);
    expect(lowestQuartileFunction(results, entering, undefined, withSetting('R1.share', k / n + 0.001))).toEqual([[true]]);
    const row = (share: number) => schoolRiskFunction(results, undefined, undefined, undefined, entering, undefined, withSetting('R1.share', share))[0];
    expect(String(row(k / n)[4])).not.toContain('R1');
    expect(String(row(k / n + 0.001)[4])).toContain('R1');
  });

  it('SOCIAL_INDEX flags the lowest share of indices by the same setting', () => {
    const flaggedCount = (share: number) => (socialIndex({ social, settings: withSetting('R1.share', share) }, undefined, undefined, 'ru') as unknown[][]).slice(1).filter((r) => r[2] === true).length;
    const count = (socialIndex({ social }, undefined, undefined, 'ru') as unknown[][]).length - 1;
    expect(flaggedCount(1)).toBe(count);
    expect(flaggedCount(1 / count)).toBe(1);
    expect(thrown(() => socialIndexFunction(social, undefined, undefined, withSetting('S1.enabled', 'нет'))).code).toBe('#N/A');
  });
});

describe('other thresholds reach their functions', () => {
  it('OLYMPIAD_SHARE counts the years of R3.years', () => {
    const school = schools.find((s) => typeof s.findings.find((f) => f.code === 'R3')?.value === 'number')!;
    const one = olympiadShareFunction(olympiads, school.name, undefined, withSetting('R3.years', 1));
    const three = olympiadShareFunction(olympiads, school.name, undefined, withSetting('R3.years', 3));
    expect(three).toBe(school.findings.find((f) => f.code === 'R3')!.value);
    expect(one).not.toBe(three);
  });

  it('TEACHER_RISK: T1.share 0 flags no one for T1 (share < 0 never holds), 100 flags more', () => {
    const teachers = excelRange(sampleGrid('Педагоги'));
    const t1 = (share: number) => (teacherRisk({ teachers, settings: withSetting('T1.share', share) }, undefined, 'ru') as string[][]).slice(1).filter((r) => r[3].split(', ').includes('T1')).length;
    const byDefault = (teacherRisk({ teachers }, undefined, 'ru') as string[][]).slice(1).filter((r) => r[3].split(', ').includes('T1')).length;
    expect(t1(0)).toBe(0);
    expect(t1(100)).toBeGreaterThan(byDefault);
    const wrapped = teacherRiskFunction(teachers, undefined, withSetting('T1.share', 0));
    expect(wrapped).toEqual(teacherRisk({ teachers, settings: withSetting('T1.share', 0) }));
    expect(wrapped).not.toEqual(teacherRiskFunction(teachers));
  });
});

describe('a «Корректировки» range', () => {
  const outside = schools.find((s) => s.groupsByCriteria.length === 0)!;
  const inLow = schools.find((s) => s.groupsByCriteria.includes('ШНОР'))!;
  const adjustments: Adjustment[] = [
    { school: outside.name, year: lastYear, action: 'include', group: 'ШНОР', reason: 'Решение экспертной группы № 3: низкие результаты ВПР' },
    { school: inLow.name, year: lastYear, action: 'exclude', group: 'ШНОР', reason: 'Смена руководства, результаты ГИА выросли' },
  ];
  const range = sheetRange(adjustmentsSheet(adjustments));
  const rowOf = (name: string) => range.findIndex((r) => r[0] === name) + 1;
  const tables = { results, social, olympiads, registry, adjustments: range };

  it('SCHOOL_RISK shows the groups after the adjustments, the criteria before them, and the adjustment with its reason', () => {
    const spill = schoolRisk(tables, undefined, undefined, 'ru');
    expect(spill[0]).toEqual(schoolRiskHeader('ru', true));
    expect(spill[0][6]).toBe('Экспертная корректировка');
    const row = (name: string) => spill.find((r) => r[0] === name)!;
    expect(row(outside.name)[3]).toBe('ШНОР');
    expect(row(outside.name)[4]).toBe('');
    expect(row(outside.name)[6]).toBe(`включить в ШНОР: ${adjustments[0].reason}`);
    expect(String(row(inLow.name)[3])).not.toContain('ШНОР');
    expect(row(inLow.name)[6]).toBe(`исключить из ШНОР: ${adjustments[1].reason}`);
    const untouched = spill.slice(1).filter((r) => r[0] !== outside.name && r[0] !== inLow.name);
    expect(untouched.every((r) => r[6] === '')).toBe(true);
    expect(untouched.map((r) => r.slice(0, 6))).toEqual(schoolRisk({ results, social, olympiads, registry }, undefined, undefined, 'ru').slice(1).filter((r) => r[0] !== outside.name && r[0] !== inLow.name));
  });

  it('the per-school form is the spill row; the English header names the column in English', () => {
    const spill = schoolRisk(tables, undefined, undefined, 'ru');
    expect(schoolRisk(tables, outside.name, undefined, 'ru')).toEqual([spill.find((r) => r[0] === outside.name)]);
    expect(schoolRisk(tables, undefined, undefined, 'en')[0][6]).toBe('Expert adjustment');
  });

  it('RISK_REASONS names the final group, the adjustment, its reason and row, and the groups by the criteria', () => {
    const text = riskReasons(tables, outside.name);
    expect(text.startsWith(`${outside.name}, ${lastYear} год: относится к ШНОР.`)).toBe(true);
    expect(text).toContain(`Экспертная корректировка: включить в ШНОР, основание: «${adjustments[0].reason}» (диапазон «корректировки», строка ${rowOf(outside.name)}).`);
    expect(text).toContain('По критериям школа не относится ни к ШНОР, ни к ШНСУ.');
    const excluded = riskReasonsFunction(results, inLow.name, social, olympiads, registry, undefined, undefined, range);
    expect(excluded).toContain(`исключить из ШНОР, основание: «${adjustments[1].reason}»`);
    expect(excluded).toContain(`По критериям школа относится к ${inLow.groupsByCriteria.join(' и ')}.`);
    expect(riskReasons({ results, social, olympiads, registry }, outside.name)).not.toContain('корректировка');
  });

  it('an adjustment of another year changes nothing this year', () => {
    const other = sheetRange(adjustmentsSheet([{ ...adjustments[0], year: identification.years[0] }]));
    const row = schoolRisk({ ...tables, adjustments: other }, outside.name, undefined, 'ru')[0];
    expect(row[3]).toBe('');
    expect(row[6]).toBe('');
  });
});

describe('a range that cannot be read is #VALUE! naming the range and the cell', () => {
  it('a bad value: row and column within the range, the expected form, no default substituted', () => {
    const { range, row } = editSetting(defaults, 'R2.gap', 'двадцать');
    const error = inputError(() => schoolRisk({ results, settings: range }));
    expect(error.text.ru).toBe(`Не удалось прочитать диапазон «параметры», строка ${row}, столбец C: Параметр «R2.gap»: «двадцать» — не подходит, нужно число.`);
    expect(error.text.en).toBe(`Cannot read range "settings", row ${row}, column C: Setting “R2.gap”: “двадцать” is not valid, expected a number.`);
    expect(toCellError(error, 'en')).toEqual({ code: '#VALUE!', message: error.text.en });
  });

  it('a value out of range, through the wrapper: #VALUE! with the Russian text', () => {
    const { range, row } = editSetting(defaults, 'R1.share', 0);
    expect(thrown(() => lowestQuartileFunction(results, undefined, undefined, range))).toEqual({
      code: '#VALUE!',
      message: `Не удалось прочитать диапазон «параметры», строка ${row}, столбец C: Параметр «R1.share»: значение 0 вне допустимых пределов.`,
    });
  });

  it('several bad values: the first is named with the count of the others', () => {
    const twice = editSetting(editSetting(defaults, 'R2.gap', 'x').range, 'R3.share', 'y').range;
    expect(thrown(() => scoreGapFunction(results, schools[0].name, undefined, undefined, twice)).message).toMatch(/«R2\.gap».*\(и ещё замечаний: 1\)$/);
  });

  it('a range of another sheet: no «Код» and «Значение» headers', () => {
    expect(inputError(() => socialIndex({ social, settings: results })).text.ru).toBe(
      'Не удалось прочитать диапазон «параметры»: нет заголовков «Код» и «Значение». Передайте диапазон листа «Параметры» вместе со строкой заголовков.',
    );
  });

  it('an unknown setting code (an edited code column) is refused, not skipped', () => {
    const range = defaults.map((r) => (r[0] === 'R2.gap' ? ['R2.gapp', ...r.slice(1)] : r));
    const row = range.findIndex((r) => r[0] === 'R2.gapp') + 1;
    expect(inputError(() => teacherRisk({ teachers: excelRange(sampleGrid('Педагоги')), settings: range })).text.ru).toBe(
      `Не удалось прочитать диапазон «параметры», строка ${row}, столбец A: Неизвестный параметр «R2.gapp».`,
    );
  });

  it('an adjustment without a reason is refused with its row; a range without «Школа» is refused', () => {
    const school = schools[0].name;
    const range = sheetRange(adjustmentsSheet([{ school, year: lastYear, action: 'include', group: 'ШНСУ', reason: 'x' }])).map((r) => (r[0] === school ? [...r.slice(0, 4), ''] : r));
    const row = range.findIndex((r) => r[0] === school) + 1;
    expect(inputError(() => schoolRisk({ results, adjustments: range })).text.ru).toBe(
      `Не удалось прочитать диапазон «корректировки», строка ${row}, столбец E: Корректировка в строке ${row} не применена: укажите основание решения экспертов.`,
    );
    expect(inputError(() => riskReasons({ results, adjustments: defaults }, school)).text.ru).toMatch(/^Не удалось прочитать диапазон «корректировки»: нет заголовков «Школа» в первом столбце\. Передайте диапазон листа «Корректировки»/);
  });

  it('a single cell where the settings range should be', () => {
    expect(inputError(() => schoolRisk({ results, settings: 'Параметры' })).text.ru).toContain('«параметры»: ожидается диапазон ячеек с заголовками');
  });
});

describe('settings given as values, not only as the default sheet', () => {
  it('a whole sheet written from other settings reads as those settings', () => {
    const settings = makeSettings({ gapThreshold: 9, quartileShare: 0.4 });
    expect(schoolRisk({ results, settings: sheetRange(settingsSheet(settings)) }, undefined, undefined, 'ru')).toEqual(
      schoolRisk({ results, settings: editSetting(withSetting('R2.gap', 9), 'R1.share', 0.4).range }, undefined, undefined, 'ru'),
    );
  });
});
