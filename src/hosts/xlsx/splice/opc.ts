import { attr, elements } from '../fast/xml-text';
import { relsPathOf, resolveTarget } from '../fast/workbook-parts';

/** Open Packaging Conventions: the relationships and content types of an .xlsx package, as text. */

export const REL_TYPES = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  vbaProject: 'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
} as const;

export const CONTENT_TYPES = '[Content_Types].xml';

export interface Relationship {
  id: string;
  type: string;
  /** The part it points to, resolved; null for an external target. */
  path: string | null;
}

export const relationships = (xml: string, source: string): Relationship[] =>
  elements(xml, 'Relationship').map((r) => {
    const target = attr(r, 'Target') ?? '';
    return {
      id: attr(r, 'Id') ?? '',
      type: attr(r, 'Type') ?? '',
      path: attr(r, 'TargetMode') === 'External' ? null : resolveTarget(source, target),
    };
  });

/** The package's relationship parts: the source part each describes. '' is the package itself. */
export const sourceOfRels = (relsPath: string): string | null => {
  const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(relsPath);
  return m ? `${m[1]}${m[2]}` : null;
};

/** Every part reachable from the package's root relationships. `rels(part)` gives a part's .rels text or null. */
export const reachableParts = (rels: (relsPath: string) => string | null): Set<string> => {
  const seen = new Set<string>();
  const visit = (source: string) => {
    const xml = rels(source === '' ? '_rels/.rels' : relsPathOf(source));
    if (!xml) return;
    for (const r of relationships(xml, source)) {
      if (!r.path) continue;
      const key = r.path.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      visit(r.path);
    }
  };
  visit('');
  return seen;
};

/** A relative target from the folder of `from` to `to` (both package paths). */
export const relativeTarget = (from: string, to: string): string => {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
};

export const escapeAttr = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const RELATIONSHIP = /<Relationship\b[^>]*?\/>|<Relationship\b[^>]*>[\s\S]*?<\/Relationship>/g;

/** Removes the relationships whose id is in `ids`. */
export const withoutRelationships = (xml: string, ids: ReadonlySet<string>): string =>
  xml.replace(RELATIONSHIP, (el) => (ids.has(attr({ attrs: ` ${el.slice(13)}` }, 'Id') ?? '') ? '' : el));

/** Adds a relationship with a fresh id; returns the new XML and the id. */
export const addRelationship = (xml: string, type: string, target: string, taken: Set<string>): { xml: string; id: string } => {
  let n = 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  taken.add(id);
  const el = `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/>`;
  return { xml: xml.includes('</Relationships>') ? xml.replace('</Relationships>', `${el}</Relationships>`) : xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${el}</Relationships>`), id };
};

export const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** [Content_Types].xml: the content type of a part (its Override, else its extension's Default). */
export const contentTypeOf = (types: string, part: string): string | null => {
  const name = `/${part}`.toLowerCase();
  for (const o of elements(types, 'Override')) if ((attr(o, 'PartName') ?? '').toLowerCase() === name) return attr(o, 'ContentType');
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  for (const d of elements(types, 'Default')) if ((attr(d, 'Extension') ?? '').toLowerCase() === ext) return attr(d, 'ContentType');
  return null;
};

const OVERRIDE = /<Override\b[^>]*?\/>|<Override\b[^>]*>\s*<\/Override>/g;

/** Drops the Overrides of removed parts, sets (or adds) those given, keeps everything else as written. */
export const editContentTypes = (types: string, removed: ReadonlySet<string>, set: ReadonlyMap<string, string>): string => {
  const pending = new Map([...set].map(([part, type]) => [`/${part}`.toLowerCase(), { part, type }]));
  let xml = types.replace(OVERRIDE, (el) => {
    const name = (attr({ attrs: ` ${el.slice(9)}` }, 'PartName') ?? '').toLowerCase();
    const replacement = pending.get(name);
    if (replacement) {
      pending.delete(name);
      return `<Override PartName="/${escapeAttr(replacement.part)}" ContentType="${escapeAttr(replacement.type)}"/>`;
    }
    return removed.has(name.slice(1)) ? '' : el;
  });
  const added = [...pending.values()].map((p) => `<Override PartName="/${escapeAttr(p.part)}" ContentType="${escapeAttr(p.type)}"/>`).join('');
  xml = xml.replace(/<\/Types\s*>/, `${added}</Types>`);
  return xml;
};
