import { missingTargets, targetStatus } from '../../src/functions/targets';
import { readXlsxGrids } from '../../src/hosts/xlsx/read-grids';
import { SAMPLE_WORKBOOK_PATH } from '../../src/sample/sample-path';
import { MONITORING_SHEET } from '../../src/sample/sheets/monitoring-sheet';
import { thrown } from '../support/thrown';

describe('TARGET_STATUS / СТАТУС_ПОКАЗАТЕЛЯ', () => {
  it.each([
    [5, 5, '≥', 'выполнено'],
    [4, 5, '≥', 'не выполнено'],
    [32, 32, '>=', 'выполнено'],
    [31.9, 32, undefined, 'не выполнено'],
    ['80%', 80, '≥', 'выполнено'],
    [3, 2, '≤', 'не выполнено'],
    [2, 2, '=', 'выполнено'],
    ['Да', null, 'да/нет', 'выполнено'],
    ['+', null, 'да/нет', 'выполнено'],
    ['нет', null, 'да/нет', 'не выполнено'],
    ['—', 5, '≥', 'нет данных'],
    ['', 5, '≥', 'нет данных'],
    [0, 5, '≥', 'не выполнено'],
  ])('%p against %p (%p) → %s', (actual, target, comparison, expected) => {
    expect(targetStatus(actual, target, comparison, 'ru')).toBe(expected);
  });

  it('answers in English for an English Excel, and refuses an unknown comparison in Russian', () => {
    expect(targetStatus(1, 5, '≥', 'en')).toBe('missed');
    expect(thrown(() => targetStatus(1, 5, 'больше', 'ru')).message).toMatch(/Сравнение «больше» не распознано/);
    expect(thrown(() => targetStatus('много', 5, '≥', 'ru')).message).toMatch(/«много» — не число/);
  });
});

describe('MISSING_TARGETS / НЕ_ДОСТИГЛИ_ЦЕЛЕЙ', () => {
  it('over the sample’s own monitoring sheet spills the schools that missed a target, with what they missed', async () => {
    const grid = (await readXlsxGrids(SAMPLE_WORKBOOK_PATH)).find((g) => g.sheet === MONITORING_SHEET)!;
    const range = grid.values.slice(1).map((r) => r.map((v) => (v === null ? '' : v))); // from the header row, as a formula would pass it
    const spill = missingTargets(range, undefined, undefined, 'ru');
    expect(spill[0]).toEqual(['Школа', 'Не достигнуто (факт / цель)', 'Нет данных, показателей']);
    expect(spill.length).toBeGreaterThan(1);
    const staffColumn = (grid.values[1] as string[]).indexOf('Обучено педагогов');
    const schoolColumn = (grid.values[1] as string[]).indexOf('Школа');
    // Every school with fewer than 5 trained staff is listed, and its line names the indicator.
    for (const row of grid.values.slice(2)) {
      const staff = row[staffColumn];
      if (typeof staff !== 'number' || staff >= 5) continue;
      const line = spill.find((r) => r[0] === row[schoolColumn]);
      expect(line?.[1]).toMatch(new RegExp(`Обучено педагогов[^;]*: ${staff} / 5`));
    }
  });
});
