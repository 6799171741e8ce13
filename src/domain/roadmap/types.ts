import type { Bilingual } from '../../i18n/bilingual';

/**
 * The roadmap («дорожная карта») model: a catalogue of activities (editable in the workbook) and
 * the plan built from it for one school year. Pure data, no Office, no I/O.
 */

export type ProgrammeGroup = 'ШНОР' | 'ШНСУ';

/** Grade bands of the deficit map (seed 000). */
export type GradeBand = '1–4' | '5–9' | '10–11';

/** Social-passport components that can trigger an activity; ids match SocialRecord fields. */
export type SocialComponent =
  | 'deviant'
  | 'nonNativeRussian'
  | 'singleParent'
  | 'unemployedParents'
  | 'lowIncome'
  | 'disabilities';

/** What makes an activity apply. */
export type Trigger =
  | { kind: 'always' }
  | { kind: 'group'; group: ProgrammeGroup }
  /** subject: a case-insensitive stem of the canonical subject («математ»); absent = any deficit. */
  | { kind: 'deficit'; subject?: string; band?: GradeBand }
  | { kind: 'social'; component: SocialComponent }
  | { kind: 'teachersAtRisk' }
  /** Schools that have partners (pairing sheet). */
  | { kind: 'pair' };

/** District activity (one row for the municipality) or one carried out in every school it applies to. */
export type Scope = 'district' | 'school';

export interface Activity {
  /** Stable key: how user edits survive regeneration. Derived from the seed reference by default. */
  id: string;
  section: string;
  text: string;
  /** As written in the catalogue: «ежегодно (август)», «в течение года», «март, сентябрь, ноябрь», «по графику». */
  timing: string;
  /** Abbreviations as in the seeds (КО, ММС, ММО, РМО, ОО); expanded in the legend. */
  responsible: string;
  /** May hold {N} (number of schools the activity applies to) and {N*k} (k per school). */
  expectedResult: string;
  scope: Scope;
  trigger: Trigger;
  /** The document and point it comes from, e.g. «План мероприятий («дорожная карта») … Краснотуранского района 2022-2025 г.г., п. 2.16». */
  source: string;
}

export interface Catalogue {
  /** Section titles in roadmap order. */
  sections: string[];
  activities: Activity[];
  /** Abbreviation → expansion (КО → комитет по образованию). */
  legend: { abbreviation: string; meaning: string }[];
}

export interface Deficit {
  subject: string;
  band?: GradeBand;
}

/** One identified school as the roadmap needs it: a narrow view of the identification result. */
export interface RoadmapSchool {
  key: string;
  name: string;
  groups: ProgrammeGroup[];
  deficits: Deficit[];
  /** Social components flagged for the school (SocialComponent ids). */
  socialComponents: SocialComponent[];
  teachersAtRisk: number;
}

/** A partner pair of the pairing capability (seed 000 list: school | partner | note). */
export interface RoadmapPair {
  schoolKey: string;
  partner: string;
  note: string;
}

export interface RoadmapInput {
  /** «2025/2026». */
  schoolYear: string;
  schools: RoadmapSchool[];
  pairs?: RoadmapPair[];
}

/** A school year: September of startYear … August of startYear + 1. */
export interface SchoolYear {
  startYear: number;
  label: string; // «2025/2026»
}

/** One activity placed in the plan. */
export interface PlannedActivity {
  key: string;
  number: string; // «1.2»
  activity: Activity;
  /** 0 = September … 11 = August of the school year; below 0 before it, above 11 after it. Empty when the timing names no months. */
  months: number[];
  /** Concrete dates: «август 2026», «сентябрь 2025 – май 2026», or the catalogue text when it has no months. */
  timingText: string;
  expectedResult: string; // placeholders filled in
  schools: RoadmapSchool[];
  /** Pairs the activity concerns (pair-triggered activities). */
  pairs: RoadmapPair[];
}

export interface PlanSection {
  number: number;
  title: string;
  items: PlannedActivity[];
}

export interface SchoolPlan {
  school: RoadmapSchool;
  items: PlannedActivity[];
  partners: RoadmapPair[];
}

export interface Roadmap {
  year: SchoolYear;
  sections: PlanSection[];
  schoolPlans: SchoolPlan[];
  legend: Catalogue['legend'];
  /** How the documents' months were placed in the plan (school year vs calendar year). */
  placement: Bilingual;
}
