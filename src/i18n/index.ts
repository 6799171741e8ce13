import { en } from './en';
import { ru, type MessageKey } from './ru';

export type { MessageKey } from './ru';
export type Language = 'ru' | 'en';
export const LANGUAGES: readonly Language[] = ['ru', 'en'];

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

/** Picks the message of a bilingual text pair (Problem.message / messageEn and the like). */
export const pickText = (language: Language, russian: string, english?: string): string =>
  language === 'en' && english ? english : russian;
