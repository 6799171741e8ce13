import type { Family } from './records';
import type { CriterionCode, GroupName } from './criteria';
import type { AppliedAdjustment, Finding, SchoolStatus, SchoolYearResult } from './types';

/** What one evaluated year knows of each of its schools, by school ordinal: read by the year's results when asked. */
export interface SchoolYearSource {
  year: number;
  keyOf: readonly string[];
  nameOf: readonly { name: string; municipality?: string }[];
  noDataOf: (o: number) => Family[];
  unreliableOf: (o: number) => Family[];
  findingsOf: (o: number) => Finding[];
  flaggedOf: (o: number) => CriterionCode[];
}

/**
 * The class of one year's school results. A result keeps only what is its own (its ordinal, groups, status,
 * adjustment); its key, name, families without data and findings are read from the year when asked for
 * (see CriterionColumn): a whole region has 100,000s of school-years, and a sheet or a function reads each
 * of them once, if at all. One class per evaluated year, so that an instance needs no link to its year.
 */
export const schoolYearClass = (source: SchoolYearSource) =>
  class SchoolYear implements SchoolYearResult {
    stable = false;
    status: SchoolStatus = 'notIn';
    adjustment: { changes: AppliedAdjustment[] } | undefined = undefined;

    constructor(
      /** The school's number in the run (see SchoolOrdinals). */
      readonly ordinal: number,
      public groups: GroupName[],
      public groupsByCriteria: GroupName[],
    ) {}

    get schoolKey(): string {
      return source.keyOf[this.ordinal];
    }

    get name(): string {
      return source.nameOf[this.ordinal].name;
    }

    get municipality(): string | undefined {
      return source.nameOf[this.ordinal].municipality;
    }

    get year(): number {
      return source.year;
    }

    get noData(): Family[] {
      return source.noDataOf(this.ordinal);
    }

    get unreliable(): Family[] {
      return source.unreliableOf(this.ordinal);
    }

    get findings(): Finding[] {
      return source.findingsOf(this.ordinal);
    }

    get flaggedCodes(): CriterionCode[] {
      return source.flaggedOf(this.ordinal);
    }
  };
