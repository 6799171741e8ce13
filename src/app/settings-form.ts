import type { z } from 'zod';
import { DEFAULT_SETTINGS, makeSettings, SETTING_CATALOGUE, settingsSchema, type SettingEntry, type Settings } from '../domain/settings';
import type { Text } from './view-text';

/** One editable setting, described so the form needs no knowledge of the domain's Settings type. */
export interface SettingDescriptor {
  id: string;
  group: 'criteria' | 'thresholds' | 'weights' | 'teachers' | 'deficits';
  label: Text;
  kind: 'boolean' | 'number' | 'choice';
  min?: number;
  max?: number;
  integer?: boolean;
  options?: { value: string; label: Text }[];
}

export type SettingValues = Record<string, number | boolean | string>;

/** Every setting the run uses that a form field can hold: schools, teachers (T1–T3.2) and the deficit map. */
const shownOnIdentification = (e: SettingEntry): boolean =>
  /^(R\d|S\d|T\d|T\.|D\.|mode\.|minParticipants|regional\.)/.test(e.code) && e.kind !== 'list' && e.kind !== 'number-or-empty';

const groupOf = (e: SettingEntry): SettingDescriptor['group'] =>
  e.code.endsWith('.enabled') || e.code.startsWith('mode.')
    ? 'criteria'
    : e.code.startsWith('S1.')
      ? 'weights'
      : e.code.startsWith('T')
        ? 'teachers'
        : e.code.startsWith('D.')
          ? 'deficits'
          : 'thresholds';

const OPTION_LABELS: Record<string, { ru: string; en: string }> = {
  any: { ru: 'любой включённый критерий', en: 'any enabled criterion' },
  all: { ru: 'все включённые критерии', en: 'all enabled criteria' },
  seed002: { ru: 'с долей безработных родителей', en: 'with unemployed parents' },
  seed004: { ru: 'с долей неполных семей', en: 'with single-parent families' },
  z: { ru: 'z-оценки', en: 'z-scores' },
  none: { ru: 'доли как есть', en: 'raw shares' },
  '1': { ru: '+1 (повышает)', en: '+1 (raises)' },
  '-1': { ru: '−1 (понижает)', en: '−1 (lowers)' },
};

const schemaAt = (path: readonly string[]): z.ZodType | undefined => {
  let node: unknown = settingsSchema;
  for (const key of path) node = (node as { shape?: Record<string, unknown> }).shape?.[key];
  return node as z.ZodType | undefined;
};

const bounds = (path: readonly string[]): Pick<SettingDescriptor, 'min' | 'max'> => {
  const node = schemaAt(path) as { minValue?: number | null; maxValue?: number | null } | undefined;
  const finite = (v: number | null | undefined) => (typeof v === 'number' && Math.abs(v) < Number.MAX_SAFE_INTEGER ? v : undefined);
  return { min: finite(node?.minValue), max: finite(node?.maxValue) };
};

const read = (settings: Settings, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], settings);

const entries = SETTING_CATALOGUE.filter(shownOnIdentification);

export const identificationDescriptors = (): SettingDescriptor[] =>
  entries.map((e) => {
    const label = { ru: e.descriptionRu, en: e.descriptionEn };
    if (e.kind === 'boolean') return { id: e.code, group: groupOf(e), label, kind: 'boolean' };
    if (e.options)
      return {
        id: e.code,
        group: groupOf(e),
        label,
        kind: 'choice',
        options: e.options.map((value) => ({ value, label: OPTION_LABELS[value] ?? e.optionLabels?.[value] ?? { ru: value } })),
      };
    return { id: e.code, group: groupOf(e), label, kind: 'number', integer: e.kind === 'integer', ...bounds(e.path) };
  });

/** Flat form values (by setting code) of a Settings object. */
export const toValues = (settings: Settings): SettingValues =>
  Object.fromEntries(
    entries.map((e) => {
      const v = read(settings, e.path);
      return [e.code, e.options && typeof v === 'number' ? String(v) : (v as number | boolean | string)];
    }),
  );

const setAt = (target: Record<string, unknown>, path: readonly string[], value: unknown) => {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1]] = value;
};

/** Settings from form values over the defaults (or a saved base); throws the domain's zod error on bad values. */
export const fromValues = (values: SettingValues, base: Settings = DEFAULT_SETTINGS): Settings => {
  const partial: Record<string, unknown> = structuredClone(base) as unknown as Record<string, unknown>;
  for (const e of entries) {
    if (!(e.code in values)) continue;
    const v = values[e.code];
    setAt(partial, e.path, e.kind === 'integer' && typeof v === 'string' ? Number(v) : v);
  }
  return makeSettings(partial);
};

export const defaultValues = (): SettingValues => toValues(DEFAULT_SETTINGS);
