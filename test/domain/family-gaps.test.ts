import { FamilyGaps, familyGapsByYear } from '../../src/domain/family-gaps';
import { regionalAverages } from '../../src/domain/gaps';
import { familyIndex, type Family, type ResultRecord } from '../../src/domain/records';
import { regional, result } from './builders';

/** The speed layout behind FamilyGaps: what its accessors answer, computed here from the rows directly. */
describe('FamilyGaps', () => {
  const EGE = familyIndex('ЕГЭ');
  const OGE = familyIndex('ОГЭ');
  const VPR = familyIndex('ВПР');
  // School a: two ЕГЭ rows (10 and 30 participants) and one ОГЭ row; school b: one ВПР row of 4 participants
  // and a row nobody sat; a 2023 row of a in between, which must not join 2024's chain.
  const rows: ResultRecord[] = [
    result('a', 2024, 'ЕГЭ', 60, { participants: 10 }),
    result('b', 2024, 'ВПР', 40, { participants: 4, subject: 'Математика' }),
    result('a', 2023, 'ЕГЭ', 90, { participants: 50 }),
    result('a', 2024, 'ЕГЭ', 80, { participants: 30, subject: 'Математика' }),
    result('a', 2024, 'ОГЭ', 50, { participants: 5 }),
    result('b', 2024, 'ВПР', 30, { participants: 0, subject: 'Русский язык' }),
  ];
  const ordinal = Int32Array.from(rows.map((r) => (r.schoolKey === 'a' ? 0 : 1)));
  const regionalRows = (['ЕГЭ', 'ОГЭ', 'ВПР'] as Family[]).flatMap((family) => [
    regional(2024, family, 70, { subject: 'Русский язык' }),
    regional(2024, family, 70, { subject: 'Математика' }),
    regional(2023, family, 70, { subject: 'Русский язык' }),
  ]);
  const averages = regionalAverages(rows, regionalRows, 100);
  const { byYear, rows: gaps } = familyGapsByYear(rows, ordinal, averages, 2, 5);
  const y2024 = byYear.get(2024)!;

  it('gap: the participant-weighted mean of the family rows’ gaps to the region, % of the maximum', () => {
    expect(y2024.gap(0, EGE)).toBeCloseTo((10 * (70 - 60) + 30 * (70 - 80)) / 40, 9);
    expect(y2024.participants(0, EGE)).toBe(40);
    expect(y2024.gap(0, OGE)).toBeCloseTo(20, 9);
    expect(byYear.get(2023)!.gap(0, EGE)).toBeCloseTo(-20, 9);
    expect(rows.map((_, i) => gaps.gapOf(i)).map((g) => (Number.isNaN(g) ? null : Math.round(g)))).toEqual([10, 30, -20, -10, 20, null]);
  });

  it('has and isReliable: a family present with participants, reliable from the minimum (5) up', () => {
    expect([y2024.has(0, EGE), y2024.has(0, OGE), y2024.has(0, VPR)]).toEqual([true, true, false]);
    expect([y2024.isReliable(0, OGE), y2024.isReliable(1, VPR)]).toEqual([true, false]);
    expect(y2024.has(1, VPR)).toBe(true);
  });

  it('rowCount and copySources: the year’s usable rows of the slot, in row order, without another year’s row', () => {
    expect(y2024.rowCount(0, EGE)).toBe(2);
    const out = new Array(3);
    expect(y2024.copySources(0, EGE, out, 1)).toBe(3);
    expect(out.slice(1)).toEqual([rows[0].source, rows[3].source]);
    expect(y2024.rowCount(1, VPR)).toBe(1);
  });

  it('schools: those with a family this year, in the order their first usable row comes', () => {
    expect(y2024.schools).toEqual([0, 1]);
    expect(byYear.get(2023)!.schools).toEqual([0]);
  });

  it('a year without usable rows has nobody', () => {
    const empty = new FamilyGaps(2, new Int32Array(0), 5, rows);
    expect([empty.has(0, EGE), empty.has(1, VPR), empty.schools.length]).toEqual([false, false, 0]);
  });
});
