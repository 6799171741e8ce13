/**
 * A text made in Russian and English at once (method lines, remarks), so that the two lists the
 * result carries (`notes` / `notesEn`, `method` / `methodEn`) always have the same length and order.
 */
export interface BilingualText {
  ru: string;
  en: string;
}

/** The Russian and the English list of `texts`, index for index. */
export const byLanguage = (texts: readonly BilingualText[]): { ru: string[]; en: string[] } => ({
  ru: texts.map((t) => t.ru),
  en: texts.map((t) => t.en),
});
