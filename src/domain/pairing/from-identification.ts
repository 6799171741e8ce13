import { gradeBand } from '../deficits';
import type { Dataset, School, SchoolType } from '../records';
import type { Settings } from '../settings';
import type { GradeBand, IdentificationResult } from '../types';
import { strongCells } from './strong-cells';
import type { Candidate, DistanceEntry, Need, PairDecision, PairingInput, PairingSchool } from './types';

/**
 * From the identification to the pairing's input. Needs: the deficit map's cells of the ШНОР/ШНСУ
 * schools of the year, plus the user's own. Candidates: schools with high results in a cell, the
 * registry's leader («опорные») schools, and mentor teachers; never a school in ШНОР/ШНСУ that year,
 * never a teacher flagged by T1–T3.
 */

const ALL_BANDS: GradeBand[] = ['1–4', '5–9', '10–11'];

/** An ООШ teaches grades 1–9, a НОШ grades 1–4; any other (or unknown) type all three bands. */
export const bandsOfType = (type: SchoolType | undefined): GradeBand[] =>
  type === 'НОШ' ? ['1–4'] : type === 'ООШ' ? ['1–4', '5–9'] : ALL_BANDS;

export const schoolCandidateId = (key: string) => `school:${key}`;
export const teacherCandidateId = (teacher: string, schoolKey: string) => `teacher:${teacher}@${schoolKey}`;

/** One record per school key: the first value of each field across the sheets wins. */
export const pairingSchools = (schools: readonly School[], typeOf: (name: string) => SchoolType | undefined = () => undefined): (PairingSchool & { leader?: boolean; partnerCapacity?: number })[] => {
  const byKey = new Map<string, PairingSchool & { leader?: boolean; partnerCapacity?: number }>();
  for (const s of schools) {
    let p = byKey.get(s.key);
    if (!p) byKey.set(s.key, (p = { key: s.key, name: s.name }));
    if (p.municipality === undefined && s.municipality) p.municipality = s.municipality;
    if (p.type === undefined && s.type) p.type = s.type;
    if (p.latitude === undefined && typeof s.latitude === 'number' && typeof s.longitude === 'number') {
      p.latitude = s.latitude;
      p.longitude = s.longitude;
    }
    if (s.leader) p.leader = true;
    if (p.partnerCapacity === undefined && typeof s.partnerCapacity === 'number') p.partnerCapacity = s.partnerCapacity;
  }
  for (const p of byKey.values()) if (p.type === undefined) {
    const t = typeOf(p.name);
    if (t) p.type = t;
  }
  return [...byKey.values()];
};

export interface PairingInputOptions {
  year?: number;
  manualNeeds?: Need[];
  decisions?: PairDecision[];
  distances?: DistanceEntry[];
  /** The school type from its name («… основная общеобразовательная школа» → ООШ), from tables/. */
  typeOf?: (name: string) => SchoolType | undefined;
}

export const pairingInputFromIdentification = (
  result: IdentificationResult,
  dataset: Dataset,
  settings: Settings,
  options: PairingInputOptions = {},
): PairingInput => {
  const year = options.year ?? result.lastYear;
  const flagged = new Set(result.schools.filter((s) => s.year === year && s.groups.length > 0).map((s) => s.schoolKey));
  const schools = pairingSchools(
    [...dataset.schools, ...result.schools.filter((s) => s.year === year).map((s) => ({ key: s.schoolKey, name: s.name, ...(s.municipality ? { municipality: s.municipality } : {}) }))],
    options.typeOf,
  );
  const byKey = new Map(schools.map((s) => [s.key, s]));

  const needs: Need[] = [];
  const seen = new Set<string>();
  const addNeed = (n: Need) => {
    const key = `${n.schoolKey}|${n.subject.toLowerCase()}|${n.band}`;
    if (seen.has(key)) return;
    seen.add(key);
    needs.push(n);
  };
  for (const d of result.deficits) if (d.year === year && flagged.has(d.schoolKey)) addNeed({ schoolKey: d.schoolKey, subject: d.subject, band: d.band, origin: 'deficit', gap: d.gap });
  for (const n of options.manualNeeds ?? []) addNeed({ ...n, origin: 'manual' });

  const strong = strongCells(dataset, year, settings);
  const candidates: Candidate[] = [];
  for (const s of schools) {
    if (flagged.has(s.key)) continue;
    const cells = strong.get(s.key) ?? [];
    if (cells.length === 0 && !s.leader) continue;
    const bands = bandsOfType(s.type);
    // Its own results in a band show it teaches that band, whatever the registry says.
    for (const c of cells) if (!bands.includes(c.band)) bands.push(c.band);
    candidates.push({
      id: schoolCandidateId(s.key),
      kind: 'school',
      name: s.name,
      schoolKey: s.key,
      leader: s.leader === true,
      bands,
      strong: cells,
      capacity: s.partnerCapacity ?? settings.pairing.capacity,
    });
  }

  const flaggedTeachers = new Set(result.teachers.filter((t) => t.flagged).map((t) => teacherCandidateId(t.teacher, t.schoolKey)));
  const mentors = new Map<string, Candidate>();
  for (const t of dataset.teachers) {
    if (!t.mentor || !t.teacher) continue;
    const id = teacherCandidateId(t.teacher, t.schoolKey);
    if (flaggedTeachers.has(id)) continue;
    let c = mentors.get(id);
    if (!c) mentors.set(id, (c = { id, kind: 'teacher', name: t.teacher, schoolKey: t.schoolKey, leader: false, bands: [], strong: [], subjects: [], capacity: settings.pairing.capacity }));
    if (!c.subjects!.includes(t.subject)) c.subjects!.push(t.subject);
    const band = gradeBand({ family: t.family ?? 'ВПР', grade: t.grade });
    if (band && !c.bands.includes(band)) c.bands.push(band);
    if (!byKey.has(t.schoolKey)) {
      const school = { key: t.schoolKey, name: t.schoolName };
      schools.push(school);
      byKey.set(t.schoolKey, school);
    }
  }
  for (const c of mentors.values()) {
    if (c.bands.length === 0) c.bands.push(...bandsOfType(byKey.get(c.schoolKey)?.type));
    candidates.push(c);
  }

  return {
    year,
    schools: schools.map(({ leader: _leader, partnerCapacity: _capacity, ...s }) => s),
    needs,
    candidates,
    ...(options.distances ? { distances: options.distances } : {}),
    ...(options.decisions ? { decisions: options.decisions } : {}),
    settings: settings.pairing,
  };
};
