import type { TransportProblem } from '../../src/domain/pairing/min-cost-flow';

/** Independent optima of a transportation problem, for checking the solver. */

export interface SmallInstance {
  /** Per row: its allowed columns with costs. */
  rows: { col: number; cost: number }[][];
  capacity: number[];
}

export const toProblem = (inst: SmallInstance, uncoveredCost: number): TransportProblem => {
  const edgeStart = new Int32Array(inst.rows.length + 1);
  const cols: number[] = [];
  const costs: number[] = [];
  inst.rows.forEach((edges, r) => {
    for (const e of edges) {
      cols.push(e.col);
      costs.push(e.cost);
    }
    edgeStart[r + 1] = cols.length;
  });
  return {
    rowCount: inst.rows.length,
    colCount: inst.capacity.length,
    edgeStart,
    edgeCol: Int32Array.from(cols),
    edgeCost: Float64Array.from(costs),
    capacity: Int32Array.from(inst.capacity),
    uncoveredCost,
  };
};

/** Every assignment, by brute force: the most rows covered, then the least cost. */
export const bruteForce = (inst: SmallInstance): { covered: number; cost: number } => {
  const load = inst.capacity.map(() => 0);
  let best = { covered: -1, cost: Infinity };
  const walk = (r: number, covered: number, cost: number) => {
    if (r === inst.rows.length) {
      if (covered > best.covered || (covered === best.covered && cost < best.cost)) best = { covered, cost };
      return;
    }
    walk(r + 1, covered, cost);
    for (const e of inst.rows[r]) {
      if (load[e.col] >= inst.capacity[e.col]) continue;
      load[e.col]++;
      walk(r + 1, covered + 1, cost + e.cost);
      load[e.col]--;
    }
  };
  walk(0, 0, 0);
  return best;
};

type Highs = { solve(lp: string): { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal: number }> } };
let highs: Promise<Highs> | null = null;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const loadHighs = (): Promise<Highs> => (highs ??= (require('highs') as () => Promise<Highs>)());

/**
 * The same problem as a linear programme for HiGHS: x[r,c] ∈ [0,1], u[r] ∈ [0,1] (uncovered),
 * each row sums to 1, each column at most its capacity. The constraint matrix is totally
 * unimodular, so the LP optimum is an assignment.
 */
export const highsOptimum = async (inst: SmallInstance, uncoveredCost: number): Promise<number> => {
  if (inst.rows.length === 0) return 0;
  const solver = await loadHighs();
  const terms: string[] = [];
  const rowsC: string[] = [];
  const colTerms: string[][] = inst.capacity.map(() => []);
  const bounds: string[] = [];
  inst.rows.forEach((edges, r) => {
    const rowTerms = [`u${r}`];
    terms.push(`${uncoveredCost} u${r}`);
    bounds.push(`0 <= u${r} <= 1`);
    edges.forEach((e, k) => {
      const x = `x${r}_${k}`;
      terms.push(`${e.cost} ${x}`);
      rowTerms.push(x);
      colTerms[e.col].push(x);
      bounds.push(`0 <= ${x} <= 1`);
    });
    rowsC.push(` r${r}: ${rowTerms.join(' + ')} = 1`);
  });
  colTerms.forEach((t, c) => {
    if (t.length > 0) rowsC.push(` c${c}: ${t.join(' + ')} <= ${inst.capacity[c]}`);
  });
  const lp = ['Minimize', ` obj: ${terms.join(' + ')}`, 'Subject To', ...rowsC, 'Bounds', ...bounds.map((b) => ` ${b}`), 'End'].join('\n');
  const out = solver.solve(lp);
  if (out.Status !== 'Optimal') throw new Error(`HiGHS: ${out.Status}`);
  return Math.round(out.ObjectiveValue);
};
