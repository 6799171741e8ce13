/**
 * Generates from src/functions/catalogue.ts what the webpack plugin does not: functions-ru.json and
 * help.html (webpack emits the same files at build time). The README table: scripts/generate-readme.ts.
 * Run: node -r @swc-node/register scripts/generate-functions-meta.ts [--out dist]
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { helpPageHtml } from '../src/functions/help-page';
import { customFunctionsMetadata } from '../src/functions/metadata';

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
  const out = process.argv.indexOf('--out');
  const directory = out >= 0 && process.argv[out + 1] ? process.argv[out + 1] : 'dist';
  for (const file of writeGeneratedAssets(directory)) console.log(file);
}
