import { Button, Caption1, Field, Input, Select } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { mappingIssues, type MappingIssue } from '../mapping-validation';
import type { FieldAssignment, SheetCorrection, SheetReading, SubjectColumn } from '../model';
import { useI18n } from '../i18n-context';
import { hasDuplicateMeasure, SubjectBlocks } from './SubjectBlocks';

interface Props {
  reading: SheetReading;
  onApply: (sheet: string, correction: SheetCorrection) => void;
  disabled?: boolean;
}

const NOT_MAPPED = '';

const sameColumns = (a: SubjectColumn[], b: SubjectColumn[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One dropdown per field of the recognised table; auto-detected choices are marked, bad ones explained.
 * Results sheets also show their year and exam (from the title or sheet name) and, when wide, their
 * subject blocks — all of it correctable.
 */
export const MappingEditor = ({ reading, onApply, disabled }: Props) => {
  const { t, text } = useI18n();
  const [assignment, setAssignment] = useState<FieldAssignment>(reading.assignment);
  const detectedYear = reading.sheetMeta?.year === null || reading.sheetMeta?.year === undefined ? '' : String(reading.sheetMeta.year);
  const [year, setYear] = useState(detectedYear);
  const [family, setFamily] = useState(reading.sheetMeta?.family ?? '');
  const detectedSubjects = useMemo(() => reading.subjects?.flatMap((b) => b.columns) ?? [], [reading.subjects]);
  const [subjects, setSubjects] = useState<SubjectColumn[]>(detectedSubjects);
  const issues = useMemo(
    () => mappingIssues(reading.fields, reading.columns, assignment),
    [reading.fields, reading.columns, assignment],
  );
  const yearInvalid = year !== '' && !/^\d{4}$/.test(year.trim());
  const metaChanged = reading.sheetMeta !== undefined && (year.trim() !== detectedYear || family !== (reading.sheetMeta.family ?? ''));
  const changed =
    reading.fields.some((f) => (assignment[f.id] ?? null) !== (reading.assignment[f.id] ?? null)) ||
    metaChanged ||
    !sameColumns(subjects, detectedSubjects);
  const blocked = issues.length > 0 || yearInvalid || hasDuplicateMeasure(subjects);
  // A year or exam column, when there is one, says it for every row: the sheet-wide values are not asked.
  const showYear = reading.sheetMeta !== undefined && (assignment.year ?? null) === null;
  const showFamily = reading.sheetMeta !== undefined && (assignment.family ?? null) === null;

  const issueFor = (fieldId: string): MappingIssue | undefined =>
    issues.find((i) => (i.kind === 'missing-required' ? i.field.id === fieldId : i.fields.some((f) => f.id === fieldId)));

  const issueText = (issue: MappingIssue): string =>
    issue.kind === 'missing-required'
      ? t('mapping.missingRequired', { field: text(issue.field.label) })
      : t('mapping.duplicate', {
          column: `${issue.column.letter}: ${issue.column.header}`,
          fields: issue.fields.map((f) => text(f.label)).join(', '),
        });

  const apply = () =>
    onApply(reading.sheet, {
      fields: assignment,
      ...(metaChanged ? { year: year.trim() === '' ? null : Number(year.trim()), family: family === '' ? null : family } : {}),
      ...(reading.subjects && !sameColumns(subjects, detectedSubjects) ? { subjects } : {}),
    });

  return (
    <section aria-label={t('mapping.sheet', { sheet: reading.sheet })} className="opora-mapping">
      <Caption1 block>{t('mapping.hint')}</Caption1>
      {reading.sheetMeta && (showYear || showFamily) && (
        <fieldset className="opora-fieldset">
          <legend>{t('mapping.sheetMeta')}</legend>
          <Caption1 block>{t('mapping.sheetMetaHint')}</Caption1>
          {showYear && (
            <Field label={t('mapping.year')} validationState={yearInvalid ? 'error' : 'none'} validationMessage={yearInvalid ? t('mapping.yearInvalid') : undefined}>
              <Input value={year} inputMode="numeric" disabled={disabled} onChange={(_, d) => setYear(d.value)} />
            </Field>
          )}
          {showFamily && (
            <Field label={t('mapping.family')}>
              <Select value={family} disabled={disabled} onChange={(_, d) => setFamily(d.value)}>
                <option value="">{t('mapping.notMapped')}</option>
                {reading.sheetMeta.families.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </fieldset>
      )}
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
      {reading.subjects && reading.measures && (
        <SubjectBlocks
          columns={subjects}
          headers={reading.columns}
          measures={reading.measures}
          subjectNames={reading.subjectNames ?? []}
          disabled={disabled}
          onChange={setSubjects}
        />
      )}
      <Button appearance="primary" disabled={disabled || !changed || blocked} onClick={apply}>
        {t('mapping.apply')}
      </Button>
    </section>
  );
};
