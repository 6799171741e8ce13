import { criterionName, type AppliedAdjustment, type Finding, type GroupName, type SchoolYearResult } from '../domain';
import { IDENTIFICATION_LABELS } from '../tables/labels/identification-labels';
import { identifyTables, findSchool, problemsOfSchool, yearOf, type FunctionArguments } from './identification-input';
import type { Problem } from '../tables';
import { rounded } from './output';

const num = (x: number): string => String(rounded(x)).replace('.', ',');

const valueText = (f: Finding): string => {
  if (f.value === null) return `нет данных${f.note ? ` (${f.note})` : ''}`;
  if (typeof f.value === 'boolean') return f.value ? 'да' : 'нет';
  const threshold = typeof f.threshold === 'number' ? `, порог ${num(f.threshold)}` : '';
  const parts = f.parts?.length ? ` [${f.parts.map((p) => `${p.label}: ${p.value === null ? 'нет данных' : num(p.value)}`).join('; ')}]` : '';
  return `${num(f.value)} (${f.unit}${threshold})${parts}`;
};

const line = (f: Finding): string => `${criterionName(f.code)}: ${valueText(f)}${f.dataYear ? `, данные ${f.dataYear} г.` : ''}.`;

const groupsText = (groups: GroupName[]): string => (groups.length > 0 ? `относится к ${groups.join(' и ')}` : 'не относится ни к ШНОР, ни к ШНСУ');

const changeText = (c: AppliedAdjustment): string =>
  `${IDENTIFICATION_LABELS.ru.adjustmentText(c.action, c.group, c.changed)}, основание: «${c.reason}»${c.source ? ` (диапазон «${c.source.sheet}», строка ${c.source.row})` : ''}`;

/** The experts' decisions and, when they changed anything, the groups by the criteria alone. */
const adjustmentText = (s: SchoolYearResult): string => {
  const changes = s.adjustment?.changes ?? [];
  if (changes.length === 0) return '';
  const changed = changes.some((c) => c.changed);
  return `Экспертная корректировка: ${changes.map(changeText).join('; ')}.${changed ? ` По критериям школа ${groupsText(s.groupsByCriteria)}.` : ''}`;
};

/**
 * A Russian explanation of one school's groups (after the experts' adjustments): the adjustments with
 * their reasons, the criteria met with values and thresholds, the others, data problems.
 */
export const explainSchool = (s: SchoolYearResult, problems: Problem[] = []): string => {
  const met = s.findings.filter((f) => f.flagged);
  const other = s.findings.filter((f) => !f.flagged);
  return [
    `${s.name}, ${s.year} год: ${groupsText(s.groups)}${s.stable ? ' (устойчиво низкие результаты: R1 или R2 и в предыдущем году, до корректировок)' : ''}.`,
    adjustmentText(s),
    met.length > 0 ? `Выполнены критерии — ${met.map(line).join(' ')}` : 'Ни один критерий не выполнен.',
    other.length > 0 ? `Не выполнены — ${other.map(line).join(' ')}` : '',
    s.noData.length > 0 ? `Нет данных: ${s.noData.join(', ')}.` : '',
    problems.length > 0 ? `Замечания к данным школы: ${problems.map((p) => p.message).join(' ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
};

/** RISK_REASONS: the explanation for one school, from the same identification as SCHOOL_RISK. */
export const riskReasons = (tables: FunctionArguments, school: string, year?: number): string => {
  const identification = identifyTables(tables, ['results'], { explain: true });
  const found = findSchool(identification, yearOf(identification.result, year), school);
  return explainSchool(found, problemsOfSchool(identification, found.schoolKey));
};
