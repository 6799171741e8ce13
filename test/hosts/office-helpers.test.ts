import { officeCellValue, officeFormula, parseMergedAddress } from '../../src/hosts/excel/office-cells';
import { jsonBytes, planRowChunks, utf8Length } from '../../src/hosts/excel/row-chunks';
import { joinState, splitState, STATE_CHUNK_CHARS } from '../../src/hosts/state-sheet';

describe('planRowChunks', () => {
  test('a chunk closes when the next row would pass the budget', () => {
    expect(planRowChunks([4, 4, 2, 1], 10, 100).map((c) => [c.start, c.end, c.bytes])).toEqual([
      [0, 3, 10],
      [3, 4, 1],
    ]);
    expect(planRowChunks([4, 4, 3], 10, 100).map((c) => [c.start, c.end])).toEqual([
      [0, 2],
      [2, 3],
    ]);
  });
  test('a row over the budget gets a chunk of its own', () => {
    expect(planRowChunks([1, 50, 1], 10, 100).map((c) => [c.start, c.end])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });
  test('at most maxRows rows a chunk', () => {
    expect(planRowChunks(new Array(7).fill(1), 1000, 3).map((c) => c.end - c.start)).toEqual([3, 3, 1]);
  });
  test('no rows, no chunks', () => expect(planRowChunks([], 10, 10)).toEqual([]));
});

describe('sizes', () => {
  test('UTF-8 length counts Cyrillic as two bytes and emoji as four', () => {
    for (const s of ['abc', 'Школа', 'x😀y', '']) expect(utf8Length(s)).toBe(Buffer.byteLength(s));
    expect(jsonBytes([['ж']])).toBe(Buffer.byteLength('[["ж"]]'));
  });

  test('a lone surrogate counts as the replacement character', () => {
    for (const s of ['\ud800', 'a\ud800b', '\ud800ж', '\udc00', 'x\ud83d', '\ude00\ud83d']) expect(utf8Length(s)).toBe(Buffer.byteLength(s));
  });

  test("texts of megabytes (a range's JSON) count the same, with pairs and lone surrogates at every place", () => {
    const parts = ['a', 'ж', '€', '😀', '\ud800', '\udc00'];
    // Lengths past 65,536 characters and pairs at each offset around it: wherever the count is split, a pair stays one character.
    for (let shift = 0; shift < 6; shift++) {
      const s = 'я'.repeat(65_533 + shift) + '😀😀' + Array.from({ length: 150_000 }, (_, i) => parts[(i * 7 + shift) % parts.length]).join('');
      expect(utf8Length(s)).toBe(Buffer.byteLength(s));
    }
  });
});

describe('Office cell values', () => {
  test.each([
    ['#N/A', 'Error', { kind: 'error', code: '#N/A' }],
    ['', 'Empty', null],
    [3.5, 'Double', 3.5],
    ['ОО', 'String', 'ОО'],
    [false, 'Boolean', false],
  ])('%j (%s)', (value, type, expected) => expect(officeCellValue(value, type)).toEqual(expected));

  test('a formula differs from its value; text that looks like one does not', () => {
    expect(officeFormula('=SUM(A1:A3)', 6)).toBe('SUM(A1:A3)');
    expect(officeFormula('=abc', '=abc')).toBeNull();
    expect(officeFormula(5, 5)).toBeNull();
  });

  test('merged-area addresses, quoted sheet names included', () => {
    expect(parseMergedAddress("'2023'!E7:I7,'2023'!J7:N7, Лист!$A$1:$B$2")).toEqual([
      { top: 6, left: 4, bottom: 6, right: 8 },
      { top: 6, left: 9, bottom: 6, right: 13 },
      { top: 0, left: 0, bottom: 1, right: 1 },
    ]);
  });
});

describe('state chunks', () => {
  test.each([
    [STATE_CHUNK_CHARS, 1],
    [STATE_CHUNK_CHARS + 1, 2],
    [2 * STATE_CHUNK_CHARS, 2],
  ])('%i characters make %i chunks and join back', (n, chunks) => {
    const json = 'я'.repeat(n);
    expect(splitState(json)).toHaveLength(chunks);
    expect(joinState(splitState(json))).toBe(json);
  });
});
