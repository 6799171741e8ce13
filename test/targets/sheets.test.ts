import { defaultIndicators, evaluateTargets, type Indicator } from '../../src/domain/targets';
import { ExcelWorkbook } from '../../src/hosts/excel/excel-workbook';
import { OfficeDouble } from '../../src/hosts/excel/testing/office-double';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { preserveEdits } from '../../src/sheets/preserve-edits';
import { specToGrid } from '../../src/grid/spec-to-grid';
import { buildTargetsCatalogueSheet, catalogueYearsFor } from '../../src/sheets/targets/catalogue-sheet';
import { readTargetsCatalogue } from '../../src/tables/own-sheets/targets-catalogue-reader';
import { buildControlSheet } from '../../src/sheets/targets/control-sheet';
import { buildMonitoringTemplate } from '../../src/sheets/targets/monitoring-template';
import { readMonitoringTemplate } from '../../src/tables/own-sheets/monitoring-reader';
import type { Grid } from '../../src/grid/grid';
import { unzipSync, strFromU8 } from 'fflate';

const DEFAULTS = defaultIndicators();
const YEAR = 2024;
const years = catalogueYearsFor(YEAR);
const schools = [
  { key: 'сош№1', name: 'МБОУ "СОШ № 1"', municipality: 'Энский район', groups: ['ШНОР'] },
  { key: 'оош№2', name: 'МКОУ "ООШ № 2"', groups: ['ШНСУ'] },
];

/** A grid copy with one cell replaced (what a user types). */
const edit = (grid: Grid, row: number, column: number, value: Grid['values'][number][number]): Grid => ({
  ...grid,
  values: grid.values.map((r, i) => (i === row ? r.map((v, c) => (c === column ? value : v)) : r)),
});

describe('the catalogue sheet «Целевые показатели»', () => {
  const spec = buildTargetsCatalogueSheet(DEFAULTS, years);
  const grid = specToGrid(spec);
  const headerRow = grid.values.findIndex((r) => r.includes('Показатель'));
  const header = grid.values[headerRow] as string[];
  const rowOf = (id: string) => grid.values.findIndex((r) => String(r[r.length - 1] ?? '').startsWith(`${id}|`));

  it('reads back exactly the defaults it was built from', () => {
    const read = readTargetsCatalogue(grid, DEFAULTS)!;
    expect(read.problems).toEqual([]);
    const strip = (i: Indicator) => ({ id: i.id, name: i.name, unit: i.unit, level: i.level, comparison: i.comparison, target: i.target, stage: i.stage, measure: i.measure, basis: i.basis, source: i.source });
    expect(read.indicators.map(strip)).toEqual(DEFAULTS.map(strip));
  });

  it('has the fact and commitment year columns of the concept’s table, and names every source by its document', () => {
    expect(header).toContain(`Факт ${YEAR - 1}`);
    for (const y of years.years) expect(header).toContain(String(y));
    const sources = grid.values.slice(headerRow + 1).map((r) => String(r[header.indexOf('Источник')] ?? ''));
    for (const s of sources) {
      expect(s).toMatch(/Концепция \(модель\) поддержки школ|Программа поддержки педагогов/);
      expect(s).not.toMatch(/seed|семя/i);
    }
  });

  it('keeps the user’s edits (a year’s own target, a new row) when regenerated with another default', () => {
    const staffRow = rowOf('staff');
    const nextYear = header.indexOf(String(YEAR + 1));
    let typed = edit(grid, staffRow, nextYear, 6);
    typed = { ...typed, values: [...typed.values, ['Участие в конкурсе «Учитель года»', 'чел.', 'школа', '≥', 1, null, null, null, null, null, 'итоговый — ноябрь', '', 'решение комитета']] };
    const regenerated = buildTargetsCatalogueSheet(defaultIndicators({ districtAgreements: 5 }), years);
    const merged = specToGrid(preserveEdits(typed, regenerated));
    const read = readTargetsCatalogue(merged, DEFAULTS)!;
    const staff = read.indicators.find((i) => i.id === 'staff')!;
    expect(staff.targetsByYear[YEAR + 1]).toBe(6);
    expect(staff.target).toBe(5);
    expect(read.indicators.find((i) => i.id === 'd-agreements')!.target).toBe(5); // not edited: the new default wins
    const added = read.indicators.find((i) => i.name.startsWith('Участие в конкурсе'))!;
    expect(added).toMatchObject({ level: 'school', comparison: 'ge', target: 1, measure: added.id });
  });

  it('reports an unreadable comparison with sheet, row and column, and leaves the row out', () => {
    const staffRow = rowOf('staff');
    const read = readTargetsCatalogue(edit(grid, staffRow, header.indexOf('Сравнение'), 'больше'), DEFAULTS)!;
    expect(read.indicators.some((i) => i.id === 'staff')).toBe(false);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ sheet: 'Целевые показатели', row: staffRow + 1, column: 'D' });
    expect(read.problems[0].message).toMatch(/сравнение «больше» не распознано/);
  });
});

describe('the monitoring template', () => {
  const indicators = DEFAULTS.filter((i) => i.level === 'school');
  const spec = buildMonitoringTemplate({ year: YEAR, stage: 'final', indicators, schools });
  const grid = specToGrid(spec);
  const codeRow = grid.values.findIndex((r) => r.includes('код →'));
  const column = (measure: string) => grid.values[codeRow].indexOf(measure);

  it('validates every indicator column: yes/no lists, dates for the agreement, whole numbers, shares 0–100', () => {
    const rule = (measure: string) => spec.validations!.find((v) => v.firstColumn === column(measure))!;
    expect(rule('programmeApproved')).toMatchObject({ kind: 'list', list: ['да', 'нет', '—'] });
    expect(rule('partnerAgreement').kind).toBe('date');
    expect(rule('staffTrained')).toMatchObject({ kind: 'whole', min: 0 });
    expect(rule('teachersInCommunitiesShare')).toMatchObject({ kind: 'decimal', min: 0, max: 100 });
    expect(spec.validations).toHaveLength(indicators.length);
  });

  it('protects the formula and key columns, leaves the input columns open, one row per school', () => {
    const inputs = new Set(spec.protection!.inputColumns);
    const filled = spec.header[0].findIndex((h) => String(h).startsWith('Заполнено'));
    expect(inputs.has(filled)).toBe(false);
    expect(inputs.has(spec.columns.length - 1)).toBe(false); // the key
    for (const i of indicators) expect(inputs.has(column(i.measure))).toBe(true);
    expect(spec.rows.map((r) => r[filled])).toEqual(schools.map(() => expect.objectContaining({ formula: expect.stringContaining('COUNTA(') })));
    expect(spec.rows.map((r) => r[1])).toEqual(schools.map((s) => s.name));
  });

  it('reads back the usual human variants, a row the user added, and reports what it cannot read', () => {
    const first = codeRow + 1;
    let g = edit(grid, first, column('staffTrained'), '5');
    g = edit(g, first, column('programmeApproved'), 'Да');
    g = edit(g, first, column('courseHours'), '—');
    g = edit(g, first + 1, column('programmeApproved'), 'выполнено');
    g = edit(g, first + 1, column('staffTrained'), 'пять');
    const added = Array.from({ length: g.values[codeRow].length }, () => null as Grid['values'][number][number]);
    added[1] = 'МБОУ «СОШ № 7»';
    added[column('staffTrained')] = 4;
    g = { ...g, values: [...g.values, added] };
    const read = readMonitoringTemplate(g)!;
    expect(read).toMatchObject({ year: YEAR, stage: 'final' });
    const control = evaluateTargets({
      year: YEAR,
      indicators: indicators.filter((i) => ['staff', 'programme', 'courseHours'].includes(i.id)),
      schools: [...schools, { key: read.records[2].schoolKey, name: 'МБОУ «СОШ № 7»', groups: [] }],
      monitoring: read.records,
    });
    expect(control.schools.map((s) => s.outcomes.map((o) => o.status))).toEqual([
      ['met', 'met', 'noData'],
      ['met', 'noData', 'noData'],
      ['noData', 'missed', 'noData'],
    ]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ row: first + 2, column: String.fromCharCode(65 + column('staffTrained')) });
    expect(read.problems[0].message).toMatch(/«пять»/);
  });
});

describe('the control sheet and its chart', () => {
  const indicators = DEFAULTS;
  const control = evaluateTargets({
    year: YEAR,
    indicators,
    schools,
    monitoring: [{ schoolKey: 'сош№1', schoolName: 'x', year: YEAR, values: { staffTrained: 3, courseHours: 32 }, source: { sheet: 'М', row: 5 } }],
  });
  const spec = buildControlSheet(control);

  it('colours the status cells by rules over the computed cells, one rule per status', () => {
    const rules = spec.conditionalFormats!.filter((r) => r.firstColumn === 4);
    expect(rules.map((r) => r.formula)).toEqual(['=E4="не выполнено"', '=E4="выполнено"', '=E4="нет данных"']);
    expect(spec.rows[0][4 + 2 * control.schoolIndicators.findIndex((i) => i.id === 'staff') + 1]).toBe('не выполнено');
  });

  it('charts the compliance of each indicator from its own summary rows, with Office.js (the double) and in the .xlsx', async () => {
    const chart = spec.charts![0];
    const grid = specToGrid(spec);
    expect(grid.values[chart.headerRow - 1][chart.categoryColumn]).toBe('Показатель');
    expect(grid.values[chart.headerRow - 1][chart.categoryColumn + 1]).toBe('Доля выполнивших, %');
    expect(grid.values.slice(chart.headerRow, chart.lastRow).map((r) => r[chart.categoryColumn])).toEqual(control.schoolIndicators.map((i) => i.name));

    const double = new OfficeDouble();
    double.seedSheet('Данные', { values: [['x']] });
    await new ExcelWorkbook(double.run).writeSheet(spec);
    const written = double.sheet(spec.name)!;
    expect(written.charts).toHaveLength(1);
    expect(written.charts[0]).toMatchObject({
      type: 'BarClustered',
      seriesBy: 'Columns',
      title: chart.title,
      source: { top: chart.headerRow - 1, left: chart.categoryColumn, rows: control.schoolIndicators.length + 1, columns: 2 },
      valueAxis: { minimum: 0, maximum: 100 },
    });
    // Written again (regeneration): the old chart is removed, not stacked.
    await new ExcelWorkbook(double.run).writeSheet(spec);
    expect(double.sheet(spec.name)!.charts).toHaveLength(1);

    const book = XlsxWorkbook.empty();
    await book.writeSheet(spec);
    const files = unzipSync(await book.toBuffer());
    const chartXml = strFromU8(files['xl/charts/chart1.xml']);
    expect(chartXml).toContain(`'${spec.name}'!$B$${chart.headerRow + 1}:$B$${chart.lastRow}`);
    expect(chartXml).toContain(`'${spec.name}'!$C$${chart.headerRow + 1}:$C$${chart.lastRow}`);
    expect(Object.keys(files).some((f) => /xl\/worksheets\/_rels\/sheet\d+\.xml\.rels/.test(f))).toBe(true);
    // ExcelJS reads the package back (the parts are well-formed enough for a strict reader).
    const reread = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    expect((await reread.listSheets()).map((s) => s.name)).toContain(spec.name);
  });

  it('writes validation and protection through Office.js: the input columns unlocked, the sheet protected once', async () => {
    const template = buildMonitoringTemplate({ year: YEAR, stage: 'final', indicators: DEFAULTS.filter((i) => i.level === 'school'), schools });
    const double = new OfficeDouble();
    double.seedSheet('Данные', { values: [['x']] });
    await new ExcelWorkbook(double.run).writeSheet(template);
    await new ExcelWorkbook(double.run).writeSheet(template); // a protected sheet is unprotected before it is written again
    const sheet = double.sheet(template.name)!;
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.validations).toHaveLength(template.validations!.length);
    const unlocked = sheet.formats.filter((f) => f.path === 'protection.locked' && f.value === false).map((f) => f.area.left);
    expect(unlocked.sort((a, b) => a - b)).toEqual([...template.protection!.inputColumns].sort((a, b) => a - b));
  });
});
