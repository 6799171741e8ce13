import { defaultCatalogue, SECTIONS } from '../../src/domain/roadmap/default-catalogue';
import { buildRoadmap, placementOf } from '../../src/domain/roadmap/plan';
import { parseTimingMonths } from '../../src/domain/roadmap/timing';
import type { RoadmapInput } from '../../src/domain/roadmap/types';

/**
 * Golden: every catalogue activity against its document, transcribed here by hand from the committee's
 * texts — the «Сроки» cell word for word, the stage (Volkhov programme) or section (Krasnoturansk roadmap)
 * it stands in, and whether it belongs to the Grachevka plan-schedule (a calendar-year plan).
 * `null` timing: the document gives no months for it.
 */

type Stage = 'Аналитический' | 'Организационный' | 'Заключительный';
interface SeedRow {
  timing: string | null;
  /** Volkhov stage, or Krasnoturansk section number. */
  stage?: Stage | number;
  calendar?: true;
}

const SEEDS: Record<string, SeedRow> = {
  // Volkhov programme, «Этапы реализации программы»
  '000-1.1': { timing: 'июнь – сентябрь', stage: 'Аналитический' },
  '000-1.2': { timing: 'май-июнь', stage: 'Аналитический' },
  '000-2.1': { timing: 'по графику', stage: 'Организационный' },
  '000-2.2': { timing: 'сентябрь, январь', stage: 'Организационный' },
  '000-2.4': { timing: 'постоянно', stage: 'Организационный' },
  '000-2.5': { timing: 'по плану', stage: 'Организационный' },
  '000-2.8': { timing: 'постоянно', stage: 'Организационный' },
  '000-2.9': { timing: 'постоянно', stage: 'Организационный' },
  '000-3.1': { timing: 'май', stage: 'Заключительный' },
  '000-3.2': { timing: '2021 – 2022 учебный год', stage: 'Заключительный' },
  // Krasnoturansk roadmap
  '001-1.1': { timing: 'ежегодно (август-сентябрь)', stage: 1 },
  '001-1.2-math': { timing: 'в течение года в соответствии с ежегодным планом повышения квалификации', stage: 1 },
  '001-1.2-rus': { timing: 'в течение года в соответствии с ежегодным планом повышения квалификации', stage: 1 },
  '001-1.5': { timing: 'в течение года', stage: 1 },
  '004-7': { timing: 'Сентябрь, в течение года', stage: 1 }, // Krasnoturansk p. 2.6, the individual plans
  '001-2.1': { timing: 'по итогам выявления', stage: 2 },
  '001-2.7': { timing: 'в течение года', stage: 2 },
  '001-2.9': { timing: 'в течение года' }, // section 2, carried with the social conditions
  '001-2.11': { timing: 'ежегодно (февраль)', stage: 2 },
  '001-2.15': { timing: 'май-июнь 2022' },
  '001-2.16': { timing: 'в течение года' }, // section 2, carried with the social conditions
  '001-3.2': { timing: 'ежегодно (октябрь-ноябрь)', stage: 3 },
  '001-3.4': { timing: 'ежегодно (август)', stage: 3 },
  '001-3.7-math': { timing: 'в соответствии с планами РМО', stage: 3 },
  '001-3.7-rus': { timing: 'в соответствии с планами РМО', stage: 3 },
  '001-3.9': { timing: 'ежегодно (апрель)', stage: 3 },
  '001-4.7': { timing: 'по графику', stage: 4 },
  '001-4.10': { timing: 'ежегодно (апрель-май)', stage: 4 },
  '001-5.2': { timing: 'в течение года', stage: 5 },
  '001-5.4': { timing: '(ежегодно) ноябрь-декабрь', stage: 5 },
  '001-6.1': { timing: 'по отдельному графику', stage: 6 },
  '001-6.2': { timing: 'ежегодно (август)', stage: 6 },
  // Grachevka concept, «План-график выполнения работ»
  '002-1.3': { timing: 'февраль – март 2021 г.', calendar: true, stage: 'Аналитический' },
  '002-2.5': { timing: 'Февраль 2022 г.', calendar: true, stage: 'Аналитический' },
  '002-1.4': { timing: 'февраль 2021 г. май 2021 г. сентябрь 2021г. октябрь 2021 г.', calendar: true },
  '002-1.8': { timing: 'март 2021 г. – апрель 2021 г.', calendar: true },
  '002-1.9': { timing: 'март 2021 г. – октябрь 2021 г.', calendar: true },
  '002-1.11': { timing: 'март 2021 г. (входной), сентябрь 2021 г. (промежуточный), ноябрь 2021 г. (итоговый)', calendar: true },
  '002-1.13': { timing: 'апрель 2021 г.', calendar: true },
  '002-1.16': { timing: 'Август – сентябрь 2022 г.', calendar: true }, // p. 2.21, the posts themselves
  '002-1.17': { timing: 'апрель 2021 г. – октябрь 2021 г.', calendar: true },
  '002-1.18': { timing: 'апрель 2021 г. – октябрь 2021 г.', calendar: true },
  '002-1.19': { timing: 'апрель – ноябрь 2021 г.', calendar: true },
  '002-1.20': { timing: 'май – июль 2021 г.', calendar: true },
  '002-1.21': { timing: 'май – июнь 2021 г.', calendar: true },
  '002-2.20': { timing: 'июнь 2022 г. сентябрь 2022 г.', calendar: true },
  '002-2.22': { timing: 'Октябрь 2022 г.', calendar: true, stage: 'Заключительный' },
  // Lesosibirsk programme, section II p. 2.2: no months
  '003-2.2': { timing: null, stage: 'Аналитический' },
  '003-2.2-training': { timing: null },
  '003-2.2-heads': { timing: null },
  // Our own activity for a social-index component: the catalogue's months are ours («в течение года»)
  'social-nonNative': { timing: 'в течение года' },
};

/** Krasnoturansk section number → the catalogue section that carries it (section 2.9/2.16 sit with the social conditions). */
const KRASNOTURANSK_SECTION: Record<number, string> = {
  1: SECTIONS.staff,
  2: SECTIONS.support,
  3: SECTIONS.failure,
  4: SECTIONS.monitoring,
  5: SECTIONS.students,
  6: SECTIONS.lowSchools,
};
const VOLKHOV_STAGE: Record<Stage, string> = {
  Аналитический: SECTIONS.analytic,
  Организационный: SECTIONS.organisational,
  Заключительный: SECTIONS.final,
};

const catalogue = defaultCatalogue();

describe('the catalogue against the documents (golden)', () => {
  it('every activity has its document row, and every document row its activity', () => {
    expect(catalogue.activities.map((a) => a.id).sort()).toEqual(Object.keys(SEEDS).sort());
  });

  it.each(catalogue.activities.map((a) => [a.id, a] as const))('%s: the document\'s months, placement and stage', (id, a) => {
    const seed = SEEDS[id];
    const placement = placementOf(a);
    expect(placement === 'calendar').toBe(seed.calendar === true);
    // The same months as the document's «Сроки», read the same way (years in the document's text are its own plan's).
    expect(parseTimingMonths(a.timing, placement)).toEqual(parseTimingMonths(seed.timing ?? '', placement));
    if (typeof seed.stage === 'string') expect(a.section).toBe(VOLKHOV_STAGE[seed.stage]);
    if (typeof seed.stage === 'number') expect(a.section).toBe(KRASNOTURANSK_SECTION[seed.stage]);
  });

  it('orders the sections as the Volkhov programme orders its stages: analytic first, final last', () => {
    expect(catalogue.sections[0]).toBe(SECTIONS.analytic);
    expect(catalogue.sections[1]).toBe(SECTIONS.organisational);
    expect(catalogue.sections[catalogue.sections.length - 1]).toBe(SECTIONS.final);
  });
});

describe('the roadmap\'s dates follow the documents\' order', () => {
  // One school that triggers every activity.
  const input: RoadmapInput = {
    schoolYear: '2025/2026',
    schools: [{ key: 'a', name: 'СОШ', groups: ['ШНОР', 'ШНСУ'], deficits: [{ subject: 'Математика' }, { subject: 'Русский язык' }], socialComponents: ['deviant', 'nonNativeRussian'], teachersAtRisk: 2 }],
    pairs: [{ schoolKey: 'a', partner: 'Гимназия', note: '' }],
  };
  const roadmap = buildRoadmap(input, catalogue);
  const items = roadmap.sections.flatMap((s) => s.items.map((i) => ({ ...i, section: s.title })));
  const months = (id: string) => items.find((i) => i.activity.id === id)!.months;
  const firstOf = (section: string) => Math.min(...items.filter((i) => i.section === section && i.months.length > 0).map((i) => i.months[0]));

  it('puts every activity of the catalogue in the plan', () => {
    expect(items).toHaveLength(catalogue.activities.length);
  });

  it('stages start in order: analytic, organisational, final', () => {
    expect(firstOf(SECTIONS.analytic)).toBeLessThan(firstOf(SECTIONS.organisational));
    expect(firstOf(SECTIONS.organisational)).toBeLessThanOrEqual(firstOf(SECTIONS.final));
  });

  it('monitoring: entry (March) before intermediate (September) before final (November), one calendar year', () => {
    const [entry, intermediate, final] = months('002-1.11');
    expect(entry).toBeLessThan(intermediate);
    expect(intermediate).toBeLessThan(final);
    expect(items.find((i) => i.activity.id === '002-1.11')!.timingText).toBe('март 2026, сентябрь 2026, ноябрь 2026');
  });

  it('identification comes before the schools\' programmes and the partner agreements', () => {
    const identified = Math.max(...months('002-1.3'));
    expect(identified).toBeLessThan(Math.min(...months('002-1.20')));
    expect(identified).toBeLessThan(Math.min(...months('001-6.2')));
  });

  it('says how the plan year and the calendar year were placed', () => {
    expect(roadmap.placement.ru).toContain('по календарному году');
    expect(roadmap.placement.ru).toContain('2026');
  });
});
