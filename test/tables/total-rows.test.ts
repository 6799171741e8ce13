import fc from 'fast-check';
import { mayStartTotal, totalKind } from '../../src/tables/row-roles';

/** The shortcut before the «всего / итого» test never turns away a text the test would take. */

const startsTotal = (t: string) => /^[^\p{L}\p{N}%№]*(всего|итого|total|overall)/iu.test(t);

test('a text ruled out by its first letter or digit never starts a total word', () => {
  const pieces = ['Всего', 'ИТОГО', 'итого', 'Total', 'OVERALL', 'всего', ' ', '«', '"', '-', '1', '%', '№', 'Школа', 'по району', 'ᲀсего', 'Ѝ', '҂', 'ё', 'x', 'O', 'T', '\u00a0', '*'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 5 }), (parts) => {
      const t = parts.join('');
      if (mayStartTotal(t) === false) expect(startsTotal(t)).toBe(false);
    }),
    { numRuns: 5000 },
  );
});

test('total rows as before: a region, a district, none', () => {
  expect(totalKind('Всего по региону')).toBe('region');
  expect(totalKind('  «ИТОГО» по району')).toBe('area-total');
  expect(totalKind('Итого')).toBe('region');
  expect(totalKind('Школа № 1')).toBeNull();
  expect(totalKind('1 Всего')).toBeNull();
});
