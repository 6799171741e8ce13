/** The shape of one custom function's declaration (catalogue.ts and targets-catalogue.ts declare them). */

export interface Bilingual {
  ru: string;
  en: string;
}

export type ParameterType = 'any' | 'string' | 'number' | 'boolean';
export type Dimensionality = 'scalar' | 'matrix';

export interface ParameterDecl {
  /** ASCII name: the wrapper's argument name and the English metadata name. */
  name: string;
  /** Russian name shown in Excel's formula tooltip. */
  nameRu: string;
  type: ParameterType;
  dimensionality: Dimensionality;
  optional?: boolean;
  description: Bilingual;
}

export interface FunctionDecl {
  /** ASCII, stable: written into formulas (OPORA.SCHOOL_RISK), never renamed. */
  id: string;
  /** Display names: English (equal to the id) and Russian. */
  name: Bilingual;
  description: Bilingual;
  parameters: ParameterDecl[];
  /** 'any' scalar results are the ones that may also be text or an error. */
  result: { type: ParameterType; dimensionality: Dimensionality; description: Bilingual };
  /** Example formula (English names) for the documentation. */
  example: string;
}
