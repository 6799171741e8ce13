import { DEFAULT_SETTINGS, identify } from '../../src/domain';
import type { Dataset, School } from '../../src/domain/records';
import { applyIdentities } from '../../src/tables/identity';
import type { SheetReport } from '../../src/tables/sheet-output';
import { buildScaledDataset, buildScaledTeacherDataset, SCALED_YEARS } from '../../src/sample/scaled';
import { measure, timeAndMemory } from './measure';
import type { BenchSection } from './section';
import { SCHOOLS, TEACHER_ROWS } from './xlsx-read';

const ID = 'identify';

/**
 * The dataset as the reader hands it to the identity step: one School per row read (the registry's rows,
 * then one per result, olympiad and social row, named as written, the results with their municipality).
 */
const asRead = (dataset: Dataset): { dataset: Dataset; reports: SheetReport[] } => {
  const registry = dataset.schools.map((s, i): School => ({ ...s, key: s.name, source: { sheet: 'Школы', row: i + 2 } }));
  const municipalityOf = new Map(dataset.schools.map((s) => [s.key, s.municipality]));
  const mentions: School[] = [...registry];
  for (const list of [dataset.results, dataset.olympiads, dataset.social])
    for (const r of list) mentions.push({ key: r.schoolName, name: r.schoolName, ...(list === dataset.results ? { municipality: municipalityOf.get(r.schoolKey) } : {}), source: r.source, year: r.year });
  const report = (sheet: string, kind: SheetReport['kind']): SheetReport => ({ sheet, kind, headerRows: [1], fields: [{ column: 'B', path: 'Школа', field: 'school' }], years: [], schools: 0, subtotalRows: [] });
  return { dataset: { ...dataset, schools: mentions }, reports: [report('Школы', 'schools')] };
};

/** The domain alone on typed records (no reading, no writing). */
export const identifySection: BenchSection = {
  id: ID,
  title: 'Идентификация (только домен)',
  runs: 5,
  run: async () => {
    const schools = buildScaledDataset(SCHOOLS);
    const m1 = await measure(() => identify(schools, DEFAULT_SETTINGS));
    const flagged = m1.value.schools.filter((s) => s.groups.length > 0).length;
    schools.results.length = 0; // let the first dataset go before the double-size one
    const double = buildScaledDataset(SCHOOLS * 2);
    const m80 = await measure(() => identify(double, DEFAULT_SETTINGS));
    double.results.length = 0;
    const teachers = buildScaledTeacherDataset(TEACHER_ROWS);
    const m2 = await measure(() => identify(teachers, DEFAULT_SETTINGS, { years: [...SCALED_YEARS] }));
    const flaggedTeachers = m2.value.teachers.filter((t) => t.flagged).length;
    // The identity step between reading and identification, then identification on its keys.
    const read = asRead(buildScaledDataset(SCHOOLS));
    const rows = read.dataset.schools.length;
    const m3 = await measure(() => applyIdentities(read.dataset, read.reports));
    const m4 = await measure(() => identify(read.dataset, DEFAULT_SETTINGS));
    return [
      ...timeAndMemory(ID, `${SCHOOLS} школ × 3 года × 3 вида оценки`, m1, `отмечено школо-лет: ${flagged}; цель < 700 мс`),
      ...timeAndMemory(ID, `${SCHOOLS * 2} школ × 3 года × 3 вида оценки`, m80),
      { section: ID, name: `рост от ${SCHOOLS} к ${SCHOOLS * 2} школам`, value: Math.round((m80.ms / m1.ms) * 100) / 100, unit: '×', note: 'линейный рост — 2,0; цель ≤ 2,1' },
      ...timeAndMemory(ID, `${TEACHER_ROWS} строк педагогов`, m2, `отмечено критериев педагогов: ${flaggedTeachers}`),
      ...timeAndMemory(ID, `${SCHOOLS} школ: сопоставление школ (муниципалитет + название)`, m3, `строк со школой: ${rows}, школ: ${m3.value.identities.size}`),
      ...timeAndMemory(ID, `${SCHOOLS} школ × 3 года × 3 вида оценки, ключи «муниципалитет|название»`, m4, `школ: ${new Set(m4.value.schools.map((s) => s.schoolKey)).size}`),
    ];
  },
};
