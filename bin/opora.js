#!/usr/bin/env node
'use strict';
/** Launcher: runs the TypeScript CLI (compiled once per source version, see ts-cache.js), from any directory. */
require('./ts-cache').install();
const { runCli } = require('../src/cli/main.ts');
const { processIo } = require('../src/cli/io.ts');

runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
