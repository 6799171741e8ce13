import { DEFAULT_SETTINGS, SETTING_CATALOGUE, settingValue } from '../../src/domain/settings';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const shown = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : value === null ? '—' : String(value));

/** The «Параметры» sheet's rows as a markdown table: code, default, meaning (ru/en), seed reference. */
export const settingsMarkdownTable = (): string =>
  [
    'Every row is a row of the «Параметры» sheet: change the value there and run the identification again.',
    '',
    '| код / code | по умолчанию / default | смысл | meaning | источник / seed |',
    '|---|---|---|---|---|',
    ...SETTING_CATALOGUE.map(
      (e) =>
        `| \`${e.code}\` | ${cell(shown(settingValue(DEFAULT_SETTINGS, e)))} | ${cell(e.description.ru)} | ${cell(e.description.en)} | ${cell(e.seed)} |`,
    ),
  ].join('\n');
