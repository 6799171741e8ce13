import { resolveAdjustments } from '../../src/domain/adjustments';
import type { Adjustment } from '../../src/domain/types';

describe('an adjustment without a year (the pane’s draft)', () => {
  const names = new Map([['k1', { name: 'МБОУ СОШ № 1' }]]);
  const draft: Adjustment = { school: 'k1', action: 'include', group: 'ШНОР', reason: 'решение экспертов' };

  it('concerns the last year asked for, whatever the order of the years', () => {
    const years = [2022, 2024, 2023].sort((a, b) => a - b);
    const { byKeyYear, notes } = resolveAdjustments([draft], names, years);
    expect(notes).toEqual([]);
    expect([...byKeyYear.keys()]).toEqual([`k1|${Math.max(...years)}`]);
    expect(byKeyYear.get(`k1|${Math.max(...years)}`)![0].year).toBe(Math.max(...years));
  });

  it('a given year is kept, also when it is not the last one', () => {
    const { byKeyYear } = resolveAdjustments([{ ...draft, year: 2023 }], names, [2023, 2024]);
    expect([...byKeyYear.keys()]).toEqual(['k1|2023']);
  });
});
