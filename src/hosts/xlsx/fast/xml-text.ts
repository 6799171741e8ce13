/** Small helpers for scanning the XML of an .xlsx directly (no DOM, no per-node objects). */

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text content with its character references resolved (&amp;, &#1072;, &#x430;). */
export const decodeXml = (s: string): string => {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
};

/**
 * A copy of s that does not keep the text it was cut from alive: V8 makes a substring of 13 or more
 * characters a view into its parent, and a cell value kept as a view would hold its whole chunk of
 * sheet XML in memory for as long as the grid lives.
 */
export const detach = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

/** Excel's escapes of characters XML cannot hold: «_x000D_» is a carriage return. */
export const decodeExcelEscapes = (s: string): string =>
  s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const isSpace = (ch: number): boolean => ch === 32 || ch === 9 || ch === 10 || ch === 13;

/**
 * Walks the attributes of the tag text s[from, to) (the part between '<' and '>'): `visit` gets each
 * one's name and value bounds, in order, until it returns true; a value left unclosed ends the walk.
 * Scans only the tag: an absent attribute costs its length, not a search through the rest of the sheet.
 */
export const walkAttributes = <T>(
  s: string,
  from: number,
  to: number,
  state: T,
  visit: (s: string, nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, state: T) => boolean,
): void => {
  let i = from;
  while (i < to) {
    if (!isSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    const start = i;
    while (i < to && s.charCodeAt(i) !== 61 && !isSpace(s.charCodeAt(i))) i++;
    if (i >= to || s.charCodeAt(i) !== 61) continue;
    const nameEnd = i;
    const quote = s.charCodeAt(i + 1);
    if (quote !== 34 && quote !== 39) continue;
    const valueEnd = s.indexOf(quote === 34 ? '"' : "'", i + 2);
    if (valueEnd < 0 || valueEnd > to) return;
    if (visit(s, start, nameEnd, i + 2, valueEnd, state)) return;
    i = valueEnd + 1;
  }
};

/** Whether the attribute name s[start, end) is `name`, whole or after a namespace prefix ('r:id' is 'id'). */
export const isAttributeName = (s: string, start: number, end: number, name: string): boolean => {
  const length = end - start;
  return (length === name.length || (length > name.length && s.charCodeAt(end - name.length - 1) === 58)) && s.startsWith(name, end - name.length);
};

const found = { name: '', value: null as string | null };

const takeNamed = (s: string, start: number, end: number, valueStart: number, valueEnd: number, want: typeof found): boolean => {
  if (!isAttributeName(s, start, end, want.name)) return false;
  want.value = decodeXml(s.slice(valueStart, valueEnd));
  return true;
};

/**
 * The value of attribute `name` inside the tag text s[from, to), or null. Whole names only (' r="'
 * never matches ' ref="'); a namespace prefix is allowed ('r:id' matches 'id').
 */
export const attribute = (s: string, from: number, to: number, name: string): string | null => {
  found.name = name;
  found.value = null;
  walkAttributes(s, from, to, found, takeNamed);
  return found.value;
};

/** Every element `<prefix:name ...>` of a small document: the attribute text of each, in order. */
export const elements = (xml: string, name: string): { attrs: string; body: string }[] => {
  const out: { attrs: string; body: string }[] = [];
  const open = new RegExp(`<(?:[A-Za-z0-9_]+:)?${name}(?=[\\s/>])`, 'g');
  let m: RegExpExecArray | null;
  while ((m = open.exec(xml))) {
    const tagEnd = xml.indexOf('>', m.index);
    if (tagEnd < 0) break;
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
    const attrs = xml.slice(m.index + m[0].length, selfClosing ? tagEnd - 1 : tagEnd);
    let body = '';
    if (!selfClosing) {
      const close = new RegExp(`</(?:[A-Za-z0-9_]+:)?${name}\\s*>`, 'g');
      close.lastIndex = tagEnd;
      const c = close.exec(xml);
      body = xml.slice(tagEnd + 1, c ? c.index : xml.length);
      open.lastIndex = c ? c.index + c[0].length : xml.length;
    }
    out.push({ attrs: ` ${attrs}`, body });
  }
  return out;
};

/** Attribute of an element found by elements(). */
export const attr = (element: { attrs: string }, name: string): string | null => attribute(element.attrs, 0, element.attrs.length, name);
