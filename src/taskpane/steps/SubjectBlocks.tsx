import { Caption1, Field, Select } from '@fluentui/react-components';
import type { MappingColumn, MappingField, SubjectColumn } from '../model';
import { useI18n } from '../i18n-context';

interface Props {
  columns: SubjectColumn[];
  headers: MappingColumn[];
  measures: MappingField[];
  subjectNames: string[];
  disabled?: boolean;
  onChange: (columns: SubjectColumn[]) => void;
}

const NOT_READ = '';

/** The subjects of a wide results sheet, one block each: subject › measure → column, every part correctable. */
export const SubjectBlocks = ({ columns, headers, measures, subjectNames, disabled, onChange }: Props) => {
  const { t, text } = useI18n();
  const subjects = [...new Set(columns.map((c) => c.subject))];
  const headerOf = (index: number) => headers.find((h) => h.index === index);
  const measureLabel = (field: string) => {
    const m = measures.find((x) => x.id === field);
    return m ? text(m.label) : field;
  };
  const setColumn = (column: number, patch: Partial<SubjectColumn> | null) =>
    onChange(patch === null ? columns.filter((c) => c.column !== column) : columns.map((c) => (c.column === column ? { ...c, ...patch } : c)));
  const renameSubject = (from: string, to: string) => onChange(columns.map((c) => (c.subject === from ? { ...c, subject: to } : c)));

  return (
    <fieldset className="opora-fieldset opora-subjects">
      <legend>{t('mapping.subjects', { count: subjects.length })}</legend>
      <Caption1 block>{t('mapping.subjectsHint')}</Caption1>
      {subjects.map((subject) => {
        const own = columns.filter((c) => c.subject === subject);
        const summary = own.map((c) => `${measureLabel(c.field)} → ${headerOf(c.column)?.letter ?? '?'}`).join(', ');
        const duplicate = own.find((c, i) => own.findIndex((x) => x.field === c.field) !== i);
        return (
          <details key={subject} className="opora-subject" data-subject={subject}>
            <summary>
              <strong>{subject}</strong> › {summary}
            </summary>
            <Field label={t('mapping.subject')}>
              <Select value={subject} disabled={disabled} onChange={(_, d) => renameSubject(subject, d.value)}>
                {[...new Set([subject, ...subjectNames])].map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
            {own.map((c) => {
              const header = headerOf(c.column);
              return (
                <Field
                  key={c.column}
                  label={t('mapping.measureOf', { letter: header?.letter ?? '?', header: header?.header ?? '' })}
                  validationState={duplicate?.field === c.field ? 'error' : 'none'}
                  validationMessage={duplicate?.field === c.field ? t('mapping.duplicateMeasure', { measure: measureLabel(c.field) }) : undefined}
                >
                  <Select
                    value={c.field}
                    disabled={disabled}
                    onChange={(_, d) => setColumn(c.column, d.value === NOT_READ ? null : { field: d.value })}
                  >
                    <option value={NOT_READ}>{t('mapping.notRead')}</option>
                    {measures.map((m) => (
                      <option key={m.id} value={m.id}>
                        {text(m.label)}
                      </option>
                    ))}
                  </Select>
                </Field>
              );
            })}
          </details>
        );
      })}
    </fieldset>
  );
};

/** True when some subject has one measure on two columns (the reader would keep only one). */
export const hasDuplicateMeasure = (columns: SubjectColumn[]): boolean => {
  const seen = new Set<string>();
  for (const c of columns) {
    const key = `${c.subject}|${c.field}`;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
};
