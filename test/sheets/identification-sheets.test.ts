import { identify } from '../../src/domain/identify';
import { makeSettings } from '../../src/domain/settings';
import type { TeacherRecord } from '../../src/domain/records';
import { identificationSheet } from '../../src/sheets/identification-sheet';
import { teachersSheet } from '../../src/sheets/teachers-sheet';
import { firstDataRow } from '../../src/grid/sheet-spec';
import { dataset, regional, result, school, src } from '../domain/builders';

/** A small district: a is low (gap 30), b is fine, c sits in a hard-to-reach settlement, d has no results. */
const data = dataset({
  schools: [
    school('a', { name: 'МБОУ СОШ № 1', municipality: 'Грачевский' }),
    school('b', { name: 'МБОУ СОШ № 2', municipality: 'Грачевский' }),
    school('c', { name: 'МКОУ ООШ № 3', municipality: 'Грачевский', hardToReach: true, type: 'ООШ' }),
    school('d', { name: 'МКОУ СОШ № 4', municipality: 'Грачевский' }),
  ],
  results: [
    result('a', 2023, 'ЕГЭ', 40),
    result('a', 2024, 'ЕГЭ', 40),
    result('b', 2024, 'ЕГЭ', 70),
    result('c', 2024, 'ОГЭ', 65),
    result('b', 2023, 'ЕГЭ', 70),
  ],
  regional: [regional(2023, 'ЕГЭ', 70), regional(2024, 'ЕГЭ', 70), regional(2024, 'ОГЭ', 65)],
  teachers: [2022, 2023, 2024].map(
    (year): TeacherRecord => ({ teacher: 'Петрова А. А.', schoolKey: 'a', schoolName: 'МБОУ СОШ № 1', subject: 'Математика', family: 'ЕГЭ', year, belowMinimumShare: 12, participants: 15, source: src('Педагоги') }),
  ),
});
const settings = makeSettings({ regionalTolerance: 100, criteria: { R1: false } });
const res = identify(data, settings, { adjustments: [{ school: 'b', year: 2024, action: 'include', group: 'ШНОР', reason: 'решение комиссии от 01.09' }] });

describe('«Идентификация <год>» sheet', () => {
  const spec = identificationSheet(res, 2024);
  const header = spec.header[0];
  const col = (name: string) => header.indexOf(name);
  const row = (name: string) => spec.rows.find((r) => r[col('Школа')] === name)!;

  test('structure: name, title block, frozen header, filter, landscape print fit to width', () => {
    expect(spec.name).toBe('Идентификация 2024');
    expect(spec.title[0]).toBe('Приложение к приказу № ___ от ___');
    expect(spec).toMatchObject({ freezeHeader: true, autoFilter: true, print: { orientation: 'landscape', fitToWidth: true } });
    expect(spec.columns).toHaveLength(header.length);
    spec.rows.forEach((r) => expect(r).toHaveLength(header.length));
  });

  test('one row per school with groups, reasons, values, thresholds and margins of each evaluated criterion', () => {
    expect(spec.rows).toHaveLength(4);
    expect(spec.rowKeys).toEqual(res.schools.filter((s) => s.year === 2024).map((s) => s.schoolKey));
    const a = row('МБОУ СОШ № 1');
    expect(a[col('Группы')]).toBe('ШНОР');
    expect(a[col('Основания')]).toBe('R2');
    expect(a[col('Устойчиво')]).toBe('да');
    expect(a[col('R2: значение')]).toBeCloseTo(30, 9);
    expect(a[col('R2: порог')]).toBe(20);
    expect(a[col('R2: запас')]).toBeCloseTo(10, 9);
    expect(col('R1: значение')).toBe(-1); // disabled criterion not shown
    const c = row('МКОУ ООШ № 3');
    expect(c[col('Группы')]).toBe('ШНСУ');
    expect(c[col('S2: значение')]).toBe('да');
    expect(row('МКОУ СОШ № 4')[col('R2: значение')]).toBe('нет данных');
    expect(row('МКОУ СОШ № 4')[col('Нет данных')]).toBe('ЕГЭ, ОГЭ, ВПР');
  });

  test('the expert adjustment and its reason are shown', () => {
    const b = row('МБОУ СОШ № 2');
    expect(b[col('Группы')]).toBe('ШНОР');
    expect(b[col('Основания')]).toBe('');
    expect(b[col('Экспертная корректировка')]).toBe('включить в ШНОР');
    expect(b[col('Основание корректировки')]).toBe('решение комиссии от 01.09');
    expect(b[col('Статус к прошлому году')]).toBe('вошла');
  });

  test('conditional formats read the computed cells of the first data row', () => {
    const first = firstDataRow(spec);
    const formulas = spec.conditionalFormats!.map((r) => r.formula);
    expect(formulas).toContain(`=ISNUMBER(SEARCH("ШНОР",$D${first}))`);
    expect(formulas).toContain(`=ISNUMBER(SEARCH("ШНСУ",$D${first}))`);
    const r2 = spec.conditionalFormats!.find((r) => r.formula.includes('"R2"'))!;
    expect(r2.firstColumn).toBe(col('R2: значение'));
    expect(r2.formula).toBe(`=ISNUMBER(SEARCH("R2",$E${first}))`);
  });

  test('only the note column is the user’s', () => {
    expect(spec.editableColumns).toEqual([col('Примечание')]);
  });

  test('the footer sums up groups and criteria', () => {
    const footer = new Map(spec.footer!.filter((r) => typeof r[0] === 'string').map((r) => [r[0] as string, r[1]]));
    expect(footer.get('ШНОР')).toBe(2);
    expect(footer.get('ШНСУ')).toBe(1);
    expect(footer.get('Устойчиво низкие результаты (R1 или R2 в этом и в предыдущем году, до экспертных корректировок)')).toBe(1);
    expect(footer.get('С экспертной корректировкой')).toBe(1);
    expect([...footer.keys()].some((k) => k.startsWith('R3 не оценивался: нет данных об олимпиадах'))).toBe(true);
    expect([...footer.keys()].find((k) => k.startsWith('Отмечено по критерию R2'))).toBeDefined();
  });
});

describe('«Педагоги — риски <год>» sheet', () => {
  const spec = teachersSheet(res);
  test('one row per flagged teacher criterion with value, threshold and source', () => {
    expect(spec.name).toBe('Педагоги — риски 2024');
    const h = spec.header[0];
    expect(spec.rows).toHaveLength(1);
    const r = spec.rows[0];
    expect(r[h.indexOf('ФИО педагога')]).toBe('Петрова А. А.');
    expect(r[h.indexOf('Критерий')]).toBe('T3.2');
    expect(r[h.indexOf('Значение')]).toBe(12);
    expect(r[h.indexOf('Порог')]).toBe(10);
    expect(r[h.indexOf('Годы')]).toBe('2022, 2023, 2024');
    expect(r[h.indexOf('Источник')]).toMatch(/^Педагоги: стр\. \d+, \d+, \d+$/);
    expect(spec.rowKeys).toEqual(['Петрова А. А.|a|Математика|T3.2']);
    expect(spec.editableColumns).toEqual([h.indexOf('Примечание')]);
  });
});

describe('«Педагоги — риски <год>»: T2.1 left unmet for want of subjects is listed under the table', () => {
  const vpr = (subject: string): TeacherRecord => ({
    teacher: 'Сидорова В. В.', schoolKey: 'a', schoolName: 'МБОУ СОШ № 1', subject, family: 'ВПР', grade: 4, year: 2024, average: 1, regionalAverage: 30, participants: 20, source: src('Педагоги'),
  });
  const two = identify(dataset({ results: [result('a', 2024, 'ВПР', 20)], teachers: [vpr('Русский язык'), vpr('Математика')] }), makeSettings());
  const footer = teachersSheet(two).footer!.map((r) => String(r[0] ?? ''));

  test('the teacher is not on the list, and the footer names the missing subject', () => {
    expect(teachersSheet(two).rows).toEqual([]);
    const line = footer.find((t) => t.startsWith('T2.1 не выполнен из-за неполных данных'))!;
    expect(line).toContain('Сидорова В. В.');
    expect(line).toContain('Окружающий мир');
  });

  test('with the minimum at 2 the teacher is flagged, and the missing subject is named on the row', () => {
    const loose = identify(dataset({ results: [result('a', 2024, 'ВПР', 20)], teachers: [vpr('Русский язык'), vpr('Математика')] }), makeSettings({ teachers: { primaryMinSubjects: 2 } }));
    const spec = teachersSheet(loose);
    const h = spec.header[0];
    expect(spec.rows.map((r) => r[h.indexOf('Критерий')])).toEqual(['T2.1']);
    expect(String(spec.rows[0][h.indexOf('Дополнительное условие')])).toContain('Окружающий мир');
  });
});

/** Cyrillic outside the official group names, which stay as they are in English. */
const hasRussian = (text: unknown): boolean => typeof text === 'string' && /[а-яё]/i.test(text.replace(/ШНОР|ШНСУ/g, ''));

describe('identification sheets in English', () => {
  const ru = identificationSheet(res, 2024);
  const en = identificationSheet(res, 2024, 'en');
  const col = (name: string) => en.header[0].indexOf(name);
  const row = (name: string) => en.rows.find((r) => r[col('School')] === name)!;

  test('name, title and headers are English, the layout is the Russian one', () => {
    expect(en.name).toBe('Identification 2024');
    expect(en.title[0]).toBe('Annex to order No. ___ of ___');
    expect(en.title.filter(hasRussian)).toEqual([]);
    expect(en.header[0].filter(hasRussian)).toEqual([]);
    expect(en.header[0]).toHaveLength(ru.header[0].length);
    expect(en.header[0]).not.toEqual(ru.header[0]);
    expect(en.rowKeys).toEqual(ru.rowKeys);
    expect(en.editableColumns).toEqual(ru.editableColumns);
    expect(en.print?.centerHeader).toBe(en.name);
  });

  test('the same values; words translated, school names, groups and criterion codes kept', () => {
    en.rows.forEach((r, i) =>
      r.forEach((cell, c) => {
        if (typeof cell === 'number' || cell === null) expect(cell).toBe(ru.rows[i][c]);
        else expect(hasRussian(cell) && cell !== ru.rows[i][c]).toBe(false);
      }),
    );
    const a = row('МБОУ СОШ № 1');
    expect(a[col('Groups')]).toBe('ШНОР');
    expect(a[col('Criteria met')]).toBe('R2');
    expect(a[col('Persistently low')]).toBe('yes');
    const b = row('МБОУ СОШ № 2');
    expect(b[col('Status vs last year')]).toBe('entered');
    expect(b[col('Expert adjustment')]).toBe('include in ШНОР');
    expect(b[col('Reason for the adjustment')]).toBe('решение комиссии от 01.09');
    expect(row('МКОУ ООШ № 3')[col('S2: value')]).toBe('yes');
    expect(row('МКОУ СОШ № 4')[col('R2: value')]).toBe('no data');
  });

  test('the colour rules are those of the Russian sheet: they search the kept group names and codes', () => {
    expect(en.conditionalFormats).toEqual(ru.conditionalFormats);
  });

  test('the summary block has the Russian figures under English labels', () => {
    const methodAt = (spec: typeof en, heading: string) => spec.footer!.findIndex((r) => r[0] === heading);
    const enSummary = en.footer!.slice(0, methodAt(en, 'Method'));
    const ruSummary = ru.footer!.slice(0, methodAt(ru, 'Методика'));
    expect(enSummary.map((r) => r.slice(1))).toEqual(ruSummary.map((r) => r.slice(1)));
    expect(enSummary.map((r) => r[0]).filter(hasRussian)).toEqual([]);
    expect(enSummary.some((r) => r[0] === 'R3 not evaluated: ' + res.notEvaluated.find((n) => n.code === 'R3')!.reasonEn)).toBe(true);
  });

  test('the method and the remarks are in the sheet’s language', () => {
    /** The lines under a footer heading, up to the next empty row. */
    const block = (spec: typeof en, heading: string): unknown[] => {
      const rows = spec.footer!;
      const start = rows.findIndex((r) => r[0] === heading) + 1;
      const end = rows.findIndex((r, i) => i >= start && r[0] === null);
      expect(start).toBeGreaterThan(0);
      return rows.slice(start, end < 0 ? rows.length : end).map((r) => r[0]);
    };
    expect(res.notes.length).toBeGreaterThan(0);
    expect(block(ru, 'Методика')).toEqual(res.method);
    expect(block(ru, 'Замечания')).toEqual(res.notes);
    expect(block(en, 'Method')).toEqual(res.methodEn);
    expect(block(en, 'Remarks')).toEqual(res.notesEn);
    const withoutTerms = (text: unknown) => (typeof text === 'string' ? text.replace(/«[^»]*»|ЕГЭ|ОГЭ|ВПР/g, '') : text);
    expect([...block(en, 'Method'), ...block(en, 'Remarks')].map(withoutTerms).filter(hasRussian)).toEqual([]);
  });

  test('the teachers sheet: English headers, the English rule text, the same figures', () => {
    const ruT = teachersSheet(res);
    const enT = teachersSheet(res, res.lastYear, 'en');
    expect(enT.name).toBe('Teachers at risk 2024');
    expect([...enT.title, ...enT.header[0]].filter(hasRussian)).toEqual([]);
    const h = enT.header[0];
    const flagged = res.teachers.find((f) => f.flagged)!;
    expect(enT.rows[0][h.indexOf('Rule')]).toBe(flagged.ruleEn);
    expect(enT.rows[0][h.indexOf('Source')]).toMatch(/^Педагоги: rows \d+, \d+, \d+$/);
    expect(hasRussian(enT.rows[0][h.indexOf('Unit')])).toBe(false);
    const translated = ['Unit', 'Additional condition', 'Rule', 'Source'].map((c) => h.indexOf(c));
    enT.rows[0].forEach((cell, c) => {
      if (!translated.includes(c)) expect(cell).toBe(ruT.rows[0][c]);
    });
    expect(enT.rowKeys).toEqual(ruT.rowKeys);
    expect(enT.footer!.map((r) => r.slice(1))).toEqual(ruT.footer!.map((r) => r.slice(1)));
  });
});
