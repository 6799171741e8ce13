import { readFileSync } from 'fs';
import { resolve } from 'path';
import { runIdentification } from '../../src/app/identify';
import { writeRoadmap } from '../../src/app/roadmap';
import { loadState } from '../../src/app/state';
import { roadmapInputFromIdentification } from '../../src/domain/roadmap/from-identification';
import { loadWorkbook } from '../../src/hosts/xlsx/load-exceljs';
import { worksheetToGrid } from '../../src/hosts/xlsx/worksheet-grid';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';

const SAMPLE = resolve(__dirname, '../../assets/sample/opora-sample.xlsx');

describe('a sheet Opora wrote reads back from its spec as ExcelJS reads the rendered file', () => {
  test.each(['ru', 'en'] as const)('identification, settings, adjustments, deficit map, roadmap sheets (%s)', async (language) => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE), 'opora-sample.xlsx');
    const identified = await runIdentification(book, { language });
    const state = (await loadState(book)).state;
    await writeRoadmap(book, state, roadmapInputFromIdentification(identified.result, { schoolYear: '2025/2026', social: [] }));
    const written = (await loadState(book)).state.generatedSheets;
    expect(written.length).toBeGreaterThanOrEqual(8);
    const fromSpecs = await book.readGrids(written);

    const rendered = await loadWorkbook(await book.toBuffer(), 'rendered');
    expect(fromSpecs).toEqual(written.map((name) => worksheetToGrid(rendered.getWorksheet(name)!)));
  }, 120_000);
});
