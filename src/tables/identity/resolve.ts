import type { Problem } from '../../domain/problem';
import type { SourceRef } from '../../domain/records';
import { makeProblem } from '../problems';
import { collectSpellings, mentionColumns, spellingId, yearsOf, type MentionColumns, type Spelling } from './spellings';
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

/** A resolution with its identities numbered: the identity step goes by these numbers, not by key texts. */
export interface NumberedResolution {
  resolution: Resolution;
  /** The identities in the order of `resolution.identities`. */
  identityList: Identity[];
  /** Per mention, the index of its identity in `identityList`; -1 when not joined. */
  identityOf: Int32Array;
}

/** No group: the key of a spelling that a rule does not apply to. */
const NONE = -1;

/**
 * Decides which rows are the same school (see types.ts MATCH_RULES for the ordered rules). A union-find over the
 * spellings: each rule unites spellings it takes for one school, never two with different codes, never two the
 * user split, and (for the honorary and settlement rules) never two written in the same table and year.
 */
export const resolveIdentities = (mentions: readonly Mention[], decisions: readonly MatchDecision[] = []): Resolution => resolveMentions(mentionColumns(mentions), decisions).resolution;

export const resolveMentions = (mentions: MentionColumns, decisions: readonly MatchDecision[] = []): NumberedResolution => {
  const { list: spellings, ofMention: mentionSpelling, numbers } = collectSpellings(mentions);
  const n = spellings.length;

  // The rules compare a municipality group and a name key: both numbered once, so that a rule's group is a
  // number (group × texts + text), not a text built per spelling.
  const textIds = new Map<string, number>();
  const textId = (t: string): number => {
    let id = textIds.get(t);
    if (id === undefined) textIds.set(t, (id = textIds.size));
    return id;
  };
  const groupIds = new Map<string, number>();
  const mg = new Int32Array(n);
  const nkId = new Int32Array(n);
  const hkId = new Int32Array(n);
  const skId = new Int32Array(n);
  const tkId = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const s = spellings[i];
    let g = groupIds.get(s.muniGroup);
    if (g === undefined) groupIds.set(s.muniGroup, (g = groupIds.size));
    mg[i] = g;
    nkId[i] = textId(s.nk);
    hkId[i] = s.hk === s.nk ? nkId[i] : textId(s.hk);
    skId[i] = s.sk ? textId(s.sk) : NONE;
    tkId[i] = s.tk ? textId(s.tk) : NONE;
  }
  const texts = textIds.size;
  const inGroup = (i: number, text: number): number => mg[i] * texts + text;

  // Union-find with the members of each root as a linked list (unions are few and append one list to another).
  const parent = new Int32Array(n);
  const next = new Int32Array(n).fill(NONE);
  const head = new Int32Array(n);
  const tail = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  for (let i = 0; i < n; i++) parent[i] = head[i] = tail[i] = i;
  const codeOf: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) codeOf[i] = spellings[i].codeKey;
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  /** Whether some member of the root's set passes `test`. */
  const anyMember = (root: number, test: (i: number) => boolean): boolean => {
    for (let x = head[root]; x !== NONE; x = next[x]) if (test(x)) return true;
    return false;
  };
  // Spellings by variant id, for the user's decisions (which name ids); without decisions the map is not needed.
  const ids = new Array<string | undefined>(n);
  const idOf = (i: number): string => (ids[i] ??= spellingId(spellings[i]));
  const idsOf = new Map<string, number[]>();
  for (let i = 0; decisions.length > 0 && i < n; i++) {
    const list = idsOf.get(idOf(i));
    if (list) list.push(i);
    else idsOf.set(idOf(i), [i]);
  }
  const splits = decisions.filter((d) => d.action === 'split' && idsOf.has(d.a) && idsOf.has(d.b));
  const isSplit = (ra: number, rb: number): boolean =>
    splits.some((d) => idsOf.get(d.a)!.some((x) => idsOf.get(d.b)!.some((y) => { const fx = find(x); const fy = find(y); return (fx === ra && fy === rb) || (fx === rb && fy === ra); })));
  const shareContext = (ra: number, rb: number): boolean => {
    for (let x = head[ra]; x !== NONE; x = next[x]) {
      const contexts = spellings[x].contexts;
      if (anyMember(rb, (y) => numbers.meet(contexts, spellings[y].contexts))) return true;
    }
    return false;
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
    if (size[ra] < size[rb]) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    next[tail[ra]] = head[rb];
    tail[ra] = tail[rb];
    size[ra] += size[rb];
    size[rb] = 0;
    codeOf[ra] ||= codeOf[rb];
    if (rule !== 'exact') matches.push({ rule, a, b });
    return true;
  };
  /** Unites the spellings of each group (by the given key; '' or NONE = no group) under one rule. */
  type RuleOf = MatchRule | 'exact' | ((a: number, b: number) => MatchRule);
  const groupBy = (key: (s: Spelling, i: number) => string | number, ruleOf: RuleOf, guard = false, only?: (i: number) => boolean) => {
    const rule = (a: number, b: number) => (typeof ruleOf === 'function' ? ruleOf(a, b) : ruleOf);
    // The group's spellings: one number for most groups (a single spelling), a list once a second one comes.
    const groups = new Map<string | number, number | number[]>();
    for (let i = 0; i < n; i++) {
      if (only && !only(i)) continue;
      const k = key(spellings[i], i);
      if (k === '' || k === NONE) continue;
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
  /** groupBy for a key that is a text number (dense: its groups in arrays, not in a map). */
  const groupByText = (key: (s: Spelling, i: number) => number, rule: MatchRule, only: (i: number) => boolean) => {
    const first = new Int32Array(texts).fill(NONE);
    const last = new Int32Array(texts);
    const after = new Int32Array(n).fill(NONE);
    for (let i = 0; i < n; i++) {
      if (!only(i)) continue;
      const k = key(spellings[i], i);
      if (k === NONE) continue;
      if (first[k] === NONE) first[k] = i;
      else {
        for (let j = first[k]; j !== NONE; j = after[j]) if (union(j, i, rule)) break;
        after[last[k]] = i;
      }
      last[k] = i;
    }
  };
  const hasMuni = (s: Spelling) => s.muniNorm !== '';
  const withMuni = (i: number) => hasMuni(spellings[i]);
  /** A spelling not (yet) joined to any written with a municipality. */
  const floating = (i: number): boolean => !anyMember(find(i), withMuni);

  groupBy((s) => s.codeKey, 'code');
  // A spelling without a municipality already joined by its code is not a bridge for others of that name.
  const placed = (i: number) => withMuni(i) || floating(i);
  // Exact: the same spelling with and without a code (two spellings share an id only when they differ by code),
  // each id's spellings in order, the ids in the order of their first spelling.
  const sameIdNext = new Int32Array(n).fill(NONE);
  const sameIdLast = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const first = spellings[i].sameId;
    if (first !== i) sameIdNext[sameIdLast[first]] = i;
    sameIdLast[first] = i;
  }
  for (let i = 0; i < n; i++) {
    if (spellings[i].sameId !== i) continue;
    for (let k = sameIdNext[i]; k !== NONE; k = sameIdNext[k]) if (placed(k) && placed(i)) union(i, k, 'exact');
  }
  // One pass for both: the same municipality text is the legal-form rule, the same core the municipality-type rule.
  const mgNk = (i: number): number => (spellings[i].muniNorm ? inGroup(i, nkId[i]) : NONE);
  groupBy((_, i) => mgNk(i), (a, b) => (spellings[a].muniNorm === spellings[b].muniNorm ? 'legal-form' : 'municipality-type'));
  // Honorary names: only the groups where some spelling has one.
  const honoraryGroups = new Set<number>();
  for (let i = 0; i < n; i++) if (spellings[i].muniNorm && hkId[i] !== nkId[i]) honoraryGroups.add(inGroup(i, hkId[i]));
  if (honoraryGroups.size > 0) groupBy((_, i) => (hkId[i] !== nkId[i] ? inGroup(i, hkId[i]) : honoraryGroups.has(mgNk(i)) ? mgNk(i) : NONE), 'honorary', true, withMuni);
  // A spelling with a trailing settlement joins the one written without it («СОШ №4 п. Хинганск» ≡ «СОШ №4»).
  const byHonoraryFree = new Map<number, number>();
  // Built only when some spelling has a trailing settlement to look up.
  if (skId.some((k) => k !== NONE)) for (let i = 0; i < n; i++) if (withMuni(i)) byHonoraryFree.set(inGroup(i, hkId[i]), i);
  for (let i = 0; byHonoraryFree.size > 0 && i < n; i++) {
    if (skId[i] === NONE || !withMuni(i)) continue;
    const j = byHonoraryFree.get(inGroup(i, skId[i]));
    if (j !== undefined) union(j, i, 'settlement', true);
  }

  // «СОШ № 5» ≡ «Школа № 5» ≡ «Средняя общеобразовательная школа № 5» in one municipality, unless both are written in one table and year.
  groupBy((_, i) => (tkId[i] !== NONE ? inGroup(i, tkId[i]) : NONE), 'school-type', true, withMuni);

  // Tables without a municipality: among themselves by name, then to the one school of that name in the run.
  const problems: Problem[] = [];
  const ambiguous = new Set<number>();
  groupByText((s, i) => (s.nk ? nkId[i] : NONE), 'legal-form', floating);
  if (spellings.some((s) => !hasMuni(s)) && spellings.some(hasMuni)) {
    // Per name key (a text number), the one root written with a municipality, or -1 when several schools have it.
    const UNSET = -2;
    const rootBy = (textOf: Int32Array): Int32Array => {
      const out = new Int32Array(texts).fill(UNSET);
      for (let i = 0; i < n; i++) {
        if (!withMuni(i)) continue;
        const k = textOf[i];
        const r = find(i);
        const seen = out[k];
        if (seen === UNSET) out[k] = r;
        else if (seen !== r) out[k] = -1;
      }
      return out;
    };
    const byName = rootBy(nkId);
    const byHonorary = rootBy(hkId);
    for (let i = 0; i < n; i++) {
      if (!floating(i)) continue;
      const named = byName[nkId[i]];
      const root = named !== UNSET ? named : byHonorary[hkId[i]];
      if (root === UNSET) continue;
      if (root >= 0) union(find(root), i, 'name-only');
      else ambiguous.add(i);
    }
  }

  const idSet = (id: string) => idsOf.get(id) ?? [];
  for (const d of decisions) if (d.action === 'merge') for (const a of idSet(d.a)) for (const b of idSet(d.b)) union(a, b, 'user');
  for (const i of [...ambiguous]) if (anyMember(find(i), withMuni)) ambiguous.delete(i);
  // The tests the loops below ask of a root's members, made once (a closure written in a loop is made at each turn).
  const notAmbiguous = (i: number) => !ambiguous.has(i);
  const isRegistry = (i: number) => spellings[i].registry;
  const municipalityOf = (s: Spelling) => s.municipality;
  const groupOf = (s: Spelling) => s.muniGroup;
  const codeOfSpelling = (s: Spelling) => s.code;
  const allAmbiguous = (root: number): boolean => ambiguous.size > 0 && !anyMember(root, notAmbiguous);
  /** The first non-empty text of the root's spellings ('' or undefined when none has one). */
  const firstText = (root: number, text: (s: Spelling) => string | undefined): string | undefined => {
    for (let x = head[root]; x !== NONE; x = next[x]) {
      const t = text(spellings[x]);
      if (t) return t;
    }
    return undefined;
  };

  /** The main spelling of a school: the registry's, else the latest year's, else the first met. */
  const better = (a: Spelling, b: Spelling): boolean => {
    if (a.registry !== b.registry) return a.registry;
    const ay = yearsOf(a, numbers);
    const by = yearsOf(b, numbers);
    const ya = ay[ay.length - 1] ?? -Infinity;
    const yb = by[by.length - 1] ?? -Infinity;
    if (ya !== yb) return ya > yb;
    return !b.muniNorm && !!a.muniNorm;
  };

  // Keys: the municipality group and the name without legal form of the school's main spelling.
  const identities = new Map<string, Identity>();
  const identityList: Identity[] = [];
  const identityOfRoot = new Int32Array(n).fill(NONE);
  const keyOfRoot = new Array<string | undefined>(n);
  // A district's workbook (one municipality) keeps the name keys it always had: rows the user edited in
  // generated sheets are carried over by them.
  const oneMunicipality = groupIds.size - (groupIds.has('') ? 1 : 0) <= 1;
  for (let r = 0; r < n; r++) {
    if (find(r) !== r) continue;
    if (allAmbiguous(r)) continue;
    let main = head[r];
    for (let x = next[head[r]]; x !== NONE; x = next[x]) if (better(spellings[x], spellings[main])) main = x;
    const m = spellings[main];
    const single = size[r] === 1;
    const municipality = m.municipality || firstText(r, municipalityOf) || '';
    const group = m.muniGroup || firstText(r, groupOf) || '';
    let key = group && !oneMunicipality ? `${group.charCodeAt(0) === 0x3d ? group.slice(1) : group}|${m.nk}` : m.nk;
    if (identities.has(key)) {
      key = codeOf[r] ? `${key}#${codeOf[r]}` : key;
      for (let k = 2; identities.has(key); k++) key = `${key.replace(/#\d+$/, '')}#${k}`;
    }
    const code = single ? m.code : firstText(r, codeOfSpelling);
    const identity: Identity = { key, id: idOf(main), registry: single ? m.registry : anyMember(r, isRegistry), name: m.name };
    if (municipality) identity.municipality = municipality;
    if (code) identity.code = code;
    identities.set(key, identity);
    identityOfRoot[r] = identityList.length;
    identityList.push(identity);
    keyOfRoot[r] = key;
  }

  const keys = new Array<string | undefined>(mentions.length);
  const identityOf = new Int32Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const s = mentionSpelling[i];
    const root = find(s);
    const joined = !(ambiguous.size > 0 && ambiguous.has(s));
    keys[i] = joined ? keyOfRoot[root] : undefined;
    identityOf[i] = joined ? identityOfRoot[root] : NONE;
  }
  for (const i of ambiguous) {
    const s = spellings[i];
    const among = [...noMuniCandidates(spellings, s)].slice(0, 5).join('; ');
    for (const src of s.sources)
      problems.push(makeProblem('ambiguous-school', { sheet: src.sheet, row: src.row, column: s.column }, { school: s.name, among, rows: s.rows }));
  }

  // A spelling's public variant is made once, however many matches name it.
  const variants = new Array<Variant | undefined>(n);
  const variantOf = (i: number): Variant => (variants[i] ??= publicVariant(spellings[i], idOf(i), yearsOf(spellings[i], numbers)));
  const confirmed = new Set(decisions.filter((d) => d.action === 'confirm').flatMap((d) => [`${d.a}\u0001${d.b}`, `${d.b}\u0001${d.a}`]));
  const out: SchoolMatch[] = matches.map(({ rule, a, b }) => {
    const va = variantOf(a);
    const vb = variantOf(b);
    const match: SchoolMatch = { rule, confidence: RULE_CONFIDENCE[rule], a: va, b: vb, key: keyOfRoot[find(a)]! };
    if (rule === 'user' || (confirmed.size > 0 && confirmed.has(`${va.id}\u0001${vb.id}`))) match.decision = 'confirm';
    return match;
  });
  const unjoined: Unjoined[] = [];
  const registryGroups = new Set<string>();
  let registryHasCodes = false;
  for (const s of spellings) {
    if (!s.registry) continue;
    registryGroups.add(s.muniGroup);
    if (s.code) registryHasCodes = true;
  }
  if (registryGroups.size > 0) {
    for (let r = 0; r < n; r++) {
      if (find(r) !== r) continue;
      if (allAmbiguous(r)) continue;
      if (anyMember(r, isRegistry)) continue;
      const first = head[r];
      const s = spellings[first];
      unjoined.push(unjoinedReason(variantOf(first), codeOf[r] && registryHasCodes ? 'code-not-in-registry' : s.muniGroup && !registryGroups.has(s.muniGroup) ? 'municipality-not-in-registry' : 'name-not-in-registry'));
    }
  }
  for (const i of ambiguous) unjoined.push(unjoinedReason(variantOf(i), 'ambiguous'));
  return { resolution: { keys, identities, matches: out, unjoined, problems }, identityList, identityOf };
};


/** One literal per shape (with and without a code) rather than a spread: a spread makes the object property by property. */
const publicVariant = (s: Spelling, id: string, years: number[]): Variant => {
  const sources = s.sources.map((x): SourceRef => ({ sheet: x.sheet, row: x.row }));
  return s.code ? { id, name: s.name, municipality: s.municipality, code: s.code, sources, years } : { id, name: s.name, municipality: s.municipality, sources, years };
};

/** «Municipality | Name» of the schools a name-only spelling could be. */
const noMuniCandidates = (spellings: Spelling[], s: Spelling): Set<string> =>
  new Set(spellings.filter((x) => x.muniNorm && (x.nk === s.nk || x.hk === s.hk)).map((x) => `${x.municipality} | ${x.name}`));
