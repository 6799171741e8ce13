/**
 * A map keyed by three strings (municipality, code, name key) without joining them into one string per
 * lookup: a row's strings are shared with the sheet, so their hashes are computed once, not per row.
 */
export class KeyTree<V> {
  private readonly root = new Map<string, Map<string, Map<string, V>>>();
  /** Entries held. */
  size = 0;

  get(a: string, b: string, c: string): V | undefined {
    return this.root.get(a)?.get(b)?.get(c);
  }

  set(a: string, b: string, c: string, value: V): void {
    let byB = this.root.get(a);
    if (!byB) this.root.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (!byC) byB.set(b, (byC = new Map()));
    if (!byC.has(c)) this.size++;
    byC.set(c, value);
  }
}
