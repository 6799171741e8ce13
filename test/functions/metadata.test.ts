import { join } from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTIONS, NAMESPACE } from '../../src/functions/catalogue';
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

  it('the metadata the webpack plugin reads from functions.ts equals the catalogue (ids, names, parameters, help)', () => {
    expect(plugin).toEqual(customFunctionsMetadata('en'));
  });

  it('declares the seven functions of issue 3 and PARTNER_FOR of issue 13, none volatile or streaming', () => {
    const ids = (plugin.functions as { id: string; options?: Record<string, boolean> }[]).map((f) => f.id);
    expect(ids.sort()).toEqual(['LOWEST_QUARTILE', 'OLYMPIAD_SHARE', 'PARTNER_FOR', 'RISK_REASONS', 'SCHOOL_RISK', 'SCORE_GAP', 'SOCIAL_INDEX', 'TEACHER_RISK']);
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
