import { en } from './en';
import { ru, type MessageKey } from './ru';
import type { Bilingual, Language } from './bilingual';

export { LANGUAGES, pick, type Bilingual, type Language } from './bilingual';

export type { MessageKey } from './ru';

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogues: Record<Language, Record<MessageKey, string>> = { ru, en };

/** Fills {name} placeholders; an unknown placeholder stays visible so a missing parameter is noticed. */
export const format = (template: string, params?: MessageParams): string =>
  params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template;

export const createTranslator =
  (language: Language): Translate =>
  (key, params) =>
    format(catalogues[language][key], params);

/** A catalogue message in both languages, for texts shown later in whichever language is current. */
export const message = (key: MessageKey, params?: MessageParams): Bilingual => ({ ru: format(ru[key], params), en: format(en[key], params) });

/** Picks the message of a bilingual text pair (Problem.message / messageEn and the like). */
export const pickText = (language: Language, russian: string, english?: string): string =>
  language === 'en' && english ? english : russian;
