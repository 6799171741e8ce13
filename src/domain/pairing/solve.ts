import { distanceIndex, type DistanceIndex } from './distance';
import { solveTransport } from './min-cost-flow';
import type { Alternative, Candidate, Distance, Need, Pair, PairingInput, PairingResult, PairingSchool, Uncovered, UncoveredReason } from './types';
import type { GradeBand } from '../types';

/**
 * The pairing as an exact min-cost flow (deficit → partner, partner capacities): every deficit
 * that any feasible assignment can cover is covered, then the total cost is least.
 *
 * cost(deficit, partner) = km × weight + [other municipality] + [leader without results evidence],
 * in km-equivalent units, rounded to 10 m for exact integer arithmetic.
 *
 * Pruning with proof: each deficit first gets only its `K` cheapest partners. The solver's potentials
 * then certify that no left-out edge could lower the cost (its reduced cost cost + p(row) − p(col) is
 * ≥ 0 because p(col) ≤ 0 and the cheapest left-out cost + p(row) ≥ 0); where that fails the deficit's
 * list grows and the problem is solved again. The final answer is the optimum of the full problem.
 */

const SCALE = 100; // cost units per km-equivalent: 10 m
const FIRST_K = 8;

export const cellKey = (subject: string, band: GradeBand): string => `${subject.toLowerCase()}|${band}`;

interface Edge {
  cand: number;
  cost: number; // integer units
}

/** Per need: its cheapest eligible partners (sorted by cost), how many exist in all, and the next cost left out. */
interface NeedEdges {
  edges: Edge[];
  total: number;
  nextCost: number;
}

export interface PairingContext {
  input: PairingInput;
  schoolByKey: Map<string, PairingSchool>;
  distances: DistanceIndex;
  /** Candidate index by cell (strong schools and mentor teachers) and leaders by band. */
  byCell: Map<string, number[]>;
  leadersByBand: Map<GradeBand, number[]>;
  forbidden: Set<string>;
  /** An upper bound of any edge's cost, in integer units. */
  costBound: number;
}

/**
 * No two schools are further apart than R·(Δlatitude + Δlongitude) in radians (a path along a
 * meridian and then a parallel is at least the great circle); table figures and unknownKm are counted too.
 */
const costBound = (input: PairingInput): number => {
  let minLat = Infinity, maxLat = -Infinity, minLon = Infinity, maxLon = -Infinity;
  for (const s of input.schools) {
    if (typeof s.latitude !== 'number' || typeof s.longitude !== 'number') continue;
    minLat = Math.min(minLat, s.latitude);
    maxLat = Math.max(maxLat, s.latitude);
    minLon = Math.min(minLon, s.longitude);
    maxLon = Math.max(maxLon, s.longitude);
  }
  let km = input.settings.unknownKm;
  if (minLat <= maxLat) km = Math.max(km, (6372 * Math.PI * (maxLat - minLat + maxLon - minLon)) / 180);
  for (const d of input.distances ?? []) km = Math.max(km, d.km ?? 0, d.minutes ?? 0);
  const s = input.settings;
  return Math.ceil((km * s.kmWeight + s.otherMunicipality + s.noEvidence) * SCALE) + 1;
};

const decisionKey = (schoolKey: string, partnerId: string) => `${schoolKey}\u0000${partnerId}`;

export const pairingContext = (input: PairingInput): PairingContext => {
  const byCell = new Map<string, number[]>();
  const leadersByBand = new Map<GradeBand, number[]>();
  const push = <K>(map: Map<K, number[]>, key: K, i: number) => {
    const list = map.get(key);
    if (list) {
      if (list[list.length - 1] !== i) list.push(i);
    } else map.set(key, [i]);
  };
  input.candidates.forEach((c, i) => {
    for (const s of c.strong) if (c.bands.includes(s.band)) push(byCell, cellKey(s.subject, s.band), i);
    for (const subject of c.subjects ?? []) for (const band of c.bands) push(byCell, cellKey(subject, band), i);
    if (c.leader) for (const band of c.bands) push(leadersByBand, band, i);
  });
  const forbidden = new Set((input.decisions ?? []).filter((d) => d.decision === 'forbidden').map((d) => decisionKey(d.schoolKey, d.partnerId)));
  return {
    input,
    costBound: costBound(input),
    schoolByKey: new Map(input.schools.map((s) => [s.key, s])),
    distances: distanceIndex(input.schools, input.distances),
    byCell,
    leadersByBand,
    forbidden,
  };
};

const hasEvidence = (c: Candidate, need: Need): boolean =>
  c.kind === 'teacher' || c.strong.some((s) => s.band === need.band && s.subject.toLowerCase() === need.subject.toLowerCase());

const municipalityOf = (ctx: PairingContext, key: string) => ctx.schoolByKey.get(key)?.municipality;

/** Cost of one deficit with one partner, km-equivalent (not rounded), and the distance. */
export const pairCost = (ctx: PairingContext, need: Need, c: Candidate): { cost: number; distance: Distance } => {
  const s = ctx.input.settings;
  const distance = ctx.distances.between(need.schoolKey, c.schoolKey);
  const km = ctx.distances.costKm(distance) ?? s.unknownKm;
  const mine = municipalityOf(ctx, need.schoolKey);
  const theirs = municipalityOf(ctx, c.schoolKey);
  const other = mine !== undefined && theirs !== undefined && mine !== theirs;
  return { cost: km * s.kmWeight + (other ? s.otherMunicipality : 0) + (hasEvidence(c, need) ? 0 : s.noEvidence), distance };
};

const units = (cost: number): number => Math.round(cost * SCALE);

/** Every partner that may help with the need, before distance limits and decisions: the need's cell and the band's leaders. */
const cellCandidates = (ctx: PairingContext, need: Need, stamp: Int32Array, mark: number): number[] => {
  const out: number[] = [];
  const add = (list: number[] | undefined) => {
    if (!list) return;
    for (const i of list) {
      if (stamp[i] === mark) continue;
      stamp[i] = mark;
      if (ctx.input.candidates[i].schoolKey !== need.schoolKey) out.push(i);
    }
  };
  add(ctx.byCell.get(cellKey(need.subject, need.band)));
  add(ctx.leadersByBand.get(need.band));
  return out;
};

/** Is the edge allowed: not forbidden, within reach. */
const allowed = (ctx: PairingContext, need: Need, c: Candidate, distance: Distance): boolean => {
  if (ctx.forbidden.size > 0 && ctx.forbidden.has(decisionKey(need.schoolKey, c.id))) return false;
  const max = ctx.input.settings.maxKm;
  const km = ctx.distances.costKm(distance);
  return max === null || km === null || km <= max;
};

/** The `k` cheapest allowed partners of a need, with the total count and the cheapest cost left out. */
const cheapest = (ctx: PairingContext, need: Need, pool: number[], k: number): NeedEdges => {
  const all: Edge[] = [];
  for (const i of pool) {
    const c = ctx.input.candidates[i];
    const { cost, distance } = pairCost(ctx, need, c);
    if (!allowed(ctx, need, c, distance)) continue;
    all.push({ cand: i, cost: units(cost) });
  }
  all.sort((a, b) => a.cost - b.cost || a.cand - b.cand);
  return { edges: all.slice(0, k), total: all.length, nextCost: all.length > k ? all[k].cost : Infinity };
};

export const solvePairing = (input: PairingInput): PairingResult => {
  const ctx = pairingContext(input);
  const { candidates, needs } = input;
  const notes: string[] = [];
  const notesEn: string[] = [];
  const candidateById = new Map(candidates.map((c, i) => [c.id, i]));

  // Fixed pairs first: each takes every deficit of its school the partner can help with.
  const fixedOf = new Int32Array(needs.length).fill(-1);
  const fixedLoad = new Int32Array(candidates.length);
  for (const d of input.decisions ?? []) {
    if (d.decision !== 'fixed') continue;
    const ci = candidateById.get(d.partnerId);
    const schoolName = ctx.schoolByKey.get(d.schoolKey)?.name ?? d.schoolKey;
    if (ci === undefined) {
      notes.push(`Закреплённая пара «${schoolName}» — «${d.partnerId.replace(/^[a-z]+:/, '')}» не сохранена: партнёр сейчас не может быть партнёром (входит в ШНОР/ШНСУ, отмечен по критериям педагогов или нет в данных).`);
      notesEn.push(`The fixed pair "${schoolName}" — "${d.partnerId.replace(/^[a-z]+:/, '')}" was not kept: the partner cannot be a partner now (flagged, or not in the data).`);
      continue;
    }
    const c = candidates[ci];
    if (c.schoolKey === d.schoolKey) continue;
    const listed = (n: Need) => !d.cells || d.cells.some((x) => x.band === n.band && x.subject.toLowerCase() === n.subject.toLowerCase());
    needs.forEach((n, k) => {
      if (n.schoolKey !== d.schoolKey || fixedOf[k] >= 0 || !c.bands.includes(n.band) || !listed(n)) return;
      if (c.kind === 'teacher' && !(c.subjects ?? []).some((s) => s.toLowerCase() === n.subject.toLowerCase())) return;
      fixedOf[k] = ci;
      fixedLoad[ci]++;
    });
  }

  // Rows of the flow: the needs not fixed.
  const rows: number[] = [];
  needs.forEach((_, k) => {
    if (fixedOf[k] < 0) rows.push(k);
  });
  const stamp = new Int32Array(candidates.length).fill(-1);
  const pools = needs.map((n, k) => cellCandidates(ctx, n, stamp, k));
  const limit = new Int32Array(needs.length).fill(FIRST_K);
  let lists = needs.map((n, k) => cheapest(ctx, n, pools[k], limit[k]));
  const capacity = Int32Array.from(candidates, (c, i) => Math.max(0, c.capacity - fixedLoad[i]));

  let solution: ReturnType<typeof solveTransport>;
  for (;;) {
    const edgeStart = new Int32Array(rows.length + 1);
    let m = 0;
    let maxCost = 0;
    rows.forEach((k, r) => {
      m += lists[k].edges.length;
      edgeStart[r + 1] = m;
      for (const e of lists[k].edges) maxCost = Math.max(maxCost, e.cost);
    });
    const edgeCol = new Int32Array(m);
    const edgeCost = new Float64Array(m);
    rows.forEach((k, r) => {
      let at = edgeStart[r];
      for (const e of lists[k].edges) {
        edgeCol[at] = e.cand;
        edgeCost[at++] = e.cost;
      }
    });
    // Above any total of real costs, so covering one more deficit always wins.
    const uncoveredCost = rows.length * Math.max(maxCost, ctx.costBound) + 1;
    solution = solveTransport({ rowCount: rows.length, colCount: candidates.length, edgeStart, edgeCol, edgeCost, capacity, uncoveredCost });
    const grown: number[] = [];
    rows.forEach((k, r) => {
      const list = lists[k];
      if (list.nextCost === Infinity) return;
      if (list.nextCost + solution.rowPotential[r] >= 0) return;
      limit[k] = Math.min(list.total, limit[k] * 4);
      grown.push(k);
    });
    if (grown.length === 0) break;
    for (const k of grown) lists[k] = cheapest(ctx, needs[k], pools[k], limit[k]);
  }

  const partnerOf = Int32Array.from(fixedOf);
  rows.forEach((k, r) => (partnerOf[k] = solution.colOf[r]));
  return assemble(ctx, partnerOf, fixedOf, lists, pools, notes, notesEn);
};

const uncoveredReason = (ctx: PairingContext, need: Need, pool: number[], allowedCount: number): UncoveredReason => {
  const subject = need.subject.toLowerCase();
  const teachesSubject = ctx.input.candidates.some(
    (c) =>
      c.schoolKey !== need.schoolKey &&
      (c.leader || c.strong.some((s) => s.subject.toLowerCase() === subject) || (c.subjects ?? []).some((s) => s.toLowerCase() === subject)),
  );
  if (!teachesSubject) return 'no-candidate';
  if (pool.length === 0) return 'grade-band';
  if (allowedCount > 0) return 'capacity';
  const forbidden = pool.every((i) => ctx.forbidden.has(decisionKey(need.schoolKey, ctx.input.candidates[i].id)));
  return forbidden ? 'forbidden' : 'out-of-reach';
};

const assemble = (
  ctx: PairingContext,
  partnerOf: Int32Array,
  fixedOf: Int32Array,
  lists: NeedEdges[],
  pools: number[][],
  notes: string[],
  notesEn: string[],
): PairingResult => {
  const { input } = ctx;
  const { candidates, needs } = input;
  const load = new Int32Array(candidates.length);
  for (const c of partnerOf) if (c >= 0) load[c]++;
  const byPair = new Map<string, number[]>();
  const uncovered: Uncovered[] = [];
  let totalUnits = 0;
  needs.forEach((n, k) => {
    const c = partnerOf[k];
    if (c < 0) {
      const school = ctx.schoolByKey.get(n.schoolKey);
      uncovered.push({
        need: n,
        schoolName: school?.name ?? n.schoolKey,
        ...(school?.municipality ? { municipality: school.municipality } : {}),
        reason: uncoveredReason(ctx, n, pools[k], lists[k].total),
      });
      return;
    }
    totalUnits += units(pairCost(ctx, n, candidates[c]).cost);
    const key = decisionKey(n.schoolKey, candidates[c].id);
    const list = byPair.get(key);
    if (list) list.push(k);
    else byPair.set(key, [k]);
  });

  const pairs: Pair[] = [];
  for (const ks of byPair.values()) {
    const first = needs[ks[0]];
    const ci = partnerOf[ks[0]];
    const c = candidates[ci];
    const school = ctx.schoolByKey.get(first.schoolKey);
    const partnerSchool = ctx.schoolByKey.get(c.schoolKey);
    const pairNeeds = ks.map((k) => needs[k]);
    const cost = ks.reduce((sum, k) => sum + units(pairCost(ctx, needs[k], c).cost), 0);
    pairs.push({
      schoolKey: first.schoolKey,
      schoolName: school?.name ?? first.schoolKey,
      ...(school?.municipality ? { municipality: school.municipality } : {}),
      partnerId: c.id,
      partnerKind: c.kind,
      partnerName: c.name,
      partnerSchoolKey: c.schoolKey,
      partnerSchoolName: partnerSchool?.name ?? c.schoolKey,
      ...(partnerSchool?.municipality ? { partnerMunicipality: partnerSchool.municipality } : {}),
      needs: pairNeeds,
      distance: ctx.distances.between(first.schoolKey, c.schoolKey),
      cost: cost / SCALE,
      fixed: ks.some((k) => fixedOf[k] >= 0),
      alternatives: alternativesOf(ctx, ks, ci, cost, lists, load),
    });
  }
  const collator = new Intl.Collator('ru');
  pairs.sort(
    (a, b) =>
      collator.compare(a.municipality ?? '', b.municipality ?? '') ||
      collator.compare(a.schoolName, b.schoolName) ||
      collator.compare(a.partnerName, b.partnerName),
  );
  uncovered.sort(
    (a, b) =>
      collator.compare(a.municipality ?? '', b.municipality ?? '') ||
      collator.compare(a.schoolName, b.schoolName) ||
      collator.compare(a.need.subject, b.need.subject) ||
      collator.compare(a.need.band, b.need.band),
  );
  return {
    year: input.year,
    pairs,
    uncovered,
    totalCost: totalUnits / SCALE,
    load: candidates.map((c, i) => ({ partnerId: c.id, taken: load[i], capacity: c.capacity })).filter((l) => l.taken > 0),
    notes,
    notesEn,
  };
};

/** The two partners that would take all the pair's deficits at the least extra cost (among each deficit's kept candidates). */
const alternativesOf = (ctx: PairingContext, ks: number[], partner: number, cost: number, lists: NeedEdges[], load: Int32Array): Alternative[] => {
  const sums = new Map<number, { cost: number; count: number }>();
  for (const k of ks) {
    for (const e of lists[k].edges) {
      if (e.cand === partner) continue;
      const s = sums.get(e.cand);
      if (s) {
        s.cost += e.cost;
        s.count++;
      } else sums.set(e.cand, { cost: e.cost, count: 1 });
    }
  }
  const schoolKey = ctx.input.needs[ks[0]].schoolKey;
  return [...sums.entries()]
    .filter(([, s]) => s.count === ks.length)
    .sort((a, b) => a[1].cost - b[1].cost || a[0] - b[0])
    .slice(0, 2)
    .map(([i, s]) => {
      const c = ctx.input.candidates[i];
      return {
        partnerId: c.id,
        name: c.name,
        extraCost: (s.cost - cost) / SCALE,
        distance: ctx.distances.between(schoolKey, c.schoolKey),
        free: load[i] + ks.length <= c.capacity,
      };
    });
};
