import { codeKey, honoraryFreeKey, municipalityCore, nameKey } from './names';
import type { Identity } from './types';

/** What a user's text names: one school's key, several (ambiguous: their keys), or none. */
export type SchoolReference = string | string[] | undefined;

const push = (m: Map<string, string[]>, k: string, v: string) => {
  if (!k) return;
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
};

const one = (list: string[] | undefined): SchoolReference => (list === undefined ? undefined : list.length === 1 ? list[0] : list);

/**
 * Resolves a school as the user writes it (an adjustment's school, a custom function's argument) with the
 * same identity as the tables: the school key, an official code (код ОО, ИНН, ОГРН), «Муниципалитет | Школа»,
 * or a name alone when only one school of the run has it.
 */
export const schoolResolver = (identities: Iterable<Identity>): ((text: string) => SchoolReference) => {
  // Built on the first call: most runs (a spilling function, the CLI without adjustments) never resolve a text.
  let index: ((text: string) => SchoolReference) | undefined;
  return (text) => (index ??= indexSchools(identities))(text);
};

const indexSchools = (identities: Iterable<Identity>): ((text: string) => SchoolReference) => {
  const byKey = new Set<string>();
  const byCode = new Map<string, string[]>();
  const byPlace = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const byHonorary = new Map<string, string[]>();
  for (const s of identities) {
    byKey.add(s.key);
    push(byCode, codeKey(s.code), s.key);
    const core = s.municipality ? municipalityCore(s.municipality) : '';
    push(byPlace, `${core}\u0001${nameKey(s.name)}`, s.key);
    push(byName, nameKey(s.name), s.key);
    push(byHonorary, honoraryFreeKey(s.name), s.key);
  }
  return (text: string): SchoolReference => {
    const t = text.trim();
    if (!t) return undefined;
    if (byKey.has(t)) return t;
    const code = byCode.get(codeKey(t));
    if (code) return one(code);
    const bar = t.indexOf('|');
    if (bar >= 0) {
      const place = `${municipalityCore(t.slice(0, bar))}\u0001${nameKey(t.slice(bar + 1))}`;
      return one(byPlace.get(place));
    }
    return one(byName.get(nameKey(t)) ?? byHonorary.get(honoraryFreeKey(t)));
  };
};
