/**
 * Generates from src/functions/catalogue.ts what is not produced by the webpack plugin:
 * - the function table in README.md (between <!-- functions:start --> and <!-- functions:end -->),
 *   or docs/functions.md while README.md has no markers;
 * - with --out <dir>: functions-ru.json and help.html (webpack emits the same files at build time).
 * Run: node -r @swc-node/register scripts/generate-functions-meta.ts [--out dist]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { helpPageHtml } from '../src/functions/help-page';
import { customFunctionsMetadata, functionsMarkdownTable, TABLE_END, TABLE_START, withFunctionsTable } from '../src/functions/metadata';

const ROOT = join(__dirname, '..');

/** The document that holds the function table: README.md once it has the markers, else docs/functions.md. */
export const functionsDocumentPath = (root = ROOT): string => {
  const readme = join(root, 'README.md');
  if (existsSync(readme) && withFunctionsTable(readFileSync(readme, 'utf8'), '') !== null) return readme;
  return join(root, 'docs', 'functions.md');
};

const standaloneDocument = (table: string): string =>
  `# Пользовательские функции Опоры / Opora custom functions\n\n${TABLE_START}\n${table}\n${TABLE_END}\n`;

/** The document's text with the current table (what the file should contain). */
export const expectedFunctionsDocument = (path: string): string => {
  const table = functionsMarkdownTable();
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  return (current !== null && withFunctionsTable(current, table)) || standaloneDocument(table);
};

export const GENERATED_ASSETS = {
  'functions-ru.json': () => `${JSON.stringify(customFunctionsMetadata('ru'), null, 2)}\n`,
  'help.html': () => helpPageHtml(),
} as const;

export const writeGeneratedAssets = (directory: string): string[] => {
  mkdirSync(directory, { recursive: true });
  return Object.entries(GENERATED_ASSETS).map(([name, content]) => {
    const file = join(directory, name);
    writeFileSync(file, content());
    return file;
  });
};

if (require.main === module) {
  const path = functionsDocumentPath();
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, expectedFunctionsDocument(path));
  console.log(`function table → ${path}`);
  const out = process.argv.indexOf('--out');
  if (out >= 0 && process.argv[out + 1]) for (const file of writeGeneratedAssets(process.argv[out + 1])) console.log(file);
}
