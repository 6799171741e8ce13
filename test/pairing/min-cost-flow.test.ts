import fc from 'fast-check';
import { solveTransport } from '../../src/domain/pairing/min-cost-flow';
import { bruteForce, highsOptimum, toProblem, type SmallInstance } from './oracles';

const instance = (maxRows: number, maxCols: number, maxCost: number): fc.Arbitrary<SmallInstance> =>
  fc.integer({ min: 1, max: maxCols }).chain((cols) =>
    fc.record({
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
      rows: fc.array(
        fc.uniqueArray(fc.record({ col: fc.integer({ min: 0, max: cols - 1 }), cost: fc.integer({ min: 0, max: maxCost }) }), {
          selector: (e) => e.col,
          maxLength: cols,
        }),
        { minLength: 0, maxLength: maxRows },
      ),
    }),
  );

const bigM = (inst: SmallInstance) => inst.rows.reduce((s, edges) => s + Math.max(0, ...edges.map((e) => e.cost)), 0) + 1;

const checkFeasible = (inst: SmallInstance, colOf: Int32Array) => {
  const load = inst.capacity.map(() => 0);
  colOf.forEach((c, r) => {
    if (c < 0) return;
    expect(inst.rows[r].some((e) => e.col === c)).toBe(true);
    load[c]++;
  });
  load.forEach((l, c) => expect(l).toBeLessThanOrEqual(inst.capacity[c]));
};

describe('solveTransport', () => {
  test('equals brute force on hundreds of random small instances: coverage first, then cost', () => {
    fc.assert(
      fc.property(instance(6, 4, 50), (inst) => {
        const M = bigM(inst);
        const sol = solveTransport(toProblem(inst, M));
        checkFeasible(inst, sol.colOf);
        const covered = [...sol.colOf].filter((c) => c >= 0).length;
        const best = bruteForce(inst);
        expect(covered).toBe(best.covered);
        expect(sol.totalCost - (inst.rows.length - covered) * M).toBe(best.cost);
      }),
      { numRuns: 400 },
    );
  });

  test('equals the HiGHS linear-programming optimum on larger random instances', async () => {
    await fc.assert(
      fc.asyncProperty(instance(40, 12, 1000), async (inst) => {
        const M = bigM(inst);
        const sol = solveTransport(toProblem(inst, M));
        checkFeasible(inst, sol.colOf);
        expect(sol.totalCost).toBe(await highsOptimum(inst, M));
      }),
      { numRuns: 150 },
    );
  });

  test('the potentials certify optimality: no residual edge has a negative reduced cost', () => {
    fc.assert(
      fc.property(instance(10, 5, 100), (inst) => {
        const M = bigM(inst);
        const sol = solveTransport(toProblem(inst, M));
        inst.rows.forEach((edges, r) => {
          for (const e of edges) {
            const rc = e.cost + sol.rowPotential[r] - sol.colPotential[e.col];
            if (sol.colOf[r] === e.col) expect(rc).toBe(0);
            else expect(rc).toBeGreaterThanOrEqual(0);
          }
        });
        sol.colPotential.forEach((p) => expect(p).toBeLessThanOrEqual(0));
      }),
      { numRuns: 200 },
    );
  });
});
