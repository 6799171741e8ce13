'use strict';
/**
 * Runs the TypeScript sources through @swc-node/register's compiler, with each compiled module kept on
 * disk under node_modules/.cache/opora, keyed by a hash of its source text, path and compiler setup
 * (never by mtime, so an edited file is never served stale). A warm run loads neither TypeScript nor
 * swc, which is most of the CLI's start-up. Without a writable cache it simply compiles every time.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'opora');
const EXTENSIONS = ['.ts', '.tsx'];

const readOr = (file, fallback) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
};

const packageVersion = (name) => readOr(path.join(ROOT, 'node_modules', name, 'package.json'), '');

/** Everything besides the source that changes what the compiler emits. */
const setupSalt = () =>
  [
    'opora-ts-cache-1',
    process.version,
    packageVersion('@swc-node/register'),
    packageVersion('@swc-node/core'),
    packageVersion('@swc/core'),
    readOr(process.env.SWC_NODE_PROJECT, ''),
    process.env.SWC_NODE_PROJECT,
    process.env.SWCRC ?? '',
    process.env.SWC_CONFIG_FILE ?? '',
    process.env.SWC_NODE_SOURCE_MAP_MODE ?? '',
    process.env.SWC_NODE_INLINE_SOURCE_MAP ?? '',
    process.env.SWC_NODE_IGNORE_DYNAMIC ?? '',
  ].join('\u0000');

let compileWithSwc;
/** The compiler @swc-node/register would use, loaded on the first cache miss only. */
const swcCompiler = () => {
  if (!compileWithSwc) {
    const { compile } = require('@swc-node/register/register');
    const { readDefaultTsConfig } = require('@swc-node/register/read-default-tsconfig');
    const ts = require('typescript');
    const options = process.env.SWCRC ? {} : readDefaultTsConfig();
    options.module = ts.ModuleKind.CommonJS;
    compileWithSwc = (source, filename) => compile(source, filename, { ...options });
  }
  return compileWithSwc;
};

const writeAtomically = (file, text) => {
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
  } catch {
    // A read-only install still runs, compiling each time.
  }
};

const install = () => {
  process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(ROOT, 'tsconfig.json');
  // Stack traces are shown only with OPORA_DEBUG: only then Node maps them through the inline maps (it costs ~40 ms).
  if (process.env.OPORA_DEBUG) process.setSourceMapsEnabled(true);
  const salt = setupSalt();
  const compiled = (source, filename) => {
    const key = crypto.createHash('sha256').update(salt).update('\u0000').update(filename).update('\u0000').update(source).digest('hex');
    const file = path.join(CACHE_DIR, `${key}.js`);
    const hit = readOr(file, undefined);
    if (hit !== undefined) return hit;
    const code = swcCompiler()(source, filename);
    writeAtomically(file, code);
    return code;
  };
  for (const ext of EXTENSIONS) {
    require.extensions[ext] = (module, filename) => {
      module._compile(compiled(fs.readFileSync(filename, 'utf8'), filename), filename);
    };
  }
};

module.exports = { install };
