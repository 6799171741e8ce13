import { DEFAULT_SETTINGS, identify } from '../../src/domain';
import { buildScaledDataset, buildScaledTeacherDataset, SCALED_YEARS } from '../../src/sample/scaled';
import { measure, timeAndMemory } from './measure';
import type { BenchSection } from './section';
import { SCHOOLS, TEACHER_ROWS } from './xlsx-read';

const ID = 'identify';

/** The domain alone on typed records (no reading, no writing). */
export const identifySection: BenchSection = {
  id: ID,
  title: 'Идентификация (только домен)',
  runs: 5,
  run: async () => {
    const schools = buildScaledDataset(SCHOOLS);
    const m1 = await measure(() => identify(schools, DEFAULT_SETTINGS));
    const flagged = m1.value.schools.filter((s) => s.groups.length > 0).length;
    schools.results.length = 0; // let the first dataset go before the double-size one
    const double = buildScaledDataset(SCHOOLS * 2);
    const m80 = await measure(() => identify(double, DEFAULT_SETTINGS));
    double.results.length = 0;
    const teachers = buildScaledTeacherDataset(TEACHER_ROWS);
    const m2 = await measure(() => identify(teachers, DEFAULT_SETTINGS, { years: [...SCALED_YEARS] }));
    const flaggedTeachers = m2.value.teachers.filter((t) => t.flagged).length;
    return [
      ...timeAndMemory(ID, `${SCHOOLS} школ × 3 года × 3 вида оценки`, m1, `отмечено школо-лет: ${flagged}; цель < 700 мс`),
      ...timeAndMemory(ID, `${SCHOOLS * 2} школ × 3 года × 3 вида оценки`, m80),
      { section: ID, name: `рост от ${SCHOOLS} к ${SCHOOLS * 2} школам`, value: Math.round((m80.ms / m1.ms) * 100) / 100, unit: '×', note: 'линейный рост — 2,0; цель ≤ 2,1' },
      ...timeAndMemory(ID, `${TEACHER_ROWS} строк педагогов`, m2, `отмечено критериев педагогов: ${flaggedTeachers}`),
    ];
  },
};
