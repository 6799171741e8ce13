import { pairFromWorkbook } from '../../src/app/pairing';
import { partnerForFunction, schoolRiskFunction } from '../../src/functions/functions';
import { districtBook } from './district';

describe('PARTNER_FOR / ПАРТНЁР_ДЛЯ', () => {
  test('gives a school the same partners as the «Сетевое партнёрство» sheet, with distance; #N/A for a school that needs none', async () => {
    const port = await districtBook();
    const [schools, results] = await port.readGrids(['Школы', 'Результаты ОГЭ']);
    const run = await pairFromWorkbook(port, { write: false });
    for (const name of ['МБОУ Лесная ООШ', 'МБОУ Полевая СОШ']) {
      const rows = partnerForFunction(results.values as unknown[][], name, schools.values as unknown[][]);
      const expected = run.result.pairs.filter((p) => p.schoolName === name);
      expect(rows.map((r) => r[0])).toEqual(expected.map((p) => p.partnerName));
      expect(rows.map((r) => r[2])).toEqual(expected.map((p) => Math.round(p.distance.km! * 10) / 10));
    }
    expect(() => partnerForFunction(results.values as unknown[][], 'МБОУ СОШ № 1', schools.values as unknown[][])).toThrow(/не входит в ШНОР\/ШНСУ/);
  });

  test('after SCHOOL_RISK identified the same ranges without the deficit map, PARTNER_FOR still pairs by the deficits', async () => {
    const port = await districtBook();
    const [schools, results] = await port.readGrids(['Школы', 'Результаты ОГЭ']);
    const run = await pairFromWorkbook(port, { write: false });
    schoolRiskFunction(results.values as unknown[][], undefined, undefined, schools.values as unknown[][]);
    const name = 'МБОУ Полевая СОШ';
    const rows = partnerForFunction(results.values as unknown[][], name, schools.values as unknown[][]);
    const expected = run.result.pairs.filter((p) => p.schoolName === name);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => [r[0], r[3]])).toEqual(expected.map((p) => [p.partnerName, expect.any(String)]));
  });
});
