/**
 * The committee documents the rules and the roadmap come from, cited by title and point in every
 * user-visible reference («Источник», the «Параметры» sheet, rule texts). Keys are internal only.
 */

import type { Language } from '../i18n/bilingual';

export type DocumentKey = 'volkhov' | 'krasnoturansk' | 'grachevka' | 'lesosibirsk' | 'nikolevsky';

interface DocumentTitle {
  /** Short form used in citations, with the document's own words. */
  ru: string;
  en: string;
}

export const DOCUMENTS: Record<DocumentKey, DocumentTitle> = {
  volkhov: {
    ru: 'Программа оказания помощи школам с низкими результатами обучения … на 2020 – 2022 годы (Волховский район)',
    en: 'Programme of help to schools with low learning results … for 2020–2022 (Volkhov district)',
  },
  krasnoturansk: {
    ru: 'План мероприятий («дорожная карта») … Краснотуранского района 2022-2025 г.г.',
    en: 'Action plan («roadmap») … Krasnoturansk district, 2022–2025',
  },
  grachevka: {
    ru: 'Концепция (модель) поддержки школ … Грачевского муниципального округа на 2021-2023 г.г.',
    en: 'Concept (model) of support of schools … Grachevka municipal district, 2021–2023',
  },
  lesosibirsk: {
    ru: 'Программа отдела образования г. Лесосибирска «Повышение качества образования в ШНРО/ НСУ»',
    en: 'Programme of the Lesosibirsk education department «Raising the quality of education in ШНРО/НСУ»',
  },
  nikolevsky: {
    ru: 'Программа поддержки педагогов, имеющих низкие образовательные результаты обучающихся, на 2021-2024 годы (п. Николевский)',
    en: 'Programme of support of teachers with low student results, 2021–2024 (Nikolevsky)',
  },
};

/** «Концепция … Грачевского …, план-график, п. 1.17»: the document's title, then the point as given. */
export const cite = (doc: DocumentKey, point: string, language: Language = 'ru'): string =>
  `${DOCUMENTS[doc][language]}${point ? `, ${point}` : ''}`;
