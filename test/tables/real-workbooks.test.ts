import { EAO_WORKBOOK, MOSCOW_RESULTS_CSV } from '../support/real-data';
import { readCsvGrid } from '../../src/hosts/csv/read-csv';
import { readXlsxGrids } from '../../src/hosts/xlsx/read-grids';
import { ReadResult, readWorkbook } from '../../src/tables';

const EAO = EAO_WORKBOOK;
const MOSCOW = MOSCOW_RESULTS_CSV;

describe('EAO workbook (real, ЕГЭ by school)', () => {
  let r: ReadResult;
  beforeAll(async () => {
    r = readWorkbook(await readXlsxGrids(EAO));
  });
  const sheet = (name: string) => r.sheets.find((s) => s.sheet === name)!;
  const result = (year: number, school: string, subject: string) =>
    r.dataset.results.find((x) => x.year === year && x.schoolName === school && x.subject === subject);

  it('reads every school of 2023 and 2022, never a total or subtotal row', () => {
    expect(sheet('2023').schools).toBe(42);
    expect(sheet('2022').schools).toBe(43);
    expect(sheet('2023').kind).toBe('results');
    const names = new Set(r.dataset.results.map((x) => x.schoolName));
    expect([...names].some((n) => /всего|район|биробиджан$/i.test(n))).toBe(false);
  });

  it('recognises the region row and the six municipality subtotal rows', () => {
    expect(sheet('2023').regionRow).toBe(10);
    expect(sheet('2023').subtotalRows).toEqual([11, 23, 29, 35, 46, 49]);
    const municipalities = new Set(r.dataset.results.filter((x) => x.year === 2023).map((x) => x.municipality));
    expect(municipalities).toEqual(new Set(['город Биробиджан', 'Биробиджанский район', 'Ленинский район', 'Облученский район', 'Октябрьский район', 'Смидовичский район']));
  });

  it('takes year and family from the title, with header paths subject › measure', () => {
    expect(sheet('2023').years).toEqual([2023]);
    expect(sheet('2022').years).toEqual([2022]);
    expect(sheet('2023').family).toBe('ЕГЭ');
    expect(sheet('2023').fields.find((f) => f.column === 'I')).toMatchObject({ field: 'average', subject: 'Русский язык' });
    expect(sheet('2023').fields.find((f) => f.column === 'I')!.path).toContain('средний балл');
  });

  it('reads participants, not-reaching-minimum and averages per subject (values read from the file by hand)', () => {
    expect(result(2023, 'МБОУ "Гимназия № 1"', 'Русский язык')).toMatchObject({ participants: 97, maxScore: 100, municipality: 'город Биробиджан', source: { sheet: '2023', row: 12 } });
    expect(result(2023, 'МБОУ "Гимназия № 1"', 'Русский язык')!.average).toBeCloseTo(73.175, 3);
    expect(result(2023, 'МБОУ "Гимназия № 1"', 'Математика (профильная)')).toMatchObject({ participants: 37, belowMinimum: 2 });
    expect(result(2023, 'МБОУ "Гимназия № 1"', 'Математика (профильная)')!.average).toBeCloseTo(55.108, 3);
    expect(result(2023, 'МКОУ "СОШ с.Найфельд"', 'История')).toMatchObject({ participants: 3, belowMinimum: 2, average: 30, municipality: 'Биробиджанский район' });
    expect(result(2022, 'МБОУ "Гимназия № 1"', 'Русский язык')).toMatchObject({ participants: 123 });
    expect(result(2022, 'МБОУ "Гимназия № 1"', 'Русский язык')!.average).toBeCloseTo(69.927, 3);
    // Blank «не преодолен min порог» stays blank, it does not become 0.
    expect(result(2023, 'МБОУ "Гимназия № 1"', 'Русский язык')!.belowMinimum).toBeNull();
  });

  it('takes regional averages from the «ВСЕГО по региону» row and checks them against the schools', () => {
    const ru2023 = r.dataset.regional.find((x) => x.year === 2023 && x.subject === 'Русский язык')!;
    expect(ru2023).toMatchObject({ average: 61.56, participants: 867, source: { sheet: '2023', row: 10 }, kind: 'total', schoolParticipants: 867 });
    const ru2022 = r.dataset.regional.find((x) => x.year === 2022 && x.subject === 'Русский язык')!;
    expect(ru2022.average).toBeCloseTo(62.011, 3);
  });

  it('skips the 2024 applications sheet with a reason, without crashing', () => {
    expect(sheet('2024').kind).toBeNull();
    expect(sheet('2024').skipped).toMatch(/заявлени/);
    expect(r.dataset.results.some((x) => x.source.sheet === '2024')).toBe(false);
  });
});

describe('Moscow ЕГЭ CSV (real)', () => {
  it('reads 626 schools with district and graduates', async () => {
    const r = readWorkbook([await readCsvGrid(MOSCOW)]);
    expect(r.sheets[0].kind).toBe('results');
    expect(r.sheets[0].schools).toBe(626);
    expect(r.sheets[0].years).toEqual([2016]);
    const s179 = r.dataset.schools.find((s) => s.name.includes('№ 179'))!;
    expect(s179).toMatchObject({ municipality: 'район Аэропорт', graduates: 109, code: '1027700566761' });
    expect(r.dataset.schools.every((s) => s.municipality && typeof s.graduates === 'number')).toBe(true);
  });
});
