import { checkTargetsFromWorkbook, type TargetsRun } from '../../src/app/targets';
import type { CellValue } from '../../src/grid/cell';
import type { Grid } from '../../src/grid/grid';
import { openXlsxFile } from '../../src/hosts/xlsx/xlsx-file';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { SAMPLE_WORKBOOK_PATH } from '../../src/sample/sample-path';
import { MONITORING_SHEET } from '../../src/sample/sheets/monitoring-sheet';

/**
 * The sample's monitoring sheet gives a control sheet whose every status this test recomputes on its
 * own, from the cell values of «Мониторинг» as the workbook holds them and the figures of the
 * documents (5 staff, 32 hours, 4 hours, 80 %, 1 event, 1 consultation, 3 reports, yes/no), with
 * nothing taken from the code under test but the written sheet.
 */

/** Column header of the sample sheet → the document's figure and whether it is a yes/no. */
const RULES: Record<string, { header: string; min: number | 'yes' }> = {
  programme: { header: 'Программа развития утверждена', min: 'yes' },
  events: { header: 'Проведено мероприятий', min: 1 },
  eventHours: { header: 'Длительность мероприятия, ч', min: 4 },
  staff: { header: 'Обучено педагогов', min: 5 },
  courseHours: { header: 'Часов курсов', min: 32 },
  agreement: { header: 'Дата соглашения о партнёрстве', min: 'yes' },
  consultations: { header: 'Консультаций', min: 1 },
  teachersShare: { header: 'Доля педагогов в методических объединениях (%)', min: 80 },
  reports: { header: 'Отчёты мониторинга', min: 3 },
};

/** An independent reading of a hand-filled cell: number, yes (1) / no (0), or undefined for no data. */
const valueOf = (v: CellValue): number | undefined => {
  if (v === null || v === '') return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'string') return undefined;
  const t = v.trim().toLowerCase();
  if (t === '—' || t === '-') return undefined;
  if (['да', '+', 'выполнено'].includes(t) || /^\d\d\.\d\d\.\d{4}$/.test(t)) return 1;
  if (t === 'нет') return 0;
  return Number(t.replace(',', '.'));
};

const expectedStatus = (v: CellValue, min: number | 'yes'): string => {
  const x = valueOf(v);
  if (x === undefined) return 'нет данных';
  return (min === 'yes' ? x > 0 : x >= min) ? 'выполнено' : 'не выполнено';
};

describe('the control sheet of the sample workbook', () => {
  let run: TargetsRun;
  let monitoring: Grid;
  let control: Grid;

  beforeAll(async () => {
    const book = await openXlsxFile(SAMPLE_WORKBOOK_PATH);
    [monitoring] = await book.readGrids([MONITORING_SHEET]);
    run = await checkTargetsFromWorkbook(book);
    // What a user opening the saved file sees on the control sheet.
    const saved = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    [control] = await saved.readGrids([`Контроль показателей ${run.year}`]);
  }, 60_000);

  it('every status cell equals the status recomputed from the monitoring sheet’s cells', () => {
    const header = monitoring.values.findIndex((r) => r.includes('Школа'));
    const columns = monitoring.values[header];
    const controlHeader = control.values.findIndex((r) => r.includes('Школа'));
    const controlColumns = control.values[controlHeader].map((v) => String(v ?? ''));
    const schoolAt = controlColumns.indexOf('Школа');
    let compared = 0;
    for (const row of monitoring.values.slice(header + 1)) {
      const name = row[columns.indexOf('Школа')];
      if (typeof name !== 'string' || name === '') continue;
      const line = control.values.find((r) => r[schoolAt] === name);
      expect(line).toBeDefined();
      for (const [, rule] of Object.entries(RULES)) {
        const statusColumn = controlColumns.findIndex((h) => h.endsWith(': статус') && matches(h, rule.header));
        expect(statusColumn).toBeGreaterThan(0);
        expect(line![statusColumn]).toBe(expectedStatus(row[columns.indexOf(rule.header)] ?? null, rule.min));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('the school that sent no report is «нет данных» everywhere, never «не выполнено»', () => {
    const silent = monitoring.values.find((r) => typeof r[0] === 'number' && typeof r[1] === 'string' && r.slice(2).every((v) => v === null || v === undefined));
    expect(silent).toBeDefined();
    const line = control.values.find((r) => r.includes(silent![1]))!;
    expect(line).not.toContain('не выполнено');
    expect(line.filter((v) => v === 'нет данных').length).toBe(Object.keys(RULES).length);
  });

  it('the schools missing a target are the rows with «Не выполнено» above 0 (one filter away)', () => {
    const h = control.values.findIndex((r) => r.includes('Школа'));
    const cols = control.values[h];
    const missedAt = cols.indexOf('Не выполнено');
    const withMissed = control.values.slice(h + 1).filter((r) => typeof r[missedAt] === 'number' && (r[missedAt] as number) > 0).map((r) => r[cols.indexOf('Школа')]);
    const withFailure = control.values.slice(h + 1).filter((r) => r.includes('не выполнено')).map((r) => r[cols.indexOf('Школа')]);
    expect(withMissed).toEqual(withFailure);
    expect(withMissed.length).toBeGreaterThan(0);
    expect(run.control.missing.map((s) => s.school.name)).toEqual(withMissed);
  });
});

/** The status header names the indicator; the sample's header names the measure: matched by the key word they share. */
const KEYWORDS: Record<string, RegExp> = {
  'Программа развития утверждена': /программа/i,
  'Проведено мероприятий': /^Краткосрочные мероприятия/,
  'Длительность мероприятия, ч': /^Длительность/,
  'Обучено педагогов': /^Обучено/,
  'Часов курсов': /^Объём курсов/,
  'Дата соглашения о партнёрстве': /^Партнёрский договор/,
  'Консультаций': /^Консультации/,
  'Доля педагогов в методических объединениях (%)': /^Доля педагогов/,
  'Отчёты мониторинга': /^Отчёты мониторинга/,
};
const matches = (controlHeader: string, sampleHeader: string): boolean => KEYWORDS[sampleHeader].test(controlHeader);
