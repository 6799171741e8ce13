import type { MonitoringRecord } from '../../src/domain/records';
import { defaultIndicators, evaluateTargets, type Indicator, type ProgrammeSchool } from '../../src/domain/targets';
import { buildControlSheet } from '../../src/sheets/targets/control-sheet';
import { measure, timeAndMemory } from './measure';
import type { BenchSection } from './section';

const ID = 'targets';
export const TARGET_SCHOOLS = 40_000;
export const TARGET_INDICATORS = 15;

/** The nine default school indicators plus user-added numeric ones, 15 in all. */
const indicators = (): Indicator[] => {
  const school = defaultIndicators().filter((i) => i.level === 'school');
  const extra = Array.from({ length: TARGET_INDICATORS - school.length }, (_, k): Indicator => ({
    id: `user-${k}`,
    name: `Показатель пользователя ${k + 1}`,
    unit: 'шт.',
    level: 'school',
    comparison: k % 2 === 0 ? 'ge' : 'le',
    target: 3,
    targetsByYear: { 2025: 4 },
    stage: 'final',
    measure: `user-${k}`,
    source: 'решение комитета',
  }));
  return [...school, ...extra];
};

/** Monitoring of n schools: numbers, «да/нет» texts, «—» and blanks mixed, deterministic. */
const monitoring = (n: number, list: Indicator[]): MonitoringRecord[] =>
  Array.from({ length: n }, (_, s) => {
    const values: MonitoringRecord['values'] = {};
    list.forEach((i, k) => {
      const x = (s * 31 + k * 17) % 23;
      values[i.measure] = x === 0 ? null : x === 1 ? '—' : i.comparison === 'yes' ? (x % 4 === 0 ? 'нет' : 'да') : x % 9;
    });
    return { schoolKey: `школа ${s}`, schoolName: `МБОУ «СОШ № ${s + 1}»`, year: 2025, values, source: { sheet: 'Мониторинг', row: s + 3 } };
  });

export const targetsSection: BenchSection = {
  id: ID,
  title: 'Целевые показатели (домен и лист контроля, без записи в книгу)',
  runs: 5,
  run: async () => {
    const list = indicators();
    const records = monitoring(TARGET_SCHOOLS, list);
    const schools: ProgrammeSchool[] = records.map((r) => ({ key: r.schoolKey, name: r.schoolName, groups: ['ШНОР'] }));
    const evaluated = await measure(() => evaluateTargets({ year: 2025, indicators: list, schools, monitoring: records }));
    const control = evaluated.value;
    const sheet = await measure(() => buildControlSheet(control));
    return [
      ...timeAndMemory(ID, `${TARGET_SCHOOLS} школ × ${list.length} показателей: проверка`, evaluated, `не достигли: ${control.missing.length} школ; цель — менее 1 с`),
      ...timeAndMemory(ID, `${TARGET_SCHOOLS} школ: лист «Контроль показателей»`, sheet, `строк: ${sheet.value.rows.length}`),
    ];
  },
};
