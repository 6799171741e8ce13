import { readFileSync } from 'fs';
import { join } from 'path';
import { XlsxWorkbook } from '../../../src/hosts/xlsx/xlsx-workbook';
import type { OporaServices, RunContext } from '../../../src/taskpane/model';
import { createServices } from '../../../src/taskpane/services/create-services';

/**
 * Issue 12: one identification per pane run and per what-if preview; the partners, roadmap and targets
 * steps reuse the run's. Every identification goes through the domain's identify, spied on here.
 */
jest.mock('../../../src/domain/identify', () => {
  const actual = jest.requireActual('../../../src/domain/identify');
  return { ...actual, identify: jest.fn(actual.identify) };
});
const { identify } = jest.requireMock('../../../src/domain/identify') as { identify: jest.Mock };

const SAMPLE = join(__dirname, '..', '..', '..', 'assets', 'sample', 'opora-sample.xlsx');
const ctx = (): RunContext => ({ signal: new AbortController().signal, onProgress: () => undefined });
const signal = () => new AbortController().signal;

const openSample = async (): Promise<OporaServices> => {
  const services = createServices(await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE), 'opora-sample.xlsx'));
  await services.readData((await services.listSheets()).map((s) => s.name), null, ctx());
  return services;
};

/** How many identifications `action` made. */
const identificationsOf = async (action: () => Promise<unknown>): Promise<number> => {
  const before = identify.mock.calls.length;
  await action();
  return identify.mock.calls.length - before;
};

describe('identifications made by the task pane', () => {
  test('reading the data identifies nothing; a run and a what-if preview identify once each; the other steps reuse the run', async () => {
    identify.mockClear();
    const services = await openSample();
    expect(identify).not.toHaveBeenCalled();
    const { identification, partners, roadmap, targets } = services;
    const defaults = identification!.defaults;

    let outcome: Awaited<ReturnType<NonNullable<typeof identification>['run']>> | undefined;
    expect(await identificationsOf(async () => (outcome = await identification!.run(defaults, [], ctx())))).toBe(1);
    expect(outcome!.flagged.length).toBeGreaterThan(0);
    // The sheets the pane shows are the ones the run wrote, not rebuilt from a second identification.
    expect(outcome!.sheets.length).toBe(2);
    expect(outcome!.written!.map((w) => w.sheet)).toEqual(expect.arrayContaining(outcome!.sheets.map((s) => s.name)));

    expect(await identificationsOf(() => identification!.preview({ ...defaults, 'R2.enabled': false }, [], signal()))).toBe(1);
    const capacity = await partners!.defaultCapacity();
    expect(await identificationsOf(() => partners!.preview(capacity + 1, signal()))).toBe(0);
    expect(await identificationsOf(() => partners!.run(capacity, ctx()))).toBe(0);
    expect(await identificationsOf(() => roadmap!.build(roadmap!.yearOptions().defaultYear, ctx()))).toBe(0);
    expect(await identificationsOf(() => targets!.run(ctx()))).toBe(0);
    expect(await identificationsOf(() => identification!.preview(defaults, [], signal()))).toBe(1);
    expect(await identificationsOf(() => identification!.run(defaults, [], ctx()))).toBe(1);
  }, 120_000);

  test('the preview and the run agree: the same settings flag the same schools', async () => {
    const services = await openSample();
    const identification = services.identification!;
    const settings = { ...identification.defaults, 'R3.enabled': false };
    const preview = await identification.preview(settings, [], signal());
    const run = await identification.run(settings, [], ctx());
    expect(preview).toEqual(run.flagged);
  }, 120_000);

  test('an adjustment without a year concerns the latest year, in the preview as in the run', async () => {
    const services = await openSample();
    const identification = services.identification!;
    const first = await identification.run(identification.defaults, [], ctx());
    const school = first.flagged[0];
    const exclude = (year?: number) => school.groups.map((group) => ({ schoolKey: school.key, schoolName: school.name, action: 'exclude' as const, group, reason: 'решение экспертов', ...(year === undefined ? {} : { year }) }));
    const listed = (flagged: { key: string }[]) => flagged.some((s) => s.key === school.key);
    expect(listed(await identification.preview(identification.defaults, exclude(), signal()))).toBe(false);
    // The years of the results sheets: excluding in the latest hides the school, in an earlier one it does not.
    const reading = await services.readData((await services.listSheets()).map((s) => s.name), null, ctx());
    const years = reading.sheets.flatMap((s) => (s.sheetMeta?.year ? [s.sheetMeta.year] : []));
    const [earliest, latest] = [Math.min(...years), Math.max(...years)];
    expect(earliest).toBeLessThan(latest);
    expect(listed(await identification.preview(identification.defaults, exclude(latest), signal()))).toBe(false);
    expect(listed(await identification.preview(identification.defaults, exclude(earliest), signal()))).toBe(true);
    expect(listed((await services.identification!.run(identification.defaults, exclude(), ctx())).flagged)).toBe(false);
  }, 120_000);

  test('targets before any identification identify once themselves', async () => {
    const services = await openSample();
    identify.mockClear();
    expect(await identificationsOf(() => services.targets!.run(ctx()))).toBe(1);
  }, 120_000);
});
