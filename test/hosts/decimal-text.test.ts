import fc from 'fast-check';
import { decimalAt } from '../../src/hosts/xlsx/fast/sheet-scan';

/** The scan reads a plain decimal in place: it must give parseFloat's double exactly, or leave the text to parseFloat. */

const read = (text: string): number | null => decimalAt(`<v>${text}</v>`, 3, 3 + text.length);

test('plain decimals: exactly the double parseFloat gives', () => {
  const digits = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
  fc.assert(
    fc.property(fc.boolean(), digits(0, 16), fc.option(digits(0, 24)), (negative, whole, fraction) => {
      const text = `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`;
      const n = read(text);
      if (n !== null) expect(Object.is(n, parseFloat(text))).toBe(true);
    }),
    { numRuns: 20000 },
  );
  // Doubles written as JavaScript and Excel write them, shortest round trip included.
  fc.assert(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      const text = String(x);
      const n = read(text);
      if (n !== null) expect(Object.is(n, parseFloat(text))).toBe(true);
    }),
    { numRuns: 20000 },
  );
});

test('what it reads and what it leaves to parseFloat', () => {
  expect(read('75.5')).toBe(75.5);
  expect(read('4.06')).toBe(4.06);
  expect(read('0.1')).toBe(0.1);
  expect(Object.is(read('-0'), -0)).toBe(true);
  expect(read('.5')).toBe(0.5);
  expect(read('12.')).toBe(12);
  expect(read('123456789012345')).toBe(123456789012345);
  for (const other of ['1234567890123456', '1E-3', '+5', ' 5', '1.2.3', '-', '.', '', '0.' + '0'.repeat(22) + '1', 'NaN']) expect(read(other)).toBeNull();
});
