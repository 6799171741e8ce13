import { runIdentification } from '../../src/app/identify';
import type { IdentificationResult, Settings } from '../../src/domain';
import { sheetPreview } from '../../src/grid/sheet-preview';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { buildSampleGrids } from '../../src/sample';
import { gridsToWorkbook } from '../../src/sample/write-sample';
import { deficitMapSheet } from '../../src/sheets/deficit-map-sheet';
import { identificationSheet } from '../../src/sheets/identification-sheet';

let result: IdentificationResult;
let settings: Settings;
beforeAll(async () => {
  const book = await XlsxWorkbook.fromBuffer(await (await gridsToWorkbook(buildSampleGrids())).toBuffer());
  ({ result, settings } = await runIdentification(book, { writeSheets: false }));
});

describe('sheet builders asked for the first rows only (the pane preview of a sheet built on save)', () => {
  const builders = {
    identification: (head?: number) => identificationSheet(result, result.lastYear, 'ru', head),
    'deficit map': (head?: number) => deficitMapSheet(result, settings.deficits, 'ru', head),
  };

  it.each(Object.entries(builders))('%s: the same as the preview of the whole sheet, at and around the row count', (_, build) => {
    const whole = build();
    expect(whole.rows.length).toBeGreaterThan(3);
    for (const head of [1, 3, whole.rows.length - 1, whole.rows.length, whole.rows.length + 1]) {
      expect(build(head)).toEqual(sheetPreview(whole, head));
    }
  });
});
