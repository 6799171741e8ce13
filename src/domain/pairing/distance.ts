import type { Distance, DistanceEntry, PairingSchool } from './types';

/** Great-circle distances from registry coordinates, unless the «Расстояния» table gives one (it wins). */

const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

export const greatCircleKm = (lat1: number, lon1: number, lat2: number, lon2: number): number => {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
};

const hasCoordinates = (s: PairingSchool | undefined): s is PairingSchool & { latitude: number; longitude: number } =>
  !!s && typeof s.latitude === 'number' && typeof s.longitude === 'number' && Number.isFinite(s.latitude) && Number.isFinite(s.longitude);

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export interface DistanceIndex {
  /** Distance between two schools (by key). */
  between(a: string, b: string): Distance;
  /** km used for cost: table km, else table minutes (a minute counts as a kilometre), else coordinates; null when unknown. */
  costKm(d: Distance): number | null;
}

export const distanceIndex = (schools: readonly PairingSchool[], table: readonly DistanceEntry[] = []): DistanceIndex => {
  const byKey = new Map(schools.map((s) => [s.key, s]));
  const rows = new Map<string, DistanceEntry>();
  for (const row of table) rows.set(pairKey(row.a, row.b), row);
  // Per school: cos(latitude) and radians, computed once (the hot loop is school × candidates).
  const trig = new Map<string, { lat: number; lon: number; cos: number }>();
  for (const s of schools) if (hasCoordinates(s)) trig.set(s.key, { lat: s.latitude * RAD, lon: s.longitude * RAD, cos: Math.cos(s.latitude * RAD) });
  return {
    between(a, b) {
      if (a === b) return { km: 0, origin: 'coordinates' };
      const row = rows.size > 0 ? rows.get(pairKey(a, b)) : undefined;
      if (row && (row.km !== undefined || row.minutes !== undefined)) {
        return { km: row.km ?? null, ...(row.minutes !== undefined ? { minutes: row.minutes } : {}), origin: 'table' };
      }
      const p = trig.get(a);
      const q = trig.get(b);
      if (!p || !q || !byKey.has(a)) return { km: null, origin: 'unknown' };
      const s1 = Math.sin((q.lat - p.lat) / 2);
      const s2 = Math.sin((q.lon - p.lon) / 2);
      const h = s1 * s1 + p.cos * q.cos * s2 * s2;
      return { km: 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h))), origin: 'coordinates' };
    },
    costKm(d) {
      if (d.km !== null) return d.km;
      return d.minutes ?? null;
    },
  };
};
