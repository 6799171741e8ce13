import type { Family } from './records';

/**
 * A map keyed by (year, family, subject, grade) as nested maps, so hot loops over hundreds of
 * thousands of result rows look values up without building a key string per row.
 * `grade` undefined (or null from loosely typed input) is a key of its own: the gradeless subject.
 */
export class SubjectKeyMap<V> {
  private readonly byYear = new Map<number, Map<Family, Map<string, Map<number | undefined, V>>>>();

  /** The innermost grade → value map, created when missing. */
  grades(year: number, family: Family, subject: string): Map<number | undefined, V> {
    let byFamily = this.byYear.get(year);
    if (!byFamily) this.byYear.set(year, (byFamily = new Map()));
    let bySubject = byFamily.get(family);
    if (!bySubject) byFamily.set(family, (bySubject = new Map()));
    let byGrade = bySubject.get(subject);
    if (!byGrade) bySubject.set(subject, (byGrade = new Map()));
    return byGrade;
  }

  get(year: number, family: Family, subject: string, grade?: number): V | undefined {
    return this.byYear.get(year)?.get(family)?.get(subject)?.get(grade ?? undefined);
  }

  set(year: number, family: Family, subject: string, grade: number | undefined, value: V): void {
    this.grades(year, family, subject).set(grade ?? undefined, value);
  }
}
