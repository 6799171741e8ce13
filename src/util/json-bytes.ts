/** UTF-8 length of a string without allocating its encoding (Cyrillic takes two bytes a letter). */
export const utf8Length = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
};

/** Size of a value sent as JSON, the measure of Excel's 5 MB request and response limits. */
export const jsonBytes = (v: unknown): number => utf8Length(JSON.stringify(v ?? null));
