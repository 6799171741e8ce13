import fc from 'fast-check';
import { batched, jsonBytes, jsonChunks } from '../../src/cli/json-chunks';

const pretty = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

describe('the JSON written in pieces is the JSON written at once', () => {
  test('any object of JSON values (arrays of objects, empty arrays, nested), any top-level value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()))), fc.jsonValue()), (value) => {
        expect([...jsonChunks(value)].join('')).toBe(pretty(value));
      }),
    );
  });

  test('members whose value JSON leaves out (undefined) are left out, every piece ends a line', () => {
    const value = { a: undefined, b: [{ x: 1, y: undefined }], c: [], d: {} };
    const pieces = [...jsonChunks(value)];
    expect(pieces.join('')).toBe(pretty(value));
    expect(pieces.every((p) => p.endsWith('\n'))).toBe(true);
  });

  test('batches join back to the same text and split only at piece ends', () => {
    const value = { schools: Array.from({ length: 500 }, (_, i) => ({ key: `школа ${i}`, flags: ['R1', 'R2'] })) };
    const pieces = [...batched(jsonChunks(value), 1000)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(pretty(value));
    expect(pieces.every((p) => p.endsWith('\n'))).toBe(true);
  });

  test('the bytes are the UTF-8 of the whole text (Cyrillic included)', () => {
    const value = { schools: [{ name: 'МБОУ «СОШ № 1»', flags: ['R1'] }], notes: ['примечание'] };
    expect(new TextDecoder().decode(jsonBytes(value))).toBe(pretty(value));
  });
});
