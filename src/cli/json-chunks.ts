/** Items of a top-level array stringified together: one native JSON.stringify call per batch. */
const ITEMS_PER_BATCH = 500;

/**
 * An array written as the items `map` makes of `source`, a batch at a time: a whole country's 120,000
 * entries are never all in memory at once. jsonChunks writes it exactly as it writes the mapped array.
 */
export class MappedItems<T, U> {
  constructor(
    private readonly source: readonly T[],
    private readonly map: (item: T) => U,
  ) {}

  get length(): number {
    return this.source.length;
  }

  slice(start: number, end: number): U[] {
    const out = new Array<U>(end - start);
    for (let i = start; i < end; i++) out[i - start] = this.map(this.source[i]);
    return out;
  }
}

type Items = readonly unknown[] | MappedItems<unknown, unknown>;
const isItems = (v: unknown): v is Items => Array.isArray(v) || v instanceof MappedItems;

/**
 * The items of the array `key` of a top-level object, as JSON.stringify(object, null, 2) lays them out
 * (four spaces in, a comma after every item but the array's last), in pieces of whole items: the
 * engine indents them itself, far faster than re-indenting each item's text.
 */
function* arrayItems(key: string, items: Items): Generator<string> {
  const head = `{\n  ${JSON.stringify(key)}: [\n`;
  const tail = '\n  ]\n}';
  for (let at = 0; at < items.length; at += ITEMS_PER_BATCH) {
    const end = Math.min(items.length, at + ITEMS_PER_BATCH);
    const text = JSON.stringify({ [key]: items.slice(at, end) }, null, 2);
    yield `${text.slice(head.length, text.length - tail.length)}${end < items.length ? ',\n' : '\n'}`;
  }
}

/**
 * JSON.stringify(value, null, 2) + '\n', in pieces that each end a line: the members of the top-level
 * object and batches of its arrays' items, so a whole country's result (50 million characters) is never
 * one string in memory.
 */
export function* jsonChunks(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
  // An array is always written; stringifying a whole country's array only to learn that would double the work.
  const members = Object.entries(value as Record<string, unknown>).filter(([, v]) => isItems(v) || JSON.stringify(v) !== undefined);
  if (members.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [i, [key, v]] of members.entries()) {
    const end = i < members.length - 1 ? ',\n' : '\n';
    const head = `  ${JSON.stringify(key)}: `;
    if (isItems(v) && v.length > 0) {
      yield `${head}[\n`;
      yield* arrayItems(key, v);
      yield `  ]${end}`;
    } else yield `${head}${JSON.stringify(v instanceof MappedItems ? [] : v, null, 2).replace(/\n/g, '\n  ')}${end}`;
  }
  yield '}\n';
}

/** The chunks joined into pieces of about `size` characters (fewer writes). */
export function* batched(chunks: Iterable<string>, size = 1 << 20): Generator<string> {
  let buffer = '';
  for (const c of chunks) {
    buffer += c;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer.length > 0) yield buffer;
}
