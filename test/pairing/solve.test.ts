import fc from 'fast-check';
import { solvePairing } from '../../src/domain/pairing/solve';
import type { Candidate, Need, PairDecision, PairingInput, PairingSchool } from '../../src/domain/pairing/types';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import type { GradeBand } from '../../src/domain/types';
import { bruteForce, highsOptimum, type SmallInstance } from './oracles';

const BANDS: GradeBand[] = ['1–4', '5–9', '10–11'];
const SUBJECTS = ['Математика', 'Русский язык', 'Физика'];
const MUNICIPALITIES = ['Северный район', 'Южный район'];

/** Random districts: schools at random places, needs of a few of them, partners of every kind. */
const inputArb = (maxSchools: number, maxNeeds: number, maxKm: number | null): fc.Arbitrary<PairingInput> =>
  fc.integer({ min: 2, max: maxSchools }).chain((n) =>
    fc
      .record({
        schools: fc.array(
          fc.record({
            lat: fc.double({ min: 55, max: 55.5, noNaN: true }),
            lon: fc.double({ min: 37, max: 37.8, noNaN: true }),
            m: fc.integer({ min: 0, max: 1 }),
            type: fc.constantFrom('НОШ', 'ООШ', 'СОШ', undefined),
            hasCoords: fc.boolean(),
          }),
          { minLength: n, maxLength: n },
        ),
        needs: fc.array(fc.record({ s: fc.integer({ min: 0, max: n - 1 }), subject: fc.constantFrom(...SUBJECTS), band: fc.constantFrom(...BANDS) }), {
          maxLength: maxNeeds,
        }),
        candidates: fc.array(
          fc.record({
            s: fc.integer({ min: 0, max: n - 1 }),
            teacher: fc.boolean(),
            leader: fc.boolean(),
            strong: fc.array(fc.record({ subject: fc.constantFrom(...SUBJECTS), band: fc.constantFrom(...BANDS) }), { maxLength: 3 }),
            capacity: fc.integer({ min: 0, max: 3 }),
          }),
          { maxLength: n + 2 },
        ),
        forbidden: fc.array(fc.record({ s: fc.integer({ min: 0, max: n - 1 }), c: fc.nat() }), { maxLength: 3 }),
        fixed: fc.array(fc.record({ s: fc.integer({ min: 0, max: n - 1 }), c: fc.nat() }), { maxLength: 2 }),
        coordsAll: fc.boolean(),
      })
      .map((r): PairingInput => {
        const schools: PairingSchool[] = r.schools.map((s, i) => ({
          key: `s${i}`,
          name: `Школа ${i}`,
          municipality: MUNICIPALITIES[s.m],
          ...(s.type ? { type: s.type as PairingSchool['type'] } : {}),
          ...(s.hasCoords || r.coordsAll ? { latitude: s.lat, longitude: s.lon } : {}),
        }));
        const needs: Need[] = [];
        for (const x of r.needs) {
          if (!needs.some((y) => y.schoolKey === `s${x.s}` && y.subject === x.subject && y.band === x.band))
            needs.push({ schoolKey: `s${x.s}`, subject: x.subject, band: x.band, origin: 'deficit' });
        }
        const bandsOf = (t: string | undefined): GradeBand[] => (t === 'НОШ' ? ['1–4'] : t === 'ООШ' ? ['1–4', '5–9'] : BANDS);
        const candidates: Candidate[] = r.candidates.map((c, i) =>
          c.teacher
            ? {
                id: `teacher:t${i}@s${c.s}`,
                kind: 'teacher',
                name: `Учитель ${i}`,
                schoolKey: `s${c.s}`,
                leader: false,
                bands: [c.strong[0]?.band ?? '5–9'],
                strong: [],
                subjects: [c.strong[0]?.subject ?? 'Математика'],
                capacity: c.capacity,
              }
            : {
                id: `school:s${c.s}#${i}`,
                kind: 'school',
                name: `Школа ${c.s}`,
                schoolKey: `s${c.s}`,
                leader: c.leader,
                bands: bandsOf(r.schools[c.s].type),
                strong: c.strong.map((x) => ({ ...x, gap: -5 })),
                capacity: c.capacity,
              },
        );
        const decisions: PairDecision[] = [
          ...r.forbidden.filter(() => candidates.length > 0).map((f) => ({ schoolKey: `s${f.s}`, partnerId: candidates[f.c % candidates.length].id, decision: 'forbidden' as const })),
          ...r.fixed.filter(() => candidates.length > 0).map((f) => ({ schoolKey: `s${f.s}`, partnerId: candidates[f.c % candidates.length].id, decision: 'fixed' as const })),
        ];
        return { year: 2024, schools, needs, candidates, decisions, settings: { ...DEFAULT_SETTINGS.pairing, maxKm } };
      }),
  );

// ---- An independent statement of the rules (SPEC «Partner pairing»), written from the issue, not from the code.

const haversineKm = (a: PairingSchool, b: PairingSchool): number | null => {
  if (a.latitude === undefined || b.latitude === undefined || a.longitude === undefined || b.longitude === undefined) return null;
  const r = (x: number) => (x * Math.PI) / 180;
  const h = Math.sin(r(b.latitude - a.latitude) / 2) ** 2 + Math.cos(r(a.latitude)) * Math.cos(r(b.latitude)) * Math.sin(r(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
};

const eligible = (input: PairingInput, need: Need, c: Candidate): boolean => {
  if (c.schoolKey === need.schoolKey || !c.bands.includes(need.band)) return false;
  if (c.kind === 'teacher') return (c.subjects ?? []).includes(need.subject);
  return c.leader || c.strong.some((s) => s.subject === need.subject && s.band === need.band);
};

const costOf = (input: PairingInput, need: Need, c: Candidate): { cost: number; km: number | null } => {
  const s = input.settings;
  const a = input.schools.find((x) => x.key === need.schoolKey)!;
  const b = input.schools.find((x) => x.key === c.schoolKey)!;
  const km = a.key === b.key ? 0 : haversineKm(a, b);
  const strong = c.kind === 'teacher' || c.strong.some((x) => x.subject === need.subject && x.band === need.band);
  const cost = (km ?? s.unknownKm) * s.kmWeight + (a.municipality !== b.municipality ? s.otherMunicipality : 0) + (strong ? 0 : s.noEvidence);
  return { cost: Math.round(cost * 100), km };
};

const isForbidden = (input: PairingInput, schoolKey: string, id: string) =>
  (input.decisions ?? []).some((d) => d.decision === 'forbidden' && d.schoolKey === schoolKey && d.partnerId === id);

/** What the fixed pairs take, then the rest as a plain transportation instance over every allowed edge. */
const reference = (input: PairingInput) => {
  const taken = new Map<number, number>();
  const load = input.candidates.map(() => 0);
  for (const d of input.decisions ?? []) {
    if (d.decision !== 'fixed') continue;
    const ci = input.candidates.findIndex((c) => c.id === d.partnerId);
    const c = input.candidates[ci];
    if (c.schoolKey === d.schoolKey) continue;
    input.needs.forEach((n, k) => {
      if (n.schoolKey !== d.schoolKey || taken.has(k) || !c.bands.includes(n.band)) return;
      if (c.kind === 'teacher' && !(c.subjects ?? []).includes(n.subject)) return;
      taken.set(k, ci);
      load[ci]++;
    });
  }
  let fixedCost = 0;
  for (const [k, ci] of taken) fixedCost += costOf(input, input.needs[k], input.candidates[ci]).cost;
  const rows: SmallInstance['rows'] = [];
  input.needs.forEach((n, k) => {
    if (taken.has(k)) return;
    rows.push(
      input.candidates.flatMap((c, col) => {
        if (!eligible(input, n, c) || isForbidden(input, n.schoolKey, c.id)) return [];
        const { cost, km } = costOf(input, n, c);
        if (input.settings.maxKm !== null && km !== null && km > input.settings.maxKm) return [];
        return [{ col, cost }];
      }),
    );
  });
  const instance: SmallInstance = { rows, capacity: input.candidates.map((c, i) => Math.max(0, c.capacity - load[i])) };
  return { instance, fixedCount: taken.size, fixedCost, taken };
};

const coveredOf = (r: ReturnType<typeof solvePairing>) => r.pairs.reduce((n, p) => n + p.needs.length, 0);

const checkConstraints = (input: PairingInput, result: ReturnType<typeof solvePairing>) => {
  const load = new Map<string, number>();
  for (const p of result.pairs) {
    const c = input.candidates.find((x) => x.id === p.partnerId)!;
    expect(p.partnerSchoolKey).not.toBe(p.schoolKey);
    for (const n of p.needs) {
      expect(c.bands).toContain(n.band); // grade bands
      if (!p.fixed) {
        expect(isForbidden(input, p.schoolKey, p.partnerId)).toBe(false);
        expect(eligible(input, n, c)).toBe(true);
      }
    }
    load.set(p.partnerId, (load.get(p.partnerId) ?? 0) + p.needs.length);
  }
  const fixedLoad = new Map<string, number>();
  for (const p of result.pairs) if (p.fixed) fixedLoad.set(p.partnerId, (fixedLoad.get(p.partnerId) ?? 0) + p.needs.length);
  for (const [id, n] of load) {
    const c = input.candidates.find((x) => x.id === id)!;
    expect(n).toBeLessThanOrEqual(Math.max(c.capacity, fixedLoad.get(id) ?? 0)); // capacity (fixed pairs may fill it alone)
  }
  // Every need appears once: in a pair or in the uncovered list.
  expect(coveredOf(result) + result.uncovered.length).toBe(input.needs.length);
};

describe('solvePairing', () => {
  test('on hundreds of random districts: coverage and cost equal the brute-force optimum; no constraint broken', () => {
    fc.assert(
      fc.property(inputArb(5, 6, null), (input) => {
        const result = solvePairing(input);
        checkConstraints(input, result);
        const ref = reference(input);
        const best = bruteForce(ref.instance);
        // Uncovered only when no feasible assignment covers it: the same number covered as the optimum.
        expect(coveredOf(result)).toBe(best.covered + ref.fixedCount);
        expect(Math.round(result.totalCost * 100)).toBe(best.cost + ref.fixedCost);
        // Fixed pairs kept.
        for (const [k, ci] of ref.taken) {
          const n = input.needs[k];
          expect(result.pairs.some((p) => p.fixed && p.partnerId === input.candidates[ci].id && p.needs.includes(n))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('with many partners per deficit (pruned lists proven by the potentials) and a reach limit: equals HiGHS', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb(25, 30, 40), async (input) => {
        const result = solvePairing(input);
        checkConstraints(input, result);
        const ref = reference(input);
        const M = ref.instance.rows.reduce((s, e) => s + Math.max(0, ...e.map((x) => x.cost)), 0) + 1;
        const optimum = await highsOptimum(ref.instance, M);
        const uncoveredInRows = input.needs.length - ref.fixedCount - (coveredOf(result) - ref.fixedCount);
        expect(Math.round(result.totalCost * 100) - ref.fixedCost + uncoveredInRows * M).toBe(optimum);
        for (const p of result.pairs) {
          const km = p.distance.km;
          if (!p.fixed && km !== null) expect(km).toBeLessThanOrEqual(40 + 1e-9);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('when the nearest partners are full, the lists grow past the first cut and every deficit is still covered', () => {
    const schools: PairingSchool[] = Array.from({ length: 21 }, (_, i) => ({ key: `s${i}`, name: `Школа ${i}`, municipality: 'М', latitude: 55 + i * 0.01, longitude: 37 }));
    const needs: Need[] = ['1–4', '5–9', '10–11'].map((band) => ({ schoolKey: 's0', subject: 'Математика', band: band as GradeBand, origin: 'deficit' }));
    const candidates: Candidate[] = schools.slice(1).map((s, i) => ({
      id: `school:${s.key}`,
      kind: 'school',
      name: s.name,
      schoolKey: s.key,
      leader: true,
      bands: BANDS,
      strong: [],
      capacity: i < 15 ? 0 : 1, // the 15 nearest have no room
    }));
    const result = solvePairing({ year: 2024, schools, needs, candidates, settings: DEFAULT_SETTINGS.pairing });
    expect(result.uncovered).toEqual([]);
    expect(result.pairs.map((p) => p.partnerId).sort()).toEqual(['school:s16', 'school:s17', 'school:s18']);
  });

  test('the reasons of uncovered deficits', () => {
    const schools: PairingSchool[] = [
      { key: 'a', name: 'А', municipality: 'М', latitude: 55, longitude: 37 },
      { key: 'b', name: 'Б', municipality: 'М', latitude: 55, longitude: 37.1, type: 'ООШ' },
      { key: 'c', name: 'В', municipality: 'М', latitude: 56, longitude: 37 },
    ];
    const base = (c: Partial<Candidate>): Candidate => ({ id: 'school:b', kind: 'school', name: 'Б', schoolKey: 'b', leader: false, bands: ['1–4', '5–9'], strong: [], capacity: 1, ...c });
    const run = (need: Need, candidates: Candidate[], extra: Partial<PairingInput> = {}) =>
      solvePairing({ year: 2024, schools, needs: [need], candidates, settings: { ...DEFAULT_SETTINGS.pairing, maxKm: 50 }, ...extra }).uncovered[0]?.reason;
    const math59: Need = { schoolKey: 'a', subject: 'Математика', band: '5–9', origin: 'deficit' };
    expect(run(math59, [])).toBe('no-candidate');
    // Only an ООШ leader: it cannot help with grades 10–11.
    expect(run({ ...math59, band: '10–11' }, [base({ leader: true })])).toBe('grade-band');
    // A strong school 111 km away with a 50 km limit.
    expect(run(math59, [base({ id: 'school:c', schoolKey: 'c', strong: [{ subject: 'Математика', band: '5–9', gap: -9 }] })])).toBe('out-of-reach');
    expect(
      run(math59, [base({ strong: [{ subject: 'Математика', band: '5–9', gap: -9 }] })], { decisions: [{ schoolKey: 'a', partnerId: 'school:b', decision: 'forbidden' }] }),
    ).toBe('forbidden');
    expect(run(math59, [base({ strong: [{ subject: 'Математика', band: '5–9', gap: -9 }], capacity: 0 })])).toBe('capacity');
    expect(run(math59, [base({ strong: [{ subject: 'Математика', band: '5–9', gap: -9 }] })])).toBeUndefined();
  });
});
