/**
 * Typed records that tables/ reads out of the committee's workbooks and domain/ works on.
 * Every record keeps where it came from (sheet and row) so each flag can name its source.
 */

export interface SourceRef {
  sheet: string;
  row: number; // 1-based sheet row
}

export type Family = 'ЕГЭ' | 'ОГЭ' | 'ВПР';
export const FAMILIES: readonly Family[] = ['ЕГЭ', 'ОГЭ', 'ВПР'];
/** How many assessment families there are: per-school typed arrays hold this many slots per school. */
export const FAMILY_COUNT = FAMILIES.length;

/** The family's position in FAMILIES, by compares: hot loops over every row index arrays with it. */
export const familyIndex = (family: Family): number => (family === 'ЕГЭ' ? 0 : family === 'ОГЭ' ? 1 : 2);

export type SchoolType = 'НОШ' | 'ООШ' | 'СОШ' | 'гимназия' | 'лицей' | 'другое';

export interface School {
  /** Normalised key (see tables/school-key.ts): equal for «МБОУ "СОШ № 5"» and «МОБУ «СОШ №5»». */
  key: string;
  name: string; // as written in the workbook, trimmed
  municipality?: string;
  settlement?: string;
  code?: string; // код / ИНН
  type?: SchoolType;
  students?: number;
  smallSchool?: boolean; // малокомплектная
  hardToReach?: boolean; // труднодоступный населённый пункт
  travelMinutes?: number; // to the district centre
  latitude?: number;
  longitude?: number;
  /** The year of the row it was read from (a row of results, olympiads, social passport…); not set on the registry's rows. */
  year?: number;
  /** Designated leader / «опорная» school (seed 002): a partner candidate in every subject of its grades. */
  leader?: boolean;
  /** Deficits it can take on as a partner, when the registry gives its own number. */
  partnerCapacity?: number;
  /** Graduates who sat the exams that year, when a results table gives it (e.g. «Всего выпускников»). */
  graduates?: number | null;
  source?: SourceRef;
}

/** One school's result in one subject of one assessment in one year. */
export interface ResultRecord {
  schoolKey: string;
  schoolName: string;
  municipality?: string;
  year: number;
  family: Family;
  subject: string; // canonical subject name from the catalogue, e.g. 'Русский язык'
  grade?: number; // ВПР 4..8, 10, 11; ОГЭ 9; ЕГЭ 11
  participants: number | null; // null = blank (no data); 0 = nobody sat
  average: number | null; // in the subject's own scale
  maxScore: number; // of that scale, from the subject catalogue
  belowMinimum?: number | null; // count not reaching the minimum
  belowMinimumShare?: number | null; // percent 0..100
  qualityShare?: number | null; // «качество знаний», percent 0..100
  source: SourceRef;
}

/** The workbook's own region / total row value for one subject (may be absent). */
export interface RegionalRecord {
  year: number;
  family: Family;
  subject: string;
  grade?: number;
  participants: number | null;
  average: number | null;
  maxScore: number;
  /**
   * Set by the reader from the participant count: 'total' — the row totals the listed schools (±2%),
   * checked against their weighted mean with the regional tolerance; 'reference' — the region's value in a
   * district's workbook (more participants, or none given), used as given; 'invalid' — outside the subject's scale.
   * Absent (a record built by hand): checked like a total.
   */
  kind?: 'total' | 'reference' | 'invalid';
  /** Participant-weighted mean over the schools of the same sheet, when computed. */
  computedAverage?: number | null;
  /** Participants of the listed schools of the same sheet. */
  schoolParticipants?: number;
  /** Column letter of the average, for problems. */
  column?: string;
  source: SourceRef;
}

export interface OlympiadRecord {
  schoolKey: string;
  schoolName: string;
  year: number;
  participants: number; // students in regional and all-Russian olympiads and contests
  students?: number; // students of the school that year
  source: SourceRef;
}

/** Shares are percents 0..100 (the reader converts counts + total, 0.35 and 35% alike). */
export interface SocialRecord {
  schoolKey: string;
  schoolName: string;
  year: number;
  bothParentsHigherEducation?: number;
  singleParent?: number;
  unemployedParents?: number;
  deviant?: number; // on any registry / deviant behaviour
  nonNativeRussian?: number;
  noLearningMotivation?: number;
  lowIncome?: number;
  disabilities?: number;
  source: SourceRef;
}

export interface TerritoryRecord {
  settlement: string;
  year?: number;
  unemployment: number; // percent
  regionalUnemployment?: number; // percent, when the table carries it
  hardToReach?: boolean;
  source: SourceRef;
}

/** One teacher's classes in one subject and year (personal data: never leaves the machine). */
export interface TeacherRecord {
  teacher: string; // ФИО
  schoolKey: string;
  schoolName: string;
  subject: string;
  year: number;
  family?: Family;
  grade?: number;
  participants?: number | null;
  average?: number | null;
  regionalAverage?: number | null;
  maxScore?: number;
  belowMinimumShare?: number | null; // percent
  qualityShare?: number | null; // percent
  continuedToGrade10Share?: number | null; // percent of grade-9 students who went on to grade 10
  /** Named as a mentor («педагог-наставник», seed 000): a partner candidate in the subject. */
  mentor?: boolean;
  source: SourceRef;
}

/** What a programme school actually did in a year (monitoring). Keys are indicator ids. */
export interface MonitoringRecord {
  schoolKey: string;
  schoolName: string;
  year: number;
  values: Record<string, number | boolean | string | null>;
  source: SourceRef;
}

export interface Dataset {
  schools: School[];
  results: ResultRecord[];
  regional: RegionalRecord[];
  olympiads: OlympiadRecord[];
  social: SocialRecord[];
  territory: TerritoryRecord[];
  teachers: TeacherRecord[];
  monitoring: MonitoringRecord[];
}

export const emptyDataset = (): Dataset => ({
  schools: [],
  results: [],
  regional: [],
  olympiads: [],
  social: [],
  territory: [],
  teachers: [],
  monitoring: [],
});
