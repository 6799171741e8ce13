import { criterionName, type Finding, type SchoolYearResult } from '../domain';
import { identifyTables, findSchool, problemsOfSchool, yearOf, type TableArguments } from './identification-input';
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

/** A Russian explanation of one school's groups: the criteria met with values and thresholds, the others, data problems. */
export const explainSchool = (s: SchoolYearResult, problems: Problem[] = []): string => {
  const met = s.findings.filter((f) => f.flagged);
  const other = s.findings.filter((f) => !f.flagged);
  const groups = s.groupsByCriteria.length > 0 ? `относится к ${s.groupsByCriteria.join(' и ')}` : 'не относится ни к ШНОР, ни к ШНСУ';
  return [
    `${s.name}, ${s.year} год: ${groups}${s.stable ? ' (устойчиво низкие результаты: ШНОР и в предыдущем году)' : ''}.`,
    met.length > 0 ? `Выполнены критерии — ${met.map(line).join(' ')}` : 'Ни один критерий не выполнен.',
    other.length > 0 ? `Не выполнены — ${other.map(line).join(' ')}` : '',
    s.noData.length > 0 ? `Нет данных: ${s.noData.join(', ')}.` : '',
    problems.length > 0 ? `Замечания к данным школы: ${problems.map((p) => p.message).join(' ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
};

/** RISK_REASONS: the explanation for one school, from the same identification as SCHOOL_RISK. */
export const riskReasons = (tables: TableArguments, school: string, year?: number): string => {
  const identification = identifyTables(tables, ['results']);
  const found = findSchool(identification.result, yearOf(identification.result, year), school);
  return explainSchool(found, problemsOfSchool(identification, found.schoolKey));
};
