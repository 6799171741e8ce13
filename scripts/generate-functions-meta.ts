/**
 * Everything the catalogue generates for dist/: functions.json and functions-ru.json (hand-made
 * metadata, see src/functions/metadata.ts) and help.html. webpack emits the same files at build time
 * with the build's ADDIN_URL. The README table: scripts/generate-readme.ts.
 * Run: node -r @swc-node/register scripts/generate-functions-meta.ts [--out dist] [--url https://host/addin/]
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { helpPageHtml } from '../src/functions/help-page';
import { customFunctionsMetadata, DEV_ADDIN_URL } from '../src/functions/metadata';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export const generatedAssets = (addinUrl: string = DEV_ADDIN_URL): Record<string, () => string> => ({
  'functions.json': () => json(customFunctionsMetadata('en', { addinUrl })),
  'functions-ru.json': () => json(customFunctionsMetadata('ru', { addinUrl })),
  'help.html': () => helpPageHtml(),
});

export const writeGeneratedAssets = (directory: string, addinUrl?: string): string[] => {
  mkdirSync(directory, { recursive: true });
  return Object.entries(generatedAssets(addinUrl)).map(([name, content]) => {
    const file = join(directory, name);
    writeFileSync(file, content());
    return file;
  });
};

if (require.main === module) {
  const option = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  for (const file of writeGeneratedAssets(option('--out') ?? 'dist', option('--url'))) console.log(file);
}
