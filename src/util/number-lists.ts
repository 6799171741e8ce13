import { doubled } from './doubled';

/** The end of a list (and the empty list). */
export const END = -1;

/**
 * Many short lists of numbers in two shared typed arrays, a list known by the index of its first entry (newest
 * first). For tens of thousands of lists of a few numbers each: a JavaScript array grown by push reserves room
 * for 17 numbers, and each one is an object for the garbage collector.
 */
export class NumberLists {
  private values = new Float64Array(1024);
  private nexts = new Int32Array(1024);
  private count = 0;

  /** The list starting at `head` with `value` in front: its new head. */
  add(head: number, value: number): number {
    if (this.count === this.nexts.length) {
      this.values = doubled(this.values);
      this.nexts = doubled(this.nexts);
    }
    const at = this.count++;
    this.values[at] = value;
    this.nexts[at] = head;
    return at;
  }

  /** Whether the list holds `value` (as `includes` finds it: NaN finds NaN). */
  has(head: number, value: number): boolean {
    for (let e = head; e !== END; e = this.nexts[e]) {
      const v = this.values[e];
      if (v === value || (v !== v && value !== value)) return true;
    }
    return false;
  }

  /** Whether the two lists share a value. */
  meet(a: number, b: number): boolean {
    for (let e = a; e !== END; e = this.nexts[e]) if (this.has(b, this.values[e])) return true;
    return false;
  }

  /** The list's values in the order they were added. */
  inOrder(head: number): number[] {
    let k = 0;
    for (let e = head; e !== END; e = this.nexts[e]) k++;
    const out = new Array<number>(k);
    for (let e = head; e !== END; e = this.nexts[e]) out[--k] = this.values[e];
    return out;
  }
}
