import type { GradeBand } from '../types';
import type { Need, Pair } from './types';
import type { Language } from '../../i18n/bilingual';

/**
 * The help written out as in seed 000: «оказание консультативной, методической, информационной помощи
 * по организации работы с обучающимися 5–9 классов по русскому языку и математике»; for a mentor teacher
 * «оказание адресной помощи учителю математики по организации урочной деятельности обучающихся 5–9
 * классов по математике».
 */

/** Dative («по математике») and genitive («учителю математики») of the usual subjects; others are quoted. */
const CASES: [RegExp, string, string][] = [
  [/^русский язык/i, 'русскому языку', 'русского языка'],
  [/^математика/i, 'математике', 'математики'],
  [/^алгебра/i, 'алгебре', 'алгебры'],
  [/^геометрия/i, 'геометрии', 'геометрии'],
  [/^физика/i, 'физике', 'физики'],
  [/^химия/i, 'химии', 'химии'],
  [/^биология/i, 'биологии', 'биологии'],
  [/^география/i, 'географии', 'географии'],
  [/^история/i, 'истории', 'истории'],
  [/^обществознание/i, 'обществознанию', 'обществознания'],
  [/^информатика/i, 'информатике', 'информатики'],
  [/^литература/i, 'литературе', 'литературы'],
  [/^окружающий мир/i, 'окружающему миру', 'окружающего мира'],
  [/^английский язык/i, 'английскому языку', 'английского языка'],
  [/^немецкий язык/i, 'немецкому языку', 'немецкого языка'],
  [/^французский язык/i, 'французскому языку', 'французского языка'],
  [/^иностранный язык/i, 'иностранному языку', 'иностранного языка'],
];

const inCase = (subject: string, which: 1 | 2): string => {
  const found = CASES.find(([re]) => re.test(subject.trim()));
  return found ? found[which] : `«${subject}»`;
};

/** «русскому языку и математике», «русскому языку, математике и физике». */
const joinRu = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} и ${items[items.length - 1]}`;
const joinEn = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const BAND_ORDER: GradeBand[] = ['1–4', '5–9', '10–11'];

/** The needs grouped by grade band, bands in school order, subjects in the order met. */
const byBand = (needs: readonly Need[]): [GradeBand, string[]][] =>
  BAND_ORDER.map((band): [GradeBand, string[]] => [band, [...new Set(needs.filter((n) => n.band === band).map((n) => n.subject))]]).filter(
    ([, subjects]) => subjects.length > 0,
  );

/** «5–9 классов по русскому языку и математике, 10–11 классов по физике». */
const bandsRu = (needs: readonly Need[]): string =>
  byBand(needs)
    .map(([band, subjects]) => `${band} классов по ${joinRu(subjects.map((s) => inCase(s, 1)))}`)
    .join(', ');
const bandsEn = (needs: readonly Need[]): string =>
  byBand(needs)
    .map(([band, subjects]) => `grades ${band} in ${joinEn(subjects)}`)
    .join(', ');

export const helpText = (pair: Pick<Pair, 'partnerKind' | 'needs'>, language: Language = 'ru'): string => {
  const subjects = [...new Set(pair.needs.map((n) => n.subject))];
  if (language === 'en') {
    return pair.partnerKind === 'teacher'
      ? `targeted help to the teacher of ${joinEn(subjects)} in organising lessons for students of ${bandsEn(pair.needs)}`
      : `advisory, methodological and information support in organising the work with students of ${bandsEn(pair.needs)}`;
  }
  return pair.partnerKind === 'teacher'
    ? `оказание адресной помощи учителю ${joinRu(subjects.map((s) => inCase(s, 2)))} по организации урочной деятельности обучающихся ${bandsRu(pair.needs)}`
    : `оказание консультативной, методической, информационной помощи по организации работы с обучающимися ${bandsRu(pair.needs)}`;
};

/** A mentor as seed 000 names one: «Земскова Л.Н., учитель истории и обществознания МОБУ «…»». */
export const mentorTitle = (teacher: string, subjects: readonly string[], schoolName: string, language: Language = 'ru'): string =>
  language === 'en'
    ? `${teacher}, teacher of ${joinEn([...subjects])}, ${schoolName}`
    : `${teacher}, учитель ${joinRu(subjects.map((s) => inCase(s, 2)))} ${schoolName}`;

/** «Математика, 5–9» — one deficit as the sheet and the JSON show it. */
export const needText = (n: Pick<Need, 'subject' | 'band'>): string => `${n.subject}, ${n.band}`;

/** The partner as the list names it: a school, or «teacher, учитель … школы». */
export const partnerTitle = (pair: Pick<Pair, 'partnerKind' | 'partnerName' | 'partnerSchoolName' | 'needs'>, language: Language = 'ru'): string =>
  pair.partnerKind === 'school' ? pair.partnerName : mentorTitle(pair.partnerName, [...new Set(pair.needs.map((n) => n.subject))], pair.partnerSchoolName, language);
