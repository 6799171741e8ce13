import { END, NumberLists } from '../../util/number-lists';
import { normalizeText } from '../text';
import { codeKey, municipalityCore, nameKeys } from './names';
import type { SourceRef } from '../../domain/records';
import type { Mention, Variant } from './types';

const MAX_SOURCES = 3;

/** A spelling of a school and what resolution needs to know about it. */
export interface Spelling extends Omit<Variant, 'code' | 'id' | 'years'> {
  code: string | undefined;
  /** The code compared (see codeKey; '' = none), worked out once. */
  codeKey: string;
  /** The first spelling with the same id (municipality and name, differing by code only; itself when none). */
  sameId: number;
  muniNorm: string;
  /** The number of its normalised municipality text (in this resolution). */
  muniId: number;
  /** The municipality group: the core of its name when no table tells two municipalities of that core apart, else the text. */
  muniGroup: string;
  full: string;
  nk: string;
  hk: string;
  sk: string;
  /** The key with «СОШ», «средняя общеобразовательная школа», «школа» before the number written one way ('' = none). */
  tk: string;
  registry: boolean;
  /** The years it has data in (a list of `Spellings.numbers`; see `yearsOf`), and those years ascending once asked for. */
  yearList: number;
  years: number[] | undefined;
  /** The tables and years it is written in (numbered; a list of `Spellings.numbers`): two spellings in one table and year are two schools. */
  contexts: number;
  column: string | undefined;
  rows: number;
  /** The sheet, context and year of its last mention: a run of mentions in one sheet and year is recorded once. */
  lastSheet: string | undefined;
  lastContext: number;
  lastYear: number | undefined;
}

/** The mentions as columns, one array per field: the identity step makes 100,000s of them, and an object each
 * would be copied by the garbage collector while they live. */
export interface MentionColumns {
  length: number;
  name: string[];
  municipality: (string | undefined)[];
  code: (string | undefined)[];
  source: SourceRef[];
  column: (string | undefined)[];
  year: (number | undefined)[];
  registry: boolean[];
  count: (number | undefined)[];
  moreYears: (number[] | undefined)[];
}

export const emptyMentionColumns = (): MentionColumns => ({ length: 0, name: [], municipality: [], code: [], source: [], column: [], year: [], registry: [], count: [], moreYears: [] });

/** Appends a mention; returns its index. */
export const addMention = (to: MentionColumns, m: Mention): number => {
  to.name.push(m.name);
  to.municipality.push(m.municipality);
  to.code.push(m.code);
  to.source.push(m.source);
  to.column.push(m.column);
  to.year.push(m.year);
  to.registry.push(m.registry);
  to.count.push(m.count);
  to.moreYears.push(m.moreYears);
  return to.length++;
};

export const mentionColumns = (mentions: readonly Mention[]): MentionColumns => {
  const out = emptyMentionColumns();
  for (const m of mentions) addMention(out, m);
  return out;
};

export interface Spellings {
  list: Spelling[];
  /** Per mention, its spelling's index. */
  ofMention: Int32Array;
  /** The spellings' years and contexts. */
  numbers: NumberLists;
}

/** The years a spelling has data in, ascending (sorted in place by insertion, in the order they were met). */
export const yearsOf = (s: Spelling, numbers: NumberLists): number[] => {
  if (s.years) return s.years;
  const years = numbers.inOrder(s.yearList);
  for (let i = 1; i < years.length; i++) {
    const year = years[i];
    let at = i;
    while (at > 0 && years[at - 1] > year) {
      years[at] = years[at - 1];
      at--;
    }
    years[at] = year;
  }
  return (s.years = years);
};

/** A municipality as written: its trimmed and normalised texts, number and core, its spellings by raw name (and code). */
interface RawMunicipality {
  names: ByText;
  text: string;
  norm: string;
  id: number;
  core: string;
  /** The spellings of its normalised text by normalised name (and code), shared with the other ways of writing it. */
  ofNorm: ByText;
}

/**
 * Spellings by a name, and by a name and a code without building a «name + code» text: a name's first code is
 * kept beside it, any further codes in a map of their own (a registry gives each name one code).
 */
class ByText {
  private readonly plain = new Map<string, number>();
  private readonly coded = new Map<string, { code: string; spelling: number; more: Map<string, number> | undefined }>();

  get(text: string, code: string): number | undefined {
    if (!code) return this.plain.get(text);
    const entry = this.coded.get(text);
    if (entry === undefined) return undefined;
    return entry.code === code ? entry.spelling : entry.more?.get(code);
  }

  /** Some spelling of the text, with or without a code. */
  any(text: string): number | undefined {
    return this.plain.get(text) ?? this.coded.get(text)?.spelling;
  }

  set(text: string, code: string, spelling: number): void {
    if (!code) {
      this.plain.set(text, spelling);
      return;
    }
    const entry = this.coded.get(text);
    if (entry === undefined) this.coded.set(text, { code, spelling, more: undefined });
    else if (entry.code === code) entry.spelling = spelling;
    else (entry.more ??= new Map()).set(code, spelling);
  }
}

/** Whether one of the (at most MAX_SOURCES) sources is in the sheet. */
const hasSheet = (sources: readonly SourceRef[], sheet: string): boolean => {
  for (let k = 0; k < sources.length; k++) if (sources[k].sheet === sheet) return true;
  return false;
};

/** Stable id of a spelling, stored with the user's decisions: «<municipality> | <full name>», both normalised. */
export const spellingId = (s: Spelling): string => `${s.muniNorm} | ${s.full}`;

/**
 * The distinct spellings of the mentions: one per normalised municipality, full name and code. Each distinct
 * raw text (municipality, name, code) is normalised once; a mention that repeats the one before is not even
 * looked up.
 */
export const collectSpellings = (mentions: MentionColumns): Spellings => {
  const { name: names_, municipality: municipalities, code: codes, source: sources_, column: columns, year: years_, registry: registries, count: counts, moreYears: moreYearsOf } = mentions;
  const spellings: Spelling[] = [];
  // Spellings by normalised municipality, then normalised name (and code): no long key text is built per spelling.
  const byKey = new Map<string, ByText>();
  const mentionSpelling = new Int32Array(mentions.length);
  const numbers = new NumberLists();
  // Per sheet, each municipality core's text as first written there: two texts of one core in a sheet are two municipalities.
  const sheetCores = new Map<string, Map<string, string>>();
  let coresSheet: string | undefined;
  let cores = new Map<string, string>();
  const ambiguousCores = new Set<string>();
  let last = -1;
  let lastSpelling = -1;
  // Spellings by their raw texts first (municipality → name → code): most rows repeat a spelling already met,
  // and then nothing is normalised.
  const byRaw = new Map<string, RawMunicipality>();
  const muniNorms = new Map<string, string>();
  // Normalised municipality texts numbered, and the sheet each was last looked at in.
  const muniIds = new Map<string, number>();
  const coreSheet: (string | undefined)[] = [];
  // Table-and-year contexts numbered: a spelling keeps the numbers of the contexts it is written in
  // (per sheet, its years: no text is built per row).
  const contextIds = new Map<string, Map<number | undefined, number>>();
  let contextCount = 0;
  let lastMuniRaw: string | undefined;
  let lastMuni: RawMunicipality | undefined;
  let lastContextSheet: string | undefined;
  let lastContextYear: number | undefined;
  // The contexts of the sheet of the last mention: a sheet's mentions come together.
  let sheetContexts = new Map<number | undefined, number>();
  let context = -1;
  // The work is split in small functions: each is optimised after a few calls, where one loop over everything
  // would run unoptimised again after each first-met case (a new municipality, a second sheet) until compiled anew.
  /** A new spelling for a raw text not met before (or the spelling its normalised text already has). */
  /** A municipality as written, its texts worked out once for all its spellings. */
  const rawMunicipality = (muniRaw: string): RawMunicipality => {
    const text = muniRaw.trim();
    let norm = muniNorms.get(text);
    if (norm === undefined) muniNorms.set(text, (norm = normalizeText(text)));
    let id = muniIds.get(norm);
    if (id === undefined) muniIds.set(norm, (id = muniIds.size));
    let ofNorm = byKey.get(norm);
    if (!ofNorm) byKey.set(norm, (ofNorm = new ByText()));
    return { names: new ByText(), text, norm, id, core: norm ? municipalityCore(text) : '', ofNorm };
  };
  const spellingOfNew = (m: number, muni: RawMunicipality): number => {
    const names = nameKeys(names_[m]);
    const full = names.full;
    const code = codeKey(codes[m]);
    const found = muni.ofNorm.get(full, code);
    if (found !== undefined) return found;
    const s = spellings.length;
    const other = muni.ofNorm.any(full);
    muni.ofNorm.set(full, code, s);
    // One object shape for every spelling (no optional spreads): 80,000 of them in a region.
    spellings.push({
      name: names_[m],
      municipality: muni.text,
      code: code ? codes[m]!.trim() : undefined,
      codeKey: code,
      sameId: other === undefined ? s : spellings[other].sameId,
      sources: [sources_[m]],
      muniNorm: muni.norm,
      muniId: muni.id,
      muniGroup: muni.core,
      full,
      nk: names.nk,
      hk: names.hk,
      sk: names.sk,
      tk: names.tk,
      registry: false,
      yearList: END,
      years: undefined,
      contexts: END,
      column: columns[m],
      rows: 0,
      lastSheet: undefined,
      lastContext: -1,
      lastYear: undefined,
    });
    return s;
  };
  const spellingOf = (m: number): number => {
    const muniRaw = municipalities[m] ?? '';
    let muni = muniRaw === lastMuniRaw ? lastMuni : byRaw.get(muniRaw);
    if (!muni) byRaw.set(muniRaw, (muni = rawMunicipality(muniRaw)));
    lastMuniRaw = muniRaw;
    lastMuni = muni;
    const code = codes[m] ?? '';
    const raw = muni.names.get(names_[m], code);
    if (raw !== undefined) return raw;
    const s = spellingOfNew(m, muni);
    muni.names.set(names_[m], code, s);
    return s;
  };
  /** What a spelling learns from a sheet, at its first mention there (a run of mentions in one sheet repeats it). */
  const enterSheet = (sp: Spelling, m: number, sheet: string): void => {
    sp.lastSheet = sheet;
    // A new array of the exact size: most spellings keep the one source they were made with.
    const sources = sp.sources;
    if (sources.length < MAX_SOURCES && !hasSheet(sources, sheet)) sp.sources = [...sources, sources_[m]];
    // A municipality's text is looked at once per sheet, not once per school.
    if (sp.muniNorm && coreSheet[sp.muniId] !== sheet) {
      coreSheet[sp.muniId] = sheet;
      if (sheet !== coresSheet) {
        coresSheet = sheet;
        let found = sheetCores.get(sheet);
        if (!found) sheetCores.set(sheet, (found = new Map()));
        cores = found;
      }
      const seen = cores.get(sp.muniGroup);
      if (seen === undefined) cores.set(sp.muniGroup, sp.muniNorm);
      else if (seen !== sp.muniNorm) ambiguousCores.add(sp.muniGroup);
    }
  };
  /** A year of the spelling's mention in a sheet: the year, and the table-and-year context. */
  const addYear = (sp: Spelling, sheet: string, year: number | undefined): void => {
    if (sheet !== lastContextSheet || year !== lastContextYear) {
      if (sheet !== lastContextSheet) {
        lastContextSheet = sheet;
        let found = contextIds.get(sheet);
        if (!found) contextIds.set(sheet, (found = new Map()));
        sheetContexts = found;
      }
      lastContextYear = year;
      let id = sheetContexts.get(year);
      if (id === undefined) sheetContexts.set(year, (id = contextCount++));
      context = id;
    }
    if (year !== undefined && year !== sp.lastYear) {
      sp.lastYear = year;
      if (!numbers.has(sp.yearList, year)) sp.yearList = numbers.add(sp.yearList, year);
    }
    if (context !== sp.lastContext) {
      sp.lastContext = context;
      if (!numbers.has(sp.contexts, context)) sp.contexts = numbers.add(sp.contexts, context);
    }
  };
  for (let i = 0; i < mentions.length; i++) {
    const source = sources_[i];
    const sheet = source.sheet;
    if (last < 0 || names_[i] !== names_[last] || municipalities[i] !== municipalities[last] || codes[i] !== codes[last] || sheet !== sources_[last].sheet) {
      lastSpelling = spellingOf(i);
      last = i;
    }
    mentionSpelling[i] = lastSpelling;
    const sp = spellings[lastSpelling];
    sp.rows += counts[i] ?? 1;
    if (registries[i]) sp.registry = true;
    if (sheet !== sp.lastSheet) enterSheet(sp, i, sheet);
    addYear(sp, sheet, years_[i]);
    const more = moreYearsOf[i];
    if (more) for (let y = 0; y < more.length; y++) addYear(sp, sheet, more[y]);
  }
  for (const sp of spellings) {
    if (sp.muniNorm && (sp.muniGroup === '' || ambiguousCores.has(sp.muniGroup))) sp.muniGroup = `=${sp.muniNorm}`;
  }
  return { list: spellings, ofMention: mentionSpelling, numbers };
};
