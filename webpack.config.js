/**
 * Opora build. Shared runtime: taskpane.html is the one page Excel loads for the task pane, the
 * custom functions and the ribbon commands, so it carries the three bundles. browser.html is the
 * same app outside Excel (no office.js, no custom functions: their runtime exists only in Excel).
 *
 *   npm run build        → dist/ ready to host (production: no source maps unless SOURCE_MAPS=1)
 *   npm run dev-server   → https://localhost:3000 (office-addin-dev-certs), http fallback with a warning
 *
 * Environment: OFFICE_JS_URL (office.js for taskpane.html, default Microsoft's CDN),
 * ADDIN_URL (where dist/ is hosted, default https://localhost:3000/): every URL of manifest.xml (its
 * <AppDomain> origin included) and every helpUrl of functions.json / functions-ru.json is derived from it.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { sources } = require('webpack');

require('@swc-node/register'); // the catalogue and generators are TypeScript
const { generatedAssets } = require('./scripts/generate-functions-meta.ts');
const { rewriteManifestUrls } = require('./scripts/manifest/rewrite-urls.ts');
const { DEV_ADDIN_URL: DEV_URL, normaliseAddinUrl } = require('./src/functions/metadata.ts');
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const ENTRIES = {
  functions: './src/functions/register.ts',
  commands: './src/commands/commands.ts',
  taskpane: './src/taskpane/index.tsx',
};

/** Page chunks in load order: functions and commands must be registered before the UI starts. */
const pages = () => [
  { filename: 'taskpane.html', chunks: ['functions', 'commands', 'taskpane'], officeJs: process.env.OFFICE_JS_URL || OFFICE_JS_CDN },
  // Outside Office there is nothing for office.js to talk to, and its loader calls Microsoft's hosts
  // (telemetry): browser mode loads no office.js at all and the task pane starts its browser host.
  { filename: 'browser.html', chunks: ['taskpane'], officeJs: null },
];

const pageTemplate = (officeJs) => `<!doctype html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=Edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Опора</title>
${officeJs ? `  <script src="${officeJs}"></script>\n` : ''}</head>
<body>
  <div id="root"></div>
</body>
</html>
`;

/**
 * Emits what the catalogue generates: functions.json, functions-ru.json (hand-made metadata: only it can
 * carry allowErrorForDataTypeAny) and help.html, with every help URL under the build's ADDIN_URL.
 */
class CatalogueAssetsPlugin {
  constructor(addinUrl) {
    this.addinUrl = addinUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CatalogueAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CatalogueAssetsPlugin', stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [name, content] of Object.entries(generatedAssets(this.addinUrl))) compilation.emitAsset(name, new sources.RawSource(content()));
      });
    });
  }
}

const copyPatterns = (addinUrl) => [
  { from: 'assets/*.png', to: 'assets/[name][ext]' },
  { from: 'assets/sample', to: 'sample', noErrorOnMissing: true },
  {
    from: 'manifest.xml',
    to: 'manifest.xml',
    transform: (content) => Buffer.from(rewriteManifestUrls(content.toString(), addinUrl)),
  },
];

const httpsOptions = async () => {
  try {
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    console.warn(
      `\n[opora] HTTPS certificates could not be created (${error instanceof Error ? error.message : error}).\n` +
        '[opora] Serving over plain HTTP: Excel will NOT load the add-in from http://localhost:3000.\n' +
        '[opora] Run `npx office-addin-dev-certs install` (may need administrator rights) and restart.\n',
    );
    return { type: 'http' };
  }
};

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const sourceMaps = process.env.SOURCE_MAPS === '1';
  const serving = process.env.WEBPACK_SERVE === 'true';
  const addinUrl = serving ? DEV_URL : normaliseAddinUrl(process.env.ADDIN_URL || DEV_URL);

  return {
    mode: production ? 'production' : 'development',
    entry: ENTRIES,
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js', // functions.js is named in manifest.xml
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    devtool: production ? (sourceMaps ? 'source-map' : false) : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; ES modules let webpack split chunks and drop unused code.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: !production || sourceMaps } },
          },
        },
        { test: /\.(png|svg)$/, type: 'asset/resource' },
      ],
    },
    optimization: {
      // One webpack runtime for the page: the three entries share module instances.
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 30 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers)[\\/]/, name: 'fluent', priority: 20 },
          // Opora's own reading and rules, shared by the custom functions and the task pane.
          core: { test: /[\\/]src[\\/](domain|tables|i18n)[\\/]/, name: 'core', chunks: 'initial', priority: 10 },
          app: { test: /[\\/]src[\\/](app|hosts|sheets)[\\/]/, name: 'app', chunks: 'initial', priority: 10 },
          vendors: { test: /[\\/]node_modules[\\/]/, name: 'vendors', chunks: 'initial', priority: 0 },
          // ExcelJS and its dependencies stay in the lazily loaded browser-host chunk.
          exceljs: { test: /[\\/]node_modules[\\/](exceljs|jszip|archiver|unzipper|saxes|readable-stream|pako|fast-csv|dayjs)[\\/]/, name: 'exceljs', chunks: 'async', priority: 40 },
        },
      },
    },
    performance: { hints: false }, // budgets are checked on gzip sizes by scripts/bundle-size.ts
    plugins: [
      new CatalogueAssetsPlugin(addinUrl),
      ...pages().map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: page.filename,
            templateContent: pageTemplate(page.officeJs),
            chunks: ['runtime', ...page.chunks],
            chunksSortMode: 'manual',
            inject: 'body',
            // Blocking scripts: Office.actions.associate runs while the page loads, before Office can
            // deliver the first ribbon click (deferred scripts lose it: office-js #5176, #3378, #2744).
            scriptLoading: 'blocking',
          }),
      ),
      new CopyWebpackPlugin({ patterns: copyPatterns(addinUrl) }),
    ],
    devServer: serving
      ? {
          port: 3000,
          hot: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: await httpsOptions(),
          static: false,
        }
      : undefined,
  };
};

module.exports.ENTRIES = ENTRIES;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
