import { defaultCatalogue } from '../../src/domain/roadmap/default-catalogue';
import { buildRoadmap } from '../../src/domain/roadmap/plan';
import { buildCatalogueSheet, readCatalogue } from '../../src/sheets/roadmap-catalogue-sheet';
import { hasKeyColumn } from '../../src/sheets/preserve-edits';
import { buildSchoolPlansSheet } from '../../src/sheets/roadmap-school-plans-sheet';
import { ROADMAP_COLUMNS, buildRoadmapSheet } from '../../src/sheets/roadmap-sheet';
import { buildTimelineSheet } from '../../src/sheets/roadmap-timeline-sheet';
import { FIXED_INPUT } from './fixture';
import { expectGolden, renderSpec } from './golden';
import { specToGrid } from '../../src/grid/spec-to-grid';

const roadmap = buildRoadmap(FIXED_INPUT, defaultCatalogue());

describe('golden sheets over a fixed identification', () => {
  it('roadmap sheet', () => expectGolden('roadmap-sheet.txt', renderSpec(buildRoadmapSheet(roadmap))));
  it('roadmap sheet in English', () => expectGolden('roadmap-sheet-en.txt', renderSpec(buildRoadmapSheet(roadmap, 'en'))));
  it('school plans sheet', () => expectGolden('school-plans-sheet.txt', renderSpec(buildSchoolPlansSheet(roadmap))));
  it('timeline sheet', () => expectGolden('timeline-sheet.txt', renderSpec(buildTimelineSheet(roadmap))));
  it('catalogue sheet', () => expectGolden('catalogue-sheet.txt', renderSpec(buildCatalogueSheet(defaultCatalogue()))));
});

describe('roadmap sheet structure', () => {
  const spec = buildRoadmapSheet(roadmap);
  it('has the seeds’ columns, a key column, and one key per row', () => {
    expect(hasKeyColumn(spec)).toBe(true);
    expect(spec.rowKeys).toHaveLength(spec.rows.length);
    expect(new Set(spec.rowKeys).size).toBe(spec.rows.length);
    expect(spec.name).toBe('Дорожная карта 2025-2026');
  });
  it('is print-ready with the approval block, frozen header and filters', () => {
    expect(spec.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true });
    expect(spec.title[0]).toMatch(/^УТВЕРЖДЁН приказом № _+ от/);
    expect(spec.freezeHeader).toBe(true);
    expect(spec.autoFilter).toBe(true);
  });
  it('heads every section with a styled row followed by its numbered items', () => {
    const sectionRows = (spec.rowStyles ?? []).filter((s) => s.style === 'section').map((s) => s.row);
    expect(sectionRows).toHaveLength(roadmap.sections.length);
    sectionRows.forEach((row, i) => {
      expect(spec.rows[row][0]).toBe(`${i + 1}. ${roadmap.sections[i].title}`);
      expect(spec.rows[row + 1][ROADMAP_COLUMNS.number]).toBe(`${i + 1}.1`);
    });
  });
  it('lists at most a dozen schools in a cell and counts the rest', () => {
    const many = {
      ...FIXED_INPUT,
      schools: Array.from({ length: 15 }, (_, i) => ({ ...FIXED_INPUT.schools[0], key: `k${i}`, name: `Школа ${i}` })),
    };
    const sheet = buildRoadmapSheet(buildRoadmap(many, defaultCatalogue()));
    const cell = sheet.rows.find((r) => String(r[1]).startsWith('Повышение квалификации учителей математики'))![ROADMAP_COLUMNS.schools];
    expect(cell).toContain('Школа 11');
    expect(cell).not.toContain('Школа 12');
    expect(cell).toMatch(/и ещё 3$/);
  });
});

describe('catalogue sheet round trip', () => {
  it('reads back exactly the catalogue it wrote', () => {
    const catalogue = defaultCatalogue();
    const read = readCatalogue(specToGrid(buildCatalogueSheet(catalogue)));
    expect(read?.problems).toEqual([]);
    expect(read?.catalogue).toEqual(catalogue);
  });
  it('reads a user-added row without a key and reports an unknown condition by row and column', () => {
    const grid = specToGrid(buildCatalogueSheet(defaultCatalogue()));
    const header = grid.values.findIndex((r) => r[1] === 'Мероприятие');
    grid.values.splice(header + 1, 0,
      ['Свой раздел', 'Своё мероприятие', 'апрель', 'ОО', '{N} ОО', 'школа', 'ШНСУ', '', null],
      ['Свой раздел', 'Плохое условие', 'апрель', 'ОО', '', 'школа', 'иногда', '', null]);
    const read = readCatalogue(grid)!;
    const own = read.catalogue.activities.find((a) => a.text === 'Своё мероприятие')!;
    expect(own.id).toMatch(/^user-/);
    expect(own.trigger).toEqual({ kind: 'group', group: 'ШНСУ' });
    expect(read.catalogue.sections[0]).toBe('Свой раздел');
    expect(read.catalogue.activities.some((a) => a.text === 'Плохое условие')).toBe(false);
    expect(read.problems).toEqual([expect.objectContaining({ code: 'roadmap-unknown-trigger', row: header + 3, column: 'G' })]);
  });
  it('returns null for a sheet that is not a catalogue', () => {
    expect(readCatalogue({ sheet: 'x', values: [['что-то']], merges: [] })).toBeNull();
  });
});
