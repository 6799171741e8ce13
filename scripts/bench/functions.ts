import { schoolRisk } from '../../src/functions/school-risk';
import { measure, timeAndMemory } from './measure';
import type { BenchSection } from './section';

const ID = 'functions';
export const SPILL_ROWS = 40_000;
const SUBJECTS = ['Русский язык', 'Математика', 'Обществознание', 'Биология'];

/** A long ОГЭ results range as Excel passes it to a custom function: a header row and 40,000 data rows. */
export const spillRange = (rows: number): unknown[][] => {
  const header = ['Год', 'Школа', 'Экзамен', 'Предмет', 'Участников', 'Средний балл'];
  const data = Array.from({ length: rows }, (_, i) => {
    const school = Math.floor(i / SUBJECTS.length);
    const subject = SUBJECTS[i % SUBJECTS.length];
    const average = 8 + ((school * 7919 + i * 104729) % 2300) / 100; // 8.00 … 30.99 primary points
    return [2024, `МБОУ "СОШ № ${school + 1}"`, 'ОГЭ', subject, 10 + (school % 40), average];
  });
  return [header, ...data];
};

/** SCHOOL_RISK's spilling form over a whole table (the first call: nothing cached). */
export const functionsSection: BenchSection = {
  id: ID,
  title: 'Пользовательские функции',
  runs: 5,
  run: async () => {
    const results = spillRange(SPILL_ROWS);
    const m = await measure(() => schoolRisk({ results }, undefined, undefined, 'ru'));
    return timeAndMemory(ID, `РИСК_ШКОЛЫ (SCHOOL_RISK) по таблице ${SPILL_ROWS} строк`, m, `строк в ответе: ${m.value.length - 1}; цель — менее 0,35 с`);
  },
};
