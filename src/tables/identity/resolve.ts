import type { Problem } from '../../domain/problem';
import type { SourceRef } from '../../domain/records';
import { makeProblem } from '../problems';
import { normalizeText } from '../text';
import { codeKey, municipalityCore, nameKeys } from './names';
import { RULE_CONFIDENCE, type Identity, type MatchDecision, type MatchRule, type Mention, type SchoolMatch, type Unjoined, type Variant } from './types';
import { unjoinedReason } from './unjoined';

export interface Resolution {
  /** Per mention, its school key; undefined when the row could not be joined without a guess (reported). */
  keys: (string | undefined)[];
  identities: Map<string, Identity>;
  /** Every non-exact match, in rule order. */
  matches: SchoolMatch[];
  unjoined: Unjoined[];
  problems: Problem[];
}

const MAX_SOURCES = 3;

/** A spelling of a school and what resolution needs to know about it. */
interface Spelling extends Omit<Variant, 'code'> {
  code: string | undefined;
  muniNorm: string;
  /** The municipality group: the core of its name when no table tells two municipalities of that core apart, else the text. */
  muniGroup: string;
  full: string;
  nk: string;
  hk: string;
  sk: string;
  /** The key with «СОШ», «средняя общеобразовательная школа», «школа» before the number written one way ('' = none). */
  tk: string;
  registry: boolean;
  /** The tables and years it is written in (numbered): two spellings in one table and year are two schools. */
  contexts: number[];
  column: string | undefined;
  rows: number;
  /** The sheet, context and year of its last mention: a run of mentions in one sheet and year is recorded once. */
  lastSheet: string | undefined;
  lastContext: number;
  lastYear: number | undefined;
}

/**
 * Decides which rows are the same school (see types.ts MATCH_RULES for the ordered rules). A union-find over the
 * spellings: each rule unites spellings it takes for one school, never two with different codes, never two the
 * user split, and (for the honorary and settlement rules) never two written in the same table and year.
 */
export const resolveIdentities = (mentions: readonly Mention[], decisions: readonly MatchDecision[] = []): Resolution => {
  const spellings: Spelling[] = [];
  // Spellings by normalised municipality, then normalised name (and code): no long key text is built per spelling.
  const byKey = new Map<string, Map<string, number>>();
  const mentionSpelling = new Int32Array(mentions.length);
  // Per sheet, each municipality core's text as first written there: two texts of one core in a sheet are two municipalities.
  const sheetCores = new Map<string, Map<string, string>>();
  let coresSheet: string | undefined;
  let cores = new Map<string, string>();
  const ambiguousCores = new Set<string>();
  let last: Mention | undefined;
  let lastSpelling = -1;
  // Spellings by their raw texts first (municipality → name → code): most rows repeat a spelling already met,
  // and then nothing is normalised.
  const byRaw = new Map<string, Map<string, number>>();
  const muniNorms = new Map<string, string>();
  // Table-and-year contexts numbered: a spelling keeps the numbers of the contexts it is written in
  // (per sheet, its years: no text is built per row).
  const contextIds = new Map<string, Map<number | undefined, number>>();
  let contextCount = 0;
  let lastMuniRaw: string | undefined;
  let lastByName: Map<string, number> | undefined;
  let lastContextSheet: string | undefined;
  let lastContextYear: number | undefined;
  let context = -1;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    let s = lastSpelling;
    if (!last || m.name !== last.name || m.municipality !== last.municipality || m.code !== last.code || m.source.sheet !== last.source.sheet) {
      const muniRaw = m.municipality ?? '';
      let byName = muniRaw === lastMuniRaw ? lastByName : byRaw.get(muniRaw);
      if (!byName) byRaw.set(muniRaw, (byName = new Map()));
      lastMuniRaw = muniRaw;
      lastByName = byName;
      const coded = m.code ? `${m.name}\u0001${m.code}` : m.name;
      const raw = byName.get(coded);
      if (raw !== undefined) s = raw;
      else {
        const muniText = muniRaw.trim();
        let muniNorm = muniNorms.get(muniText);
        if (muniNorm === undefined) muniNorms.set(muniText, (muniNorm = normalizeText(muniText)));
        const names = nameKeys(m.name);
        const full = names.full;
        const code = codeKey(m.code);
        const nameCode = code ? `${full} #${code}` : full;
        let ofMuni = byKey.get(muniNorm);
        if (!ofMuni) byKey.set(muniNorm, (ofMuni = new Map()));
        const found = ofMuni.get(nameCode);
        if (found === undefined) {
          s = spellings.length;
          ofMuni.set(nameCode, s);
          const core = muniNorm ? municipalityCore(muniText) : '';
          // One object shape for every spelling (no optional spreads): 80,000 of them in a region.
          spellings.push({
            id: `${muniNorm} | ${full}`,
            name: m.name,
            municipality: muniText,
            code: code ? m.code!.trim() : undefined,
            sources: [],
            years: [],
            muniNorm,
            muniGroup: core,
            full,
            nk: names.nk,
            hk: names.hk,
            sk: names.sk,
            tk: names.tk,
            registry: false,
            contexts: [],
            column: m.column,
            rows: 0,
            lastSheet: undefined,
            lastContext: -1,
            lastYear: undefined,
          });
        } else s = found;
        byName.set(coded, s);
      }
      last = m;
      lastSpelling = s;
    }
    mentionSpelling[i] = s;
    const sp = spellings[s];
    const sheet = m.source.sheet;
    sp.rows += m.count ?? 1;
    if (m.registry) sp.registry = true;
    // What a spelling learns from a sheet is learnt at its first mention there (a run of mentions in one sheet repeats it).
    if (sheet !== sp.lastSheet) {
      sp.lastSheet = sheet;
      if (sp.sources.length < MAX_SOURCES && !sp.sources.some((x) => x.sheet === sheet)) sp.sources.push(m.source);
      if (sp.muniNorm) {
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
    }
    const more = m.moreYears;
    for (let y = -1; y < (more?.length ?? 0); y++) {
      const year = y < 0 ? m.year : more![y];
      if (sheet !== lastContextSheet || year !== lastContextYear) {
        lastContextSheet = sheet;
        lastContextYear = year;
        let ofSheet = contextIds.get(sheet);
        if (!ofSheet) contextIds.set(sheet, (ofSheet = new Map()));
        let id = ofSheet.get(year);
        if (id === undefined) ofSheet.set(year, (id = contextCount++));
        context = id;
      }
      if (year !== undefined && year !== sp.lastYear) {
        sp.lastYear = year;
        if (!sp.years.includes(year)) insertSorted(sp.years, year);
      }
      if (context !== sp.lastContext) {
        sp.lastContext = context;
        if (!sp.contexts.includes(context)) sp.contexts.push(context);
      }
    }
  }
  for (const sp of spellings) {
    if (sp.muniNorm && (sp.muniGroup === '' || ambiguousCores.has(sp.muniGroup))) sp.muniGroup = `=${sp.muniNorm}`;
  }

  // Union-find with the members of each root (unions are few and merge small sets).
  const n = spellings.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const members: number[][] = spellings.map((_, i) => [i]);
  const codeOf: string[] = spellings.map((s) => (s.code ? codeKey(s.code) : ''));
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  // Spellings by variant id; two share an id only when they differ by code, and decisions name ids: without
  // either, every id is unique and the map is not needed.
  const idsOf = new Map<string, number[]>();
  const needIds = decisions.length > 0 || spellings.some((s) => s.code !== undefined);
  for (let i = 0; needIds && i < spellings.length; i++) {
    const list = idsOf.get(spellings[i].id);
    if (list) list.push(i);
    else idsOf.set(spellings[i].id, [i]);
  }
  const splits = decisions.filter((d) => d.action === 'split' && idsOf.has(d.a) && idsOf.has(d.b));
  const isSplit = (ra: number, rb: number): boolean =>
    splits.some((d) => idsOf.get(d.a)!.some((x) => idsOf.get(d.b)!.some((y) => { const fx = find(x); const fy = find(y); return (fx === ra && fy === rb) || (fx === rb && fy === ra); })));
  const shareContext = (ra: number, rb: number): boolean => {
    const ctx = new Set<number>();
    for (const i of members[ra]) for (const c of spellings[i].contexts) ctx.add(c);
    return members[rb].some((i) => spellings[i].contexts.some((c) => ctx.has(c)));
  };
  const matches: { rule: MatchRule; a: number; b: number }[] = [];
  const union = (a: number, b: number, rule: MatchRule | 'exact', guardContexts = false): boolean => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return false;
    if (rule !== 'user') {
      if (codeOf[ra] && codeOf[rb] && codeOf[ra] !== codeOf[rb]) return false;
      if (splits.length > 0 && isSplit(ra, rb)) return false;
      if (guardContexts && shareContext(ra, rb)) return false;
    }
    if (members[ra].length < members[rb].length) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    for (const x of members[rb]) members[ra].push(x);
    members[rb] = [];
    codeOf[ra] ||= codeOf[rb];
    if (rule !== 'exact') matches.push({ rule, a, b });
    return true;
  };
  /** Unites the spellings of each group (by the given key; '' = no group) under one rule. */
  type RuleOf = MatchRule | 'exact' | ((a: number, b: number) => MatchRule);
  const groupBy = (key: (s: Spelling, i: number) => string, ruleOf: RuleOf, guard = false, only?: (i: number) => boolean) => {
    const rule = (a: number, b: number) => (typeof ruleOf === 'function' ? ruleOf(a, b) : ruleOf);
    // The group's spellings: one number for most groups (a single spelling), a list once a second one comes.
    const groups = new Map<string, number | number[]>();
    for (let i = 0; i < n; i++) {
      if (only && !only(i)) continue;
      const k = key(spellings[i], i);
      if (!k) continue;
      const g = groups.get(k);
      if (g === undefined) groups.set(k, i);
      else if (typeof g === 'number') {
        union(g, i, rule(g, i), guard);
        groups.set(k, [g, i]);
      } else {
        for (const j of g) if (union(j, i, rule(j, i), guard)) break;
        g.push(i);
      }
    }
  };
  const hasMuni = (s: Spelling) => s.muniNorm !== '';
  const withMuni = (i: number) => hasMuni(spellings[i]);
  /** A spelling not (yet) joined to any written with a municipality. */
  const floating = (i: number): boolean => {
    const list = members[find(i)];
    for (let k = 0; k < list.length; k++) if (hasMuni(spellings[list[k]])) return false;
    return true;
  };

  groupBy((s) => (s.code ? codeKey(s.code) : ''), 'code');
  // A spelling without a municipality already joined by its code is not a bridge for others of that name.
  const placed = (i: number) => withMuni(i) || floating(i);
  // Exact: the same spelling with and without a code (spellings differ only by code here).
  for (const list of idsOf.values()) if (list.length > 1) for (let k = 1; k < list.length; k++) if (placed(list[k]) && placed(list[0])) union(list[0], list[k], 'exact');
  // One pass for both: the same municipality text is the legal-form rule, the same core the municipality-type rule.
  const mgNk = spellings.map((s) => (s.muniNorm ? `${s.muniGroup}\u0001${s.nk}` : ''));
  groupBy((_, i) => mgNk[i], (a, b) => (spellings[a].muniNorm === spellings[b].muniNorm ? 'legal-form' : 'municipality-type'));
  // Honorary names: only the groups where some spelling has one.
  const honoraryGroups = new Set<string>();
  for (const sp of spellings) if (sp.muniNorm && sp.hk !== sp.nk) honoraryGroups.add(`${sp.muniGroup}\u0001${sp.hk}`);
  if (honoraryGroups.size > 0) groupBy((s, i) => (s.hk !== s.nk ? `${s.muniGroup}\u0001${s.hk}` : honoraryGroups.has(mgNk[i]) ? mgNk[i] : ''), 'honorary', true, withMuni);
  // A spelling with a trailing settlement joins the one written without it («СОШ №4 п. Хинганск» ≡ «СОШ №4»).
  const byHonoraryFree = new Map<string, number>();
  for (let i = 0; i < n; i++) if (hasMuni(spellings[i])) byHonoraryFree.set(`${spellings[i].muniGroup}\u0001${spellings[i].hk}`, i);
  for (let i = 0; i < n; i++) {
    const s = spellings[i];
    if (!s.sk || !hasMuni(s)) continue;
    const j = byHonoraryFree.get(`${s.muniGroup}\u0001${s.sk}`);
    if (j !== undefined) union(j, i, 'settlement', true);
  }

  // «СОШ № 5» ≡ «Школа № 5» ≡ «Средняя общеобразовательная школа № 5» in one municipality, unless both are written in one table and year.
  groupBy((s) => (s.tk ? `${s.muniGroup}\u0001${s.tk}` : ''), 'school-type', true, withMuni);

  // Tables without a municipality: among themselves by name, then to the one school of that name in the run.
  const problems: Problem[] = [];
  const ambiguous = new Set<number>();
  groupBy((s) => s.nk, 'legal-form', false, floating);
  if (spellings.some((s) => !hasMuni(s)) && spellings.some(hasMuni)) {
    // Per key, the one root written with a municipality, or -1 when several schools have it.
    const rootBy = (key: (s: Spelling) => string) => {
      const out = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        if (!hasMuni(spellings[i])) continue;
        const k = key(spellings[i]);
        const r = find(i);
        const seen = out.get(k);
        if (seen === undefined) out.set(k, r);
        else if (seen !== r) out.set(k, -1);
      }
      return out;
    };
    const byName = rootBy((s) => s.nk);
    const byHonorary = rootBy((s) => s.hk);
    for (let i = 0; i < n; i++) {
      const s = spellings[i];
      if (!floating(i)) continue;
      const root = byName.get(s.nk) ?? byHonorary.get(s.hk);
      if (root === undefined) continue;
      const roots = root < 0 ? [] : [find(root)];
      if (roots.length === 1) union(roots[0], i, 'name-only');
      else ambiguous.add(i);
    }
  }

  const idSet = (id: string) => idsOf.get(id) ?? [];
  for (const d of decisions) if (d.action === 'merge') for (const a of idSet(d.a)) for (const b of idSet(d.b)) union(a, b, 'user');
  for (const i of [...ambiguous]) if (members[find(i)].some((x) => hasMuni(spellings[x]))) ambiguous.delete(i);

  // Keys: the municipality group and the name without legal form of the school's main spelling.
  const identities = new Map<string, Identity>();
  const keyOfRoot = new Array<string | undefined>(n);
  // A district's workbook (one municipality) keeps the name keys it always had: rows the user edited in
  // generated sheets are carried over by them.
  const groups = new Set<string>();
  for (const sp of spellings) if (sp.muniGroup) groups.add(sp.muniGroup);
  const oneMunicipality = groups.size <= 1;
  for (let r = 0; r < n; r++) {
    if (find(r) !== r) continue;
    const list = members[r];
    if (ambiguous.size > 0 && list.every((i) => ambiguous.has(i))) continue;
    let main = list[0];
    for (let k = 1; k < list.length; k++) if (better(spellings[list[k]], spellings[main])) main = list[k];
    const m = spellings[main];
    const municipality = m.municipality || firstOf(list, (i) => spellings[i].municipality) || '';
    const group = m.muniGroup || firstOf(list, (i) => spellings[i].muniGroup) || '';
    let key = group && !oneMunicipality ? `${group.charCodeAt(0) === 0x3d ? group.slice(1) : group}|${m.nk}` : m.nk;
    if (identities.has(key)) {
      key = codeOf[r] ? `${key}#${codeOf[r]}` : key;
      for (let k = 2; identities.has(key); k++) key = `${key.replace(/#\d+$/, '')}#${k}`;
    }
    const code = list.length === 1 ? m.code : firstOf(list, (i) => spellings[i].code);
    const identity: Identity = { key, id: m.id, registry: list.length === 1 ? m.registry : list.some((i) => spellings[i].registry), name: m.name };
    if (municipality) identity.municipality = municipality;
    if (code) identity.code = code;
    identities.set(key, identity);
    keyOfRoot[r] = key;
  }

  const keys = new Array<string | undefined>(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const s = mentionSpelling[i];
    keys[i] = ambiguous.size > 0 && ambiguous.has(s) ? undefined : keyOfRoot[find(s)];
  }
  for (const i of ambiguous) {
    const s = spellings[i];
    const among = [...(noMuniCandidates(spellings, s))].slice(0, 5).join('; ');
    for (const src of s.sources)
      problems.push(makeProblem('ambiguous-school', { sheet: src.sheet, row: src.row, column: s.column }, { school: s.name, among, rows: s.rows }));
  }

  // A spelling's public variant is made once, however many matches name it.
  const variants = new Array<Variant | undefined>(n);
  const variantOf = (i: number): Variant => (variants[i] ??= publicVariant(spellings[i]));
  const confirmed = new Set(decisions.filter((d) => d.action === 'confirm').flatMap((d) => [`${d.a}\u0001${d.b}`, `${d.b}\u0001${d.a}`]));
  const out: SchoolMatch[] = matches.map(({ rule, a, b }) => {
    const va = variantOf(a);
    const vb = variantOf(b);
    const match: SchoolMatch = { rule, confidence: RULE_CONFIDENCE[rule], a: va, b: vb, key: keyOfRoot[find(a)]! };
    if (rule === 'user' || (confirmed.size > 0 && confirmed.has(`${va.id}\u0001${vb.id}`))) match.decision = 'confirm';
    return match;
  });
  const unjoined: Unjoined[] = [];
  const registryGroups = new Set(spellings.filter((s) => s.registry).map((s) => s.muniGroup));
  const registryHasCodes = spellings.some((s) => s.registry && s.code);
  if (registryGroups.size > 0) {
    for (let r = 0; r < n; r++) {
      if (find(r) !== r) continue;
      const list = members[r];
      if (ambiguous.size > 0 && list.every((i) => ambiguous.has(i))) continue;
      if (list.some((i) => spellings[i].registry)) continue;
      const s = spellings[list[0]];
      unjoined.push(unjoinedReason(variantOf(list[0]), codeOf[r] && registryHasCodes ? 'code-not-in-registry' : s.muniGroup && !registryGroups.has(s.muniGroup) ? 'municipality-not-in-registry' : 'name-not-in-registry'));
    }
  }
  for (const i of ambiguous) unjoined.push(unjoinedReason(variantOf(i), 'ambiguous'));
  return { keys, identities, matches: out, unjoined, problems };
};

/** The first non-empty text of the spellings in `list` ('' or undefined when none has one). */
const firstOf = (list: readonly number[], text: (i: number) => string | undefined): string | undefined => {
  for (let k = 0; k < list.length; k++) {
    const t = text(list[k]);
    if (t) return t;
  }
  return undefined;
};

/** The main spelling of a school: the registry's, else the latest year's, else the first met. */
const better = (a: Spelling, b: Spelling): boolean => {
  if (a.registry !== b.registry) return a.registry;
  const ya = a.years[a.years.length - 1] ?? -Infinity;
  const yb = b.years[b.years.length - 1] ?? -Infinity;
  if (ya !== yb) return ya > yb;
  return !b.muniNorm && !!a.muniNorm;
};

/** Adds `year` to the ascending `years` (a spelling has data in a few years: no sort call, which allocates its work arrays). */
const insertSorted = (years: number[], year: number): void => {
  let at = years.length;
  years.push(year);
  while (at > 0 && years[at - 1] > year) {
    years[at] = years[at - 1];
    at--;
  }
  years[at] = year;
};

const publicVariant = (s: Spelling): Variant => ({
  id: s.id,
  name: s.name,
  municipality: s.municipality,
  ...(s.code ? { code: s.code } : {}),
  sources: s.sources.map((x): SourceRef => ({ sheet: x.sheet, row: x.row })),
  years: s.years,
});

/** «Municipality | Name» of the schools a name-only spelling could be. */
const noMuniCandidates = (spellings: Spelling[], s: Spelling): Set<string> =>
  new Set(spellings.filter((x) => x.muniNorm && (x.nk === s.nk || x.hk === s.hk)).map((x) => `${x.municipality} | ${x.name}`));
