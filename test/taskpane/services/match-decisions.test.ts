import { loadState } from '../../../src/app/state';
import type { RunContext } from '../../../src/taskpane/model';
import { createServices } from '../../../src/taskpane/services/create-services';
import { gridsToWorkbook } from '../../../src/sample/write-sample';
import { generateRegion } from '../../support/region';

/** The Данные step's decisions on school matches go through the session into the workbook's state. */
const ctx = (): RunContext => ({ signal: new AbortController().signal, onProgress: () => undefined });

describe('deciding school matches in the task pane', () => {
  it('a split is saved in the workbook, the next reading keeps the two schools apart and shows the decision; undo forgets it', async () => {
    const book = await gridsToWorkbook(generateRegion(5).grids);
    const services = createServices(book);
    const sheets = (await services.listSheets()).map((s) => s.name);
    const first = await services.readData(sheets, null, ctx());
    const match = first.matches.find((m) => m.rule.ru.includes('почётным'))!;
    const schools = first.counts.schools;
    const after = await services.decideMatch!({ a: match.a.id, b: match.b.id, action: 'split' }, ctx());
    expect((await loadState(book)).state.schoolMatches).toEqual([{ action: 'split', a: match.a.id, b: match.b.id }]);
    expect(after.counts.schools).toBe(schools + 1);
    expect(after.matches.find((m) => m.a.id === match.a.id && m.b.id === match.b.id)?.decision).toBe('split');
    const undone = await services.decideMatch!({ a: match.a.id, b: match.b.id, action: null }, ctx());
    expect((await loadState(book)).state.schoolMatches).toEqual([]);
    expect(undone.counts.schools).toBe(schools);
  });

  it('an ambiguous school merged with a registry school joins it', async () => {
    const book = await gridsToWorkbook(generateRegion(5).grids);
    const services = createServices(book);
    const sheets = (await services.listSheets()).map((s) => s.name);
    const first = await services.readData(sheets, null, ctx());
    const ambiguous = first.unjoined.find((u) => u.candidates.length > 0)!;
    const after = await services.decideMatch!({ a: ambiguous.spelling.id, b: ambiguous.candidates[0].id, action: 'merge' }, ctx());
    expect(after.unjoined.find((u) => u.spelling.id === ambiguous.spelling.id)).toBeUndefined();
    expect(after.problems.filter((p) => p.code === 'ambiguous-school')).toEqual([]);
  });
});
