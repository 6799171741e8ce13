import { memoByText } from '../util/memo-by-text';
import { normalizeText, normalizeWithNumberSign } from './text';

/** Organisational-legal form prefixes (МБОУ, МОБУ, МКОУ, ГБОУ, ЧОУ…), matched as whole leading words. */
const ORG_FORMS = ['мбоу', 'мобу', 'мкоу', 'маоу', 'моау', 'моу', 'мбу', 'мау', 'мку', 'мбноу', 'гбоу', 'гоу', 'гаоу', 'гкоу', 'фгбоу', 'фгбоуво', 'фкоу', 'огаоу', 'огбоу', 'огоу', 'кгбоу', 'кгоу', 'чоу', 'чау', 'ноу', 'ано', 'оу'];
const ORG_FORM = new RegExp(`^(?:${ORG_FORMS.join('|')})\\s+`);
/** The written-out form: «муниципальное бюджетное общеобразовательное учреждение (города Москвы)». */
const ORG_FORM_LONG = /^(?:(?:муниципальное|государственное|федеральное|частное|негосударственное|областное|краевое|автономное|бюджетное|казенное|казённое|некоммерческое)\s+)+(?:обще)?образовательное\s+учреждение(?:\s+(?:высшего(?:\s+профессионального)?\s+образования\s+)?(?:города\s+москвы|г\s+москвы))?\s*/;

/**
 * The first step of every school-name key: case, «ё», quotes and spaces around «№» written one way.
 * Remembered: the reader's key and the identity step's keys both start from it.
 */
export const prepareSchoolText = memoByText((name: string): string => normalizeWithNumberSign(name) ?? prepareByRegex(name));

/**
 * The first step by regular expressions, for any text (the one-pass form handles only the common characters).
 * normalizeText lowers the case, writes «ё» as «е» and makes quotes and spaces one space itself; only around «№»
 * do the quotes matter: a quote there becomes a space before the spaces around «№» are settled.
 */
const prepareByRegex = (name: string): string =>
  normalizeText(name.includes('№') ? name.replace(/[«»"“”„'`]/g, ' ').replace(/\s*№\s*/g, ' №') : name);

/** The school key of a prepared text: without the org-form prefix, «№» glued to its number. */
export const schoolKeyOfPrepared = (prepared: string): string => {
  let t = prepared.replace(ORG_FORM_LONG, '');
  for (let i = 0; i < 2; i++) t = t.replace(ORG_FORM, '');
  return t.replace(/ №/g, '№').replace(/\s+/g, ' ').trim();
};

/**
 * Normalised school key: «МБОУ "СОШ № 5"», «МОБУ «СОШ №5»» and «МКОУ СОШ №5» give the same key.
 * Drops the org-form prefix, quotes and case; glues «№» to its number.
 */
const computeSchoolKey = (name: string): string => schoolKeyOfPrepared(prepareSchoolText(name));

/** Long results tables name each school once per subject and year: the key is computed once. */
export const schoolKey = memoByText(computeSchoolKey);

