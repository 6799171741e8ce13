import fc from 'fast-check';
import { prepareSchoolText } from '../../src/tables/school-key';
import { normalizeText } from '../../src/tables/text';

/** The first step of every school key, as it was first written: case, «ё», quotes to spaces, «№» spaced, normalised. */
const asFirstWritten = (name: string): string =>
  normalizeText(
    name
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[«»"“”„'`]/g, ' ')
      .replace(/\s*№\s*/g, ' №'),
  );

test('prepared school texts are those of the first definition', () => {
  const pieces = ['МБОУ', 'СОШ', '№', ' ', '  ', '"', '«', '»', '“', '”', '„', "'", '`', 'Ё', 'ё', '5', '12', 'Школа', 'k', '\u212a', 'İ', '-', '.', '\u00a0', 'Ѐ', 'ΣΑ', '%', '\t'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
      const name = parts.join('');
      expect(prepareSchoolText(name)).toBe(asFirstWritten(name));
    }),
    { numRuns: 10000 },
  );
});
