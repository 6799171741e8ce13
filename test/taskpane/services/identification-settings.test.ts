import { DEFAULT_SETTINGS, makeSettings } from '../../../src/domain/settings';
import { defaultValues, fromValues, identificationDescriptors, toValues } from '../../../src/taskpane/services/identification-settings';

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

  it('keeps teacher and deficit thresholds off this form', () => {
    expect(descriptors.some((d) => d.id.startsWith('T') || d.id.startsWith('D.'))).toBe(false);
  });
});
