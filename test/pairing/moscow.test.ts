import { solvePairing } from '../../src/domain/pairing/solve';
import { pairingPictureSvg } from '../../src/taskpane/pairing-picture';
import { highsOptimum } from './oracles';
import { moscowInstance, type MoscowInstance } from './moscow';

const haversine = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const r = (x: number) => (x * Math.PI) / 180;
  const h = Math.sin(r(b.lat - a.lat) / 2) ** 2 + Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.sin(r(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
};

describe('Moscow open data (real): ЕГЭ 2015/16 joined to the registry with coordinates', () => {
  let m: MoscowInstance;
  beforeAll(async () => {
    m = await moscowInstance();
  });

  test('real distances from the registry coordinates', () => {
    expect(m.input.schools.length).toBeGreaterThan(150);
    const result = solvePairing(m.input);
    expect(result.pairs.length).toBeGreaterThan(30);
    for (const p of result.pairs) {
      expect(p.distance.origin).toBe('coordinates');
      expect(p.distance.km).toBeCloseTo(haversine(m.coordinates.get(p.schoolKey)!, m.coordinates.get(p.partnerSchoolKey)!), 6);
      expect(p.distance.km).toBeLessThan(60); // Moscow with Zelenograd and the new territories
    }
  });

  test('pairs inside the same district are preferred: more of them than when the district is not counted, at the least total cost', async () => {
    const result = solvePairing(m.input);
    const indifferent = solvePairing({ ...m.input, settings: { ...m.input.settings, otherMunicipality: 0 } });
    const same = (r: typeof result) => r.pairs.filter((p) => p.municipality === p.partnerMunicipality).length;
    expect(same(result)).toBeGreaterThan(same(indifferent));
    // Same coverage either way: the district penalty changes who, not how many.
    expect(result.uncovered.length).toBe(indifferent.uncovered.length);
    // The cost is the optimum of the same problem solved by HiGHS over every edge.
    const index = new Map(m.input.candidates.map((c, i) => [c.schoolKey, i]));
    const rows = m.input.needs.map((n) => {
      const a = m.input.schools.find((s) => s.key === n.schoolKey)!;
      return m.input.candidates
        .filter((c) => c.schoolKey !== n.schoolKey)
        .map((c) => {
          const b = m.input.schools.find((s) => s.key === c.schoolKey)!;
          const km = haversine(m.coordinates.get(a.key)!, m.coordinates.get(b.key)!);
          return { col: index.get(c.schoolKey)!, cost: Math.round((km + (a.municipality !== b.municipality ? m.input.settings.otherMunicipality : 0)) * 100) };
        });
    });
    const M = rows.reduce((s, e) => s + Math.max(0, ...e.map((x) => x.cost)), 0) + 1;
    const optimum = await highsOptimum({ rows, capacity: m.input.candidates.map((c) => c.capacity) }, M);
    expect(Math.round(result.totalCost * 100) + result.uncovered.length * M).toBe(optimum);
  });

  test('the picture: a point per school, a line per pair, coloured by district', () => {
    const result = solvePairing(m.input);
    const svg = pairingPictureSvg({ schools: m.input.schools, pairs: result.pairs, needy: new Set(m.input.needs.map((n) => n.schoolKey)) });
    expect(svg.match(/<line /g)?.length).toBe(result.pairs.length);
    const partners = new Set(result.pairs.map((p) => p.partnerSchoolKey));
    expect(svg.match(/<circle cx=/g)?.length ?? 0).toBeGreaterThanOrEqual(partners.size);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/); // no tiles, nothing fetched
  });
});
