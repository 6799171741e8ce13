import type { FunctionDecl, ParameterDecl } from './function-decl';

/** The declarations of the target-indicator functions (listed in catalogue.ts's FUNCTIONS, which passes its shared parameters). */
export const targetFunctions = (year: ParameterDecl): FunctionDecl[] => [
  {
    id: 'TARGET_STATUS',
    name: { en: 'TARGET_STATUS', ru: 'СТАТУС_ПОКАЗАТЕЛЯ' },
    description: {
      ru: 'Выполнен ли целевой показатель: «выполнено», «не выполнено» или «нет данных» (пустая ячейка и «—» — не невыполнение)',
      en: 'Whether a target is met: «выполнено» (met), «не выполнено» (missed) or «нет данных» (no data; an empty cell or «—» is not a failure)',
    },
    parameters: [
      {
        name: 'actual',
        nameRu: 'факт',
        type: 'any',
        dimensionality: 'scalar',
        description: { ru: 'Значение школы: число, «да/нет», «+», «выполнено», дата; пусто или «—» — нет данных', en: 'The school’s value: a number, yes/no, «+», «выполнено», a date; empty or «—» = no data' },
      },
      {
        name: 'target',
        nameRu: 'цель',
        type: 'any',
        dimensionality: 'scalar',
        description: { ru: 'Целевое значение (для «да/нет» можно не указывать)', en: 'The target (may be empty for yes/no)' },
      },
      {
        name: 'comparison',
        nameRu: 'сравнение',
        type: 'string',
        dimensionality: 'scalar',
        optional: true,
        description: { ru: '≥ (по умолчанию), ≤, = или «да/нет»', en: '≥ (default), ≤, = or «да/нет» (yes/no)' },
      },
    ],
    result: { type: 'string', dimensionality: 'scalar', description: { ru: 'выполнено / не выполнено / нет данных', en: 'met / missed / no data' } },
    example: '=OPORA.TARGET_STATUS(E5, 5, "≥")',
  },
  {
    id: 'MISSING_TARGETS',
    name: { en: 'MISSING_TARGETS', ru: 'НЕ_ДОСТИГЛИ_ЦЕЛЕЙ' },
    description: {
      ru: 'Школы, не достигшие хотя бы одного целевого показателя, с тем, что не достигнуто (по таблице мониторинга)',
      en: 'Schools that missed at least one target, with what they missed (from a monitoring table)',
    },
    parameters: [
      {
        name: 'monitoring',
        nameRu: 'мониторинг',
        type: 'any',
        dimensionality: 'matrix',
        description: {
          ru: 'Таблица мониторинга со строкой заголовков: лист «Мониторинг показателей» Опоры или ваш лист мониторинга',
          en: 'Monitoring table with its header row: Opora’s «Мониторинг показателей» sheet or your own monitoring sheet',
        },
      },
      {
        name: 'targets',
        nameRu: 'показатели',
        type: 'any',
        dimensionality: 'matrix',
        optional: true,
        description: {
          ru: 'Диапазон листа «Целевые показатели» со строкой заголовков (по умолчанию — показатели концепции)',
          en: 'Range of the «Целевые показатели» sheet with its header row (default: the concept’s indicators)',
        },
      },
      year,
    ],
    result: {
      type: 'any',
      dimensionality: 'matrix',
      description: { ru: 'Школа | Не достигнуто (факт / цель) | Нет данных, показателей', en: 'School | Missed (actual / target) | No data, indicators' },
    },
    example: "=OPORA.MISSING_TARGETS('Мониторинг показателей 2025'!A3:P40, 'Целевые показатели'!A3:O20)",
  },
];
