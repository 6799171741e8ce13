import { pairFromWorkbook } from '../../src/app/pairing';
import { checkTargetsFromWorkbook } from '../../src/app/targets';
import { openXlsxFile } from '../../src/hosts/xlsx/xlsx-file';
import { SAMPLE_WORKBOOK_PATH } from '../../src/sample/sample-path';

/**
 * The monitoring template in use: a school filled in on Opora's template counts on the next run, what
 * it typed survives the template's regeneration, and the district's own values reach the district
 * indicators. Cells are typed through ExcelJS, as a user's Excel would save them.
 */
describe('filling the monitoring template and running again', () => {
  it('uses the typed values, keeps them in the regenerated template, and reads the district sheet', async () => {
    const book = await openXlsxFile(SAMPLE_WORKBOOK_PATH);
    const first = await checkTargetsFromWorkbook(book, { year: 2024 });
    // A school without any monitoring row in the sample: «нет данных» everywhere before.
    const silent = first.control.schools.find((s) => s.noData === first.control.schoolIndicators.length)!;
    expect(silent).toBeDefined();

    const template = (await book.workbook()).getWorksheet('Мониторинг показателей 2024')!;
    let codeRow = 0;
    template.eachRow((row, n) => {
      if (row.getCell(2).value === 'код →') codeRow = n;
    });
    const codes = (template.getRow(codeRow).values as unknown[]).map((v) => String(v ?? ''));
    const column = (code: string) => codes.indexOf(code);
    let schoolRow = 0;
    template.eachRow((row, n) => {
      if (row.getCell(2).value === silent.school.name) schoolRow = n;
    });
    template.getCell(schoolRow, column('staffTrained')).value = 5;
    template.getCell(schoolRow, column('courseHours')).value = '31';
    template.getCell(schoolRow, column('programmeApproved')).value = 'выполнено';

    const district = (await book.workbook()).getWorksheet('Мониторинг района 2024')!;
    district.eachRow((row) => {
      const key = String(row.getCell(6).value ?? '');
      if (key.startsWith('seminarParticipants')) row.getCell(4).value = 40;
      if (key.startsWith('seminarDistricts')) row.getCell(4).value = 1;
    });

    const second = await checkTargetsFromWorkbook(book, { year: 2024 });
    const school = second.control.schools.find((s) => s.school.key === silent.school.key)!;
    const status = (id: string) => school.outcomes[second.control.schoolIndicators.findIndex((i) => i.id === id)].status;
    expect([status('staff'), status('courseHours'), status('programme'), status('events')]).toEqual(['met', 'missed', 'met', 'noData']);
    const districtStatus = (id: string) => second.control.district[second.control.districtIndicators.findIndex((i) => i.id === id)].status;
    expect([districtStatus('d-seminarParticipants'), districtStatus('d-seminarDistricts'), districtStatus('d-exchange')]).toEqual(['met', 'missed', 'noData']);

    // The regenerated template still holds what was typed.
    const again = (await book.workbook()).getWorksheet('Мониторинг показателей 2024')!;
    let kept: unknown[] = [];
    again.eachRow((row) => {
      if (row.getCell(2).value === silent.school.name) kept = row.values as unknown[];
    });
    expect([kept[column('staffTrained')], kept[column('courseHours')], kept[column('programmeApproved')]]).toEqual([5, '31', 'выполнено']);
  }, 60_000);
});

describe('pairs of the partner-pairing sheet', () => {
  it('count as concluded agreements once the sheet exists', async () => {
    const book = await openXlsxFile(SAMPLE_WORKBOOK_PATH);
    const before = await checkTargetsFromWorkbook(book, { year: 2024 });
    const pairing = await pairFromWorkbook(book);
    const paired = new Set(pairing.result.pairs.map((p) => p.schoolKey));
    const after = await checkTargetsFromWorkbook(book, { year: 2024 });
    const agreement = (run: typeof after, key: string) => {
      const s = run.control.schools.find((x) => x.school.key === key)!;
      return s.outcomes[run.control.schoolIndicators.findIndex((i) => i.id === 'agreement')];
    };
    const programme = after.control.schools.filter((s) => paired.has(s.school.key));
    expect(programme.length).toBeGreaterThan(0);
    for (const s of programme) expect(agreement(after, s.school.key).status).toBe('met');
    // Somebody had no concluded agreement in the monitoring and has one by the pairs.
    const gained = programme.filter((s) => agreement(before, s.school.key).status !== 'met');
    expect(gained.length).toBeGreaterThan(0);
    for (const s of gained) expect(agreement(after, s.school.key).note).toMatch(/листу партнёров/);
  }, 60_000);
});
