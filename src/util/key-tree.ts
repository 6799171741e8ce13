/**
 * A map keyed by three strings (municipality, code, name key) without joining them into one string per
 * lookup: the name key's hash is computed once per string, and the few entries under one name key are
 * told apart by comparing their municipality and code. No map per school: most have a code of their own.
 */
export class KeyTree<V> {
  private readonly byName = new Map<string, { a: string; b: string; value: V }[]>();
  /** Entries held. */
  size = 0;

  get(a: string, b: string, c: string): V | undefined {
    const list = this.byName.get(c);
    if (list) for (let i = 0; i < list.length; i++) if (list[i].a === a && list[i].b === b) return list[i].value;
    return undefined;
  }

  set(a: string, b: string, c: string, value: V): void {
    const list = this.byName.get(c);
    if (!list) {
      this.byName.set(c, [{ a, b, value }]);
      this.size++;
      return;
    }
    for (let i = 0; i < list.length; i++) {
      if (list[i].a === a && list[i].b === b) {
        list[i].value = value;
        return;
      }
    }
    list.push({ a, b, value });
    this.size++;
  }
}
