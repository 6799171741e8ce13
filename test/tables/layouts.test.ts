import { detectHeader, detectMapping, findSubject, mergeSubjects, DEFAULT_SUBJECTS, readWorkbook, resolveScale, schoolKey, WorkbookMappingSchema } from '../../src/tables';
import { longResults, makeGrid, wideResults } from './grid-helpers';

describe('school keys', () => {
  it('equal for org-form, quote and № spelling variants', () => {
    const keys = ['МБОУ "СОШ № 5"', 'МОБУ «СОШ №5»', 'МКОУ СОШ №5', ' мбоу  сош № 5 '].map(schoolKey);
    expect(new Set(keys).size).toBe(1);
  });
  it('different numbers stay different', () => expect(schoolKey('МБОУ СОШ №5')).not.toBe(schoolKey('МБОУ СОШ №50')));
});

describe('subject catalogue', () => {
  it.each([
    ['Математика (профиль), чел.', 'Математика (профильная)'],
    ['математика профильная', 'Математика (профильная)'],
    ['Математика базовая', 'Математика (базовая)'],
    ['ИКТ, чел.', 'Информатика'],
    ['Иностранные языки', 'Иностранные языки'],
    ['Английский язык', 'Английский язык'],
    ['Математика', 'Математика'],
  ])('%s → %s', (text, name) => expect(findSubject(text)).toBe(name));
  it('ЕГЭ is on 100 points except базовая математика on a 5-point mark', () => {
    expect(resolveScale('Химия', 'ЕГЭ', 11, [60])!.max).toBe(100);
    expect(resolveScale('Математика (базовая)', 'ЕГЭ', 11, [4.1])).toMatchObject({ max: 5, label: '5-балльная отметка' });
  });
  it('ОГЭ averages ≤ 5 are marks; 5.01 means primary points', () => {
    expect(resolveScale('Математика', 'ОГЭ', 9, [3.9, 5])!.kind).toBe('mark-5');
    expect(resolveScale('Математика', 'ОГЭ', 9, [3.9, 5.01])!.kind).toBe('primary-points');
  });
  it('users extend the catalogue', () => {
    const cat = mergeSubjects(DEFAULT_SUBJECTS, [{ name: 'Астрономия', synonyms: ['астрономия'], max: { ВПР: { 11: 30 } } }, { name: 'Информатика', synonyms: ['кибернетика'] }]);
    expect(findSubject('Кибернетика', cat)).toBe('Информатика');
    expect(resolveScale('Астрономия', 'ВПР', 11, [20], cat)!.max).toBe(30);
    expect(findSubject('Кибернетика')).toBeNull();
  });
});

describe('header detection', () => {
  it('skips title rows and the column-number row and builds subject › measure paths', () => {
    const g = wideResults([[1, 2, 3, 4, 5], ['СОШ №1', 10, 10, 1, 60]]);
    const h = detectHeader(g)!;
    expect(h.titleRows).toEqual([0]);
    expect(h.headerRows).toEqual([1, 2]);
    expect(h.numberRow).toBe(3);
    expect(h.dataStart).toBe(4);
    expect(h.columns[4].path).toBe('Русский язык › средний балл');
    expect(h.columns[0].path).toBe('Образовательная организация');
  });
  it('a row of numbers that is not 1,2,3… is data', () => {
    const h = detectHeader(wideResults([[7, 2, 3, 4, 5]]))!;
    expect(h.numberRow).toBeUndefined();
  });
});

describe('wide results', () => {
  it('reads «Математика базовая» on a 5-point scale', () => {
    const r = readWorkbook([wideResults([['СОШ №1', 10, 10, null, 4.2]], 'Результаты ЕГЭ 2024', 'Математика базовая')]);
    expect(r.dataset.results[0]).toMatchObject({ subject: 'Математика (базовая)', maxScore: 5, average: 4.2, year: 2024, family: 'ЕГЭ', grade: 11 });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('regional row kind: a total of the listed schools within ±2% of their participants, the region beyond', () => {
    const read = (participants: number) =>
      readWorkbook([wideResults([['ВСЕГО по региону', 1000, participants, null, 75], ['СОШ №1', 100, 50, null, 60], ['СОШ №2', 100, 50, null, 56]])]).dataset.regional[0];
    // The schools count 100 participants: 102 is still their total, 103 is more than the listed schools.
    expect(read(100)).toMatchObject({ kind: 'total', computedAverage: 58, schoolParticipants: 100, column: 'E' });
    expect(read(102).kind).toBe('total');
    expect(read(98).kind).toBe('total');
    expect(read(103).kind).toBe('reference');
  });
  it('municipality heading rows in the school column set the municipality and are not schools', () => {
    const r = readWorkbook([wideResults([['Ленинский район', 20, 20, null, 60], ['МКОУ СОШ с. Лазарево', 10, 10, null, 60], ['МКОУ СОШ с. Бабстово', 10, 10, null, 60]])]);
    expect(r.sheets[0].subtotalRows).toEqual([4]);
    expect(r.dataset.results.map((x) => x.municipality)).toEqual(['Ленинский район', 'Ленинский район']);
    expect(r.dataset.schools).toHaveLength(2);
  });
  it('a single «Итого по району» is the sheet total; institutions without participants stay schools', () => {
    const r = readWorkbook([wideResults([['СОШ №1', 10, 10, null, 60], ['ООШ №2', 0, null, null, null], ['Итого по району', 10, 10, null, 60]])]);
    expect(r.sheets[0].regionRow).toBe(6);
    expect(r.dataset.regional[0]).toMatchObject({ average: 60, source: { row: 6 } });
    expect(r.dataset.schools.map((s) => s.name)).toEqual(['СОШ №1', 'ООШ №2']);
    expect(r.dataset.schools[1].graduates).toBe(0);
    expect(r.problems.some((p) => p.code === 'district-total-as-region')).toBe(true);
  });
});

describe('long results and the other tables', () => {
  it('reads long ОГЭ results with shares in % and per-row subjects', () => {
    const r = readWorkbook([longResults()]);
    expect(r.sheets[0]).toMatchObject({ kind: 'results', schools: 2, years: [2024] });
    expect(r.dataset.results).toHaveLength(3);
    expect(r.dataset.results[0]).toMatchObject({ family: 'ОГЭ', subject: 'Математика', grade: 9, participants: 20, average: 18.5, maxScore: 31, belowMinimumShare: 5, qualityShare: 40 });
  });
  it('reads fractions (0.35) in a share column as percents', () => {
    const r = readWorkbook([longResults([[2024, 'СОШ №1', 'Район', 'Математика', 9, 20, 18, 0.05, 0.35]])]);
    expect(r.dataset.results[0].qualityShare).toBeCloseTo(35, 10);
  });
  it('reads teachers with family per row and the regional average', () => {
    const g = makeGrid('Педагоги', [
      ['ФИО', 'Школа', 'Предмет', 'Класс', 'Год', 'Экзамен', 'Участников', 'Средний балл', 'Средний балл по региону', 'Не преодолели минимум (%)', 'Качество знаний (%)', 'Продолжили обучение в 10 классе (%)'],
      ['Иванова И.И.', 'МБОУ СОШ №1', 'Русский язык', 9, 2024, 'ОГЭ', 25, 24, 26, 4, 45, 60],
    ]);
    const r = readWorkbook([g]);
    expect(r.sheets[0].kind).toBe('teachers');
    expect(r.dataset.teachers[0]).toMatchObject({ teacher: 'Иванова И.И.', family: 'ОГЭ', grade: 9, average: 24, regionalAverage: 26, maxScore: 33, belowMinimumShare: 4, qualityShare: 45, continuedToGrade10Share: 60 });
  });
  it('reads the registry, olympiads, social passport (counts over total), territory and monitoring', () => {
    const r = readWorkbook([
      makeGrid('Школы', [['Наименование ОО', 'Муниципалитет', 'Населённый пункт', 'Тип', 'Численность обучающихся', 'Малокомплектная', 'Труднодоступный населённый пункт'], ['МКОУ ООШ с. Лесное', 'Район', 'с. Лесное', 'ООШ', 80, 'да', 'нет']]),
      makeGrid('Олимпиады', [['Школа', 'Год', 'Участники региональных олимпиад', 'Участники всероссийских олимпиад', 'Численность обучающихся'], ['МКОУ ООШ с. Лесное', '2023-2024', 2, 1, 80]]),
      makeGrid('Социальный паспорт', [['Школа', 'Год', 'Всего обучающихся', 'Неполные семьи, чел.', 'Русский язык не родной, %'], ['МКОУ ООШ с. Лесное', 2024, 80, 20, '10%']]),
      makeGrid('Территории', [['Населённый пункт', 'Уровень безработицы, %', 'Уровень безработицы в регионе, %'], ['с. Лесное', '12,5', '4,1']]),
      makeGrid('Мониторинг', [['Школа', 'Год', 'Проведено мероприятий', 'Обучено педагогов', 'Программа утверждена'], ['МКОУ ООШ с. Лесное', 2024, 2, 5, 'да']]),
    ]);
    expect(r.sheets.map((s) => s.kind)).toEqual(['schools', 'olympiads', 'social', 'territory', 'monitoring']);
    expect(r.dataset.schools[0]).toMatchObject({ type: 'ООШ', students: 80, smallSchool: true, hardToReach: false, settlement: 'с. Лесное' });
    expect(r.dataset.olympiads[0]).toMatchObject({ year: 2024, participants: 3, students: 80 });
    expect(r.dataset.social[0]).toMatchObject({ singleParent: 25, nonNativeRussian: 10 });
    expect(r.dataset.territory[0]).toMatchObject({ settlement: 'с. Лесное', unemployment: 12.5, regionalUnemployment: 4.1 });
    expect(r.dataset.monitoring[0].values).toEqual({ eventsHeld: 2, staffTrained: 5, programmeApproved: true });
  });
});

describe('mapping', () => {
  it('is serialisable and round-trips through JSON', () => {
    const m = detectMapping([longResults()]);
    expect(WorkbookMappingSchema.parse(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });
  it('a confirmed mapping overrides detection', () => {
    const m = detectMapping([longResults()]);
    const sheet = m.sheets[0];
    // The user says column G is the regional average, not the school's own.
    sheet.columns = sheet.columns.map((c) => (c.column === 'G' ? { ...c, field: 'regionalAverage' as const } : c));
    sheet.confirmed = true;
    const r = readWorkbook([longResults()], m);
    expect(r.dataset.results[0].average).toBeNull();
    expect(r.dataset.regional[0].average).toBe(18.5);
  });
  it('finds a moved column by its header text', () => {
    const m = detectMapping([longResults()]);
    const moved = longResults();
    moved.values = moved.values.map((row) => [row[1] ?? null, row[0] ?? null, ...row.slice(2)]);
    const r = readWorkbook([moved], m);
    expect(r.problems.some((p) => p.code === 'column-moved' && p.column === 'A')).toBe(true);
    expect(r.dataset.results[0]).toMatchObject({ schoolName: 'МБОУ СОШ №1', year: 2024 });
  });
  it('ignores generated sheets by prefix', () => {
    const r = readWorkbook([longResults(), makeGrid('Опора — ШНОР', [['Школа', 'Статус'], ['СОШ №1', 'ШНОР']])], undefined, { ignoreSheets: ['Опора'] });
    expect(r.sheets.map((s) => s.sheet)).toEqual(['Результаты ОГЭ']);
  });
});
