'use strict';
/** Runs the CLI like bin/opora.js and reports its own peak RSS on stderr (the hostile-input tests read it). */
const path = require('path');

process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(__dirname, '..', '..', 'tsconfig.json');
require('@swc-node/register');
const { runCli } = require('../../src/cli/main.ts');
const { processIo } = require('../../src/cli/io.ts');

runCli(process.argv.slice(2), processIo()).then((code) => {
  process.stderr.write(`\nOPORA_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
  process.exitCode = code;
});
