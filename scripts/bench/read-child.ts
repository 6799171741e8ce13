/** One read of an .xlsx file and its recognition, in this (fresh) process: prints the time, reports peak RSS. */
import { readXlsxGrids } from '../../src/hosts/xlsx/read-grids';
import { readWorkbook } from '../../src/tables';

const main = async () => {
  const start = process.hrtime.bigint();
  const read = readWorkbook(await readXlsxGrids(process.argv[2]));
  const ms = Math.round(Number(process.hrtime.bigint() - start) / 1e6);
  process.stderr.write(`OPORA_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
  console.log(JSON.stringify({ ms, records: read.dataset.results.length + read.dataset.teachers.length, problems: read.problems.length }));
};
void main();
