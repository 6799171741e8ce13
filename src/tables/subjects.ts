import { memoByText } from '../util/memo-by-text';
import type { Family } from '../domain/records';
import { containsWords, normalizeText } from './text';

/**
 * Subject catalogue: canonical names, synonyms and maximum scores.
 *
 * Sources of the default maxima (users can change every one with mergeSubjects):
 * - ЕГЭ: results are reported in 100 test points for every subject; «Математика (базовая)» is graded
 *   with a 5-point mark (ФИПИ, спецификации КИМ ЕГЭ).
 * - ОГЭ: maximum primary points of the ФИПИ specifications of КИМ ОГЭ 2024.
 * - ВПР: maximum primary points of the ФИПИ descriptions of ВПР 2024 per grade.
 * When every average of a subject column is ≤ 5 the column holds marks: see resolveScale.
 */
export interface SubjectEntry {
  name: string;
  synonyms: string[];
  /** Maximum per family: one number, or per grade for ВПР. */
  max?: Partial<Record<Family, number | Record<number, number>>>;
}

export type SubjectCatalogue = SubjectEntry[];

const ege100 = (extra: Partial<Record<Family, number | Record<number, number>>> = {}) => ({ ЕГЭ: 100, ...extra });

export const DEFAULT_SUBJECTS: SubjectCatalogue = [
  { name: 'Русский язык', synonyms: ['русский язык', 'русский', 'рус яз', 'russian', 'russian language'], max: ege100({ ОГЭ: 33, ВПР: { 4: 38, 5: 45, 6: 51, 7: 47, 8: 51 } }) },
  { name: 'Математика (профильная)', synonyms: ['математика профиль', 'математика профильная', 'математика профильный уровень', 'профильная математика', 'математика п', 'математика проф', 'mathematics profile', 'math profile'], max: { ЕГЭ: 100 } },
  { name: 'Математика (базовая)', synonyms: ['математика базовая', 'математика база', 'математика базовый уровень', 'базовая математика', 'математика б', 'mathematics basic', 'math basic'], max: { ЕГЭ: 5 } },
  { name: 'Математика', synonyms: ['математика', 'алгебра', 'mathematics', 'math', 'maths'], max: ege100({ ОГЭ: 31, ВПР: { 4: 20, 5: 20, 6: 16, 7: 19, 8: 25 } }) },
  { name: 'Физика', synonyms: ['физика', 'physics'], max: ege100({ ОГЭ: 45, ВПР: { 7: 18, 8: 18, 11: 26 } }) },
  { name: 'Химия', synonyms: ['химия', 'chemistry'], max: ege100({ ОГЭ: 40, ВПР: { 8: 36, 11: 33 } }) },
  { name: 'Биология', synonyms: ['биология', 'biology'], max: ege100({ ОГЭ: 48, ВПР: { 5: 29, 6: 29, 7: 28, 8: 28, 11: 30 } }) },
  { name: 'География', synonyms: ['география', 'geography'], max: ege100({ ОГЭ: 31, ВПР: { 6: 37, 7: 37, 8: 37, 11: 21 } }) },
  { name: 'История', synonyms: ['история', 'history'], max: ege100({ ОГЭ: 37, ВПР: { 5: 15, 6: 20, 7: 25, 8: 25, 11: 21 } }) },
  { name: 'Обществознание', synonyms: ['обществознание', 'social studies'], max: ege100({ ОГЭ: 37, ВПР: { 6: 23, 7: 23, 8: 23 } }) },
  { name: 'Литература', synonyms: ['литература', 'literature'], max: ege100({ ОГЭ: 37 }) },
  { name: 'Информатика', synonyms: ['информатика', 'икт', 'информатика и икт', 'computer science', 'informatics'], max: ege100({ ОГЭ: 19 }) },
  { name: 'Иностранные языки', synonyms: ['иностранные языки', 'иностранный язык', 'ин яз', 'иняз', 'foreign languages', 'foreign language'], max: ege100({ ОГЭ: 68 }) },
  { name: 'Английский язык', synonyms: ['английский язык', 'английский', 'english'], max: ege100({ ОГЭ: 68, ВПР: { 7: 30, 11: 32 } }) },
  { name: 'Немецкий язык', synonyms: ['немецкий язык', 'немецкий', 'german'], max: ege100({ ОГЭ: 68 }) },
  { name: 'Французский язык', synonyms: ['французский язык', 'французский', 'french'], max: ege100({ ОГЭ: 68 }) },
  { name: 'Испанский язык', synonyms: ['испанский язык', 'испанский', 'spanish'], max: ege100({ ОГЭ: 68 }) },
  { name: 'Китайский язык', synonyms: ['китайский язык', 'китайский', 'chinese'], max: ege100({ ОГЭ: 68 }) },
  { name: 'Окружающий мир', synonyms: ['окружающий мир', 'окр мир', 'the world around us'], max: { ВПР: { 4: 32 } } },
];

/** Merges user entries into a catalogue: same name extends synonyms and overrides maxima; new names are added. */
export const mergeSubjects = (base: SubjectCatalogue, user: SubjectCatalogue): SubjectCatalogue => {
  const out = base.map((e) => ({ ...e, synonyms: [...e.synonyms], max: { ...e.max } }));
  for (const u of user) {
    const existing = out.find((e) => normalizeText(e.name) === normalizeText(u.name));
    if (existing) {
      existing.synonyms = [...new Set([...existing.synonyms, ...u.synonyms])];
      existing.max = { ...existing.max, ...u.max };
    } else {
      out.push({ ...u, synonyms: [...u.synonyms], max: { ...u.max } });
    }
  }
  return out;
};

type SubjectFinder = (text: string) => string | null;

/** One finder per catalogue: synonyms normalised once, each cell text looked up once (a long table
 * repeats a handful of subject names thousands of times). */
const finders = new WeakMap<SubjectCatalogue, SubjectFinder>();

const finderOf = (catalogue: SubjectCatalogue): SubjectFinder => {
  let finder = finders.get(catalogue);
  if (!finder) {
    const synonyms = catalogue.flatMap((entry) => [entry.name, ...entry.synonyms].map((syn) => ({ name: entry.name, normalized: normalizeText(syn) })));
    finder = memoByText((text: string): string | null => {
      const t = normalizeText(text);
      if (!t) return null;
      let best: { name: string; len: number } | null = null;
      for (const { name, normalized } of synonyms) {
        if (containsWords(t, normalized) && (!best || normalized.length > best.len)) best = { name, len: normalized.length };
      }
      return best?.name ?? null;
    }, 10_000);
    finders.set(catalogue, finder);
  }
  return finder;
};

/** The canonical subject named in a header or cell text, the longest matching synonym winning. */
export const findSubject = (text: string, catalogue: SubjectCatalogue = DEFAULT_SUBJECTS): string | null => finderOf(catalogue)(text);

export type ScaleKind = 'test-points' | 'primary-points' | 'mark-5';

export interface SubjectScale {
  max: number;
  kind: ScaleKind;
  /** Russian label shown next to values, e.g. «5-балльная отметка». */
  label: string;
}

const MARK5: SubjectScale = { max: 5, kind: 'mark-5', label: '5-балльная отметка' };

/**
 * The scale of a subject's averages. ЕГЭ: catalogue maximum (100 test points; базовая математика 5).
 * ОГЭ/ВПР: when every known average is ≤ 5 the values are marks («5-балльная отметка»), otherwise primary points.
 */
export const resolveScale = (
  subject: string,
  family: Family,
  grade: number | undefined,
  averages: (number | null)[],
  catalogue: SubjectCatalogue = DEFAULT_SUBJECTS,
): SubjectScale | null => {
  const entry = catalogue.find((e) => e.name === subject);
  const raw = entry?.max?.[family];
  if (family === 'ЕГЭ') {
    const max = typeof raw === 'number' ? raw : 100;
    return max === 5 ? MARK5 : { max, kind: 'test-points', label: 'тестовые баллы' };
  }
  const known = averages.filter((a): a is number => a !== null);
  if (known.length > 0 && known.every((a) => a <= 5)) return MARK5;
  const max = typeof raw === 'number' ? raw : raw && grade !== undefined ? raw[grade] : undefined;
  return max === undefined ? null : { max, kind: 'primary-points', label: 'первичные баллы' };
};
