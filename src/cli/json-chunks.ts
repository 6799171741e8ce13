import { concatBytes } from '../util/concat-bytes';

/**
 * JSON.stringify(value, null, 2) + '\n', in pieces that each end a line: the members of the top-level
 * object and the items of its arrays one by one, so a whole country's result (50 million characters)
 * is never one string in memory.
 */
export function* jsonChunks(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
  const members = Object.entries(value as Record<string, unknown>).filter(([, v]) => JSON.stringify(v) !== undefined);
  if (members.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [i, [key, v]] of members.entries()) {
    const end = i < members.length - 1 ? ',\n' : '\n';
    const head = `  ${JSON.stringify(key)}: `;
    if (Array.isArray(v) && v.length > 0) {
      yield `${head}[\n`;
      for (const [j, item] of v.entries()) yield `    ${(JSON.stringify(item, null, 2) ?? 'null').replace(/\n/g, '\n    ')}${j < v.length - 1 ? ',\n' : '\n'}`;
      yield `  ]${end}`;
    } else yield `${head}${JSON.stringify(v, null, 2).replace(/\n/g, '\n  ')}${end}`;
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

/** The UTF-8 bytes of JSON.stringify(value, null, 2) + '\n', each piece encoded as it is made (no whole text). */
export const jsonBytes = (value: unknown): Uint8Array => {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const piece of batched(jsonChunks(value))) parts.push(encoder.encode(piece));
  return concatBytes(parts);
};
