import fc from 'fast-check';
import { batched, jsonChunks, MappedItems } from '../../src/cli/json-chunks';

const pretty = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

describe('the JSON written in pieces is the JSON written at once', () => {
  test('items mapped as they are written give the text of the mapped array (more and fewer than a batch, none)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 1200 }), fc.jsonValue(), (source, other) => {
        const map = (v: unknown) => ({ v, twice: [v, v] });
        const lazy = [...jsonChunks({ before: other, items: new MappedItems(source, map), after: 1 })].join('');
        expect(lazy).toBe(pretty({ before: other, items: source.map(map), after: 1 }));
      }),
      { numRuns: 40 },
    );
  });

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

  test('arrays longer than one batch, holding undefined, dates and nested arrays, join back to the same text', () => {
    const item = (i: number) => ({ name: `МБОУ «СОШ № ${i}»`, gone: undefined, at: new Date(Date.UTC(2024, 0, 1 + (i % 28))), flags: i % 3 ? ['R1', [i]] : [] });
    const value = { schools: Array.from({ length: 1234 }, (_, i) => (i % 97 === 0 ? undefined : item(i))), one: [item(1)], notes: ['примечание'] };
    const pieces = [...jsonChunks(value)];
    expect(pieces.join('')).toBe(pretty(value));
    expect(pieces.every((p) => p.endsWith('\n'))).toBe(true);
  });
});
