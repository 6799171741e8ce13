/** The build configuration, checked without running a build (that is `npm run build`, ~1 minute). */
import { existsSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configModule = require(join(ROOT, 'webpack.config.js'));

type Config = {
  entry: Record<string, string>;
  devtool: string | false;
  output: { filename: string };
  plugins: { constructor: { name: string }; userOptions?: Record<string, unknown>; options?: Record<string, unknown>; patterns?: unknown }[];
  optimization: { runtimeChunk: string; splitChunks: { cacheGroups: Record<string, { chunks?: string; test: RegExp }> } };
};

const build = async (mode: 'production' | 'development', env: Record<string, string> = {}): Promise<Config> => {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await configModule({}, { mode });
  } finally {
    process.env = saved;
  }
};

const htmlPages = (config: Config) =>
  config.plugins.filter((p) => p.constructor.name === 'HtmlWebpackPlugin').map((p) => p.userOptions as { filename: string; chunks: string[]; templateContent: string });

describe('webpack.config.js', () => {
  it('has the three entries of the shared runtime, each an existing file, with stable bundle names', async () => {
    const config = await build('production');
    expect(Object.keys(config.entry).sort()).toEqual(['commands', 'functions', 'taskpane']);
    for (const file of Object.values(config.entry)) expect(existsSync(join(ROOT, file))).toBe(true);
    expect(config.output.filename).toBe('[name].js'); // manifest.xml names functions.js
  });

  it('taskpane.html loads functions and commands before the UI, with office.js from the CDN by default', async () => {
    const [taskpane] = htmlPages(await build('production'));
    expect(taskpane.filename).toBe('taskpane.html');
    expect(taskpane.chunks).toEqual(['runtime', 'functions', 'commands', 'taskpane']);
    expect(taskpane.templateContent).toContain(`<script src="${configModule.OFFICE_JS_CDN}">`);
  });

  it('OFFICE_JS_URL replaces the office.js of taskpane.html; browser.html loads no office.js at all and no custom functions', async () => {
    const pages = htmlPages(await build('production', { OFFICE_JS_URL: 'https://example.test/office.js' }));
    expect(pages[0].templateContent).toContain('<script src="https://example.test/office.js">');
    const browser = pages.find((p) => p.filename === 'browser.html')!;
    expect(browser.templateContent).not.toMatch(/<script/);
    expect(browser.chunks).not.toContain('functions');
  });

  it('copies no office.js into the build: Excel loads its own, browser mode needs none', async () => {
    const copy = (await build('production')).plugins.find((p) => p.constructor.name === 'CopyPlugin') as unknown as { patterns: { from: string; to: string }[] };
    expect(copy.patterns.filter((p) => /office/i.test(String(p.to)))).toEqual([]);
  });

  it('writes both metadata files from the catalogue (no JSDoc plugin: it cannot set allowErrorForDataTypeAny), under ADDIN_URL', async () => {
    const names = (await build('production')).plugins.map((p) => p.constructor.name);
    expect(names).toContain('CatalogueAssetsPlugin');
    expect(names).not.toContain('CustomFunctionsMetadataPlugin');
    const plugin = (await build('production', { ADDIN_URL: 'https://opora.example.org/addin' })).plugins.find((p) => p.constructor.name === 'CatalogueAssetsPlugin') as unknown as { addinUrl: string };
    expect(plugin.addinUrl).toBe('https://opora.example.org/addin/');
  });

  it('page scripts are blocking, so the ribbon commands are associated while the page loads (office-js #5176)', async () => {
    const pages = (await build('production')).plugins.filter((p) => p.constructor.name === 'HtmlWebpackPlugin');
    for (const page of pages) expect(page.userOptions?.scriptLoading).toBe('blocking');
  });

  it('production has no source maps unless SOURCE_MAPS=1; development has them', async () => {
    expect((await build('production')).devtool).toBe(false);
    expect((await build('production', { SOURCE_MAPS: '1' })).devtool).toBe('source-map');
    expect((await build('development')).devtool).toBeTruthy();
  });

  it('keeps ExcelJS out of the start-up chunks and shares one runtime between the entries', async () => {
    const { optimization } = await build('production');
    expect(optimization.runtimeChunk).toBe('single');
    const exceljs = optimization.splitChunks.cacheGroups.exceljs;
    expect(exceljs.chunks).toBe('async');
    expect(exceljs.test.test('/x/node_modules/exceljs/dist/exceljs.min.js')).toBe(true);
  });
});
