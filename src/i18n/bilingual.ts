/**
 * The bilingual vocabulary every layer shares (it imports nothing): the two languages of Opora and a
 * text made in both at once. Russian is the default everywhere; English is always available.
 */
export type Language = 'ru' | 'en';
export const LANGUAGES: readonly Language[] = ['ru', 'en'];

/** A text in Russian and English (a message, a label, a method line, a remark). */
export interface Bilingual {
  ru: string;
  en: string;
}

/** The text of `language`; Russian when the English one is empty. */
export const pick = (text: Bilingual, language: Language): string => (language === 'en' && text.en ? text.en : text.ru);

/** A text that reads the same in both languages (a name, a number). */
export const same = (text: string): Bilingual => ({ ru: text, en: text });

/** One language's view of a table of bilingual labels (a sheet's labels for enum values). */
export const labelsIn = <K extends string>(labels: Readonly<Record<K, Bilingual>>, language: Language): Record<K, string> =>
  Object.fromEntries(Object.entries<Bilingual>(labels).map(([k, v]) => [k, pick(v, language)])) as Record<K, string>;
