import { Button, Caption1, Field, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../i18n-context';
import type { GroupName } from '../../domain/criteria';
import type { Adjustment, SchoolRef } from '../model';

interface Props {
  schools: SchoolRef[];
  groups: GroupName[];
  adjustments: Adjustment[];
  onChange: (adjustments: Adjustment[]) => void;
  disabled?: boolean;
}

/** Expert decisions («уточнение на экспертном уровне»): include or exclude a school, always with a reason. */
export const AdjustmentsEditor = ({ schools, groups, adjustments, onChange, disabled }: Props) => {
  const { t } = useI18n();
  const [schoolKey, setSchoolKey] = useState('');
  const [action, setAction] = useState<Adjustment['action']>('include');
  const [group, setGroup] = useState<GroupName>(groups[0] ?? 'ШНОР');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);

  const schoolError = tried && !schoolKey ? t('adjust.schoolRequired') : undefined;
  const reasonError = tried && reason.trim() === '' ? t('adjust.reasonRequired') : undefined;

  const add = () => {
    setTried(true);
    const school = schools.find((s) => s.key === schoolKey);
    if (!school || reason.trim() === '') return;
    const next: Adjustment = { school: school.key, schoolName: school.name, action, group, reason: reason.trim() };
    onChange([...adjustments.filter((a) => !(a.school === school.key && a.group === group)), next]);
    setSchoolKey('');
    setReason('');
    setTried(false);
  };

  return (
    <fieldset className="opora-fieldset" aria-label={t('adjust.title')}>
      <legend>{t('adjust.title')}</legend>
      {adjustments.length === 0 ? (
        <Caption1 block>{t('adjust.none')}</Caption1>
      ) : (
        <ul className="opora-adjustments">
          {adjustments.map((a) => (
            <li key={`${a.school}#${a.group}`}>
              <span>
                {a.schoolName} — {t(a.action === 'include' ? 'adjust.include' : 'adjust.exclude')} ({a.group}): {a.reason}
              </span>
              <Button
                size="small"
                appearance="subtle"
                disabled={disabled}
                aria-label={t('adjust.remove', { school: a.schoolName ?? a.school })}
                onClick={() => onChange(adjustments.filter((x) => x !== a))}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Field label={t('adjust.school')} validationMessage={schoolError} validationState={schoolError ? 'error' : 'none'}>
        <Select value={schoolKey} disabled={disabled} onChange={(_, d) => setSchoolKey(d.value)}>
          <option value="">—</option>
          {schools.map((s) => (
            <option key={s.key} value={s.key}>
              {s.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('adjust.action')}>
        <Select value={action} disabled={disabled} onChange={(_, d) => setAction(d.value as Adjustment['action'])}>
          <option value="include">{t('adjust.include')}</option>
          <option value="exclude">{t('adjust.exclude')}</option>
        </Select>
      </Field>
      <Field label={t('adjust.group')}>
        <Select value={group} disabled={disabled} onChange={(_, d) => setGroup(d.value as GroupName)}>
          {groups.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('adjust.reason')}
        required
        validationMessage={reasonError}
        validationState={reasonError ? 'error' : 'none'}
      >
        <Textarea value={reason} disabled={disabled} onChange={(_, d) => setReason(d.value)} resize="vertical" />
      </Field>
      <Button disabled={disabled} onClick={add}>
        {t('adjust.add')}
      </Button>
    </fieldset>
  );
};
