import { parseSchoolYear } from './school-calendar';
import { SECTIONS } from './default-catalogue';
import { resolveTiming, type Placement } from './timing';
import { triggerMatches } from './triggers';
import type {
  Activity,
  Catalogue,
  PlanSection,
  PlannedActivity,
  Roadmap,
  RoadmapInput,
  RoadmapPair,
  RoadmapSchool,
  SchoolPlan,
  SchoolYear,
} from './types';

/** Fills {N}, {N*k} and {T} of an expected result. */
export const fillExpectedResult = (template: string, schools: readonly RoadmapSchool[]): string =>
  template
    .replace(/\{N\*(\d+(?:[.,]\d+)?)\}/g, (_, k: string) => String(Math.ceil(schools.length * Number(k.replace(',', '.')))))
    .replace(/\{N\}/g, String(schools.length))
    .replace(/\{T\}/g, String(schools.reduce((sum, s) => sum + s.teachersAtRisk, 0)));

/** A district activity for everybody appears even with no identified schools; any other needs a school. */
const applies = (activity: Activity, schools: readonly RoadmapSchool[]): boolean =>
  (activity.scope === 'district' && activity.trigger.kind === 'always') || schools.length > 0;

const uniqueIds = (activities: readonly Activity[]): Activity[] => {
  const seen = new Map<string, number>();
  return activities.map((a) => {
    const n = (seen.get(a.id) ?? 0) + 1;
    seen.set(a.id, n);
    return n === 1 ? a : { ...a, id: `${a.id}~${n}` };
  });
};

const sectionOrder = (catalogue: Catalogue, activities: readonly Activity[]): string[] => {
  const order = [...catalogue.sections];
  for (const a of activities) if (!order.includes(a.section)) order.push(a.section);
  return order;
};

type TimingOf = (activity: Activity) => ReturnType<typeof resolveTiming>;

/**
 * How an activity's months are placed (see timing.ts): items of a plan-schedule by calendar year (their
 * source names a «план-график») in the calendar year the school year ends in; the analytic stage in the
 * months before the school year; everything else inside it. Read from the visible columns, so an edited
 * catalogue keeps the rule.
 */
export const placementOf = (activity: Activity): Placement =>
  /план-график/i.test(activity.source) ? 'calendar' : activity.section === SECTIONS.analytic ? 'before' : 'school';

/** How the plan's dates were placed, stated on the roadmap (the documents plan by school year and by calendar year). */
export const placementNote = (year: SchoolYear): { ru: string; en: string } => {
  const first = year.startYear;
  const next = first + 1;
  return {
    ru: `Сроки — месяцы документов, из которых взяты мероприятия. Учебный год ${year.label} — сентябрь ${first} – август ${next}. Мероприятия аналитического этапа предшествуют учебному году и стоят в ${first} году (до сентября). Мероприятия плана-графика Концепции Грачевского округа (план по календарному году) стоят в ${next} году — в том календарном году, в котором заканчивается учебный год, в порядке документа; их месяцы с сентября по декабрь ${next} года выходят за учебный год и показаны с годом.`,
    en: `Dates are the months of the documents the activities come from. The school year ${year.label} runs September ${first} – August ${next}. Activities of the analytic stage precede the school year and are placed in ${first} (up to September). Activities of the Grachevka concept's plan-schedule (a calendar-year plan) are placed in ${next}, the calendar year in which the school year ends, in the document's order; their months September to December ${next} fall after the school year and are shown with their year.`,
  };
};

/** Each timing text is resolved once per build and placement, however many schools share the activity. */
const timingCache = (year: SchoolYear): TimingOf => {
  const cache = new Map<string, ReturnType<typeof resolveTiming>>();
  return (activity) => {
    const placement = placementOf(activity);
    const key = `${placement}|${activity.timing}`;
    let t = cache.get(key);
    if (!t) cache.set(key, (t = resolveTiming(year, activity.timing, 'ru', placement)));
    return t;
  };
};

const plan = (
  timingOf: TimingOf,
  activity: Activity,
  number: string,
  key: string,
  schools: RoadmapSchool[],
  pairs: RoadmapPair[],
): PlannedActivity => {
  const timing = timingOf(activity);
  return {
    key,
    number,
    activity,
    months: timing.months,
    timingText: timing.text,
    expectedResult: fillExpectedResult(activity.expectedResult, schools),
    schools,
    pairs,
  };
};

const schoolPlan = (
  timingOf: TimingOf,
  school: RoadmapSchool,
  activities: readonly Activity[],
  pairsBySchool: ReadonlyMap<string, RoadmapPair[]>,
  paired: ReadonlySet<string>,
): SchoolPlan => {
  // A school's own plan: what it carries out itself, plus district activities that name it.
  const own = activities.filter(
    (a) => (a.scope === 'school' || a.trigger.kind !== 'always') && triggerMatches(a.trigger, school, paired),
  );
  const partners = pairsBySchool.get(school.key) ?? [];
  return {
    school,
    partners,
    items: own.map((a, i) => plan(timingOf, a, String(i + 1), `${school.key}::${a.id}`, [school], a.trigger.kind === 'pair' ? partners : [])),
  };
};

export class RoadmapInputError extends Error {}

/**
 * Builds the district roadmap and every identified school's own plan for one school year.
 * Throws RoadmapInputError (Russian message) when the school year cannot be read.
 */
export const buildRoadmap = (input: RoadmapInput, catalogue: Catalogue): Roadmap => {
  const year = parseSchoolYear(input.schoolYear);
  if (!year) {
    throw new RoadmapInputError(`Учебный год «${input.schoolYear}» не распознан. Укажите его в виде «2025/2026».`);
  }
  const pairs = input.pairs ?? [];
  const pairsBySchool = new Map<string, RoadmapPair[]>();
  for (const p of pairs) pairsBySchool.set(p.schoolKey, [...(pairsBySchool.get(p.schoolKey) ?? []), p]);
  const paired = new Set(pairsBySchool.keys());
  const timingOf = timingCache(year);
  const activities = uniqueIds(catalogue.activities);
  const sections: PlanSection[] = [];
  for (const title of sectionOrder(catalogue, activities)) {
    const items: PlannedActivity[] = [];
    for (const activity of activities) {
      if (activity.section !== title) continue;
      const schools = input.schools.filter((s) => triggerMatches(activity.trigger, s, paired));
      if (!applies(activity, schools)) continue;
      const number = `${sections.length + 1}.${items.length + 1}`;
      const concerned = activity.trigger.kind === 'pair' ? schools.flatMap((s) => pairsBySchool.get(s.key) ?? []) : [];
      items.push(plan(timingOf, activity, number, activity.id, schools, concerned));
    }
    if (items.length > 0) sections.push({ number: sections.length + 1, title, items });
  }
  return {
    year,
    sections,
    schoolPlans: input.schools.map((s) => schoolPlan(timingOf, s, activities, pairsBySchool, paired)),
    legend: catalogue.legend,
    placement: placementNote(year),
  };
};
