/**
 * Everything generated from the catalogue: the custom-functions metadata in the shape
 * custom-functions-metadata-plugin writes (English = functions.json, Russian = functions-ru.json)
 * and the documentation table.
 */
import { replaceBetweenMarkers } from '../util/markers';
import { FUNCTIONS, HELP_URL, NAMESPACE, type FunctionDecl, type ParameterDecl } from './catalogue';

export type MetadataLanguage = 'en' | 'ru';

export interface MetadataParameter {
  name: string;
  description: string;
  type: string;
  dimensionality?: 'matrix';
  optional?: true;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: MetadataParameter[];
  result: { type?: string; dimensionality?: 'matrix' };
}

export interface FunctionsMetadata {
  allowCustomDataForDataTypeAny: true;
  functions: MetadataFunction[];
}

export const helpUrlOf = (fn: FunctionDecl): string => `${HELP_URL}#${fn.id}`;

const parameterMetadata = (p: ParameterDecl, language: MetadataLanguage): MetadataParameter => ({
  name: language === 'ru' ? p.nameRu : p.name,
  description: p.description[language],
  type: p.type,
  ...(p.dimensionality === 'matrix' ? { dimensionality: 'matrix' as const } : {}),
  ...(p.optional ? { optional: true as const } : {}),
});

export const functionMetadata = (fn: FunctionDecl, language: MetadataLanguage): MetadataFunction => ({
  id: fn.id,
  name: fn.name[language],
  description: fn.description[language],
  helpUrl: helpUrlOf(fn),
  parameters: fn.parameters.map((p) => parameterMetadata(p, language)),
  // Like the plugin: no type for 'any', no dimensionality for scalars.
  result: {
    ...(fn.result.type !== 'any' ? { type: fn.result.type } : {}),
    ...(fn.result.dimensionality === 'matrix' ? { dimensionality: 'matrix' as const } : {}),
  },
});

export const customFunctionsMetadata = (language: MetadataLanguage, functions: readonly FunctionDecl[] = FUNCTIONS): FunctionsMetadata => ({
  allowCustomDataForDataTypeAny: true,
  functions: functions.map((fn) => functionMetadata(fn, language)),
});

const escapeCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const signature = (fn: FunctionDecl, language: MetadataLanguage): string =>
  `${language === 'ru' ? fn.name.ru : fn.name.en}(${fn.parameters.map((p) => {
    const name = language === 'ru' ? p.nameRu : p.name;
    return p.optional ? `[${name}]` : name;
  }).join('; ')})`;

/** The README's function table (Russian first: the users' language; English names are what formulas store). */
export const functionsMarkdownTable = (functions: readonly FunctionDecl[] = FUNCTIONS): string => {
  const lines = [
    `Пространство имён / namespace: \`${NAMESPACE}\` (в русском Excel — \`ОПОРА\`). Generated from \`src/functions/catalogue.ts\` by \`scripts/generate-readme.ts\`.`,
    '',
    '| Функция (рус.) | Function (id) | Параметры / parameters | Результат / result | Описание | Description |',
    '|---|---|---|---|---|---|',
    ...functions.map((fn) =>
      [
        `\`${signature(fn, 'ru')}\``,
        `\`${signature(fn, 'en')}\``,
        fn.parameters.map((p) => `${p.nameRu} / ${p.name}${p.optional ? ' (необяз.)' : ''}: ${p.description.ru}`).join('<br>'),
        `${fn.result.description.ru} / ${fn.result.description.en}`,
        fn.description.ru,
        fn.description.en,
      ]
        .map(escapeCell)
        .join(' | '),
    ).map((row) => `| ${row} |`),
    '',
    'Примеры / examples:',
    '',
    ...functions.map((fn) => `- \`${fn.example}\``),
  ];
  return lines.join('\n');
};

export const TABLE_START = '<!-- functions:start -->';
export const TABLE_END = '<!-- functions:end -->';

/** Replaces the text between the markers; null when the document has no markers. */
export const withFunctionsTable = (document: string, table: string = functionsMarkdownTable()): string | null =>
  replaceBetweenMarkers(document, 'functions', table);
