import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildRoadmapFromWorkbook, roadmapSheetNames, type RoadmapRun } from '../../src/app/roadmap';
import { parseArgs } from '../../src/cli/args';
import { roadmapCommand } from '../../src/cli/commands/roadmap';
import { UserError } from '../../src/cli/errors';
import { openXlsxFile } from '../../src/hosts/xlsx/xlsx-file';
import { expectGolden, renderSpec } from './golden';

const SAMPLE = path.join(__dirname, '../../assets/sample/opora-sample.xlsx');

describe('roadmap of the sample workbook', () => {
  let run: RoadmapRun;
  beforeAll(async () => {
    run = await buildRoadmapFromWorkbook(await openXlsxFile(SAMPLE), { schoolYear: '2025/2026' });
  });

  it('golden: the district roadmap sheet', () => {
    expectGolden('sample-roadmap-sheet.txt', renderSpec(run.specs.find((s) => s.kind === 'roadmap')!));
  });

  it('golden: the schools’ own plans', () => {
    expectGolden('sample-school-plans-sheet.txt', renderSpec(run.specs.find((s) => s.kind === 'roadmap-school-plans')!));
  });

  it('plans every identified school and creates the catalogue on first use', () => {
    expect(run.catalogueCreated).toBe(true);
    expect(run.roadmap.schoolPlans.length).toBeGreaterThan(0);
    expect(run.roadmap.schoolPlans.every((p) => p.school.groups.length > 0 && p.items.length > 0)).toBe(true);
    expect(run.reports.map((r) => r.sheet)).toEqual(Object.values(roadmapSheetNames('2025/2026')));
  });
});

describe('opora roadmap (CLI)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opora-cli-roadmap-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const io = (lines: string[]) => ({ out: (t: string) => lines.push(t), err: (t: string) => lines.push(t), cwd: dir });
  const cli = (argv: string[], lines: string[] = []) => roadmapCommand.run(parseArgs(argv, roadmapCommand.options), io(lines));

  it('writes the workbook and the JSON, leaving the input file untouched', async () => {
    const before = fs.readFileSync(SAMPLE);
    const lines: string[] = [];
    expect(await cli([SAMPLE, '--year', '2025/2026', '--out', 'out.xlsx', '--json', 'out.json'], lines)).toBe(0);
    expect(fs.readFileSync(SAMPLE).equals(before)).toBe(true);
    const book = await openXlsxFile(path.join(dir, 'out.xlsx'));
    const names = (await book.listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(roadmapSheetNames('2025/2026'))));
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(json.schoolYear).toBe('2025/2026');
    expect(json.sections[0].items[0].number).toBe('1.1');
    expect(json.schoolPlans.length).toBeGreaterThan(0);
    expect(lines.join('\n')).toContain('Дорожная карта 2025/2026');
  });

  it('rejects a school year it cannot read, in Russian', async () => {
    await expect(cli([SAMPLE, '--year', '2025/2027'])).rejects.toThrow(UserError);
    await expect(cli([SAMPLE, '--year', 'весна'])).rejects.toThrow(/учебный год/);
  });

  it('asks for exactly one workbook', async () => {
    await expect(cli([])).rejects.toThrow(/Укажите книгу/);
  });
});
