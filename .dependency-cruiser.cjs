/**
 * The README's import table («Architecture»), enforced: `npm run lint:imports`, and
 * test/architecture/import-rules.test.ts runs it within `npm test`.
 *
 * Each folder of src/ lists the folders it may import besides itself; any other import into src/
 * is an error. `typesFrom` may be imported with `import type` only (erased at build time).
 * `except` names the single files of a folder allowed more (the task pane's composition root).
 */
const LAYERS = {
  grid: { may: [] },
  util: { may: [] },
  i18n: { may: [] },
  domain: { may: ['util'] },
  hosts: { may: ['grid', 'util'] },
  tables: { may: ['domain', 'grid', 'util'] },
  sheets: { may: ['domain', 'tables', 'grid'], typesFrom: ['i18n'] },
  sample: { may: ['domain', 'tables', 'grid', 'hosts'] },
  app: { may: ['domain', 'tables', 'sheets', 'hosts', 'grid', 'util', 'i18n'] },
  functions: { may: ['domain', 'tables', 'grid', 'util'] },
  taskpane: {
    may: ['app', 'i18n', 'grid'],
    typesFrom: ['domain', 'tables'],
    except: { 'src/taskpane/wiring.ts': ['hosts'] },
  },
  commands: { may: ['app', 'hosts'] },
  cli: { may: ['app', 'domain', 'hosts', 'sample', 'util', 'i18n'] },
};

const FOLDERS = Object.keys(LAYERS);
const alternatives = (names) => `(${names.join('|')})`;
const escape = (path) => path.replace(/[.]/g, '\\.');

const layerRules = Object.entries(LAYERS).flatMap(([layer, { may, typesFrom = [], except = {} }]) => {
  const exceptions = Object.keys(except);
  const rule = (name, comment, allowed, fromPath, fromPathNot) => {
    const forbidden = FOLDERS.filter((f) => f !== layer && !allowed.includes(f));
    const notTypes = forbidden.filter((f) => !typesFrom.includes(f));
    const rules = [];
    if (notTypes.length > 0)
      rules.push({
        name,
        comment,
        severity: 'error',
        from: { path: fromPath, ...(fromPathNot ? { pathNot: fromPathNot } : {}) },
        to: { path: `^src/${alternatives(notTypes)}/` },
      });
    const typesOnly = forbidden.filter((f) => typesFrom.includes(f));
    if (typesOnly.length > 0)
      rules.push({
        name: `${name}-values`,
        comment: `${comment} (${typesOnly.join(', ')}: \`import type\` only)`,
        severity: 'error',
        from: { path: fromPath, ...(fromPathNot ? { pathNot: fromPathNot } : {}) },
        to: { path: `^src/${alternatives(typesOnly)}/`, dependencyTypesNot: ['type-only'] },
      });
    return rules;
  };
  return [
    ...rule(
      `${layer}-imports`,
      `src/${layer}/ may import ${may.length ? may.join(', ') : 'nothing else'}`,
      may,
      `^src/${layer}/`,
      exceptions.length ? `^${alternatives(exceptions.map(escape))}$` : undefined,
    ),
    ...exceptions.flatMap((file) =>
      rule(`${layer}-root-imports`, `${file} (the composition root) may import ${[...may, ...except[file]].join(', ')}`, [...may, ...except[file]], `^${escape(file)}$`),
    ),
  ];
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-cycles',
      comment: 'modules import each other neither directly nor through others',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'unknown-folder',
      comment: 'every folder of src/ has a row in the README table and here',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/${alternatives(FOLDERS)}/` },
      to: {},
    },
    {
      name: 'not-resolvable',
      comment: 'an import that names no module',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
