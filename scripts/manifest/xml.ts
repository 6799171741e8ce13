/**
 * A minimal, strict XML reader - enough to check an add-in manifest offline: elements, attributes,
 * text, comments, CDATA, the five predefined entities and character references. No DTDs.
 * Throws XmlSyntaxError on anything that is not well-formed.
 */

export interface XmlElement {
  name: string; // qualified name as written, e.g. 'bt:String'
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string; // concatenated direct text content, trimmed
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const NAME = /[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export const parseXml = (source: string): XmlElement => {
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineAt = (index: number): number => source.slice(0, index).split('\n').length;
  const fail = (message: string, at = pos): never => {
    throw new XmlSyntaxError(message, lineAt(at));
  };

  const decode = (raw: string, at: number): string =>
    raw.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) fail(`bare «&» (write &amp;)`, at);
      if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      if (!(ref in ENTITIES)) fail(`unknown entity &${ref};`, at);
      return ENTITIES[ref];
    });

  const skipSpace = (): void => {
    while (pos < source.length && /\s/.test(source[pos])) pos++;
  };

  const readName = (): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(source);
    if (!m) return fail('a name was expected');
    pos += m[0].length;
    return m[0];
  };

  /** Skips comments, processing instructions and whitespace between elements. */
  const skipMisc = (): void => {
    for (;;) {
      skipSpace();
      if (source.startsWith('<!--', pos)) {
        const end = source.indexOf('-->', pos + 4);
        if (end < 0) fail('unclosed comment');
        if (source.slice(pos + 4, end).includes('--')) fail('«--» inside a comment');
        pos = end + 3;
      } else if (source.startsWith('<?', pos)) {
        const end = source.indexOf('?>', pos);
        if (end < 0) fail('unclosed processing instruction');
        pos = end + 2;
      } else return;
    }
  };

  const readElement = (): XmlElement => {
    const start = pos;
    if (source[pos] !== '<') fail('«<» was expected');
    pos++;
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: '', line: lineAt(start) };
    for (;;) {
      const before = pos;
      skipSpace();
      if (source.startsWith('/>', pos)) {
        pos += 2;
        return element;
      }
      if (source[pos] === '>') {
        pos++;
        break;
      }
      if (pos === before) fail(`whitespace expected in <${element.name}>`);
      const attrAt = pos;
      const attr = readName();
      skipSpace();
      if (source[pos] !== '=') fail(`«=» expected after attribute ${attr}`);
      pos++;
      skipSpace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attr} must be quoted`);
      const end = source.indexOf(quote, pos + 1);
      if (end < 0) fail(`unclosed value of attribute ${attr}`);
      const raw = source.slice(pos + 1, end);
      if (raw.includes('<')) fail(`«<» inside attribute ${attr}`);
      if (attr in element.attributes) fail(`duplicate attribute ${attr}`, attrAt);
      element.attributes[attr] = decode(raw, attrAt);
      pos = end + 1;
    }
    let text = '';
    for (;;) {
      if (pos >= source.length) fail(`<${element.name}> is not closed`, start);
      if (source.startsWith('</', pos)) {
        pos += 2;
        const closing = readName();
        if (closing !== element.name) fail(`</${closing}> closes <${element.name}> (line ${element.line})`);
        skipSpace();
        if (source[pos] !== '>') fail('«>» expected');
        pos++;
        element.text = text.trim();
        return element;
      }
      if (source.startsWith('<!--', pos) || source.startsWith('<?', pos)) {
        skipMisc();
        continue;
      }
      if (source.startsWith('<![CDATA[', pos)) {
        const end = source.indexOf(']]>', pos);
        if (end < 0) fail('unclosed CDATA');
        text += source.slice(pos + 9, end);
        pos = end + 3;
        continue;
      }
      if (source[pos] === '<') {
        element.children.push(readElement());
        continue;
      }
      const next = source.indexOf('<', pos);
      const end = next < 0 ? source.length : next;
      text += decode(source.slice(pos, end), pos);
      pos = end;
    }
  };

  skipMisc();
  if (source.startsWith('<!DOCTYPE', pos)) fail('DTDs are not supported');
  const root = readElement();
  skipMisc();
  if (pos < source.length) fail('content after the root element');
  return root;
};

/** Local name without the namespace prefix: 'bt:String' → 'String'. */
export const localName = (element: XmlElement): string => element.name.slice(element.name.indexOf(':') + 1);

export const childrenNamed = (element: XmlElement, name: string): XmlElement[] => element.children.filter((c) => localName(c) === name);

export const childNamed = (element: XmlElement, name: string): XmlElement | undefined => childrenNamed(element, name)[0];

export const descendants = (element: XmlElement): XmlElement[] => element.children.flatMap((c) => [c, ...descendants(c)]);
