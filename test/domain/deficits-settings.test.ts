import { identify } from '../../src/domain/identify';
import { gradeBand } from '../../src/domain/deficits';
import { DEFAULT_SETTINGS, SETTING_CATALOGUE, makeSettings, settingValue, thresholdRef, withSettingValue } from '../../src/domain/settings';
import { dataset, only, regional, result } from './builders';

describe('deficit map', () => {
  const settings = only(['R2'], { regionalTolerance: 100 });
  test.each([
    [60, false],
    [59.9, true],
    [60.1, false],
  ])('gap over 10%%: school %p against regional 70 → deficit %p', (avg, deficit) => {
    const res = identify(dataset({ results: [result('a', 2024, 'ОГЭ', avg)], regional: [regional(2024, 'ОГЭ', 70)] }), settings);
    expect(res.deficits.length).toBe(deficit ? 1 : 0);
    if (deficit) expect(res.deficits[0]).toMatchObject({ subject: 'Русский язык', band: '5–9', reasons: ['gap'] });
  });
  test.each([
    [9.9, false],
    [10, true],
    [10.1, true],
  ])('below-minimum share %p%% → deficit %p', (share, deficit) => {
    const res = identify(dataset({ results: [result('a', 2024, 'ЕГЭ', 70, { belowMinimumShare: share })], regional: [regional(2024, 'ЕГЭ', 70)] }), settings);
    expect(res.deficits.map((d) => d.reasons)).toEqual(deficit ? [['belowMinimum']] : []);
  });
  test('identify without the deficit map (deficits: false) returns no cells and the same everything else', () => {
    const data = dataset({ results: [result('a', 2024, 'ОГЭ', 50), result('b', 2024, 'ОГЭ', 80)], regional: [regional(2024, 'ОГЭ', 70)] });
    const full = identify(data, settings);
    const without = identify(data, settings, { deficits: false });
    expect(full.deficits.length).toBeGreaterThan(0);
    expect(without).toEqual({ ...full, deficits: [] });
  });
  test('ВПР grades fall into their bands', () => {
    expect([4, 5, 9, 10, 11].map((grade) => gradeBand({ family: 'ВПР', grade }))).toEqual(['1–4', '5–9', '5–9', '10–11', '10–11']);
  });
  test('ВПР grades of one band are combined, participant-weighted', () => {
    const res = identify(
      dataset({
        results: [
          result('a', 2024, 'ВПР', 10, { grade: 5, participants: 10 }), // gap ≈ 59 in grade 5, ≈ 0 in grade 6 → ≈ 15 for the band
          result('a', 2024, 'ВПР', 70, { grade: 6, participants: 30 }),
          result('b', 2024, 'ВПР', 70, { grade: 5, participants: 1000 }),
          result('b', 2024, 'ВПР', 70, { grade: 6, participants: 1000 }),
        ],
      }),
      settings,
    );
    expect(res.deficits).toHaveLength(1);
    expect(res.deficits[0].band).toBe('5–9');
    expect(res.deficits[0].participants).toBe(40);
  });
});

describe('settings', () => {
  test('partial input is merged over the seed defaults', () => {
    const s = makeSettings({ gapThreshold: 15, social: { components: { deviant: { weight: 2 } } } });
    expect(s.gapThreshold).toBe(15);
    expect(s.social.components.deviant).toEqual({ sign: -1, weight: 2 });
    expect(s.social.components.nonNativeRussian).toEqual(DEFAULT_SETTINGS.social.components.nonNativeRussian);
  });
  test('invalid values are rejected', () => {
    expect(() => makeSettings({ quartileShare: 0 })).toThrow();
    expect(() => makeSettings({ mode: { low: 'some' } })).toThrow();
  });
  test('every catalogue entry points at a value, has a seed reference and descriptions, codes are unique', () => {
    for (const e of SETTING_CATALOGUE) {
      expect(settingValue(DEFAULT_SETTINGS, e)).not.toBeUndefined();
      expect(e.seed.length).toBeGreaterThan(5);
      expect(e.descriptionRu).toMatch(/[а-я]/);
      expect(e.descriptionEn).toMatch(/[a-z]/);
    }
    expect(new Set(SETTING_CATALOGUE.map((e) => e.code)).size).toBe(SETTING_CATALOGUE.length);
  });
  test('thresholdRef gives the seed default with its reference', () => {
    expect(thresholdRef('R2.gap')).toEqual({ value: 20, seed: expect.stringContaining('более 20 баллов') });
    expect(thresholdRef('R3.share').value).toBe(0.5);
  });
  test('withSettingValue validates', () => {
    const entry = SETTING_CATALOGUE.find((e) => e.code === 'R2.gap')!;
    expect(withSettingValue(DEFAULT_SETTINGS, entry, 25).gapThreshold).toBe(25);
    expect(DEFAULT_SETTINGS.gapThreshold).toBe(20);
    expect(() => withSettingValue(DEFAULT_SETTINGS, entry, -1)).toThrow();
  });
  test('rule texts carry the current threshold', () => {
    const res = identify(dataset({ results: [result('a', 2024, 'ЕГЭ', 10)] }), only(['R2'], { gapThreshold: 12.5 }));
    expect(res.schools[0].findings[0].rule).toContain('12,5%');
    expect(res.method.some((m) => m.includes('12,5%'))).toBe(true);
  });
});
