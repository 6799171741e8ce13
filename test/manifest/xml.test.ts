import { parseXml, XmlSyntaxError } from '../../scripts/manifest/xml';

describe('parseXml', () => {
  it('reads elements, attributes, entities, comments and CDATA', () => {
    const root = parseXml(`<?xml version="1.0"?>\n<!-- c --><a x="1 &amp; 2" y='&#1054;'><b/>t&lt;1<![CDATA[<raw>]]><!-- inner --></a>`);
    expect(root.name).toBe('a');
    expect(root.attributes).toEqual({ x: '1 & 2', y: 'О' });
    expect(root.children.map((c) => c.name)).toEqual(['b']);
    expect(root.text).toBe('t<1<raw>');
  });

  it.each([
    ['mismatched closing tag', '<a><b></a></b>'],
    ['unclosed root', '<a><b/>'],
    ['bare ampersand', '<a>x & y</a>'],
    ['unknown entity', '<a>&nbsp;</a>'],
    ['unquoted attribute', '<a x=1/>'],
    ['duplicate attribute', '<a x="1" x="2"/>'],
    ['two roots', '<a/><b/>'],
    ['lt in attribute', '<a x="<"/>'],
    ['double dash in comment', '<a><!-- a -- b --></a>'],
    ['attributes without whitespace', '<a x="1"y="2"/>'],
  ])('rejects %s', (_, source) => {
    expect(() => parseXml(source)).toThrow(XmlSyntaxError);
  });

  it('reports the line of the error', () => {
    expect(() => parseXml('<a>\n<b>\n</c>\n</a>')).toThrow(/line 3/);
  });
});
