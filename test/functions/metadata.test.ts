import { join } from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTIONS, NAMESPACE } from '../../src/functions/catalogue';
import { exampleFormula } from '../../src/functions/examples';
import { FUNCTION_IMPLEMENTATIONS } from '../../src/functions/implementations';
import { helpPageHtml } from '../../src/functions/help-page';
import { customFunctionsMetadata, functionsMarkdownTable, TABLE_END, TABLE_START, withFunctionsTable } from '../../src/functions/metadata';

const ROOT = join(__dirname, '..', '..');

describe('catalogue ↔ functions.ts', () => {
  let plugin: { functions: unknown[] };

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(join(ROOT, 'src', 'functions', 'functions.ts'));
    expect(generated.errors).toEqual([]);
    plugin = JSON.parse(generated.metadataJson);
  });

  it('the JSDoc of functions.ts describes the catalogue\'s functions (ids, names, parameters, help)', () => {
    // helpUrl is left out of the JSDoc: it follows ADDIN_URL, which only the build knows.
    expect(plugin.functions).toEqual(customFunctionsMetadata('en').functions.map(({ helpUrl: _url, ...fn }) => fn));
  });

  it('the metadata written from the catalogue lets error cells and data types reach `any` parameters', () => {
    for (const language of ['en', 'ru'] as const) {
      expect(customFunctionsMetadata(language)).toMatchObject({ allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: true });
    }
    // What the JSDoc plugin generates cannot carry the flag (custom-functions-errors.md): that is why it is not used.
    expect(plugin).not.toHaveProperty('allowErrorForDataTypeAny');
  });

  it('every catalogue id is bound to a wrapper that takes its parameters, and register.ts associates them all', () => {
    expect(Object.keys(FUNCTION_IMPLEMENTATIONS).sort()).toEqual(FUNCTIONS.map((f) => f.id).sort());
    for (const fn of FUNCTIONS) expect(FUNCTION_IMPLEMENTATIONS[fn.id].length).toBe(fn.parameters.length);
    const associate = jest.fn();
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate };
    try {
      jest.isolateModules(() => require('../../src/functions/register'));
    } finally {
      delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
    }
    // isolateModules loads fresh copies of the wrappers: compare them by name.
    expect(associate.mock.calls.map(([id, f]) => [id, f.name])).toEqual(FUNCTIONS.map((fn) => [fn.id, FUNCTION_IMPLEMENTATIONS[fn.id].name]));
  });

  it('help URLs follow the add-in URL, with or without its trailing slash', () => {
    for (const url of ['https://opora.example.org/addin', 'https://opora.example.org/addin/']) {
      const urls = customFunctionsMetadata('ru', { addinUrl: url }).functions.map((f) => f.helpUrl);
      expect(urls).toEqual(FUNCTIONS.map((f) => `https://opora.example.org/addin/help.html#${f.id}`));
    }
  });

  it('declares the seven functions of issue 3, PARTNER_FOR of issue 13 and the two target functions of issue 14, none volatile or streaming', () => {
    const ids = (plugin.functions as { id: string; options?: Record<string, boolean> }[]).map((f) => f.id);
    expect(ids.sort()).toEqual(['LOWEST_QUARTILE', 'MISSING_TARGETS', 'OLYMPIAD_SHARE', 'PARTNER_FOR', 'RISK_REASONS', 'SCHOOL_RISK', 'SCORE_GAP', 'SOCIAL_INDEX', 'TARGET_STATUS', 'TEACHER_RISK']);
    for (const f of plugin.functions as { options?: Record<string, boolean> }[]) {
      expect(f.options?.volatile ?? false).toBe(false);
      expect(f.options?.stream ?? false).toBe(false);
    }
  });
});

describe('catalogue rules', () => {
  it('ids are ASCII and names follow Excel rules (a letter first, 3+ characters, letters, «_» and «.» only)', () => {
    for (const fn of FUNCTIONS) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(fn.name.en).toBe(fn.id);
      expect(fn.name.ru).toMatch(/^\p{L}[\p{L}_.]{2,}$/u);
      expect(fn.name.ru).toMatch(/[А-ЯЁ]/);
      for (const p of fn.parameters) {
        expect(p.name).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(p.nameRu).toMatch(/^\p{L}[\p{L}_]*$/u);
      }
    }
  });

  it('ids, Russian names and parameter names are unique', () => {
    const unique = (xs: string[]) => new Set(xs).size === xs.length;
    expect(unique(FUNCTIONS.map((f) => f.id))).toBe(true);
    expect(unique(FUNCTIONS.map((f) => f.name.ru))).toBe(true);
    for (const fn of FUNCTIONS) {
      expect(unique(fn.parameters.map((p) => p.name))).toBe(true);
      expect(unique(fn.parameters.map((p) => p.nameRu))).toBe(true);
    }
  });

  it('required parameters come before optional ones', () => {
    for (const fn of FUNCTIONS) {
      const firstOptional = fn.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(fn.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });

  it('every example calls its own function in the namespace', () => {
    for (const fn of FUNCTIONS) expect(fn.example.startsWith(`=${NAMESPACE}.${fn.id}(`)).toBe(true);
  });
});

describe('functions-ru.json', () => {
  const ru = customFunctionsMetadata('ru');
  const en = customFunctionsMetadata('en');

  it('has the same ids, parameter count, types and shapes as functions.json, with Russian texts', () => {
    expect(ru.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    ru.functions.forEach((f, i) => {
      const e = en.functions[i];
      expect(f.parameters.map(({ type, dimensionality, optional }) => ({ type, dimensionality, optional }))).toEqual(
        e.parameters.map(({ type, dimensionality, optional }) => ({ type, dimensionality, optional })),
      );
      expect(f.result).toEqual(e.result);
      expect(f.name).not.toBe(e.name);
      expect(f.description).toMatch(/[а-яё]/);
      for (const p of f.parameters) expect(p.description).toMatch(/[а-яё]/i);
    });
  });
});

describe('generated documentation', () => {
  it('the table has a row per function with both names', () => {
    const table = functionsMarkdownTable();
    for (const fn of FUNCTIONS) expect(table).toMatch(new RegExp(`\\| \`${fn.name.ru}\\(.*\\| \`${fn.id}\\(`));
  });

  it('replaces only the text between the markers', () => {
    const doc = `# Title\n\nbefore\n${TABLE_START}\nold table\n${TABLE_END}\nafter\n`;
    expect(withFunctionsTable(doc, 'NEW')).toBe(`# Title\n\nbefore\n${TABLE_START}\nNEW\n${TABLE_END}\nafter\n`);
    expect(withFunctionsTable('no markers here', 'NEW')).toBeNull();
  });

  it('help.html has an anchor for each function, as the metadata help URLs point to', () => {
    const html = helpPageHtml();
    for (const f of customFunctionsMetadata('en').functions) {
      const anchor = f.helpUrl.split('#')[1];
      expect(html).toContain(`id="${anchor}"`);
    }
  });
});

describe('examples in each Excel language', () => {
  /** The formula with quoted text removed: separators are only looked for outside it. */
  const outsideQuotes = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');

  it('Russian examples name the Russian function and separate arguments with «;» only; English ones with «,» only', () => {
    for (const fn of FUNCTIONS) {
      const ru = exampleFormula(fn, 'ru');
      const en = exampleFormula(fn, 'en');
      expect(ru.startsWith(`=${NAMESPACE}.${fn.name.ru}(`)).toBe(true);
      expect(outsideQuotes(ru)).not.toContain(',');
      expect(outsideQuotes(en)).not.toContain(';');
      // the same arguments in the same places
      expect(outsideQuotes(ru).split(';').length).toBe(outsideQuotes(en).split(',').length);
    }
  });

  it('a comma inside quoted text is kept', () => {
    const fn = { ...FUNCTIONS[1], example: `=${NAMESPACE}.${FUNCTIONS[1].id}(A1:H400, "СОШ № 5, корпус 2", "ОГЭ")` };
    expect(exampleFormula(fn, 'ru')).toBe(`=${NAMESPACE}.${FUNCTIONS[1].name.ru}(A1:H400;"СОШ № 5, корпус 2";"ОГЭ")`);
  });

  it('help.html and the README table show the Russian examples and never a Russian example with commas', () => {
    const html = helpPageHtml();
    const table = functionsMarkdownTable();
    for (const fn of FUNCTIONS) {
      const ru = exampleFormula(fn, 'ru');
      expect(table).toContain(ru);
      expect(html).toContain(ru.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    }
    const russianCalls = [...html.matchAll(/=OPORA\.[А-ЯЁ_]+\([^<]*\)/g), ...table.matchAll(/=OPORA\.[А-ЯЁ_]+\([^`]*\)/g)].map((m) => outsideQuotes(m[0]));
    expect(russianCalls.length).toBeGreaterThanOrEqual(2 * FUNCTIONS.length);
    for (const call of russianCalls) expect(call).not.toContain(',');
  });
});
