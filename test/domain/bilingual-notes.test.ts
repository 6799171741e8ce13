import { DEFAULT_SETTINGS, identify, ruleText, type IdentificationResult } from '../../src/domain';
import { buildSampleGrids } from '../../src/sample';
import { readWorkbook } from '../../src/tables/read-workbook';
import { dataset, only, regional, result, school, src } from './builders';

/** The numbers of a text in order, Russian decimal commas read as points. */
const figures = (text: string): number[] => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((s) => Number(s.replace(',', '.')));

/** Cyrillic left once quoted names, official terms and the data's own words (subjects, schools) are removed. */
const hasRussianWords = (text: string, dataWords: string[] = []): boolean => {
  let rest = text.replace(/«[^»]*»/g, '').replace(/ЕГЭ|ОГЭ|ВПР|ШНОР|ШНСУ/g, '');
  for (const w of dataWords) rest = rest.split(w).join('');
  return /[а-яё]/i.test(rest);
};

/** Each Russian note next to its English one; the lists must be of the same length. */
const pairs = (res: IdentificationResult): [string, string][] => {
  expect(res.notesEn).toHaveLength(res.notes.length);
  return res.notes.map((ru, i) => [ru, res.notesEn[i]]);
};

const expectSameNoteInEnglish = (res: IdentificationResult, russian: RegExp, dataWords: string[] = []) => {
  const found = pairs(res).filter(([ru]) => russian.test(ru));
  expect(found).toHaveLength(1);
  const [ru, en] = found[0];
  expect(figures(en)).toEqual(figures(ru));
  expect(hasRussianWords(ru)).toBe(true);
  expect(hasRussianWords(en, dataWords)).toBe(false);
  return en;
};

describe('notes in Russian and English, index for index', () => {
  // Schools a (50) and b (70) give a weighted mean of 60.
  const schools = [result('a', 2024, 'ЕГЭ', 50), result('b', 2024, 'ЕГЭ', 70)];

  test('a regional row off by more than the tolerance: the same figures in both languages', () => {
    const res = identify(dataset({ results: schools, regional: [regional(2024, 'ЕГЭ', 67.25)] }), only(['R2'], { regionalTolerance: 7 }));
    const en = expectSameNoteInEnglish(res, /использовано расчётное среднее/, ['Русский язык']);
    expect(en).toContain('67.25');
    expect(figures(en)).toContain(7.25);
  });

  test('a graded regional row names the grade in both languages', () => {
    const graded = schools.map((r) => ({ ...r, family: 'ОГЭ' as const, grade: 9 }));
    const res = identify(dataset({ results: graded, regional: [regional(2024, 'ОГЭ', 80, { grade: 9 })] }), only(['R2']));
    const en = expectSameNoteInEnglish(res, /использовано расчётное среднее/, ['Русский язык']);
    expect(en).toContain('grade 9');
  });

  test('a regional row within the tolerance makes no note in either language', () => {
    const res = identify(dataset({ results: schools, regional: [regional(2024, 'ЕГЭ', 65)] }), only(['R2']));
    expect(pairs(res).filter(([ru]) => /расчётное среднее/.test(ru))).toEqual([]);
  });

  test('region values outside the scale: the count in both languages', () => {
    const invalid = [regional(2024, 'ЕГЭ', 162, { kind: 'invalid' }), regional(2024, 'ЕГЭ', 163, { kind: 'invalid' })];
    const res = identify(dataset({ results: schools, regional: invalid }), only(['R2']));
    expect(figures(expectSameNoteInEnglish(res, /вне шкалы/))).toEqual([2]);
  });

  test('region values used as given: the count in both languages', () => {
    const res = identify(dataset({ results: schools, regional: [regional(2024, 'ЕГЭ', 80, { kind: 'reference' })] }), only(['R2']));
    expect(figures(expectSameNoteInEnglish(res, /взятых как есть/))).toEqual([1]);
  });

  test('the year before a reported year has no data', () => {
    const res = identify(dataset({ results: schools }), only(['R2']));
    expect(figures(expectSameNoteInEnglish(res, /данных нет/))).toEqual([2023, 2024]);
  });

  test('no data at all', () => {
    const res = identify(dataset({}), only(['R2']));
    expect(res.notes).toHaveLength(1);
    expectSameNoteInEnglish(res, /идентификация не выполнялась/);
  });

  test.each([
    [{ reason: ' ' }, /не указано основание/],
    [{ school: 'Школа №999' }, /не найдена/],
    [{ year: 2030 }, /не входит в запрошенные годы/],
  ])('an adjustment not applied (%p): the school, the sheet and the row in both languages', (change, russian) => {
    const source = src('Корректировки');
    const adjustment = { school: 'a', schoolName: 'Школа a', year: 2024, action: 'include' as const, group: 'ШНОР' as const, reason: 'решение', source, ...change };
    const res = identify(dataset({ schools: [school('a')], results: schools }), only(['R2']), { adjustments: [adjustment] });
    const en = expectSameNoteInEnglish(res, russian);
    expect(en).toContain(`«${adjustment.schoolName}»`);
    expect(en).toContain(`«${source.sheet}», row ${source.row}`);
  });
});

describe('the method in Russian and English', () => {
  const methodOf = (settings: ReturnType<typeof only>) => identify(dataset({ results: [result('a', 2024, 'ЕГЭ', 50)] }), settings);

  test('the same lines, the same figures; the rule lines are the rules’ English texts', () => {
    const settings = only(['R1', 'R2'], { regionalTolerance: 7.5, minParticipants: 12 });
    const res = methodOf(settings);
    expect(res.methodEn).toHaveLength(res.method.length);
    const rules = (['R1', 'R2'] as const).map((c) => ruleText(c, settings));
    res.method.forEach((ru, i) => {
      const en = res.methodEn[i];
      expect(hasRussianWords(en)).toBe(false);
      const rule = rules.find((r) => r.ru === ru);
      if (rule) expect(en).toBe(rule.en);
      else expect(figures(en)).toEqual(figures(ru));
    });
    expect(res.methodEn.join('\n')).toContain('7.5%');
    expect(res.methodEn.join('\n')).toContain('12 participants');
  });

  test('«any» and «every» criterion follow the settings in both languages', () => {
    const any = methodOf(only(['R2'], { mode: { low: 'any', social: 'any' } }));
    const all = methodOf(only(['R2'], { mode: { low: 'all', social: 'any' } }));
    expect(any.methodEn[0]).toMatch(/any enabled ШНОР criterion/);
    expect(all.methodEn[0]).toMatch(/every enabled ШНОР criterion/);
    expect(all.method[0]).not.toBe(any.method[0]);
  });
});

describe('the sample workbook', () => {
  const { dataset: sample } = readWorkbook(buildSampleGrids());
  const res = identify(sample, DEFAULT_SETTINGS);
  const dataWords = [...new Set(sample.results.map((r) => r.subject))];

  test('notes and method have an English line for every Russian one, with the same figures', () => {
    expect(res.notes.length).toBeGreaterThan(0);
    expect(res.methodEn).toHaveLength(res.method.length);
    for (const [ru, en] of pairs(res)) {
      expect(figures(en)).toEqual(figures(ru));
      expect(hasRussianWords(en, dataWords)).toBe(false);
    }
  });
});
