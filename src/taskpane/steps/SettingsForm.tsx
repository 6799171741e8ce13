import { Button, Field, Input, Select, Switch } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n-context';
import type { SettingDescriptor, SettingValues } from '../model';
import { formatDecimal, parseDecimal } from '../number-input';

interface Props {
  descriptors: SettingDescriptor[];
  values: SettingValues;
  defaults: SettingValues;
  /** valid = false while some field holds text that is not an allowed number; values then keep the last good ones. */
  onChange: (values: SettingValues, valid: boolean) => void;
  disabled?: boolean;
}

const GROUPS = ['criteria', 'thresholds', 'weights', 'teachers', 'deficits'] as const;
const GROUP_TITLE = {
  criteria: 'settings.criteria',
  thresholds: 'settings.thresholds',
  weights: 'settings.weights',
  teachers: 'settings.teachers',
  deficits: 'settings.deficits',
} as const;

/** Thresholds, enabled criteria and index weights, described by the domain; bad numbers are explained, not applied. */
export const SettingsForm = ({ descriptors, values, defaults, onChange, disabled }: Props) => {
  const { t, text, language } = useI18n();
  const show = (v: number | boolean | string | undefined) => (typeof v === 'number' ? formatDecimal(v, language) : '');
  const bound = (v: number | undefined) => (v === undefined ? '…' : formatDecimal(v, language));
  const reasonText = (reason: 'not-a-number' | 'not-an-integer' | 'out-of-range', d: SettingDescriptor): string =>
    reason === 'out-of-range'
      ? d.max === undefined
        ? t('settings.atLeast', { min: bound(d.min) })
        : t('settings.outOfRange', { min: bound(d.min), max: bound(d.max) })
      : t(reason === 'not-an-integer' ? 'settings.invalidInteger' : 'settings.invalidNumber');
  const [drafts, setDrafts] = useState<Record<string, string>>({});

  useEffect(() => setDrafts({}), [defaults]);

  const draftErrors = (next: Record<string, string>): Record<string, string> => {
    const errors: Record<string, string> = {};
    for (const [id, raw] of Object.entries(next)) {
      const d = descriptors.find((x) => x.id === id);
      if (!d) continue;
      const parsed = parseDecimal(raw, d.min, d.max, d.integer);
      if (!parsed.ok) errors[id] = reasonText(parsed.reason, d);
    }
    return errors;
  };
  const errors = draftErrors(drafts);
  const valid = Object.keys(errors).length === 0;

  const typeNumber = (d: SettingDescriptor, raw: string) => {
    const nextDrafts = { ...drafts, [d.id]: raw };
    setDrafts(nextDrafts);
    const parsed = parseDecimal(raw, d.min, d.max, d.integer);
    const nextValues = parsed.ok ? { ...values, [d.id]: parsed.value } : values;
    onChange(nextValues, Object.keys(draftErrors(nextDrafts)).length === 0);
  };

  return (
    <form aria-label={t('settings.title')} onSubmit={(e) => e.preventDefault()} className="opora-settings">
      {GROUPS.map((group) => {
        const inGroup = descriptors.filter((d) => d.group === group);
        if (inGroup.length === 0) return null;
        return (
          <fieldset key={group} className="opora-fieldset">
            <legend>{t(GROUP_TITLE[group])}</legend>
            {inGroup.map((d) =>
              d.kind === 'choice' ? (
                <Field key={d.id} label={text(d.label)}>
                  <Select
                    value={String(values[d.id])}
                    disabled={disabled}
                    onChange={(_, data) => onChange({ ...values, [d.id]: data.value }, valid)}
                  >
                    {d.options?.map((o) => (
                      <option key={o.value} value={o.value}>
                        {text(o.label)}
                      </option>
                    ))}
                  </Select>
                </Field>
              ) : d.kind === 'boolean' ? (
                <Switch
                  key={d.id}
                  label={text(d.label)}
                  checked={values[d.id] === true}
                  disabled={disabled}
                  onChange={(_, data) => onChange({ ...values, [d.id]: data.checked }, valid)}
                />
              ) : (
                <Field
                  key={d.id}
                  label={text(d.label)}
                  validationState={errors[d.id] ? 'error' : 'none'}
                  validationMessage={errors[d.id]}
                  hint={errors[d.id] ? undefined : t('settings.default', { value: show(defaults[d.id]) })}
                >
                  <Input
                    inputMode="decimal"
                    value={drafts[d.id] ?? show(values[d.id])}
                    disabled={disabled}
                    onChange={(_, data) => typeNumber(d, data.value)}
                  />
                </Field>
              ),
            )}
          </fieldset>
        );
      })}
      <Button
        disabled={disabled}
        onClick={() => {
          setDrafts({});
          onChange(defaults, true);
        }}
      >
        {t('settings.reset')}
      </Button>
    </form>
  );
};
