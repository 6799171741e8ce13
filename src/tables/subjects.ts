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
 * - Names: the ЕГЭ, ОГЭ and ВПР subject lists of 2019–2025 (Рособрнадзор/ФИПИ schedules) are checked in
 *   test/tables/subject-catalogue.test.ts; the ЕГЭ foreign-language oral part is a subject of its own.
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

/** Marks a subject's oral part: «(устный)», «устная часть», «устно». */
const ORAL = /(^| )(устн\p{L}*|oral|speaking)( |$)/u;
const ORAL_SUFFIX = ' (устный)';

/**
 * A foreign language and its ЕГЭ oral part («Английский язык (устный)», «… устная часть»): a subject of
 * its own, in test points like the written part, so its columns are not taken for a second written part.
 * «Иностранный язык (английский)» (ОГЭ, ВПР) is the language itself.
 */
const language = (name: string, word: string, en: string, max: Partial<Record<Family, number | Record<number, number>>>): SubjectEntry[] => [
  { name, synonyms: [`${word} язык`, word, en, `иностранный язык ${word}`, `${word} язык письменная часть`, `${word} язык письменный`, `иностранный язык ${word} письменная часть`], max: ege100(max) },
  { name: `${name}${ORAL_SUFFIX}`, synonyms: [`${word} язык устный`, `${word} язык устная часть`, `${word} язык устно`, `иностранный язык ${word} устная часть`, `${en} oral`], max: { ЕГЭ: 100 } },
];

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
  { name: 'Информатика', synonyms: ['информатика', 'икт', 'информатика и икт', 'информатика и икт кегэ', 'кегэ', 'computer science', 'informatics'], max: ege100({ ОГЭ: 19 }) },
  { name: 'Иностранные языки', synonyms: ['иностранные языки', 'иностранный язык', 'ин яз', 'иняз', 'foreign languages', 'foreign language'], max: ege100({ ОГЭ: 68 }) },
  ...language('Английский язык', 'английский', 'english', { ОГЭ: 68, ВПР: { 7: 30, 11: 32 } }),
  ...language('Немецкий язык', 'немецкий', 'german', { ОГЭ: 68, ВПР: { 7: 30, 11: 32 } }),
  ...language('Французский язык', 'французский', 'french', { ОГЭ: 68, ВПР: { 7: 30, 11: 32 } }),
  ...language('Испанский язык', 'испанский', 'spanish', { ОГЭ: 68 }),
  ...language('Китайский язык', 'китайский', 'chinese', { ОГЭ: 68 }),
  { name: 'Окружающий мир', synonyms: ['окружающий мир', 'окр мир', 'the world around us'], max: { ВПР: { 4: 32 } } },
  { name: 'Литературное чтение', synonyms: ['литературное чтение', 'literary reading'] },
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
      if (best && ORAL.test(t) && !best.name.endsWith(ORAL_SUFFIX)) {
        const oral = `${best.name}${ORAL_SUFFIX}`;
        if (catalogue.some((e) => e.name === oral)) return oral;
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
