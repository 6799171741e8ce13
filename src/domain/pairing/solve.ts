import { cellKey, costModel, SCALE, type CostModel } from './cost-model';
import { solveTransport } from './min-cost-flow';
import type { Alternative, Need, Pair, PairingInput, PairingResult, PairingSchool, Uncovered, UncoveredReason } from './types';
import type { GradeBand } from '../types';
import type { Bilingual } from '../../i18n/bilingual';

/**
 * The pairing as an exact min-cost flow (deficit → partner, partner capacities): every deficit
 * that any feasible assignment can cover is covered, then the total cost is least.
 *
 * cost(deficit, partner) = km × weight + [other municipality] + [leader without results evidence],
 * in km-equivalent units, rounded to 10 m for exact integer arithmetic.
 *
 * Pruning with proof: each deficit first gets only its `K` cheapest partners. The solver's potentials
 * then certify that no left-out edge could lower the cost (its reduced cost cost + p(row) − p(col) is
 * ≥ 0 because p(col) ≤ 0 and the cheapest left-out cost + p(row) ≥ 0); where that bound fails, the
 * deficit's left-out edges are checked one by one and those with a negative reduced cost are added, and
 * the problem is solved again. The final answer is the optimum of the full problem.
 */

const FIRST_K = 8;

export { cellKey };

/**
 * Per need: its cheapest allowed partners (by cost, then index), then any added by the certificate; how
 * many are allowed in all; the cheapest cost left out (−∞ once edges were added one by one, ∞ when none is left out).
 */
interface NeedEdges {
  cand: number[];
  cost: number[];
  total: number;
  nextCost: number;
}

export interface PairingContext {
  input: PairingInput;
  model: CostModel;
  schoolByKey: Map<string, PairingSchool>;
  /** Candidate index by cell (strong schools and mentor teachers) and leaders by band. */
  byCell: Map<string, number[]>;
  leadersByBand: Map<GradeBand, number[]>;
  forbidden: Set<string>;
  /** Each cell's pool, made once. */
  pools: Map<string, Int32Array>;
}

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
    model: costModel(input),
    schoolByKey: new Map(input.schools.map((s) => [s.key, s])),
    byCell,
    leadersByBand,
    forbidden,
    pools: new Map(),
  };
};

/**
 * The need's pool: every partner that may help with it before distance limits and decisions — the
 * cell's strong schools and mentors, then the band's leaders, each once (shared by the cell's needs).
 */
interface Pool {
  all: Int32Array;
  schoolKey: string;
}

const poolOf = (ctx: PairingContext, need: Need): Pool => {
  const key = cellKey(need.subject, need.band);
  let all = ctx.pools.get(key);
  if (!all) {
    const cell = ctx.byCell.get(key) ?? [];
    const inCell = new Set(cell);
    all = Int32Array.from([...cell, ...(ctx.leadersByBand.get(need.band) ?? []).filter((i) => !inCell.has(i))]);
    ctx.pools.set(key, all);
  }
  return { all, schoolKey: need.schoolKey };
};

/** Visits each candidate of the pool but the school's own. */
const visitPool = (ctx: PairingContext, pool: Pool, visit: (i: number) => void): void => {
  const candidates = ctx.input.candidates;
  const all = pool.all;
  for (let j = 0; j < all.length; j++) {
    const i = all[j];
    if (candidates[i].schoolKey !== pool.schoolKey) visit(i);
  }
};

const poolSize = (ctx: PairingContext, pool: Pool): number => {
  let n = 0;
  visitPool(ctx, pool, () => n++);
  return n;
};

/**
 * The `k` cheapest allowed partners of need `n`, with the total count and the cheapest cost left out:
 * one pass keeping the best k + 1 in a small sorted buffer (ties by candidate index, so the result does
 * not depend on the pool's order).
 */
const cheapest = (ctx: PairingContext, n: number, pool: Pool, k: number): NeedEdges => {
  const keep = k + 1;
  const cand: number[] = [];
  const cost: number[] = [];
  let total = 0;
  visitPool(ctx, pool, (i) => {
    const u = ctx.model.units(n, i);
    if (u < 0) return;
    total++;
    if (cand.length === keep && (u > cost[keep - 1] || (u === cost[keep - 1] && i > cand[keep - 1]))) return;
    let at = cand.length < keep ? cand.length : keep - 1;
    while (at > 0 && (cost[at - 1] > u || (cost[at - 1] === u && cand[at - 1] > i))) {
      if (at < keep) {
        cost[at] = cost[at - 1];
        cand[at] = cand[at - 1];
      }
      at--;
    }
    cost[at] = u;
    cand[at] = i;
  });
  const nextCost = cand.length > k ? cost[k] : Infinity;
  cand.length = Math.min(cand.length, k);
  cost.length = cand.length;
  return { cand, cost, total, nextCost };
};

export const solvePairing = (input: PairingInput): PairingResult => {
  const ctx = pairingContext(input);
  const { candidates, needs } = input;
  const notes: Bilingual[] = [];
  const candidateById = new Map(candidates.map((c, i) => [c.id, i]));

  // Fixed pairs first: each takes every deficit of its school the partner can help with.
  const fixedOf = new Int32Array(needs.length).fill(-1);
  const fixedLoad = new Int32Array(candidates.length);
  for (const d of input.decisions ?? []) {
    if (d.decision !== 'fixed') continue;
    const ci = candidateById.get(d.partnerId);
    const schoolName = ctx.schoolByKey.get(d.schoolKey)?.name ?? d.schoolKey;
    if (ci === undefined) {
      const partner = d.partnerId.replace(/^[a-z]+:/, '');
      notes.push({
        ru: `Закреплённая пара «${schoolName}» — «${partner}» не сохранена: партнёр сейчас не может быть партнёром (входит в ШНОР/ШНСУ, отмечен по критериям педагогов или нет в данных).`,
        en: `The fixed pair "${schoolName}" — "${partner}" was not kept: the partner cannot be a partner now (flagged, or not in the data).`,
      });
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
  const pools = needs.map((n) => poolOf(ctx, n));
  const lists = needs.map((_, k) => cheapest(ctx, k, pools[k], FIRST_K));
  const capacity = Int32Array.from(candidates, (c, i) => Math.max(0, c.capacity - fixedLoad[i]));

  let solution: ReturnType<typeof solveTransport>;
  for (;;) {
    const edgeStart = new Int32Array(rows.length + 1);
    let m = 0;
    let maxCost = 0;
    rows.forEach((k, r) => {
      m += lists[k].cand.length;
      edgeStart[r + 1] = m;
      for (const c of lists[k].cost) maxCost = Math.max(maxCost, c);
    });
    const edgeCol = new Int32Array(m);
    const edgeCost = new Float64Array(m);
    rows.forEach((k, r) => {
      let at = edgeStart[r];
      const list = lists[k];
      for (let j = 0; j < list.cand.length; j++) {
        edgeCol[at] = list.cand[j];
        edgeCost[at++] = list.cost[j];
      }
    });
    // Above any total of real costs, so covering one more deficit always wins.
    const uncoveredCost = rows.length * Math.max(maxCost, ctx.model.bound) + 1;
    solution = solveTransport({ rowCount: rows.length, colCount: candidates.length, edgeStart, edgeCol, edgeCost, capacity, uncoveredCost });
    // The certificate: a left-out edge (k, i) has reduced cost units + p(row) − p(col) ≥ 0. Since
    // p(col) ≤ 0, the cheapest left-out cost + p(row) ≥ 0 proves it for the whole row at once; where
    // that bound fails the row's left-out edges are checked one by one and those that fail are added.
    let grown = false;
    rows.forEach((k, r) => {
      const list = lists[k];
      if (list.nextCost === Infinity) return;
      const pr = solution.rowPotential[r];
      if (list.nextCost + pr >= 0) return;
      const have = new Set(list.cand);
      visitPool(ctx, pools[k], (i) => {
        if (have.has(i)) return;
        const u = ctx.model.units(k, i);
        if (u < 0 || u + pr - solution.colPotential[i] >= 0) return;
        list.cand.push(i);
        list.cost.push(u);
        grown = true;
      });
      // From now on the row is checked edge by edge: the bound no longer says which edges are in.
      list.nextCost = list.cand.length === list.total ? Infinity : -Infinity;
    });
    if (!grown) break;
  }

  const partnerOf = Int32Array.from(fixedOf);
  rows.forEach((k, r) => (partnerOf[k] = solution.colOf[r]));
  return assemble(ctx, partnerOf, fixedOf, lists, pools, notes);
};

/** Per subject (and «*» for leaders, who help in any subject): the schools offering partners, two at most. */
const offeredBy = (ctx: PairingContext): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  const add = (subject: string, school: string) => {
    const list = out.get(subject) ?? [];
    if (list.length < 2 && !list.includes(school)) list.push(school);
    out.set(subject, list);
  };
  for (const c of ctx.input.candidates) {
    if (c.leader) add('*', c.schoolKey);
    for (const s of c.strong) add(s.subject.toLowerCase(), c.schoolKey);
    for (const s of c.subjects ?? []) add(s.toLowerCase(), c.schoolKey);
  }
  return out;
};

const uncoveredReason = (ctx: PairingContext, offered: Map<string, string[]>, need: Need, pool: Pool, allowedCount: number): UncoveredReason => {
  const other = (subject: string) => (offered.get(subject) ?? []).some((school) => school !== need.schoolKey);
  if (!other(need.subject.toLowerCase()) && !other('*')) return 'no-candidate';
  if (poolSize(ctx, pool) === 0) return 'grade-band';
  if (allowedCount > 0) return 'capacity';
  let forbidden = true;
  visitPool(ctx, pool, (i) => (forbidden &&= ctx.forbidden.has(decisionKey(need.schoolKey, ctx.input.candidates[i].id))));
  return forbidden ? 'forbidden' : 'out-of-reach';
};

const assemble = (
  ctx: PairingContext,
  partnerOf: Int32Array,
  fixedOf: Int32Array,
  lists: NeedEdges[],
  pools: Pool[],
  notes: Bilingual[],
): PairingResult => {
  const { input } = ctx;
  const { candidates, needs } = input;
  const load = new Int32Array(candidates.length);
  for (const c of partnerOf) if (c >= 0) load[c]++;
  const byPair = new Map<string, number[]>();
  const uncovered: Uncovered[] = [];
  let totalUnits = 0;
  const offered = offeredBy(ctx);
  needs.forEach((n, k) => {
    const c = partnerOf[k];
    if (c < 0) {
      const school = ctx.schoolByKey.get(n.schoolKey);
      uncovered.push({
        need: n,
        schoolName: school?.name ?? n.schoolKey,
        ...(school?.municipality ? { municipality: school.municipality } : {}),
        reason: uncoveredReason(ctx, offered, n, pools[k], lists[k].total),
      });
      return;
    }
    totalUnits += ctx.model.rawUnits(k, c);
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
    const cost = ks.reduce((sum, k) => sum + ctx.model.rawUnits(k, ci), 0);
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
      distance: ctx.model.distance(ks[0], ci),
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
  };
};

/** The two partners that would take all the pair's deficits at the least extra cost (among each deficit's kept candidates). */
const alternativesOf = (ctx: PairingContext, ks: number[], partner: number, cost: number, lists: NeedEdges[], load: Int32Array): Alternative[] => {
  const sums = new Map<number, { cost: number; count: number }>();
  for (const k of ks) {
    const list = lists[k];
    for (let j = 0; j < list.cand.length; j++) {
      const i = list.cand[j];
      if (i === partner) continue;
      const s = sums.get(i);
      if (s) {
        s.cost += list.cost[j];
        s.count++;
      } else sums.set(i, { cost: list.cost[j], count: 1 });
    }
  }
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
        distance: ctx.model.distance(ks[0], i),
        free: load[i] + ks.length <= c.capacity,
      };
    });
};
