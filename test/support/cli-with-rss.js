'use strict';
/** Runs the CLI like bin/opora.js and reports its own peak RSS on stderr (the hostile-input tests read it). */
require('../../bin/ts-cache').install();
const { runCli } = require('../../src/cli/main.ts');
const { processIo } = require('../../src/cli/io.ts');

runCli(process.argv.slice(2), processIo()).then((code) => {
  process.stderr.write(`\nOPORA_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
  process.exitCode = code;
});
