import { inflateSync, strFromU8, strToU8 } from 'fflate';
import { parseRelationships, parseWorkbook, relsPathOf } from '../fast/workbook-parts';
import type { WholeInflater } from '../fast/zip';
import { mergeStyles } from './merge-styles';
import { spliceBlocker, SPREADSHEETML, withDefaultNamespace, type SaveFormat } from './splice-check';
import {
  addRelationship,
  CONTENT_TYPES,
  contentTypeOf,
  editContentTypes,
  EMPTY_RELS,
  reachableParts,
  relationships,
  relativeTarget,
  REL_TYPES,
  withoutRelationships,
} from './opc';
import { deflateEntries, readRawEntries, RawZipUnsupported, writeRawZip, type RawEntry, type WholeDeflater } from './raw-zip';
import { sharedStringBodies, spliceSheetXml, withEmptyString } from './sheet-xml';
import { definedNames, newSheetElement, planWorkbook, rewriteWorkbookXml, workbookSheets, type DefinedName } from './workbook-xml';

/**
 * Saves a workbook opened from bytes by splicing Opora's sheets into the user's own package: every part
 * of the user's book is copied as stored, except workbook.xml, its relationships, [Content_Types].xml and
 * styles.xml (Opora's formats appended), and the parts of sheets Opora replaced or removed, which go.
 * Opora's sheets come one by one from packages ExcelJS rendered with only that sheet (`render`).
 */

export type SheetState = 'visible' | 'hidden' | 'veryHidden';
export type { SaveFormat };

export interface SpliceInput {
  original: Uint8Array;
  /** ExcelJS's package of one sheet written in this session, alone in its workbook (charts added), unpacked. */
  render: (sheet: string) => Promise<Record<string, Uint8Array>>;
  /** The worksheets in tab order as they are now; chart sheets of the original are kept where they were. */
  tabs: readonly { name: string; state: SheetState }[];
  written: ReadonlySet<string>;
  /** 'xlsx' leaves the macros out (an .xlsx must not carry them); 'xlsm' keeps them. */
  format: SaveFormat;
  inflate?: WholeInflater;
  deflate?: WholeDeflater;
}

const VBA_PART = /(^|\/)vbaProject(Signature)?\.bin$/i;

/** Why a package is saved through ExcelJS instead (the caller's fallback). */
export class SpliceUnsupported extends Error {}

const MAIN_TYPES: Record<SaveFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
};

class Package {
  readonly entries: RawEntry[];
  private readonly byName = new Map<string, RawEntry>();
  private readonly texts = new Map<string, string>();

  constructor(
    bytes: Uint8Array,
    private readonly inflate?: WholeInflater,
  ) {
    this.entries = readRawEntries(bytes);
    for (const e of this.entries) this.byName.set(e.name.toLowerCase(), e);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  text(name: string): string | null {
    const key = name.toLowerCase();
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const e = this.byName.get(key);
    if (!e) return null;
    let data: Uint8Array | null;
    if (e.method === 0) data = e.data;
    else if (e.method === 8) data = this.inflate?.(e.data, e.size) ?? inflateSync(e.data, { out: new Uint8Array(e.size) });
    else throw new SpliceUnsupported(`compression ${e.method}`);
    const text = strFromU8(data);
    this.texts.set(key, text);
    return text;
  }
}

/** Fresh part names: the same folder and stem as Opora's rendered part, a number no part of the user's book uses (none if the plain name is free). */
class PartNames {
  private readonly next = new Map<string, number>();

  constructor(private readonly taken: Set<string>) {}

  fresh(path: string): string {
    if (!/\d\.[^./]+$/.test(path) && !this.taken.has(path.toLowerCase())) {
      this.taken.add(path.toLowerCase());
      return path;
    }
    const m = /^(.*?)(\d*)(\.[^./]+)$/.exec(path);
    const [stem, ext] = m ? [m[1], m[3]] : [path, ''];
    let n = this.next.get(stem) ?? 1;
    while (this.taken.has(`${stem}${n}${ext}`.toLowerCase())) n++;
    this.next.set(stem, n + 1);
    const name = `${stem}${n}${ext}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

export const splicePackage = async (input: SpliceInput): Promise<Uint8Array> => {
  let pkg: Package;
  try {
    pkg = new Package(input.original, input.inflate);
  } catch (e) {
    if (e instanceof RawZipUnsupported) throw new SpliceUnsupported(e.message);
    throw e;
  }
  const rootRels = pkg.text('_rels/.rels');
  const wbPath = rootRels ? relationships(rootRels, '').find((r) => r.type === REL_TYPES.officeDocument)?.path : undefined;
  if (!wbPath) throw new SpliceUnsupported('no workbook part');
  const wbXml = withDefaultNamespace(pkg.text(wbPath), 'workbook');
  if (wbXml === null) throw new SpliceUnsupported('no workbook part');
  const wbRelsPath = relsPathOf(wbPath);
  const wbRelsXml = pkg.text(wbRelsPath) ?? EMPTY_RELS;
  const wbRels = relationships(wbRelsXml, wbPath);
  const stylesPath = wbRels.find((r) => r.type === REL_TYPES.styles)?.path ?? null;
  const stylesXml = stylesPath ? withDefaultNamespace(pkg.text(stylesPath), 'styleSheet') : null;
  const blocker = spliceBlocker(wbXml, stylesXml);
  if (blocker) throw new SpliceUnsupported(blocker);
  let types = pkg.text(CONTENT_TYPES);
  if (!types) throw new SpliceUnsupported('no content types');

  const changed = new Map<string, Uint8Array>();
  const added = new Map<string, Uint8Array>();
  /** Opora's sheets and their parts, stored as they are made. */
  const stored: RawEntry[] = [];
  const setTypes = new Map<string, string>();
  const names = new PartNames(new Set(pkg.entries.map((e) => e.name.toLowerCase())));
  const relIds = new Set(wbRels.map((r) => r.id));
  let relsXml = wbRelsXml;

  // The tabs: the user's sheets not written keep their element; Opora's get new ones.
  const originals = workbookSheets(wbXml);
  const worksheetRids = new Set(wbRels.filter((r) => r.type === REL_TYPES.worksheet).map((r) => r.id));
  const tabNames = new Set(input.tabs.map((t) => t.name));
  const removed = originals.filter((s) => worksheetRids.has(s.rid) && (input.written.has(s.name) || !tabNames.has(s.name)));
  const deleted = removed.filter((s) => !tabNames.has(s.name)).map((s) => s.name);

  // Styles: Opora's appended to the user's (or, in a book without any, the first rendered sheet's), sheet by sheet.
  let styles: { path: string; xml: string } | null = stylesPath && stylesXml !== null ? { path: stylesPath, xml: stylesXml } : null;
  const stylesFor = (rendered: string): { xfOffset: number; dxfOffset: number } => {
    if (styles) {
      const merged = mergeStyles(styles.xml, rendered);
      styles.xml = merged.xml;
      return merged;
    }
    const path = names.fresh('xl/styles.xml');
    styles = { path, xml: rendered };
    setTypes.set(path, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
    relsXml = addRelationship(relsXml, REL_TYPES.styles, relativeTarget(wbPath, path), relIds).xml;
    return { xfOffset: 0, dxfOffset: 0 };
  };
  let emptyIndex: number | undefined;
  const emptyString = (): number => {
    if (emptyIndex !== undefined) return emptyIndex;
    const sstPath = wbRels.find((r) => r.type === REL_TYPES.sharedStrings)?.path;
    const sst = sstPath ? pkg.text(sstPath) : null;
    if (sstPath && sst !== null) {
      const found = withEmptyString(sst);
      if (found.xml !== sst) changed.set(sstPath, strToU8(found.xml));
      return (emptyIndex = found.index);
    }
    const path = names.fresh('xl/sharedStrings.xml');
    added.set(path, strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${SPREADSHEETML}" count="1" uniqueCount="1"><si><t></t></si></sst>`));
    setTypes.set(path, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml');
    relsXml = addRelationship(relsXml, REL_TYPES.sharedStrings, relativeTarget(wbPath, path), relIds).xml;
    return (emptyIndex = 0);
  };

  // Opora's sheets, one at a time (a country's sheets are tens of MB each): each with what it refers to
  // (drawings, charts) moved under fresh names and stored at once.
  let nextSheetId = Math.max(0, ...originals.map((s) => s.sheetId).filter(Number.isFinite)) + 1;
  const newElement = new Map<string, string>();
  const renderedNames = new Map<string, DefinedName[]>();
  for (const tab of input.tabs) {
    if (!input.written.has(tab.name)) continue;
    const files = await input.render(tab.name);
    const rendered = (name: string): string | null => (files[name] ? strFromU8(files[name]) : null);
    const book = parseWorkbook(rendered('xl/workbook.xml') ?? '', parseRelationships(rendered('xl/_rels/workbook.xml.rels'), 'xl/workbook.xml'));
    const types = rendered(CONTENT_TYPES) ?? '';
    const source = book.sheets.find((s) => s.name === tab.name);
    if (!source) throw new Error(`Opora's sheet «${tab.name}» was not rendered`);
    const renderedStyles = rendered('xl/styles.xml');
    const { xfOffset, dxfOffset } = renderedStyles ? stylesFor(renderedStyles) : { xfOffset: 0, dxfOffset: 0 };
    const strings = sharedStringBodies(rendered('xl/sharedStrings.xml'));
    renderedNames.set(tab.name, definedNames(rendered('xl/workbook.xml') ?? '').filter((n) => n.localSheetId !== null && book.sheets[n.localSheetId]?.name === tab.name));
    const moved = new Map<string, string>();
    const collect = (part: string) => {
      if (moved.has(part)) return;
      moved.set(part, names.fresh(part));
      for (const r of relationships(rendered(relsPathOf(part)) ?? '', part)) if (r.path && files[r.path]) collect(r.path);
    };
    collect(source.path);
    const parts: Record<string, Uint8Array> = {};
    for (const [from, to] of moved) {
      parts[to] = from === source.path ? strToU8(spliceSheetXml(rendered(from)!, strings, xfOffset, dxfOffset, emptyString)) : files[from];
      setTypes.set(to, contentTypeOf(types, from) ?? 'application/xml');
      const rels = rendered(relsPathOf(from));
      if (rels) {
        parts[relsPathOf(to)] = strToU8(
          rels.replace(/(<Relationship\b[^>]*?\sTarget=")([^"]*)"/g, (whole, head: string, target: string) => {
            const r = relationships(`<Relationship Target="${target}"/>`, from)[0];
            const dest = r.path ? moved.get(r.path) : undefined;
            return dest ? `${head}${relativeTarget(to, dest)}"` : whole;
          }),
        );
      }
    }
    stored.push(...deflateEntries(parts, input.deflate));
    const rel = addRelationship(relsXml, REL_TYPES.worksheet, relativeTarget(wbPath, moved.get(source.path)!), relIds);
    relsXml = rel.xml;
    newElement.set(tab.name, newSheetElement(tab.name, nextSheetId++, rel.id, tab.state));
  }
  if (styles) (stylesPath ? changed : added).set(styles.path, strToU8(styles.xml));

  const edit = planWorkbook({ xml: wbXml, originals, worksheetRids, tabs: input.tabs, written: input.written, newElement, renderedNames, deleted });
  changed.set(wbPath, strToU8(rewriteWorkbookXml(wbXml, edit)));

  // Relationships that go: removed sheets, the calculation chain when a sheet went (Excel rebuilds it), macros in an .xlsx.
  const goingRels = new Set(removed.map((s) => s.rid));
  for (const r of wbRels) {
    if (r.type === REL_TYPES.calcChain && removed.length > 0) goingRels.add(r.id);
    if (r.type === REL_TYPES.vbaProject && input.format === 'xlsx') goingRels.add(r.id);
  }
  relsXml = withoutRelationships(relsXml, goingRels);
  changed.set(wbRelsPath, strToU8(relsXml));
  const mainType = contentTypeOf(types, wbPath);
  if (mainType !== MAIN_TYPES[input.format]) setTypes.set(wbPath, MAIN_TYPES[input.format]);

  // Parts no longer reachable from the package's relationships (and that were before) leave the package.
  const relsText = (path: string): string | null => {
    const fresh = changed.get(path) ?? added.get(path);
    return fresh ? strFromU8(fresh) : pkg.text(path);
  };
  const before = reachableParts((p) => pkg.text(p));
  const after = reachableParts(relsText);
  const dropped = new Set<string>();
  // An .xlsx holds no macros, even a VBA project no relationship names.
  if (input.format === 'xlsx') for (const e of pkg.entries) if (VBA_PART.test(e.name)) (dropped.add(e.name.toLowerCase()), dropped.add(relsPathOf(e.name).toLowerCase()));
  for (const part of before) {
    if (after.has(part)) continue;
    dropped.add(part);
    dropped.add(relsPathOf(part).toLowerCase());
  }
  types = editContentTypes(types, dropped, setTypes);
  changed.set(CONTENT_TYPES, strToU8(types));

  const fresh = deflateEntries(Object.fromEntries([...changed, ...added]), input.deflate);
  const freshByName = new Map(fresh.map((e) => [e.name, e]));
  const changedByKey = new Map([...changed.keys()].map((name) => [name.toLowerCase(), freshByName.get(name)!]));
  const out: RawEntry[] = [];
  for (const e of pkg.entries) {
    const key = e.name.toLowerCase();
    if (!dropped.has(key)) out.push(changedByKey.get(key) ?? e);
  }
  const present = new Set(pkg.entries.map((e) => e.name.toLowerCase()));
  for (const name of [...changed.keys()].filter((n) => !present.has(n.toLowerCase())).concat([...added.keys()])) out.push(freshByName.get(name)!);
  out.push(...stored);
  return writeRawZip(out);
};
