#!/usr/bin/env node
'use strict';
/** Launcher: compiles the TypeScript CLI on the fly with @swc-node/register, from any directory. */
const path = require('path');

process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
const { runCli } = require('../src/cli/main.ts');
const { processIo } = require('../src/cli/io.ts');

runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
