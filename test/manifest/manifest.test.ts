import { readFileSync } from 'fs';
import { join } from 'path';
import { checkManifest, LIMITS, ManifestContext } from '../../scripts/manifest/checks';
import { checkRepositoryManifest } from '../../scripts/manifest-check';
import { encodePng, readPngHeader } from '../../scripts/png';
import { drawIcon, ICON_SIZES } from '../../scripts/generate-icons';
import { parseXml, descendants, localName } from '../../scripts/manifest/xml';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

const png = (size: number): Buffer => encodePng(size, size, new Uint8Array(size * size * 4));

/** Icons of the right size for whatever the manifest asks; commands associated. */
const goodContext = (overrides: Partial<ManifestContext> = {}): ManifestContext => ({
  readHostedFile: (path) => {
    const m = /icon-(\d+)\.png$/.exec(path);
    return m ? png(Number(m[1])) : null;
  },
  commandsSource: "associate('runIdentification', a); associate('buildRoadmap', b);",
  ...overrides,
});

const codes = (xml: string, context = goodContext()): string[] => checkManifest(xml, context).map((f) => f.code);

const replaceOnce = (source: string, from: string | RegExp, to: string): string => {
  const out = source.replace(from, to);
  if (out === source) throw new Error(`test setup: ${String(from)} not found in manifest.xml`);
  return out;
};

describe('manifest.xml in the repository', () => {
  it('passes every offline check (real icons, real commands module)', () => {
    expect(checkRepositoryManifest()).toEqual([]);
  });

  it('declares the ribbon the users expect, in Russian', () => {
    const root = parseXml(MANIFEST);
    const russian = descendants(root)
      .filter((e) => localName(e) === 'Override')
      .map((e) => e.attributes.Value);
    expect(russian).toEqual(expect.arrayContaining(['Опора', 'Открыть Опору', 'Идентификация', 'Построить дорожную карту']));
    const functionNames = descendants(root).filter((e) => localName(e) === 'FunctionName').map((e) => e.text);
    expect(functionNames.sort()).toEqual(['buildRoadmap', 'runIdentification']);
    const namespaceResid = descendants(root).find((e) => localName(e) === 'Namespace')?.attributes.resid;
    const namespace = descendants(root).find((e) => e.attributes.id === namespaceResid);
    expect(namespace?.attributes.DefaultValue).toBe('OPORA');
  });
});

describe('icons', () => {
  it.each(ICON_SIZES)('assets/icon-%i.png is a PNG of that size, as scripts/generate-icons.ts draws it', (size) => {
    const bytes = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
    expect(readPngHeader(bytes)).toEqual({ width: size, height: size });
    expect(bytes.equals(encodePng(size, size, drawIcon(size)))).toBe(true);
  });

  it('the glyph is visible: the icon has both background and white foreground pixels, and transparent corners', () => {
    const rgba = drawIcon(32);
    const pixel = (x: number, y: number) => Array.from(rgba.slice((y * 32 + x) * 4, (y * 32 + x) * 4 + 4));
    expect(pixel(0, 0)[3]).toBe(0);
    expect(pixel(16, 16)).toEqual([255, 255, 255, 255]);
    expect(pixel(4, 16).slice(0, 3)).not.toEqual([255, 255, 255]);
  });
});

describe('checkManifest finds each kind of defect', () => {
  it('accepts the unmodified manifest with a good context', () => {
    expect(codes(MANIFEST)).toEqual([]);
  });

  it('rejects XML that is not well-formed', () => {
    expect(codes(MANIFEST.replace('</Hosts>', ''))).toEqual(['not-well-formed']);
  });

  it('rejects OfficeApp children out of schema order', () => {
    const swapped = replaceOnce(MANIFEST, /(\s*<Permissions>ReadWriteDocument<\/Permissions>)/, '').replace('<DefaultSettings>', '<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>');
    expect(codes(swapped)).toContain('element-order');
  });

  it('rejects a missing required element and an unknown one', () => {
    expect(codes(replaceOnce(MANIFEST, /<ProviderName>.*<\/ProviderName>/, '<Provider>x</Provider>'))).toEqual(
      expect.arrayContaining(['unknown-element', 'missing-element']),
    );
  });

  it('rejects an Id that is not a GUID', () => {
    expect(codes(replaceOnce(MANIFEST, /<Id>[^<]*<\/Id>/, '<Id>opora-addin</Id>'))).toContain('id-not-guid');
  });

  it('rejects a resid that points nowhere and one that points into the wrong table', () => {
    expect(codes(replaceOnce(MANIFEST, '<Label resid="Tab.Label"/>', '<Label resid="Tab.Missing"/>'))).toContain('missing-resource');
    expect(codes(replaceOnce(MANIFEST, '<Label resid="Tab.Label"/>', '<Label resid="ShowTaskpane.Tooltip"/>'))).toContain('resource-kind');
  });

  it('rejects a string without a ru-ru override', () => {
    const withoutOverride = replaceOnce(MANIFEST, /(<bt:String id="Tab.Label" DefaultValue="Opora">)\s*<bt:Override[^>]*\/>/, '$1');
    expect(checkManifest(withoutOverride, goodContext())).toEqual([{ code: 'missing-override', message: expect.stringContaining('Tab.Label') }]);
    expect(codes(replaceOnce(MANIFEST, '<Override Locale="ru-ru" Value="Опора"/>', ''))).toEqual(['missing-override']);
  });

  it('requires the task pane button to name its task pane and load the shared runtime\'s page', () => {
    expect(codes(replaceOnce(MANIFEST, '<TaskpaneId>Opora.Taskpane</TaskpaneId>', ''))).toEqual(['taskpane-id']);
    expect(codes(replaceOnce(MANIFEST, /(<TaskpaneId>Opora\.Taskpane<\/TaskpaneId>\s*<SourceLocation resid=")Taskpane\.Url/, '$1Help.Url'))).toEqual(['taskpane-runtime']);
  });

  it('rejects a translated functions namespace', () => {
    const translated = replaceOnce(MANIFEST, '<bt:String id="Functions.Namespace" DefaultValue="OPORA"/>', '<bt:String id="Functions.Namespace" DefaultValue="OPORA"><bt:Override Locale="ru-ru" Value="ОПОРА"/></bt:String>');
    expect(codes(translated)).toEqual(['namespace-localised']);
  });

  it('requires the Russian functions metadata override', () => {
    expect(codes(replaceOnce(MANIFEST, 'functions-ru.json', 'functions.json'))).toEqual(['missing-override']);
  });

  it('requires Runtimes as the first child of the Host and the requirement sets', () => {
    const moved = replaceOnce(MANIFEST, /(\s*<Runtimes>[\s\S]*?<\/Runtimes>)(\s*<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, '$2$1');
    expect(codes(moved)).toEqual(['runtimes-first']);
    expect(codes(replaceOnce(MANIFEST, '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>', ''))).toEqual(['requirement-set']);
    expect(codes(replaceOnce(MANIFEST, '<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.8"/>'))).toEqual(['requirement-set']);
    expect(codes(replaceOnce(MANIFEST, '<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.9"/><Set Name="DialogApi" MinVersion="1.1"/>'))).toEqual(['requirement-set']);
  });

  it('rejects icons that are missing or of the wrong size', () => {
    const noIcons = goodContext({ readHostedFile: () => null });
    expect(codes(MANIFEST, noIcons)).toContain('icon-missing');
    const allSixteen = goodContext({ readHostedFile: () => png(16) });
    expect(codes(MANIFEST, allSixteen)).toContain('icon-size');
    expect(codes(MANIFEST, goodContext({ readHostedFile: () => Buffer.from('not a png') }))).toContain('icon-not-png');
  });

  it('rejects a ribbon function the commands module does not associate', () => {
    expect(codes(MANIFEST, goodContext({ commandsSource: "associate('runIdentification', a);" }))).toEqual(['command-not-associated']);
  });

  it('rejects an <AppDomain> that is not the add-in server\'s origin', () => {
    expect(codes(replaceOnce(MANIFEST, '<AppDomain>https://localhost:3000</AppDomain>', '<AppDomain>https://elsewhere.example</AppDomain>'))).toEqual(['app-domain']);
  });

  it('rejects URLs outside the add-in server', () => {
    expect(codes(replaceOnce(MANIFEST, 'https://localhost:3000/functions.js', 'http://example.org/functions.js'))).toEqual(['url']);
  });
});

describe('length limits, exactly at the boundary', () => {
  const displayName = (value: string) => replaceOnce(MANIFEST, '<DisplayName DefaultValue="Opora">', `<DisplayName DefaultValue="${value}">`);
  const description = (value: string) => replaceOnce(MANIFEST, /<Description DefaultValue="[^"]*">/, `<Description DefaultValue="${value}">`);
  const shortString = (value: string) => replaceOnce(MANIFEST, '<bt:String id="Tab.Label" DefaultValue="Opora">', `<bt:String id="Tab.Label" DefaultValue="${value}">`);
  const longString = (value: string) =>
    replaceOnce(MANIFEST, /<bt:String id="ShowTaskpane.Tooltip" DefaultValue="[^"]*">/, `<bt:String id="ShowTaskpane.Tooltip" DefaultValue="${value}">`);

  it.each([
    ['DisplayName', displayName, LIMITS.DisplayName],
    ['Description', description, LIMITS.Description],
    ['ShortStrings', shortString, LIMITS.ShortStrings],
    ['LongStrings', longString, LIMITS.LongStrings],
  ])('%s: limit-1 and limit pass, limit+1 fails', (_, make, limit) => {
    expect(codes(make('я'.repeat(limit - 1)))).toEqual([]);
    expect(codes(make('я'.repeat(limit)))).toEqual([]);
    expect(codes(make('я'.repeat(limit + 1)))).toEqual(['too-long']);
  });

  it('resid: 31 and 32 characters pass, 33 fail', () => {
    const rename = (id: string) => MANIFEST.split('"Tab.Label"').join(`"${id}"`);
    expect(codes(rename('T'.repeat(LIMITS.resid - 1)))).toEqual([]);
    expect(codes(rename('T'.repeat(LIMITS.resid)))).toEqual([]);
    expect(codes(rename('T'.repeat(LIMITS.resid + 1)))).toEqual(['resid-too-long', 'resid-too-long']);
  });
});

describe('manifest.xml promises only what exists', () => {
  it('names the partner and target steps only when the pane has them', async () => {
    const { createServices } = await import('../../src/taskpane/services/create-services');
    const { availableSteps } = await import('../../src/taskpane/capabilities');
    const { STEP_ORDER } = await import('../../src/taskpane/model');
    const { createTranslator } = await import('../../src/i18n');
    const { XlsxWorkbook } = await import('../../src/hosts/xlsx/xlsx-workbook');
    const present = availableSteps(createServices(XlsxWorkbook.empty()));
    const missing = STEP_ORDER.filter((s) => !present.includes(s));
    const texts = descendants(parseXml(MANIFEST))
      .flatMap((e) => [e.attributes?.DefaultValue, e.attributes?.Value])
      .filter((v): v is string => typeof v === 'string')
      .join('\n')
      .toLowerCase();
    const stems: Record<string, string[]> = { partners: ['партн', 'partner'], targets: ['показател', 'target', 'indicator'] };
    const wordsOf = (step: (typeof STEP_ORDER)[number]) => stems[step] ?? [createTranslator('ru')(`step.${step}`).toLowerCase().slice(0, 6), createTranslator('en')(`step.${step}`).toLowerCase().slice(0, 6)];
    for (const step of missing) for (const w of wordsOf(step)) expect({ step, found: texts.includes(w) }).toEqual({ step, found: false });
    // The steps that exist and the ribbon used to leave out are named now.
    for (const step of (['partners', 'targets'] as const).filter((s) => present.includes(s))) {
      for (const w of wordsOf(step)) expect({ step, found: texts.includes(w) }).toEqual({ step, found: true });
    }
  });
});
