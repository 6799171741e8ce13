import type { CellValue } from '../../src/grid/cell';
import type { Grid } from '../../src/grid/grid';
import { DEFAULT_SETTINGS, SETTING_CATALOGUE, makeSettings } from '../../src/domain/settings';
import { settingsSheet } from '../../src/sheets/settings-sheet';
import { settingsFromGrid } from '../../src/tables/own-sheets/settings-reader';
import { adjustmentsSheet } from '../../src/sheets/adjustments-sheet';
import { adjustmentsFromGrid } from '../../src/tables/own-sheets/adjustments-reader';
import type { SheetSpec } from '../../src/grid/sheet-spec';

/** The grid a host would read back from a written spec (no formulas in these sheets). */
const gridOf = (spec: SheetSpec): Grid => ({
  sheet: spec.name,
  values: [...spec.title.map((t) => [t]), ...spec.header, ...spec.rows].map((r) => r.map((c) => c as CellValue)),
  merges: [],
});
const setValue = (grid: Grid, code: string, value: CellValue): number => {
  const r = grid.values.findIndex((row) => row[0] === code);
  grid.values[r][2] = value;
  return r + 1;
};

describe('«Параметры» sheet', () => {
  // The documents' sentences, copied here from the committee texts (not from the code).
  const WORDS: [string, string][] = [
    ['R2.gap', 'Расхождение между средним баллом ЕГЭ, ОГЭ и ВПР по региону и средним баллом школы составляет более 20 баллов'],
    ['R3.share', '0,5% и ниже учащихся за последние 3 года, принимавших участие в региональных и всероссийских олимпиадах и конкурсах'],
    ['T1.share', 'Менее 50 % обучающихся продолжили обучение на уровне среднего общего образования за три года.'],
    ['T2.1.minSubjects', 'Результаты ВПР по русскому языку, математике и окружающему миру ниже среднерегиональных.'],
    [
      'T3.1.quality',
      'Среднее значение суммарного процента недостижения минимального балла за предыдущие три года по результатам государственной итоговой аттестации по образовательным программам основного общего образования в форме основного государственного экзамена 3,5% и более, при суммарном значении показателя «качество знаний» за три года менее 40%.',
    ],
    ['S1.weight.noLearningMotivation', 'доля обучающихся с девиантным поведением, отсутствием учебной мотивации, слабым знанием русского языка (дети-инофоны)'],
    ['D.gap', 'Выявление учебных предметов и классов, в которых показаны низкие образовательные результаты'],
  ];
  test.each(WORDS)('%s quotes the document in full', (code, words) => {
    const row = settingsSheet().rows.find((r) => r[0] === code)!;
    expect(String(row[4])).toContain(`${words}`);
  });
  test('every source names a document by its title or says the choice is ours, never «seed», «семя» or SPEC', () => {
    const titles = /Волховский район|Краснотуранского района|Грачевского муниципального округа|г\. Лесосибирска|п\. Николевский|наш выбор|в документах не задано/;
    for (const row of settingsSheet().rows) {
      expect(String(row[4])).toMatch(titles);
      expect(String(row[4])).not.toMatch(/seed ?0|семя|SPEC/i);
    }
  });

  test('one row per setting with code, description, value, default and seed reference', () => {
    const spec = settingsSheet(makeSettings({ gapThreshold: 15 }));
    expect(spec.rows).toHaveLength(SETTING_CATALOGUE.length);
    expect(spec.rowKeys).toEqual(SETTING_CATALOGUE.map((e) => e.code));
    expect(spec.editableColumns).toEqual([2]);
    const r2 = spec.rows.find((r) => r[0] === 'R2.gap')!;
    expect(r2[2]).toBe(15);
    expect(r2[3]).toBe(20);
    expect(r2[4]).toMatch(/более 20 баллов/);
    expect(spec.rows.find((r) => r[0] === 'R1.enabled')![2]).toBe('да');
  });

  test('an unedited sheet reads back as the settings it was made from', () => {
    const s = makeSettings({ gapThreshold: 15, social: { variant: 'seed004' }, teachers: { primarySubjects: ['Русский язык'] } });
    const back = settingsFromGrid(gridOf(settingsSheet(s)));
    expect(back.problems).toEqual([]);
    expect(back.settings).toEqual(s);
  });

  test('user edits are read: decimal comma, «нет», enum, empty optional number', () => {
    const grid = gridOf(settingsSheet());
    setValue(grid, 'R3.share', '0,7');
    setValue(grid, 'S3.enabled', 'нет');
    setValue(grid, 'mode.ШНОР', 'all');
    setValue(grid, 'S3.regional', '5,2');
    const { settings, problems } = settingsFromGrid(grid);
    expect(problems).toEqual([]);
    expect(settings.olympiadShare).toBe(0.7);
    expect(settings.criteria.S3).toBe(false);
    expect(settings.mode.low).toBe('all');
    expect(settings.regionalUnemployment).toBe(5.2);
  });

  test.each([
    ['R2.gap', 'двадцать', 'setting-invalid'],
    ['R2.gap', -1, 'setting-out-of-range'],
    ['R1.share', 0, 'setting-out-of-range'],
    ['minParticipants', 2.5, 'setting-invalid'],
    ['S1.sign.deviant', 2, 'setting-invalid'],
    ['mode.ШНСУ', 'любые', 'setting-invalid'],
  ])('%s = %p → Russian problem at its row and column, default kept', (code, value, problemCode) => {
    const grid = gridOf(settingsSheet());
    const row = setValue(grid, code, value as CellValue);
    const { settings, problems } = settingsFromGrid(grid);
    expect(problems).toEqual([expect.objectContaining({ sheet: 'Параметры', row, column: 'C', code: problemCode, severity: 'error' })]);
    expect(problems[0].message).toMatch(/По умолчанию|по умолчанию/);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  test('an unknown code is reported, not guessed', () => {
    const grid = gridOf(settingsSheet());
    grid.values.push(['R9.gap', '', 5]);
    expect(settingsFromGrid(grid).problems[0]).toMatchObject({ code: 'setting-unknown', row: grid.values.length, column: 'A' });
  });
});

describe('«Корректировки» sheet', () => {
  test('blank template rows keyed by position, every column editable', () => {
    const spec = adjustmentsSheet([], 3);
    expect(spec.rows).toHaveLength(3);
    expect(spec.rowKeys).toEqual(['row-1', 'row-2', 'row-3']);
    expect(spec.editableColumns).toEqual([0, 1, 2, 3, 4]);
  });

  test('typed rows are read back with the school as typed (resolved to a school by the tables’ identity when applied)', () => {
    const grid = gridOf(adjustmentsSheet([], 4));
    const first = grid.values.findIndex((r) => r[0] === 'Школа') + 1;
    grid.values[first] = ['МБОУ «СОШ № 5»', '2024', 'Включить', 'шнро', 'решение комиссии'];
    grid.values[first + 2] = ['МКОУ СОШ №7', 2024, 'исключить', 'ШНСУ', 'переезд в новое здание'];
    const { adjustments, problems } = adjustmentsFromGrid(grid);
    expect(problems).toEqual([]);
    expect(adjustments).toEqual([
      { school: 'МБОУ «СОШ № 5»', schoolName: 'МБОУ «СОШ № 5»', year: 2024, action: 'include', group: 'ШНОР', reason: 'решение комиссии', source: { sheet: 'Корректировки', row: first + 1 } },
      { school: 'МКОУ СОШ №7', schoolName: 'МКОУ СОШ №7', year: 2024, action: 'exclude', group: 'ШНСУ', reason: 'переезд в новое здание', source: { sheet: 'Корректировки', row: first + 3 } },
    ]);
  });

  test.each([
    [['', 2024, 'включить', 'ШНОР', 'x'], 'A'],
    [['Школа 1', 'когда-то', 'включить', 'ШНОР', 'x'], 'B'],
    [['Школа 1', 2024, 'добавить', 'ШНОР', 'x'], 'C'],
    [['Школа 1', 2024, 'включить', 'ШНРУ', 'x'], 'D'],
    [['Школа 1', 2024, 'включить', 'ШНОР', ''], 'E'],
  ])('%p is not applied: problem in column %s', (cells, column) => {
    const grid = gridOf(adjustmentsSheet([], 1));
    grid.values[grid.values.length - 1] = cells as CellValue[];
    const { adjustments, problems } = adjustmentsFromGrid(grid);
    expect(adjustments).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ row: grid.values.length, column, code: 'adjustment-invalid' })]);
  });

  test('a sheet regenerated from what was read shows the same rows', () => {
    const grid = gridOf(adjustmentsSheet([], 2));
    grid.values[grid.values.length - 2] = ['МБОУ СОШ № 1', 2024, 'включить', 'ШНОР', 'решение комиссии'];
    const again = adjustmentsSheet(adjustmentsFromGrid(grid).adjustments, 1);
    expect(again.rows[0]).toEqual(['МБОУ СОШ № 1', 2024, 'включить', 'ШНОР', 'решение комиссии']);
  });
});

describe('«Параметры» written in English', () => {
  const setEnglishValue = (grid: Grid, code: string, value: CellValue): number => {
    const header = grid.values.findIndex((r) => r.includes('Code'));
    const r = grid.values.findIndex((row) => row[0] === code);
    grid.values[r][grid.values[header].indexOf('Value')] = value;
    return r + 1;
  };

  test('English name, headers, descriptions and yes/no; the same codes and values', () => {
    const s = makeSettings({ gapThreshold: 15 });
    const ru = settingsSheet(s);
    const en = settingsSheet(s, 'en');
    expect(en.name).toBe('Settings');
    expect(en.header[0]).toEqual(['Code', 'Description', 'Value', 'Default', 'Source of the default']);
    expect(en.rowKeys).toEqual(ru.rowKeys);
    expect(en.rows.map((r) => r[1])).toEqual(SETTING_CATALOGUE.map((e) => e.descriptionEn));
    expect(en.rows.find((r) => r[0] === 'R1.enabled')![2]).toBe('yes');
    // Values are the same, except yes/no and the named options of enums, which are in the sheet's language.
    en.rows.forEach((r, i) => {
      const entry = SETTING_CATALOGUE[i];
      if (entry.kind === 'enum' && entry.optionLabels) return;
      if (typeof r[2] !== 'string' || !['да', 'нет'].includes(ru.rows[i][2] as string)) expect(r[2]).toEqual(ru.rows[i][2]);
    });
  });

  test('enum options are shown by name («любой», «все»; never «any»/«all» in Russian) and read back from either name or the option', () => {
    const ru = settingsSheet(makeSettings({ mode: { low: 'all', social: 'any' } }));
    expect(ru.rows.find((r) => r[0] === 'mode.ШНОР')![2]).toBe('все');
    expect(ru.rows.find((r) => r[0] === 'mode.ШНСУ')![2]).toBe('любой');
    expect(ru.rows.find((r) => r[0] === 'S1.variant')![2]).toBe('безработные родители');
    for (const r of ru.rows) expect(String(r[1])).not.toMatch(/\((any|all)\)|seed0/);
    for (const typed of ['все', 'ВСЕ', 'all']) {
      const grid = gridOf(settingsSheet());
      setValue(grid, 'mode.ШНОР', typed);
      expect(settingsFromGrid(grid).settings.mode.low).toBe('all');
    }
    const grid = gridOf(settingsSheet());
    setValue(grid, 'T3.1.qualityMethod', 'сумма долей');
    expect(settingsFromGrid(grid).settings.teachers.ogeQualityMethod).toBe('sum');
  });

  test('an unedited English sheet reads back as the settings it was made from', () => {
    const s = makeSettings({ gapThreshold: 15, criteria: { S3: false }, teachers: { primarySubjects: ['Русский язык'] } });
    const back = settingsFromGrid(gridOf(settingsSheet(s, 'en')));
    expect(back.problems).toEqual([]);
    expect(back.settings).toEqual(s);
  });

  test('edits in an English sheet are read: «no», «да», decimal point, enum', () => {
    const grid = gridOf(settingsSheet(DEFAULT_SETTINGS, 'en'));
    setEnglishValue(grid, 'R3.share', '0.7');
    setEnglishValue(grid, 'S3.enabled', 'no');
    setEnglishValue(grid, 'S2.enabled', 'нет');
    setEnglishValue(grid, 'mode.ШНОР', 'all');
    const { settings, problems } = settingsFromGrid(grid);
    expect(problems).toEqual([]);
    expect(settings.olympiadShare).toBe(0.7);
    expect(settings.criteria.S3).toBe(false);
    expect(settings.criteria.S2).toBe(false);
    expect(settings.mode.low).toBe('all');
  });

  test('a bad value in an English sheet: problem at its row and column, English default in messageEn', () => {
    const grid = gridOf(settingsSheet(DEFAULT_SETTINGS, 'en'));
    const row = setEnglishValue(grid, 'R1.enabled', 'maybe');
    const { settings, problems } = settingsFromGrid(grid);
    expect(problems).toEqual([expect.objectContaining({ sheet: 'Settings', row, column: 'C', code: 'setting-invalid' })]);
    expect(problems[0].messageEn).toMatch(/default yes/);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('«Корректировки» written in English', () => {
  test('English name and headers; actions written in English', () => {
    const adjustment = { school: 'a', schoolName: 'МБОУ СОШ № 1', year: 2024, action: 'exclude' as const, group: 'ШНСУ' as const, reason: 'переезд' };
    const spec = adjustmentsSheet([adjustment], 0, 'en');
    expect(spec.name).toBe('Adjustments');
    expect(spec.header[0][0]).toBe('School');
    expect(spec.rows).toEqual([['МБОУ СОШ № 1', 2024, 'exclude', 'ШНСУ', 'переезд']]);
  });

  test('an English sheet is read back, with actions typed in either language', () => {
    const grid = gridOf(adjustmentsSheet([], 3, 'en'));
    const first = grid.values.findIndex((r) => r[0] === 'School') + 1;
    grid.values[first] = ['МБОУ СОШ № 1', 2024, 'Include', 'ШНОР', 'committee decision'];
    grid.values[first + 1] = ['МБОУ СОШ № 2', 2024, 'исключить', 'шнсу', 'решение комиссии'];
    grid.values[first + 2] = ['МБОУ СОШ № 3', 2024, 'add', 'ШНОР', 'x'];
    const { adjustments, problems } = adjustmentsFromGrid(grid);
    expect(adjustments.map((a) => [a.schoolName, a.action, a.group, a.source])).toEqual([
      ['МБОУ СОШ № 1', 'include', 'ШНОР', { sheet: 'Adjustments', row: first + 1 }],
      ['МБОУ СОШ № 2', 'exclude', 'ШНСУ', { sheet: 'Adjustments', row: first + 2 }],
    ]);
    expect(problems).toEqual([expect.objectContaining({ row: first + 3, column: 'C', code: 'adjustment-invalid' })]);
  });

  test('a Russian sheet regenerated in English keeps the decisions', () => {
    const grid = gridOf(adjustmentsSheet([], 1));
    grid.values[grid.values.length - 1] = ['МБОУ СОШ № 1', 2024, 'включить', 'ШНОР', 'решение комиссии'];
    const again = adjustmentsFromGrid(gridOf(adjustmentsSheet(adjustmentsFromGrid(grid).adjustments, 0, 'en')));
    expect(again.problems).toEqual([]);
    expect(again.adjustments.map((a) => [a.schoolName, a.year, a.action, a.group, a.reason])).toEqual([['МБОУ СОШ № 1', 2024, 'include', 'ШНОР', 'решение комиссии']]);
  });
});
