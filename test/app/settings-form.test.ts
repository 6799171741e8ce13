import { DEFAULT_SETTINGS, makeSettings, SETTING_CATALOGUE } from '../../src/domain/settings';
import { defaultValues, fromValues, identificationDescriptors, toValues } from '../../src/app/settings-form';

describe('identification settings in the form', () => {
  const descriptors = identificationDescriptors();

  it('round-trips the defaults', () => {
    expect(fromValues(defaultValues())).toEqual(DEFAULT_SETTINGS);
  });

  it('carries a changed threshold, a switched-off criterion and a sign into Settings', () => {
    const changed = makeSettings({ gapThreshold: 30, criteria: { R3: false }, social: { components: { deviant: { sign: 1 } } } });
    expect(fromValues(toValues(changed))).toEqual(changed);
  });

  it('takes its bounds from the domain schema', () => {
    const gap = descriptors.find((d) => d.id === 'R2.gap');
    expect(gap).toMatchObject({ kind: 'number', min: 0, max: 100 });
    expect(descriptors.find((d) => d.id === 'R3.years')).toMatchObject({ integer: true, min: 1, max: 10 });
    expect(() => fromValues({ ...defaultValues(), 'R2.gap': 100 })).not.toThrow();
    expect(() => fromValues({ ...defaultValues(), 'R2.gap': 100.5 })).toThrow();
  });

  it('offers each enum as a choice with a label per option', () => {
    const mode = descriptors.find((d) => d.id === 'mode.ШНОР');
    expect(mode?.kind).toBe('choice');
    expect(mode?.options?.map((o) => o.value)).toEqual(['any', 'all']);
    expect(mode?.options?.every((o) => o.label.ru !== o.value)).toBe(true);
  });

  it('offers the teacher thresholds T1–T3.2 and the deficit-map thresholds, each in its own group', () => {
    const numeric = SETTING_CATALOGUE.filter((e) => /^(T|D\.)/.test(e.code) && (e.kind === 'number' || e.kind === 'integer'));
    expect(numeric.length).toBeGreaterThan(5);
    for (const e of numeric) expect(descriptors.find((d) => d.id === e.code)?.group).toBe(e.code.startsWith('D.') ? 'deficits' : 'teachers');
    const changed = makeSettings({ teachers: { continuedShare: 45 }, deficits: { gap: 12 } });
    expect(fromValues(toValues(changed))).toEqual(changed);
    expect(fromValues({ ...defaultValues(), 'T1.share': 45, 'D.gap': 12 })).toEqual(changed);
  });
});
