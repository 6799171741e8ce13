import { assignSettingValue, DEFAULT_SETTINGS, SETTING_CATALOGUE, settingBounds, settingValue, withSettingValue, type SettingPath } from '../../src/domain/settings';

/** Leaf paths of a plain object, found by walking it (independently of the catalogue's paths). */
const leaves = (node: unknown, prefix: string[] = []): string[][] =>
  typeof node === 'object' && node !== null && !Array.isArray(node) ? Object.entries(node).flatMap(([k, v]) => leaves(v, [...prefix, k])) : [prefix];

describe('typed setting accessors', () => {
  it('every catalogue entry reads and writes exactly its own value', () => {
    for (const entry of SETTING_CATALOGUE) {
      const copy = structuredClone(DEFAULT_SETTINGS);
      const marker = `marker-${entry.code}`;
      assignSettingValue(copy, entry, marker);
      expect(settingValue(copy, entry)).toBe(marker);
      const changed = leaves(copy).filter((p) => JSON.stringify(p.reduce<any>((n, k) => n[k], copy)) !== JSON.stringify(p.reduce<any>((n, k) => n[k], DEFAULT_SETTINGS)));
      expect(changed).toEqual([[...entry.path]]);
    }
  });

  it('every value of Settings has exactly one catalogue entry', () => {
    const paths = SETTING_CATALOGUE.map((e) => e.path.join('.')).sort();
    expect(paths).toEqual(leaves(DEFAULT_SETTINGS).map((p) => p.join('.')).sort());
  });

  it('bounds are the schema’s: the maximum is accepted, just above it is refused', () => {
    const bounded = SETTING_CATALOGUE.filter((e) => settingBounds(e).max !== undefined);
    expect(bounded.length).toBeGreaterThan(10);
    for (const e of bounded) {
      const { max } = settingBounds(e);
      expect(() => withSettingValue(DEFAULT_SETTINGS, e, max)).not.toThrow();
      expect(() => withSettingValue(DEFAULT_SETTINGS, e, max! + 0.5)).toThrow();
    }
  });

  it('a misspelt path does not compile', () => {
    // @ts-expect-error: 'yeers' is not a key of Settings['teachers']
    const wrong: SettingPath = ['teachers', 'yeers'];
    const right: SettingPath = ['teachers', 'years'];
    expect(wrong).not.toEqual(right);
  });

  it('only single values a form field can hold are offered on the form', () => {
    const onForm = SETTING_CATALOGUE.filter((e) => e.form);
    expect(onForm.length).toBeGreaterThan(20);
    for (const e of onForm) expect(['list', 'number-or-empty']).not.toContain(e.kind);
  });
});
