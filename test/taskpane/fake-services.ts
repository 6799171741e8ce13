import type { SheetSpec } from '../../src/grid/sheet-spec';
import type {
  DataReading,
  FlaggedSchool,
  IdentificationOutcome,
  OporaServices,
  RunContext,
  SettingValues,
} from '../../src/taskpane/model';

const spec = (name: string, rows: (string | number)[][]): SheetSpec => ({
  name,
  kind: name,
  title: [name],
  header: [['Школа', 'Значение']],
  rows,
  columns: [{}, {}],
});

export const reading: DataReading = {
  sheets: [
    {
      sheet: 'Школы',
      kind: 'schools',
      kindLabel: { ru: 'реестр школ', en: 'schools registry' },
      rows: 3,
      fields: [{ id: 'school', label: { ru: 'Школа', en: 'School' }, required: true }],
      columns: [{ index: 0, letter: 'A', header: 'Наименование' }],
      assignment: { school: 0 },
      autoDetected: ['school'],
    },
  ],
  problems: [{ sheet: 'Школы', row: 4, column: 'B', code: 'text-in-number', message: 'Число записано текстом', severity: 'warning' }],
  counts: { schools: 3, results: 0, social: 0 },
  matches: [
    {
      a: { id: 'бабаевский район | мбоу сош№1', label: 'Бабаевский район | МБОУ СОШ №1', where: 'ЕГЭ 2023: стр. 4' },
      b: { id: 'бабаевский муниципальный округ | маоу сош№1', label: 'Бабаевский муниципальный округ | МАОУ СОШ №1', where: 'ЕГЭ 2024: стр. 4' },
      rule: { ru: 'муниципалитет отличается только словами «район», «округ»', en: 'municipality differs only in words like «район», «округ»' },
      confidence: 0.9,
    },
  ],
  unjoined: [
    {
      spelling: { id: ' | сош№1', label: '— | СОШ №1', where: 'Олимпиады: стр. 9' },
      reason: { ru: 'в таблице нет муниципалитета, а школа с таким названием есть в нескольких муниципалитетах', en: 'ambiguous' },
      candidates: [{ id: 'бабаевский муниципальный округ | маоу сош№1', label: 'Бабаевский муниципальный округ | МАОУ СОШ №1' }],
    },
  ],
};

/** Flags every school whose name sorts below the gap threshold letter count: enough to see enter/leave. */
const flaggedFor = (settings: SettingValues): FlaggedSchool[] =>
  ['Школа №1', 'Школа №2', 'Школа №3']
    .slice(0, Number(settings.gap) >= 20 ? 1 : 2)
    .map((name, i) => ({ key: `k${i + 1}`, name, groups: ['ШНОР'], reasons: `R2 > ${settings.gap}` }));

/** A fake of the app layer; calls are recorded, every operation honours its AbortSignal. */
export const fakeServices = (overrides: Partial<OporaServices> = {}) => {
  const calls: string[] = [];
  const written: SheetSpec[] = [];
  const services: OporaServices = {
    listSheets: async () => [
      { name: 'Школы', visible: true },
      { name: 'Скрытый', visible: false },
    ],
    readData: async (sheets, corrections, ctx: RunContext) => {
      calls.push(`read:${sheets.join(',')}:${JSON.stringify(corrections)}`);
      ctx.onProgress(0.5, { ru: 'Чтение' });
      return reading;
    },
    decideMatch: async (choice, ctx: RunContext) => {
      calls.push(`decide:${choice.action}:${choice.a}:${choice.b}`);
      ctx.onProgress(1, { ru: 'Готово' });
      return reading;
    },
    writeSheet: async (s) => {
      written.push(s);
      return { sheet: s.name, rows: s.rows.length, syncs: 1, largestPayloadBytes: 1 };
    },
    selectCell: async (sheet, row, column) => {
      calls.push(`select:${sheet}!${row}:${column}`);
    },
    identification: {
      groups: ['ШНОР', 'ШНСУ'],
      descriptors: [{ id: 'gap', group: 'thresholds', label: { ru: 'Порог разрыва', en: 'Gap threshold' }, kind: 'number', min: 0, max: 100 }],
      defaults: { gap: 20 },
      loadSaved: async () => null,
      schools: () => [
        { key: 'k1', name: 'Школа №1' },
        { key: 'k2', name: 'Школа №2' },
      ],
      run: async (settings, adjustments, ctx): Promise<IdentificationOutcome> => {
        calls.push(`identify:${JSON.stringify(settings)}:${adjustments.length}`);
        ctx.onProgress(1, { ru: 'Готово' });
        const flagged = flaggedFor(settings);
        return {
          summary: { ru: `ШНОР: ${flagged.length}` },
          flagged,
          counts: { low: flagged.length, social: 0, total: 3 },
          sheets: [spec('Идентификация', flagged.map((f) => [f.name, 1]))],
        };
      },
      preview: async (settings) => flaggedFor(settings),
    },
    roadmap: {
      yearOptions: () => ({ defaultYear: '2025/2026', years: ['2025/2026', '2026/2027'] }),
      build: async (year, ctx) => {
        calls.push(`roadmap:${year}`);
        if (ctx.signal.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
        return { summary: { ru: 'Мероприятий: 2' }, sheets: [spec('Дорожная карта', [['Семинар', 1], ['Курсы', 2]])] };
      },
    },
    ...overrides,
  };
  return { services, calls, written };
};
