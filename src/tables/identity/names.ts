import { memoByText } from '../../util/memo-by-text';
import { normalizeText } from '../text';
import { prepareSchoolText, schoolKey } from '../school-key';

/**
 * The normalised texts identity compares. A school name has three: the full name (legal form kept:
 * «мбоу сош №1»), the key without the legal form (schoolKey: «сош№1») and the loose key without an
 * honorary name («имени …») or a settlement («с. Ивановка»). A municipality has its text and its
 * core without administrative-type words («Смидовичский муниципальный район» and «Комитет
 * образования администрации Смидовичского района» both give «смидовичский»).
 */

/** The whole name normalised as schoolKey does, but with the legal form kept. */
const fullOfPrepared = (prepared: string): string => prepared.replace(/ №/g, '№');
export const fullNameKey = memoByText((name: string): string => fullOfPrepared(prepareSchoolText(name)));

export const nameKey = schoolKey;

/** Settlement-type words before a settlement's name, as written in school names. */
const SETTLEMENT_WORDS = new Set(['с', 'село', 'п', 'пос', 'поселок', 'поселка', 'пгт', 'рп', 'г', 'город', 'города', 'д', 'дер', 'деревня', 'деревни', 'ст', 'станица', 'станицы', 'х', 'хутор', 'аул', 'мкр', 'микрорайон']);

/** Where a trailing settlement («… с валдгейм», «… п новый мир») starts among the tokens, or -1.
 * A one-letter word after another one-letter word is an initial («а с пушкина»), not a settlement. */
const settlementStart = (tokens: string[], from: number): number => {
  for (let i = Math.max(from, tokens.length - 3); i < tokens.length - 1; i++) {
    if (!SETTLEMENT_WORDS.has(tokens[i])) continue;
    if (i > 0 && /^\p{L}$/u.test(tokens[i - 1]) && tokens[i].length === 1) continue;
    return i;
  }
  return -1;
};

const tokensOf = (key: string): string[] => key.replace(/№(\d)/g, '№ $1').split(' ');
const joinTokens = (tokens: string[]): string => tokens.join(' ').replace(/№ /g, '№').trim();

/** The key without an honorary name: «сош№3 им героя … п хинганск» → «сош№3 п хинганск». */
const honoraryFreeOf = (key: string): string => {
  if (!/(^| )им/.test(key)) return key;
  const tokens = tokensOf(key);
  const at = tokens.findIndex((t) => t === 'имени' || t === 'им');
  if (at < 0) return joinTokens(tokens);
  const settlement = settlementStart(tokens, at + 2);
  return joinTokens([...tokens.slice(0, at), ...(settlement >= 0 ? tokens.slice(settlement) : [])]);
};
export const honoraryFreeKey = memoByText((name: string): string => honoraryFreeOf(nameKey(name)));

/** The honorary-free key without a trailing settlement; '' when that leaves no number to tell schools apart («сош с дубовое» → ''). */
/** A settlement word as a whole word of the key (a word is never glued to «№» or a number: no text is built to test it). */
const ANY_SETTLEMENT_WORD = new RegExp(`(?:^| )(?:${[...SETTLEMENT_WORDS].join('|')})(?= |$)`);

const settlementFreeOf = (key: string): string => {
  if (!ANY_SETTLEMENT_WORD.test(key)) return '';
  const tokens = tokensOf(key);
  const at = settlementStart(tokens, 1);
  if (at < 0) return '';
  const t = joinTokens(tokens.slice(0, at));
  return /\d/.test(t) ? t : '';
};
export const settlementFreeKey = memoByText((name: string): string => settlementFreeOf(honoraryFreeKey(name)));

/** Generic words for a general-education school, before its number: «средняя общеобразовательная школа № 5» ≡ «школа № 5» ≡ «сош № 5». */
const GENERIC_SCHOOL = /^(?:средняя общеобразовательная школа|основная общеобразовательная школа|начальная общеобразовательная школа|общеобразовательная школа|средняя школа|основная школа|сош|оош|нош|школа)(?=№\d)/;

/** The key with a generic school type before the number written one way; '' when the name has none. */
const schoolTypeFreeOf = (k: string): string => (GENERIC_SCHOOL.test(k) ? k.replace(GENERIC_SCHOOL, 'школа') : '');
export const schoolTypeFreeKey = memoByText((name: string): string => schoolTypeFreeOf(honoraryFreeKey(name)));

/** Every key of a name at once, the name looked up once (the identity step meets each distinct spelling once). */
export interface NameKeys {
  full: string;
  nk: string;
  hk: string;
  sk: string;
  tk: string;
}
export const nameKeys = memoByText((name: string): NameKeys => {
  const prepared = prepareSchoolText(name);
  // schoolKey(name) is schoolKeyOfPrepared(prepared), remembered: the reader has already keyed every name it read.
  const nk = schoolKey(name);
  const hk = honoraryFreeOf(nk);
  return { full: fullOfPrepared(prepared), nk, hk, sk: settlementFreeOf(hk), tk: schoolTypeFreeOf(hk) };
});

/** Administrative-type words of municipality names (any case ending is cut by the stem rule below). */
const ADMIN_WORDS = new Set([
  'район', 'районный', 'округ', 'муниципальный', 'муниципальное', 'образование', 'городской', 'город', 'г', 'сельский', 'сельское', 'поселение',
  'администрация', 'комитет', 'управление', 'отдел', 'департамент', 'министерство', 'образования', 'по', 'и', 'делам', 'молодежи', 'молодежной', 'политики',
  'мо', 'мр', 'го', 'мо', 'мун', 'адм', 'жн', 'зато', 'федерального', 'значения', 'внутригородское', 'территория', 'территории', 'уо', 'ко', 'муо',
]);

/** Case endings of adjectives and nouns reduced to one form: «Смидовичского района» ≡ «Смидовичский район». */
const stem = (word: string): string => {
  const m = /^(.{3,}?)(ского|скому|ским|ском|ская|ской|скую|ское|ский|цкого|цкому|цким|цком|цкая|цкой|цкое|цкий)$/.exec(word);
  if (m) return `${m[1]}${m[2].startsWith('ц') ? 'цк' : 'ск'}`;
  const n = /^(.{3,}?)(ного|ному|ным|ном|ная|ной|ное|ный|его|ему|ого|ому|ая|ое|ий|ый|ой|а|у|е|ом)$/.exec(word);
  return n ? n[1] : word;
};

/** The municipality's name without administrative-type words, each word stemmed. */
export const municipalityCore = memoByText((text: string): string => {
  const words = normalizeText(text).split(' ');
  const kept: string[] = [];
  for (const w of words) {
    if (!w) continue;
    const s = stem(w);
    if (ADMIN_WORDS.has(w) || ADMIN_WORDS.has(s) || ADMIN_WORDS.has(`${s}а`) || ADMIN_WORDS.has(`${s}ый`) || ADMIN_WORDS.has(`${s}ое`) || ADMIN_WORDS.has(`${s}ия`) || isAdminStem(s)) continue;
    kept.push(s);
  }
  return kept.join(' ');
});

const ADMIN_STEMS = ['район', 'округ', 'муниципальн', 'городск', 'сельск', 'поселени', 'администраци', 'комитет', 'управлени', 'отдел', 'образовани', 'департамент', 'министерств'];
const isAdminStem = (s: string): boolean => ADMIN_STEMS.some((a) => s.startsWith(a));

/** An official identifier compared without spaces, dashes and case. */
export const codeKey = (code: string | undefined): string => (code ? code.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') : '');
