import { pick, type Bilingual, type Language } from '../i18n/bilingual';

/**
 * The criteria vocabulary: the codes of SPEC.md's rules, the groups they flag, the components of the
 * social well-being index, and what each is called in Russian and English.
 */

export const CRITERION_CODES = ['R1', 'R2', 'R3', 'S1', 'S2', 'S3'] as const;
export type CriterionCode = (typeof CRITERION_CODES)[number];

export type GroupName = 'ШНОР' | 'ШНСУ';
export const GROUPS: readonly GroupName[] = ['ШНОР', 'ШНСУ'];
export const GROUP_OF: Record<CriterionCode, GroupName> = {
  R1: 'ШНОР',
  R2: 'ШНОР',
  R3: 'ШНОР',
  S1: 'ШНСУ',
  S2: 'ШНСУ',
  S3: 'ШНСУ',
};

export const SOCIAL_COMPONENTS = ['bothParentsHigherEducation', 'unemployedParents', 'singleParent', 'deviant', 'nonNativeRussian', 'noLearningMotivation'] as const;
export type SocialComponent = (typeof SOCIAL_COMPONENTS)[number];

/**
 * seed002 (the Grachevka concept's table): both parents higher education, unemployment, deviant, non-native Russian;
 * seed004 (the Nikolevsky programme, section V): single parent instead of unemployment. «Отсутствие учебной мотивации»
 * (section V) is optional in both: weight 0 until the user gives it one.
 */
export type SocialVariant = 'seed002' | 'seed004';
export const SOCIAL_VARIANT_COMPONENTS: Record<SocialVariant, readonly SocialComponent[]> = {
  seed002: ['bothParentsHigherEducation', 'unemployedParents', 'deviant', 'nonNativeRussian', 'noLearningMotivation'],
  seed004: ['bothParentsHigherEducation', 'singleParent', 'deviant', 'nonNativeRussian', 'noLearningMotivation'],
};

export const SOCIAL_COMPONENT_NAMES: Record<SocialComponent, Bilingual> = {
  bothParentsHigherEducation: { ru: 'доля детей, оба родителя которых имеют высшее образование', en: 'share of children whose both parents have higher education' },
  unemployedParents: { ru: 'доля детей, единственный родитель или оба родителя которых безработные', en: 'share of children whose single parent or both parents are unemployed' },
  singleParent: { ru: 'доля детей из неполных семей', en: 'share of children from single-parent families' },
  deviant: { ru: 'доля детей с девиантным поведением / состоящих на учёте', en: 'share of children with deviant behaviour / on a registry' },
  nonNativeRussian: { ru: 'доля детей, для которых русский язык неродной', en: 'share of children for whom Russian is not the native language' },
  noLearningMotivation: { ru: 'доля обучающихся с отсутствием учебной мотивации', en: 'share of students without learning motivation' },
};

export const socialComponentLabel = (c: SocialComponent, lang: Language = 'ru'): string => pick(SOCIAL_COMPONENT_NAMES[c], lang);

export const CRITERION_NAMES: Record<CriterionCode, Bilingual> = {
  R1: { ru: 'R1 — 25% школ с самыми низкими результатами ЕГЭ, ОГЭ, ВПР', en: 'R1 — bottom 25% of schools by ЕГЭ, ОГЭ, ВПР results' },
  R2: { ru: 'R2 — отставание от среднего по региону', en: 'R2 — gap to the regional average' },
  R3: { ru: 'R3 — участие в олимпиадах и конкурсах', en: 'R3 — olympiad and contest participation' },
  S1: { ru: 'S1 — низкий индекс социального благополучия', en: 'S1 — low social well-being index' },
  S2: { ru: 'S2 — труднодоступный населённый пункт', en: 'S2 — hard-to-reach settlement' },
  S3: { ru: 'S3 — высокая безработица в населённом пункте', en: 'S3 — high settlement unemployment' },
};

export const criterionName = (code: CriterionCode, lang: Language = 'ru'): string => pick(CRITERION_NAMES[code], lang);
