import { doubled } from '../../util/doubled';

/**
 * Exact min-cost assignment of rows (deficits) to columns (partners) with column capacities: the
 * transportation problem as a min-cost flow, solved by successive shortest paths (Dijkstra on
 * reduced costs), one row at a time. Every row is routed: to a column over one of its edges, or to
 * the «uncovered» column at cost `uncoveredCost`. With `uncoveredCost` above any total of real edge
 * costs, the optimum first covers as many rows as any assignment can, then has the least total cost.
 *
 * Costs must be non-negative integers (exact arithmetic below 2^53).
 *
 * Potentials (`rowPotential`, `colPotential`, ≤ 0) are kept with every reduced cost
 * cost + p(row) − p(col) ≥ 0 on the residual graph: they are the optimality certificate, and
 * they let the caller prove that edges it left out (pruning) could not lower the cost.
 */

export interface TransportProblem {
  rowCount: number;
  colCount: number;
  /** Row r's edges are edgeCol/edgeCost[edgeStart[r] .. edgeStart[r + 1]). */
  edgeStart: Int32Array;
  edgeCol: Int32Array;
  edgeCost: Float64Array;
  capacity: Int32Array;
  uncoveredCost: number;
}

export interface TransportSolution {
  /** The row's column, or −1 when uncovered. */
  colOf: Int32Array;
  /** The cost of the row's edge (uncoveredCost when uncovered). */
  costOf: Float64Array;
  totalCost: number;
  rowPotential: Float64Array;
  colPotential: Float64Array;
}

/** A binary min-heap of (key, node) with lazy deletion. */
class Heap {
  keys = new Float64Array(64);
  nodes = new Int32Array(64);
  size = 0;

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      this.keys = doubled(this.keys);
      this.nodes = doubled(this.nodes);
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.keys[i] = this.keys[parent];
      this.nodes[i] = this.nodes[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  /** Removes the top; read it from keys[0], nodes[0] first. */
  pop(): void {
    const last = --this.size;
    const key = this.keys[last];
    const node = this.nodes[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= key) break;
      this.keys[i] = this.keys[child];
      this.nodes[i] = this.nodes[child];
      i = child;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }
}

export const solveTransport = (problem: TransportProblem): TransportSolution => {
  const { rowCount: R, colCount: C, edgeStart, edgeCol, edgeCost, capacity, uncoveredCost: M } = problem;
  // Node ids: rows 0..R−1, columns R..R+C−1, the uncovered column U = R+C, the sink T = R+C+1.
  const U = R + C;
  const T = U + 1;
  const N = T + 1;
  const p = new Float64Array(N);
  const dist = new Float64Array(N).fill(Infinity);
  const prev = new Int32Array(N).fill(-1);
  /** For a column node: the edge it was reached over. */
  const prevEdge = new Int32Array(N).fill(-1);
  const done = new Uint8Array(N);
  const touched: number[] = [];
  const settled: number[] = [];
  const colOf = new Int32Array(R).fill(-1);
  const costOf = new Float64Array(R);
  // Rows assigned to each real column, with each row's position in its column's list.
  const members: number[][] = Array.from({ length: C }, () => []);
  const position = new Int32Array(R);
  const heap = new Heap();

  const unassign = (r: number) => {
    const c = colOf[r];
    if (c < 0) return;
    const list = members[c];
    const at = position[r];
    const moved = list[list.length - 1];
    list[at] = moved;
    position[moved] = at;
    list.pop();
  };
  const assign = (r: number, c: number, cost: number) => {
    unassign(r);
    colOf[r] = c;
    costOf[r] = cost;
    if (c >= 0) {
      position[r] = members[c].length;
      members[c].push(r);
    }
  };
  const relax = (v: number, d: number, from: number, edge: number) => {
    if (d < dist[v]) {
      if (dist[v] === Infinity) touched.push(v);
      dist[v] = d;
      prev[v] = from;
      prevEdge[v] = edge;
      heap.push(d, v);
    }
  };

  for (let source = 0; source < R; source++) {
    if (edgeStart[source] === edgeStart[source + 1]) {
      assign(source, -1, M);
      p[source] = -M; // keeps the reduced cost of its (residual) edge back from U at 0
      continue;
    }
    relax(source, 0, -1, -1);
    let D = Infinity;
    while (heap.size > 0) {
      const d = heap.keys[0];
      const v = heap.nodes[0];
      heap.pop();
      if (done[v] || d > dist[v]) continue;
      done[v] = 1;
      settled.push(v);
      if (v === T) {
        D = d;
        break;
      }
      if (v < R) {
        const pr = p[v];
        const own = colOf[v];
        for (let e = edgeStart[v]; e < edgeStart[v + 1]; e++) {
          const c = edgeCol[e];
          if (c === own) continue; // saturated: the row is already there
          const node = R + c;
          relax(node, d + edgeCost[e] + pr - p[node], v, e);
        }
        // Rows on the uncovered column are never reached (see below), so this row is not on it.
        relax(U, d + M + pr - p[U], v, -1);
      } else if (v === U) {
        // The uncovered column never fills, so while rows are on it the reduced costs of U→T and
        // T→U are both ≥ 0, i.e. 0: the sink is at U's distance and U's rows need no visit.
        relax(T, d + p[U] - p[T], v, -1);
      } else {
        const c = v - R;
        const list = members[c];
        const pc = p[v];
        for (let k = 0; k < list.length; k++) {
          const r = list[k];
          relax(r, d - costOf[r] + pc - p[r], v, -1);
        }
        if (list.length < capacity[c]) relax(T, d + pc - p[T], v, -1);
      }
    }
    heap.size = 0;
    // Augment along the path: each row on it moves to the column after it.
    let node = prev[T];
    for (;;) {
      const r = prev[node];
      if (node === U) assign(r, -1, M);
      else assign(r, node - R, edgeCost[prevEdge[node]]);
      if (r === source) break;
      node = prev[r];
    }
    for (const v of settled) {
      if (dist[v] < D) p[v] += dist[v] - D;
      done[v] = 0;
    }
    for (const v of touched) {
      dist[v] = Infinity;
      prev[v] = -1;
    }
    settled.length = 0;
    touched.length = 0;
  }
  let totalCost = 0;
  for (let r = 0; r < R; r++) totalCost += costOf[r];
  return { colOf, costOf, totalCost, rowPotential: p.slice(0, R), colPotential: p.slice(R, R + C) };
};
