import type { Distance, PairingInput } from './types';

/**
 * The cost of every (deficit, partner) edge, compiled into typed arrays: the solver asks for millions
 * of them. cost = km × weight + [other municipality] + [no results evidence in the cell], in units of
 * 1/100 km-equivalent (10 m), rounded, so that the flow works on exact integers.
 *
 * km: the «Расстояния» table's km, else its minutes (a minute counts as a kilometre), else the great
 * circle between the registry coordinates, else the `unknownKm` setting.
 */

export const SCALE = 100;
const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

export const cellKey = (subject: string, band: string): string => `${subject.toLowerCase()}|${band}`;

export interface CostModel {
  /** Integer cost of need k with candidate i, or −1 when the edge is not allowed (forbidden, beyond reach). */
  units(k: number, i: number): number;
  /** The same cost, allowed or not (a fixed pair is kept whatever its distance). */
  rawUnits(k: number, i: number): number;
  distance(k: number, i: number): Distance;
  /** The partner has results evidence in the need's cell (a strong school, or a mentor in the subject). */
  evidence(k: number, i: number): boolean;
  /** Any edge costs at most this (for the uncovered cost). */
  bound: number;
}

export const costModel = (input: PairingInput): CostModel => {
  const { schools, needs, candidates, settings } = input;
  const index = new Map<string, number>();
  const S = schools.length;
  const lat = new Float64Array(S);
  const lon = new Float64Array(S);
  const cos = new Float64Array(S);
  const located = new Uint8Array(S);
  const municipality = new Int32Array(S).fill(-1);
  const municipalities = new Map<string, number>();
  let minLat = Infinity, maxLat = -Infinity, minLon = Infinity, maxLon = -Infinity;
  schools.forEach((s, j) => {
    index.set(s.key, j);
    if (s.municipality) {
      let m = municipalities.get(s.municipality);
      if (m === undefined) municipalities.set(s.municipality, (m = municipalities.size));
      municipality[j] = m;
    }
    if (typeof s.latitude === 'number' && typeof s.longitude === 'number' && Number.isFinite(s.latitude) && Number.isFinite(s.longitude)) {
      located[j] = 1;
      lat[j] = s.latitude * RAD;
      lon[j] = s.longitude * RAD;
      cos[j] = Math.cos(lat[j]);
      minLat = Math.min(minLat, s.latitude);
      maxLat = Math.max(maxLat, s.latitude);
      minLon = Math.min(minLon, s.longitude);
      maxLon = Math.max(maxLon, s.longitude);
    }
  });
  const schoolOf = (key: string): number => {
    const j = index.get(key);
    if (j === undefined) throw new Error(`pairing: school ${key} is not in the input's schools`);
    return j;
  };
  const needSchool = Int32Array.from(needs, (n) => schoolOf(n.schoolKey));
  const candSchool = Int32Array.from(candidates, (c) => schoolOf(c.schoolKey));
  const cells = new Map<string, number>();
  const cellOf = (key: string) => {
    let c = cells.get(key);
    if (c === undefined) cells.set(key, (c = cells.size));
    return c;
  };
  const needCell = Int32Array.from(needs, (n) => cellOf(cellKey(n.subject, n.band)));
  const needSubject = needs.map((n) => n.subject.toLowerCase());
  const strong = candidates.map((c) => new Set(c.strong.map((s) => cellOf(cellKey(s.subject, s.band)))));
  const mentorSubjects = candidates.map((c) => (c.kind === 'teacher' ? new Set((c.subjects ?? []).map((s) => s.toLowerCase())) : null));

  const table = new Map<number, { km?: number; minutes?: number }>();
  for (const d of input.distances ?? []) {
    const a = index.get(d.a);
    const b = index.get(d.b);
    if (a === undefined || b === undefined || (d.km === undefined && d.minutes === undefined)) continue;
    const entry = { ...(d.km !== undefined ? { km: d.km } : {}), ...(d.minutes !== undefined ? { minutes: d.minutes } : {}) };
    table.set(a * S + b, entry);
    table.set(b * S + a, entry);
  }
  const C = candidates.length;
  const candidateIndex = new Map(candidates.map((c, i) => [c.id, i]));
  const forbidden = new Set<number>();
  for (const d of input.decisions ?? []) {
    if (d.decision !== 'forbidden') continue;
    const a = index.get(d.schoolKey);
    const i = candidateIndex.get(d.partnerId);
    if (a !== undefined && i !== undefined) forbidden.add(a * C + i);
  }

  const greatCircle = (a: number, b: number): number => {
    const s1 = Math.sin((lat[b] - lat[a]) / 2);
    const s2 = Math.sin((lon[b] - lon[a]) / 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(s1 * s1 + cos[a] * cos[b] * s2 * s2)));
  };
  /** km for cost, or −1 when unknown. */
  const km = (a: number, b: number): number => {
    if (a === b) return 0;
    if (table.size > 0) {
      const row = table.get(a * S + b);
      if (row) return row.km ?? row.minutes!;
    }
    return located[a] && located[b] ? greatCircle(a, b) : -1;
  };
  // A school's deficits share its distances to every candidate: remembered for the school asked last.
  const cached = new Float64Array(C);
  const cachedFor = new Int32Array(C).fill(-1);
  const kmTo = (a: number, i: number): number => {
    if (cachedFor[i] === a) return cached[i];
    cachedFor[i] = a;
    return (cached[i] = km(a, candSchool[i]));
  };
  const evidence = (k: number, i: number): boolean => {
    const m = mentorSubjects[i];
    return m ? m.has(needSubject[k]) : strong[i].has(needCell[k]);
  };
  const { kmWeight, otherMunicipality, noEvidence, unknownKm, maxKm } = settings;
  const costOf = (k: number, i: number, d: number): number => {
    const a = needSchool[k];
    const b = candSchool[i];
    const other = municipality[a] >= 0 && municipality[b] >= 0 && municipality[a] !== municipality[b];
    return Math.round(((d < 0 ? unknownKm : d) * kmWeight + (other ? otherMunicipality : 0) + (evidence(k, i) ? 0 : noEvidence)) * SCALE);
  };

  // No two schools are further apart than R·(Δlatitude + Δlongitude) (a meridian then a parallel).
  let boundKm = unknownKm;
  if (minLat <= maxLat) boundKm = Math.max(boundKm, EARTH_KM * 1.001 * (maxLat - minLat + maxLon - minLon) * RAD);
  for (const d of input.distances ?? []) boundKm = Math.max(boundKm, d.km ?? 0, d.minutes ?? 0);

  return {
    units(k, i) {
      const a = needSchool[k];
      if (forbidden.size > 0 && forbidden.has(a * C + i)) return -1;
      const d = kmTo(a, i);
      if (maxKm !== null && d > maxKm) return -1;
      return costOf(k, i, d);
    },
    rawUnits: (k, i) => costOf(k, i, kmTo(needSchool[k], i)),
    distance(k, i) {
      const a = needSchool[k];
      const b = candSchool[i];
      if (a === b) return { km: 0, origin: 'coordinates' };
      const row = table.get(a * S + b);
      if (row) return { km: row.km ?? null, ...(row.minutes !== undefined ? { minutes: row.minutes } : {}), origin: 'table' };
      return located[a] && located[b] ? { km: greatCircle(a, b), origin: 'coordinates' } : { km: null, origin: 'unknown' };
    },
    evidence,
    bound: Math.ceil((boundKm * kmWeight + otherMunicipality + noEvidence) * SCALE) + 1,
  };
};
