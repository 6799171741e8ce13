/**
 * Regenerates the generated parts of README.md: the settings table (from the settings catalogue),
 * the custom functions table (from the functions catalogue) and the measured figures (from
 * bench-results.json, written by `npm run bench`).
 * Run: node -r @swc-node/register scripts/generate-readme.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { functionsMarkdownTable } from '../src/functions/metadata';
import { replaceBetweenMarkers } from '../src/util/markers';
import { benchMarkdownTable, type BenchResults } from './readme/bench-table';
import { settingsMarkdownTable } from './readme/settings-table';

const ROOT = join(__dirname, '..');

export const generatedReadmeParts = (root = ROOT): Record<string, string> => {
  const parts: Record<string, string> = { settings: settingsMarkdownTable(), functions: functionsMarkdownTable() };
  const bench = join(root, 'bench-results.json');
  if (existsSync(bench)) parts.bench = benchMarkdownTable(JSON.parse(readFileSync(bench, 'utf8')) as BenchResults);
  return parts;
};

export const withGeneratedParts = (readme: string, parts: Record<string, string>): string =>
  Object.entries(parts).reduce((doc, [name, content]) => {
    const next = replaceBetweenMarkers(doc, name, content);
    if (next === null) throw new Error(`README.md has no <!-- ${name}:start/end --> markers`);
    return next;
  }, readme);

if (require.main === module) {
  const path = join(ROOT, 'README.md');
  writeFileSync(path, withGeneratedParts(readFileSync(path, 'utf8'), generatedReadmeParts()));
  console.log(`README.md: ${Object.keys(generatedReadmeParts()).join(', ')} regenerated`);
}
