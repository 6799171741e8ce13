/** `npm run validate`: office-addin-manifest's own reading, then our offline checks. Exits 1 on any finding. */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { checkManifest } from './manifest/checks';

const ROOT = join(__dirname, '..');

export const checkRepositoryManifest = (manifestPath = join(ROOT, 'manifest.xml')) =>
  checkManifest(readFileSync(manifestPath, 'utf8'), {
    readHostedFile: (relative) => {
      const file = join(ROOT, relative);
      return existsSync(file) ? readFileSync(file) : null;
    },
    commandsSource: readFileSync(join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8'),
  });

if (require.main === module) {
  const findings = checkRepositoryManifest(process.argv[2]);
  for (const f of findings) console.error(`${f.code}: ${f.message}`);
  console.log(findings.length === 0 ? 'manifest.xml: no problems found' : `manifest.xml: ${findings.length} problem(s)`);
  process.exitCode = findings.length === 0 ? 0 : 1;
}
