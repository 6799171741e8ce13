import { assignSettingValue, DEFAULT_SETTINGS, makeSettings, SETTING_CATALOGUE, settingBounds, settingValue, type FormGroup, type Settings } from '../domain/settings';
import { same, type Bilingual } from '../i18n/bilingual';

/** One editable setting, described so the form needs no knowledge of the domain's Settings type. */
export interface SettingDescriptor {
  id: string;
  group: FormGroup;
  label: Bilingual;
  kind: 'boolean' | 'number' | 'choice';
  min?: number;
  max?: number;
  integer?: boolean;
  options?: { value: string; label: Bilingual }[];
}

export type SettingValues = Record<string, number | boolean | string>;

const OPTION_LABELS: Record<string, Bilingual> = {
  any: { ru: 'любой включённый критерий', en: 'any enabled criterion' },
  all: { ru: 'все включённые критерии', en: 'all enabled criteria' },
  seed002: { ru: 'с долей безработных родителей', en: 'with unemployed parents' },
  seed004: { ru: 'с долей неполных семей', en: 'with single-parent families' },
  z: { ru: 'z-оценки', en: 'z-scores' },
  none: { ru: 'доли как есть', en: 'raw shares' },
  '1': { ru: '+1 (повышает)', en: '+1 (raises)' },
  '-1': { ru: '−1 (понижает)', en: '−1 (lowers)' },
};

/** The settings the identification step's form offers, each with the group it declares. */
const entries = SETTING_CATALOGUE.flatMap((e) => (e.form?.step === 'identification' ? [{ ...e, group: e.form.group }] : []));

export const identificationDescriptors = (): SettingDescriptor[] =>
  entries.map((e) => {
    const label = e.description;
    if (e.kind === 'boolean') return { id: e.code, group: e.group, label, kind: 'boolean' };
    if (e.options)
      return {
        id: e.code,
        group: e.group,
        label,
        kind: 'choice',
        options: e.options.map((value) => ({ value, label: OPTION_LABELS[value] ?? e.optionLabels?.[value] ?? same(value) })),
      };
    return { id: e.code, group: e.group, label, kind: 'number', integer: e.kind === 'integer', ...settingBounds(e) };
  });

/** Flat form values (by setting code) of a Settings object. */
export const toValues = (settings: Settings): SettingValues =>
  Object.fromEntries(
    entries.map((e) => {
      const v = settingValue(settings, e);
      return [e.code, e.options && typeof v === 'number' ? String(v) : (v as number | boolean | string)];
    }),
  );

/** Settings from form values over the defaults (or a saved base); throws the domain's zod error on bad values. */
export const fromValues = (values: SettingValues, base: Settings = DEFAULT_SETTINGS): Settings => {
  const partial = structuredClone(base);
  for (const e of entries) {
    if (!(e.code in values)) continue;
    const v = values[e.code];
    assignSettingValue(partial, e, e.kind === 'integer' && typeof v === 'string' ? Number(v) : v);
  }
  return makeSettings(partial);
};

export const defaultValues = (): SettingValues => toValues(DEFAULT_SETTINGS);
