/** Writes the bundled sample workbook: `node -r @swc-node/register scripts/generate-sample.ts [out.xlsx]`. */
import { mkdir, writeFile } from 'fs/promises';
import { dirname, resolve } from 'path';
import { SAMPLE_WORKBOOK_PATH } from '../src/sample/sample-path';
import { sampleWorkbookBytes } from '../src/sample/write-sample';

const main = async () => {
  const out = resolve(process.argv[2] ?? SAMPLE_WORKBOOK_PATH);
  await mkdir(dirname(out), { recursive: true });
  const bytes = await sampleWorkbookBytes();
  await writeFile(out, bytes);
  console.log(`Пример книги записан: ${out} (${Math.round(bytes.length / 1024)} КБ)`);
};

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
