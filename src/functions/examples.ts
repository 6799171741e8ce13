/**
 * A catalogue example as typed in each Excel language. The catalogue writes it once, the English way
 * (English name, «,» between arguments); Russian Excel separates arguments with «;» (the comma is its
 * decimal separator) and shows the Russian name, so a Russian example pasted with commas is rejected.
 */
import { NAMESPACE, type FunctionDecl } from './catalogue';
import type { Language } from '../i18n/bilingual';

/** Commas outside quoted text become «;» (with the spaces around them). */
const semicolonSeparated = (formula: string): string =>
  formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s*,\s*/g, ';')))
    .join('');

export const exampleFormula = (fn: FunctionDecl, language: Language): string => {
  if (language === 'en') return fn.example;
  const english = `=${NAMESPACE}.${fn.id}(`;
  if (!fn.example.startsWith(english)) throw new Error(`catalogue: the example of ${fn.id} does not call ${english}…`);
  return semicolonSeparated(`=${NAMESPACE}.${fn.name.ru}(${fn.example.slice(english.length)}`);
};
