/** UTF-8 length of a string, counted in JavaScript (a lone surrogate is the encoder's 3-byte replacement character). */
const countedLength = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
};

/** Characters encoded at a time: the encoder writes them into one reused buffer, three bytes a character and room for a pair ending the chunk. */
const CHUNK = 1 << 16;
const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;
let chunkBuffer: Uint8Array | undefined;

/**
 * The encoder's length, chunk by chunk (no buffer as large as the text): a range's JSON runs to megabytes, and the
 * native encoder counts them several times faster than a loop over the characters. A chunk never ends between the
 * two halves of a surrogate pair.
 */
const encodedLength = (s: string, textEncoder: TextEncoder): number => {
  const buffer = (chunkBuffer ??= new Uint8Array(CHUNK * 3 + 4));
  let n = 0;
  for (let i = 0; i < s.length; ) {
    let end = Math.min(s.length, i + CHUNK);
    if (end < s.length && (s.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
    n += textEncoder.encodeInto(s.slice(i, end), buffer).written;
    i = end;
  }
  return n;
};

/** UTF-8 length of a string without allocating its encoding (Cyrillic takes two bytes a letter). */
export const utf8Length = (s: string): number => (encoder !== undefined && s.length > CHUNK ? encodedLength(s, encoder) : countedLength(s));

/** Size of a value sent as JSON, the measure of Excel's 5 MB request and response limits. */
export const jsonBytes = (v: unknown): number => utf8Length(JSON.stringify(v ?? null));
