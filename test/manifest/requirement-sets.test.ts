/**
 * The requirement sets manifest.xml declares cover what the code calls, and nothing newer is called
 * without asking Office first. The calls are found by the TypeScript checker in src/ and their sets
 * read from the Office.js typings' doc comments (scripts/manifest/api-usage.ts).
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { apiUses, compareVersions, type ApiUse } from '../../scripts/manifest/api-usage';
import { descendants, localName, parseXml } from '../../scripts/manifest/xml';
import { ExcelWorkbook } from '../../src/hosts/excel/excel-workbook';
import { DECLARED_REQUIREMENTS, RUNTIME_CHECKED } from '../../src/hosts/excel/requirements';
import { OfficeDouble } from '../support/office-double';

const ROOT = join(__dirname, '..', '..');

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });

let uses: ApiUse[];
beforeAll(() => {
  uses = apiUses(ROOT, sources(join(ROOT, 'src')));
}, 180_000);

const runtimeChecked = Object.values(RUNTIME_CHECKED) as readonly { set: string; version: string; members: readonly string[] }[];
const isRuntimeChecked = (use: ApiUse) =>
  runtimeChecked.some((r) => r.set === use.set && r.version === use.version && r.members.includes(use.member));

describe('requirement sets', () => {
  it('the code uses what the typings tag (sanity: the scan finds the calls)', () => {
    const members = new Set(uses.map((u) => u.member));
    for (const m of ['Worksheet.autoFilter', 'Worksheet.pageLayout', 'Range.getMergedAreasOrNullObject', 'Addin.showAsTaskpane', 'CustomFunctions.Error', 'Worksheet.visibility'])
      expect(members).toContain(m);
  });

  it('manifest.xml declares exactly DECLARED_REQUIREMENTS', () => {
    const sets = descendants(parseXml(readFileSync(join(ROOT, 'manifest.xml'), 'utf8')))
      .filter((e) => localName(e) === 'Set')
      .map((e) => ({ set: e.attributes.Name, version: e.attributes.MinVersion }));
    expect(sets).toEqual([...DECLARED_REQUIREMENTS]);
  });

  it('each declared version is the highest the code calls without a runtime check: covering, and no higher', () => {
    for (const { set, version } of DECLARED_REQUIREMENTS) {
      const needed = uses.filter((u) => u.set === set && !isRuntimeChecked(u)).map((u) => u.version);
      const highest = needed.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b), '1.1');
      expect({ set, version }).toEqual({ set, version: highest });
    }
  });

  it('every call above the declared sets is one of the runtime-checked APIs', () => {
    const declared = new Map(DECLARED_REQUIREMENTS.map((r) => [r.set, r.version]));
    const unguarded = uses.filter((u) => {
      const version = declared.get(u.set);
      return (version === undefined || compareVersions(u.version, version) > 0) && !isRuntimeChecked(u);
    });
    expect(unguarded.map((u) => `${u.member} (${u.set} ${u.version}) at ${u.file}:${u.line}`)).toEqual([]);
  });

  it('the merged-areas API is called only when Office says ExcelApi 1.13 is there', async () => {
    const read = async (highest: string) => {
      const office = { context: { requirements: { isSetSupported: (set: string, v: string) => set === 'ExcelApi' && compareVersions(v, highest) <= 0 } } };
      (globalThis as { Office?: unknown }).Office = office;
      try {
        const double = new OfficeDouble();
        double.supportsMergedAreas = compareVersions(RUNTIME_CHECKED.mergedAreas.version, highest) <= 0;
        double.seedSheet('Лист', { values: [['Заголовок', null], ['a', 'b']], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] });
        return (await new ExcelWorkbook(double.run).readGrids(['Лист']))[0].merges;
      } finally {
        delete (globalThis as { Office?: unknown }).Office;
      }
    };
    expect(await read('1.12')).toEqual([]); // ApiNotFound would have failed the read
    expect(await read('1.13')).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });
});
