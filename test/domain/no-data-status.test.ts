import { identify } from '../../src/domain/identify';
import { dataset, only, regional, result, school } from './builders';

/** «нет данных» is not «не входит»: a school without results in a year was not evaluated that year. */
describe('a year without results', () => {
  const settings = only(['R2'], { regionalTolerance: 100 });
  const schools = ['a', 'b', 'c'].map((k) => school(k, { municipality: 'Грачевский МО' }));
  // 'a' low in 2023 and silent in 2024; 'b' fine in both years; 'c' silent in 2023.
  const data = dataset({
    schools,
    results: [result('a', 2023, 'ЕГЭ', 40), result('b', 2023, 'ЕГЭ', 70), result('b', 2024, 'ЕГЭ', 70), result('c', 2024, 'ЕГЭ', 72)],
    regional: [regional(2023, 'ЕГЭ', 70), regional(2024, 'ЕГЭ', 70)],
  });
  const res = identify(data, settings);
  const at = (key: string, year: number) => res.schools.find((s) => s.schoolKey === key && s.year === year)!;

  it('gives the status «нет данных», neither «не входит» nor «вышла»', () => {
    expect(at('a', 2023).status).toBe('entered');
    expect(at('a', 2024).status).toBe('noData');
    expect(at('c', 2023).status).toBe('noData');
  });

  it('keeps «не входит» for a school with results and no flag', () => {
    expect(at('b', 2024).status).toBe('notIn');
    expect(at('c', 2024).status).toBe('notIn');
  });
});
