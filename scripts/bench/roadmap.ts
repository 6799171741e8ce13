import { defaultCatalogue } from '../../src/domain/roadmap/default-catalogue';
import { buildRoadmap } from '../../src/domain/roadmap/plan';
import type { GradeBand, RoadmapInput, SocialComponent } from '../../src/domain/roadmap/types';
import { measureOfficeWrites } from '../../src/hosts/excel/testing/measure-office';
import type { Grid } from '../../src/grid/grid';
import { preserveEdits } from '../../src/sheets/preserve-edits';
import { buildSchoolPlansSheet } from '../../src/sheets/roadmap-school-plans-sheet';
import { buildRoadmapSheet } from '../../src/sheets/roadmap-sheet';
import { buildTimelineSheet } from '../../src/sheets/roadmap-timeline-sheet';
import type { SheetSpec } from '../../src/grid/sheet-spec';
import { measure, timeAndMemory } from './measure';
import type { BenchFigure, BenchSection } from './section';

const ID = 'roadmap';
export const ROADMAP_SCHOOLS = 2000;

const BANDS: GradeBand[] = ['1–4', '5–9', '10–11'];
const SUBJECTS = ['Математика', 'Русский язык', 'Физика', 'История'];
const SOCIAL: SocialComponent[] = ['deviant', 'nonNativeRussian', 'singleParent'];

/** n identified schools with a deterministic mix of groups, deficits, social components and partners. */
export const scaledRoadmapInput = (n: number): RoadmapInput => ({
  schoolYear: '2025/2026',
  schools: Array.from({ length: n }, (_, i) => ({
    key: `школа ${i}`,
    name: `МБОУ «СОШ № ${i + 1}»`,
    groups: i % 3 === 0 ? ['ШНОР', 'ШНСУ'] : i % 3 === 1 ? ['ШНОР'] : ['ШНСУ'],
    deficits: i % 2 === 0 ? [{ subject: SUBJECTS[i % SUBJECTS.length], band: BANDS[i % BANDS.length] }] : [],
    socialComponents: i % 5 === 0 ? [SOCIAL[i % SOCIAL.length]] : [],
    teachersAtRisk: i % 4,
  })),
  pairs: Array.from({ length: Math.floor(n / 2) }, (_, i) => ({ schoolKey: `школа ${i * 2}`, partner: `Гимназия № ${i % 50}`, note: 'помощь 5–9' })),
});

/** What a host reads back from a written spec (values only). */
const asGrid = (spec: SheetSpec): Grid => ({
  sheet: spec.name,
  values: [...spec.title.map((t) => [t]), ...spec.header, ...spec.rows.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? null : v)))],
  merges: [],
});

/** Planning and all three sheet specs for 2,000 schools, then regeneration over the previous sheets. */
export const roadmapSection: BenchSection = {
  id: ID,
  title: 'Дорожная карта (домен и листы, без записи в книгу)',
  run: async () => {
    const input = scaledRoadmapInput(ROADMAP_SCHOOLS);
    const catalogue = defaultCatalogue();
    const build = () => {
      const roadmap = buildRoadmap(input, catalogue);
      return [buildRoadmapSheet(roadmap), buildSchoolPlansSheet(roadmap), buildTimelineSheet(roadmap)];
    };
    const first = await measure(build);
    const rows = first.value.reduce((n, s) => n + s.rows.length, 0);
    const previous = first.value.map(asGrid);
    const again = await measure(() => build().map((spec, i) => preserveEdits(previous[i], spec)));
    const office: BenchFigure[] = [];
    for (const spec of first.value) {
      const cost = await measureOfficeWrites(spec);
      office.push(
        { section: ID, name: `Office.js: запись «${spec.name}», синхронизаций`, value: cost.write.syncs, unit: 'шт.', note: `${spec.rows.length} строк; цель — не более 4 плюс части данных` },
        { section: ID, name: `Office.js: запись «${spec.name}», наибольший пакет`, value: Math.round(cost.write.largestPayloadBytes / 1024), unit: 'КБ', note: 'предел 4 МБ' },
      );
    }
    return [
      ...timeAndMemory(ID, `${ROADMAP_SCHOOLS} школ: построение`, first, `строк на трёх листах: ${rows}; цель — менее 2 с`),
      ...timeAndMemory(ID, `${ROADMAP_SCHOOLS} школ: перестроение с переносом правок`, again),
      ...office,
    ];
  },
};
