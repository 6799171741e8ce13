#!/usr/bin/env node
/**
 * Browser mode: serves the built task pane (dist/browser.html, office.js from node_modules) with the
 * bundled sample workbook, so Opora runs without Excel. Builds dist/ first when it is missing or older
 * than the sources. Plain Node: no packages beyond the build itself.
 *
 *   npm start                 -> http://localhost:3000/browser.html
 *   PORT=8080 npm start       -> another port (OPORA_NO_OPEN=1: do not open a browser window)
 *   require('./start-browser').startBrowserServer({ port: 0 }) -> { url, port, close() } (tests)
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const SAMPLE_DIR = path.join(ROOT, 'assets', 'sample');
const ENTRY = 'browser.html';
const BUILD_INPUTS = ['src', 'assets', 'webpack.config.js', 'package.json', 'manifest.xml'];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.woff2': 'font/woff2',
};

const newestMtime = (p) => {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((m, name) => Math.max(m, newestMtime(path.join(p, name))), stat.mtimeMs);
};

const isBuildFresh = () => {
  const entry = path.join(DIST, ENTRY);
  if (!fs.existsSync(entry)) return false;
  const built = fs.statSync(entry).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(path.join(ROOT, input)) <= built);
};

/** Runs the production build unless dist/ is newer than every source. Throws when the build fails. */
const ensureBuild = ({ force = false, log = console.log } = {}) => {
  if (!force && isBuildFresh()) return false;
  log('Сборка Опоры (webpack --mode production)…');
  const result = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`Сборка не удалась (код ${result.status}). Исправьте ошибки выше и запустите снова.`);
  // webpack leaves an unchanged browser.html untouched: mark the build's time on it, or every start would rebuild.
  const now = new Date();
  fs.utimesSync(path.join(DIST, ENTRY), now, now);
  return true;
};

/** Maps a URL path to a file under dist/, or under assets/sample/ for /sample/*; null outside them. */
const resolveFile = (urlPath) => {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const relative = decoded === '/' ? ENTRY : decoded.replace(/^\/+/, '');
  const candidates = [path.join(DIST, relative)];
  if (relative.startsWith('sample/')) candidates.push(path.join(SAMPLE_DIR, relative.slice('sample/'.length)));
  for (const file of candidates) {
    const base = file.startsWith(DIST + path.sep) ? DIST : SAMPLE_DIR;
    if (!file.startsWith(base + path.sep)) continue;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
};

const handle = (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveFile(req.url || '/');
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Не найдено');
    return;
  }
  const type = MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': fs.statSync(file).size, 'Cache-Control': 'no-cache' });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
};

/**
 * Starts the static server; resolves once it listens. port 0 picks a free port.
 * build: 'auto' (default) builds when stale, false never builds (dist/ must exist).
 */
const startBrowserServer = async ({ port = 3000, host = '127.0.0.1', build = 'auto', log = console.log } = {}) => {
  if (build) ensureBuild({ log });
  if (!fs.existsSync(path.join(DIST, ENTRY))) throw new Error(`Нет ${path.join('dist', ENTRY)}: выполните npm run build.`);
  const server = http.createServer(handle);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  const url = `http://localhost:${actual}/${ENTRY}`;
  return { url, port: actual, close: () => new Promise((resolve) => server.close(() => resolve())) };
};

/** Opens the page in the default browser when a person runs `npm start` (not in CI, not when piped). */
const openInBrowser = (url) => {
  if (!process.stdout.isTTY || process.env.CI || process.env.OPORA_NO_OPEN) return;
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined); // no browser opener: the printed URL is enough
    child.unref();
  } catch {
    // same: the URL is printed
  }
};

module.exports = { startBrowserServer, ensureBuild, isBuildFresh, resolveFile };

if (require.main === module) {
  const port = Number(process.env.PORT || 3000);
  startBrowserServer({ port })
    .then(({ url }) => {
      console.log(`Опора в режиме браузера: ${url}`);
      console.log('Откройте адрес в браузере (Chrome, Edge, Firefox, Яндекс Браузер). Остановить: Ctrl+C.');
      openInBrowser(url);
    })
    .catch((error) => {
      console.error(error.code === 'EADDRINUSE' ? `Порт ${port} занят: запустите с другим, например PORT=3001 npm start.` : error.message);
      process.exit(1);
    });
}
