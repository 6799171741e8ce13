import { charWidth, estimateRowHeights, LINE_HEIGHT_POINTS, wrappedLineCount } from '../../src/hosts/row-heights';
import type { SheetSpec } from '../../src/grid/sheet-spec';

const a = (n: number): string => 'а'.repeat(n);

describe('wrappedLineCount', () => {
  test('a text exactly as wide as the line takes one line; a hair narrower line takes two', () => {
    const text = `${a(4)} ${a(5)}`;
    const width = 9 * charWidth('а') + charWidth(' ');
    expect(wrappedLineCount(text, width)).toBe(1);
    expect(wrappedLineCount(text, width - 0.01)).toBe(2);
    expect(wrappedLineCount(text, width + 0.01)).toBe(1);
  });

  test('a word wider than the line is broken across lines', () => {
    expect(wrappedLineCount(a(20), 10)).toBe(2);
    expect(wrappedLineCount(a(21), 10)).toBe(3);
    expect(wrappedLineCount(`${a(3)} ${a(21)}`, 10)).toBe(4);
  });

  test('explicit line breaks count, empty lines too', () => {
    expect(wrappedLineCount('а\nб\n\nв', 10)).toBe(4);
    expect(wrappedLineCount('а\r\nб', 10)).toBe(2);
  });

  test('capital and wide letters take more room than ordinary ones, punctuation less', () => {
    expect(charWidth('А')).toBeGreaterThan(charWidth('а'));
    expect(charWidth('ш')).toBeGreaterThan(charWidth('а'));
    expect(charWidth('.')).toBeLessThan(charWidth('а'));
    expect(charWidth('0')).toBe(1);
    expect(wrappedLineCount('ШШШШ', 4 * charWidth('а'))).toBe(2);
  });
});

describe('estimateRowHeights', () => {
  const spec = (rows: SheetSpec['rows'], extra: Partial<SheetSpec> = {}): SheetSpec => ({
    name: 'Лист',
    kind: 'test',
    title: [],
    header: [['Короткий', 'Текст']],
    rows,
    columns: [{ width: 10 }, { width: 20, wrap: true }],
    ...extra,
  });
  const long = (words: number): string => Array.from({ length: words }, () => 'слово').join(' ');

  test('one-line rows keep the default height (null); wrapped long text grows its row line by line', () => {
    const [header, short, two, three] = estimateRowHeights(spec([[null, 'мало'], [null, long(5)], [null, long(8)]]));
    expect(header).toBeNull();
    expect(short).toBeNull();
    expect(two).toBeGreaterThan(LINE_HEIGHT_POINTS);
    expect(three! - two!).toBeCloseTo(two! - LINE_HEIGHT_POINTS, 0);
  });

  test('long text in a column without wrap does not grow its row', () => {
    expect(estimateRowHeights(spec([[long(20), 'мало']]))[1]).toBeNull();
  });

  test('header rows are wrapped, so a long header grows its row', () => {
    expect(estimateRowHeights(spec([], { header: [[long(6), 'Текст']] }))[0]).toBeGreaterThan(LINE_HEIGHT_POINTS);
  });

  test('footer cells of wrapped columns count; explicit line breaks count', () => {
    const heights = estimateRowHeights(spec([[null, 'мало']], { footer: [[null, 'раз\nдва\nтри']] }));
    expect(heights[2]).toBeGreaterThan(estimateRowHeights(spec([[null, 'раз\nдва']]))[1]!);
  });

  test('title rows wrap across the whole table width, the first in its larger font', () => {
    const oneLine = 'Заголовок';
    const [big, normal] = estimateRowHeights(spec([], { title: [oneLine, oneLine] }));
    expect(big).toBeGreaterThan(LINE_HEIGHT_POINTS); // one line of the larger title font
    expect(normal).toBeNull();
    const wide = estimateRowHeights(spec([], { title: ['x', long(5)] }))[1];
    expect(wide).toBeNull(); // 5 words fit in 30 width units, though not in the 20 of one column
    expect(estimateRowHeights(spec([], { title: ['x', long(12)] }))[1]).toBeGreaterThan(LINE_HEIGHT_POINTS);
  });

  test('bold rows (sections) need more room than plain ones for the same text', () => {
    const sentence = 'Анализ данных об образовательных результатах и социальных условиях в районе, идентификация школ по критериям';
    const words = sentence.split(' ').map((_, n, all) => all.slice(0, n + 1).join(' '));
    const plain = estimateRowHeights(spec(words.map((w) => [null, w])));
    const bold = estimateRowHeights(spec(words.map((w) => [null, w]), { rowStyles: words.map((_, row) => ({ row, style: 'section' as const })) }));
    expect(bold.every((h, i) => (h ?? 0) >= (plain[i] ?? 0))).toBe(true);
    expect(bold.some((h, i) => (h ?? 0) > (plain[i] ?? 0))).toBe(true);
  });
});
