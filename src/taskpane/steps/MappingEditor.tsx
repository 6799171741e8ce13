import { Button, Caption1, Field, Select } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { mappingIssues, type MappingIssue } from '../mapping-validation';
import type { FieldAssignment, SheetReading } from '../model';
import { useI18n } from '../i18n-context';

interface Props {
  reading: SheetReading;
  onApply: (sheet: string, assignment: FieldAssignment) => void;
  disabled?: boolean;
}

const NOT_MAPPED = '';

/** One dropdown per field of the recognised table; auto-detected choices are marked, bad ones explained. */
export const MappingEditor = ({ reading, onApply, disabled }: Props) => {
  const { t, text } = useI18n();
  const [assignment, setAssignment] = useState<FieldAssignment>(reading.assignment);
  const issues = useMemo(
    () => mappingIssues(reading.fields, reading.columns, assignment),
    [reading.fields, reading.columns, assignment],
  );
  const changed = reading.fields.some((f) => (assignment[f.id] ?? null) !== (reading.assignment[f.id] ?? null));

  const issueFor = (fieldId: string): MappingIssue | undefined =>
    issues.find((i) => (i.kind === 'missing-required' ? i.field.id === fieldId : i.fields.some((f) => f.id === fieldId)));

  const issueText = (issue: MappingIssue): string =>
    issue.kind === 'missing-required'
      ? t('mapping.missingRequired', { field: text(issue.field.label) })
      : t('mapping.duplicate', {
          column: `${issue.column.letter}: ${issue.column.header}`,
          fields: issue.fields.map((f) => text(f.label)).join(', '),
        });

  return (
    <section aria-label={t('mapping.sheet', { sheet: reading.sheet })} className="opora-mapping">
      <Caption1 block>{t('mapping.hint')}</Caption1>
      {reading.fields.map((field) => {
        const value = assignment[field.id];
        const issue = issueFor(field.id);
        const auto = reading.autoDetected.includes(field.id) && value === reading.assignment[field.id];
        return (
          <Field
            key={field.id}
            label={text(field.label)}
            required={field.required}
            validationState={issue ? 'error' : 'none'}
            validationMessage={issue ? issueText(issue) : undefined}
            hint={auto && value !== null && value !== undefined ? t('mapping.auto') : undefined}
          >
            <Select
              value={value === null || value === undefined ? NOT_MAPPED : String(value)}
              disabled={disabled}
              onChange={(_, data) =>
                setAssignment((a) => ({ ...a, [field.id]: data.value === NOT_MAPPED ? null : Number(data.value) }))
              }
            >
              <option value={NOT_MAPPED}>{t('mapping.notMapped')}</option>
              {reading.columns.map((c) => (
                <option key={c.index} value={String(c.index)}>
                  {t('mapping.column', { letter: c.letter, header: c.header })}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      <Button
        appearance="primary"
        disabled={disabled || !changed || issues.length > 0}
        onClick={() => onApply(reading.sheet, assignment)}
      >
        {t('mapping.apply')}
      </Button>
    </section>
  );
};
