import { familyIndex, type Family } from './records';

/**
 * A map keyed by (year, family, subject, grade) as nested maps, so hot loops over hundreds of
 * thousands of result rows look values up without building a key string per row. The family level
 * is an array (ЕГЭ, ОГЭ, ВПР): one map lookup fewer per row.
 * `grade` undefined (or null from loosely typed input) is a key of its own: the gradeless subject.
 */
type BySubject<V> = Map<string, Map<number | undefined, V>>;

export class SubjectKeyMap<V> {
  private readonly byYear = new Map<number, BySubject<V>[]>();

  /** The innermost grade → value map, created when missing. */
  grades(year: number, family: Family, subject: string): Map<number | undefined, V> {
    let families = this.byYear.get(year);
    if (!families) this.byYear.set(year, (families = [new Map(), new Map(), new Map()]));
    const bySubject = families[familyIndex(family)];
    let byGrade = bySubject.get(subject);
    if (!byGrade) bySubject.set(subject, (byGrade = new Map()));
    return byGrade;
  }

  get(year: number, family: Family, subject: string, grade?: number): V | undefined {
    return this.byYear.get(year)?.[familyIndex(family)].get(subject)?.get(grade ?? undefined);
  }

  set(year: number, family: Family, subject: string, grade: number | undefined, value: V): void {
    this.grades(year, family, subject).set(grade ?? undefined, value);
  }
}
