import { defaultCommandActions } from '../../src/commands/default-actions';
import type { WorkbookPort } from '../../src/hosts/port';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { gridsToWorkbook } from '../../src/sample/write-sample';
import { buildSampleGrids } from '../../src/sample';

describe('default ribbon actions over a workbook', () => {
  let book: WorkbookPort;

  beforeAll(async () => {
    book = await gridsToWorkbook(buildSampleGrids());
  });

  it('«Идентификация» writes the identification sheets and summarises the counts in Russian', async () => {
    const before = (await book.listSheets()).map((s) => s.name);
    const message = await defaultCommandActions(() => book).runIdentification();
    // Which sheets identification writes is the app layer's business; the message must name each of them.
    const added = (await book.listSheets()).map((s) => s.name).filter((n) => !before.includes(n));
    expect(message).toMatch(/^Идентификация за \d{4} год выполнена\. ШНОР — \d+, ШНСУ — \d+ из \d+ школ\./);
    for (const sheet of added) expect(message).toContain(`«${sheet}»`);
  });

  it('«Построить дорожную карту» writes the roadmap sheets and names them', async () => {
    const before = (await book.listSheets()).map((s) => s.name);
    const message = await defaultCommandActions(() => book).buildRoadmap();
    const added = (await book.listSheets()).map((s) => s.name).filter((n) => !before.includes(n));
    expect(added.length).toBeGreaterThan(0);
    expect(message.startsWith('Дорожная карта построена.')).toBe(true);
    for (const sheet of added) expect(message).toContain(`«${sheet}»`);
  });

  it('an empty workbook fails with a Russian reason instead of writing empty sheets', async () => {
    const empty = XlsxWorkbook.empty();
    await expect(defaultCommandActions(() => empty).runIdentification()).rejects.toThrow(/не найдено данных для идентификации/);
  });
});
