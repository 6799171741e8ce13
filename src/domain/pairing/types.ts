import type { SchoolType } from '../records';
import type { Settings } from '../settings';
import type { GradeBand } from '../types';
import type { Bilingual } from '../../i18n/bilingual';

/**
 * Partner pairing («сетевое партнёрство», SPEC «Partner pairing»): every deficit of every identified
 * school gets a partner school or a mentor teacher. Pure data, JSON-serialisable.
 */

/** A school as pairing needs it: identity, municipality, location, grades it teaches. */
export interface PairingSchool {
  key: string;
  name: string;
  municipality?: string;
  type?: SchoolType;
  latitude?: number;
  longitude?: number;
}

/** One deficit of one identified school: a subject in a grade band. */
export interface Need {
  schoolKey: string;
  subject: string;
  band: GradeBand;
  /** From the deficit map, or added by the user on the «Решение» column / a manual row. */
  origin: 'deficit' | 'manual';
  /** The school's gap in the subject and band, % of the maximum, when known. */
  gap?: number | null;
}

export type CandidateKind = 'school' | 'teacher';

export interface Candidate {
  /** Stable id: «school:<key>» or «teacher:<name>@<school key>». */
  id: string;
  kind: CandidateKind;
  /** School name, or the teacher's name (the school is in `schoolKey`). */
  name: string;
  /** The partner's school (a teacher's own school): its location and municipality count. */
  schoolKey: string;
  /** Designated leader / «опорная» school: a candidate in every subject of the grades it teaches. */
  leader: boolean;
  /** Grade bands it can help with. */
  bands: GradeBand[];
  /** «subject|band» cells with high results (top share of the region), with the gap. */
  strong: { subject: string; band: GradeBand; gap: number }[];
  /** A mentor teacher's subjects. */
  subjects?: string[];
  capacity: number;
}

/** A distance from the optional «Расстояния» table: it wins over coordinates. */
export interface DistanceEntry {
  a: string;
  b: string;
  km?: number;
  minutes?: number;
}

/** A user decision about one (school, partner) pair: on the «Решение» column of the sheet. */
export interface PairDecision {
  schoolKey: string;
  partnerId: string;
  decision: 'fixed' | 'forbidden';
  /** The deficits a fixed pair covered (its row's «Дефициты»); absent: every deficit of the school the partner can help with. */
  cells?: { subject: string; band: GradeBand }[];
}

export type PairingSettings = Settings['pairing'];

export interface PairingInput {
  year: number;
  schools: PairingSchool[];
  needs: Need[];
  candidates: Candidate[];
  distances?: DistanceEntry[];
  decisions?: PairDecision[];
  settings: PairingSettings;
}

export interface Distance {
  km: number | null;
  minutes?: number;
  /** Where the figure comes from. */
  origin: 'table' | 'coordinates' | 'unknown';
}

export interface Alternative {
  partnerId: string;
  name: string;
  /** Extra cost (km-equivalent) of giving this pair's deficits to the alternative instead. */
  extraCost: number;
  distance: Distance;
  /** The alternative has capacity left for all of them. */
  free: boolean;
}

export interface Pair {
  schoolKey: string;
  schoolName: string;
  municipality?: string;
  partnerId: string;
  partnerKind: CandidateKind;
  partnerName: string;
  partnerSchoolKey: string;
  partnerSchoolName: string;
  partnerMunicipality?: string;
  needs: Need[];
  distance: Distance;
  /** Cost of the pair (km-equivalent). */
  cost: number;
  fixed: boolean;
  alternatives: Alternative[];
}

export type UncoveredReason = 'no-candidate' | 'grade-band' | 'out-of-reach' | 'forbidden' | 'capacity';

export interface Uncovered {
  need: Need;
  schoolName: string;
  municipality?: string;
  reason: UncoveredReason;
}

export interface PairingResult {
  year: number;
  pairs: Pair[];
  uncovered: Uncovered[];
  /** Total cost of the assignment (km-equivalent), the quantity minimised. */
  totalCost: number;
  /** Load per partner id (deficits taken) against capacity. */
  load: { partnerId: string; taken: number; capacity: number }[];
  /** Fixed pairs that could not be kept (the partner is flagged now, or gone), with the reason. */
  notes: Bilingual[];
}
