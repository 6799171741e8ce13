/**
 * The documents the default targets come from, named by their titles as users know them, with the
 * point cited («план-график, п. 2.19»).
 */

export const CONCEPT_2021 =
  'Концепция (модель) поддержки школ с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях, на 2021–2023 гг. (распоряжение № 23-р от 30.12.2020)';

export const TEACHER_PROGRAMME_2021 =
  'Программа поддержки педагогов, имеющих низкие образовательные результаты обучающихся, на 2021–2024 годы (приказ № 237 от 30.12.2021)';

/** «<document>, <point>: «<wording>»». */
export const cite = (document: string, point: string, wording?: string): string =>
  `${document}, ${point}${wording ? `: «${wording}»` : ''}`;
