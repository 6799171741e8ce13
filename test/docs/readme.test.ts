import { readFileSync } from 'fs';
import { join } from 'path';
import { generatedReadmeParts, withGeneratedParts } from '../../scripts/generate-readme';
import { SETTING_CATALOGUE } from '../../src/domain/settings';
import { FUNCTIONS } from '../../src/functions/catalogue';

const ROOT = join(__dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('its settings and functions tables are current (run `npm run generate:readme` after changing a catalogue)', () => {
    const { settings, functions } = generatedReadmeParts(ROOT);
    expect(readme).toBe(withGeneratedParts(readme, { settings, functions }));
  });

  it('documents every setting of the «Параметры» sheet and every custom function', () => {
    for (const entry of SETTING_CATALOGUE) expect(readme).toContain(`\`${entry.code}\``);
    for (const fn of FUNCTIONS) expect(readme).toContain(`\`${fn.id}(`);
  });

  it('gives the test command that .ci/run calls', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(readme).toMatch(/npm install && npm test/);
    expect(ci).toMatch(/^npm test$/m);
  });
});
