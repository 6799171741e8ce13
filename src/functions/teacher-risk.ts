import { evaluateTeachers, regionalAverages, type TeacherFinding } from '../domain';
import type { TeacherRecord } from '../domain/records';
import { contentCache, contentKey } from './content-cache';
import { FunctionInputError, messageLanguage } from './errors';
import { settingsArgument } from './expert-input';
import { readTableArguments, type FunctionArguments } from './identification-input';
import { header, type Spill } from './output';
import type { Language } from '../i18n/bilingual';

interface TeacherRow {
  teacher: string;
  school: string;
  subjects: Set<string>;
  codes: Set<string>;
}

const byTeacher = (findings: TeacherFinding[]): TeacherRow[] => {
  const rows = new Map<string, TeacherRow>();
  for (const f of findings) {
    if (!f.flagged) continue;
    const key = `${f.teacher}|${f.schoolKey}`;
    const row = rows.get(key) ?? { teacher: f.teacher, school: f.schoolName, subjects: new Set<string>(), codes: new Set<string>() };
    if (f.subject) row.subjects.add(f.subject);
    row.codes.add(f.code);
    rows.set(key, row);
  }
  return [...rows.values()];
};

const sameName = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е') === b.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');

interface Evaluated {
  teachers: TeacherRecord[];
  rows: TeacherRow[];
}

const evaluatedCache = contentCache<Evaluated>();

/** The teachers' table read and evaluated once per content of the table and the settings (per-row calls). */
const evaluated = (args: FunctionArguments): Evaluated =>
  evaluatedCache([contentKey(args.teachers), contentKey(args.settings)], () => {
    const { dataset } = readTableArguments({ teachers: args.teachers }, ['teachers']);
    if (dataset.teachers.length === 0) throw new FunctionInputError({ ru: 'В диапазоне «педагоги» нет строк о педагогах.', en: 'The "teachers" range holds no teacher rows.' });
    const settings = settingsArgument(args.settings);
    const year = Math.max(...dataset.teachers.map((t) => t.year));
    const findings = evaluateTeachers(dataset.teachers, year, settings, regionalAverages(dataset.results, dataset.regional, settings.regionalTolerance));
    return { teachers: dataset.teachers, rows: byTeacher(findings) };
  });

/**
 * TEACHER_RISK: one row per flagged teacher (in a school) with subjects and criteria; or one
 * teacher's criteria. Evaluated for the latest year of the teachers' table (as identification
 * does for the latest year of the workbook).
 */
export const teacherRisk = (tables: FunctionArguments, teacher?: string, language: Language = messageLanguage()): Spill | string => {
  const { teachers, rows } = evaluated(tables);
  if (teacher !== undefined) {
    if (!teachers.some((t) => sameName(t.teacher, teacher))) {
      throw new FunctionInputError({ ru: `Педагог «${teacher}» не найден в таблице.`, en: `Teacher "${teacher}" is not in the table.` }, 'notAvailable');
    }
    return [...new Set(rows.filter((r) => sameName(r.teacher, teacher)).flatMap((r) => [...r.codes]))].sort().join(', ');
  }
  return [
    header(language, ['ФИО', 'Школа', 'Предмет', 'Критерии'], ['Name', 'School', 'Subject', 'Criteria']),
    ...rows.map((r) => [r.teacher, r.school, [...r.subjects].join(', '), [...r.codes].sort().join(', ')]),
  ];
};
