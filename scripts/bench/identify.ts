import { DEFAULT_SETTINGS, identify } from '../../src/domain';
import type { Dataset, School } from '../../src/domain/records';
import { applyIdentities } from '../../src/tables/identity';
import type { SheetReport } from '../../src/tables/sheet-read-result';
import { buildScaledDataset, buildScaledTeacherDataset, SCALED_YEARS } from '../../src/sample/scaled';
import { measure, measureOnly, timeAndMemory } from './measure';
import type { BenchSection } from './section';
import { SCHOOLS, TEACHER_ROWS } from './xlsx-read';

const ID = 'identify';

/**
 * The dataset as the reader hands it to the identity step: one School per row read (the registry's rows,
 * then one per result, olympiad and social row, named as written, the results with their municipality).
 * Result records carry their row's municipality, as the reader's do: the step then replaces a value rather
 * than adding a property to each of 840,000 records.
 */
const asRead = (dataset: Dataset): { dataset: Dataset; reports: SheetReport[] } => {
  const registry = dataset.schools.map((s, i): School => ({ ...s, key: s.name, source: { sheet: 'Школы', row: i + 2 } }));
  const municipalityOf = new Map(dataset.schools.map((s) => [s.key, s.municipality]));
  for (const r of dataset.results) r.municipality = municipalityOf.get(r.schoolKey);
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
    // Each case keeps only its figures: a previous case's result (150-300 MB) left in the heap would make the
    // next one's garbage collection slower and its figure not its own.
    let flagged = 0;
    const m1 = await measureOnly(async () => {
      const schools = buildScaledDataset(SCHOOLS);
      const m = await measure(() => identify(schools, DEFAULT_SETTINGS));
      flagged = m.value.schools.filter((s) => s.groups.length > 0).length;
      return m;
    });
    const m80 = await measureOnly(async () => {
      const double = buildScaledDataset(SCHOOLS * 2);
      return measure(() => identify(double, DEFAULT_SETTINGS));
    });
    let flaggedTeachers = 0;
    const m2 = await measureOnly(async () => {
      const teachers = buildScaledTeacherDataset(TEACHER_ROWS);
      const m = await measure(() => identify(teachers, DEFAULT_SETTINGS, { years: [...SCALED_YEARS] }));
      flaggedTeachers = m.value.teachers.filter((t) => t.flagged).length;
      return m;
    });
    // The identity step between reading and identification, then identification on its keys.
    const read = asRead(buildScaledDataset(SCHOOLS));
    const rows = read.dataset.schools.length;
    let identities = 0;
    const m3 = await measureOnly(async () => {
      const m = await measure(() => applyIdentities(read.dataset, read.reports));
      identities = m.value.identities.size;
      return m;
    });
    let keyed = 0;
    const m4 = await measureOnly(async () => {
      const m = await measure(() => identify(read.dataset, DEFAULT_SETTINGS));
      keyed = new Set(m.value.schools.map((s) => s.schoolKey)).size;
      return m;
    });
    return [
      ...timeAndMemory(ID, `${SCHOOLS} школ × 3 года × 3 вида оценки`, m1, `отмечено школо-лет: ${flagged}; цель < 700 мс`),
      ...timeAndMemory(ID, `${SCHOOLS * 2} школ × 3 года × 3 вида оценки`, m80),
      { section: ID, name: `${SCHOOLS * 2} школ: буферная память (ArrayBuffer) к концу`, value: m80.buffersMb, unit: 'МБ', note: 'при росте более чем на 64 МБ V8 собирает всю кучу с входными данными' },
      { section: ID, name: `рост от ${SCHOOLS} к ${SCHOOLS * 2} школам`, value: Math.round((m80.ms / m1.ms) * 100) / 100, unit: '×', note: 'линейный рост — 2,0; цель ≤ 2,1' },
      ...timeAndMemory(ID, `${TEACHER_ROWS} строк педагогов`, m2, `отмечено критериев педагогов: ${flaggedTeachers}`),
      ...timeAndMemory(ID, `${SCHOOLS} школ: сопоставление школ (муниципалитет + название)`, m3, `строк со школой: ${rows}, школ: ${identities}`),
      ...timeAndMemory(ID, `${SCHOOLS} школ × 3 года × 3 вида оценки, ключи «муниципалитет|название»`, m4, `школ: ${keyed}`),
    ];
  },
};
