import type { Family } from './records';
import type { GroupName } from './criteria';
import type { AppliedAdjustment, Finding, SchoolStatus, SchoolYearResult } from './types';

/** What a school-year result holds besides its findings. */
export interface SchoolYearFields {
  schoolKey: string;
  name: string;
  municipality: string | undefined;
  year: number;
  groups: GroupName[];
  groupsByCriteria: GroupName[];
  noData: Family[];
  unreliable: Family[];
}

/**
 * The class of one year's school results. Its `findings` are built from the year's criterion columns each
 * time they are read (see CriterionColumn): a result keeps only its own fields, and a finding nobody reads
 * is never made. One class per evaluated year, so that an instance needs no link of its own to the year.
 */
export const schoolYearClass = (findingsOf: (schoolKey: string) => Finding[]) =>
  class SchoolYear implements SchoolYearResult {
    schoolKey: string;
    name: string;
    municipality: string | undefined;
    year: number;
    groups: GroupName[];
    groupsByCriteria: GroupName[];
    stable = false;
    status: SchoolStatus = 'notIn';
    noData: Family[];
    unreliable: Family[];
    adjustment: { changes: AppliedAdjustment[] } | undefined = undefined;

    constructor(fields: SchoolYearFields) {
      this.schoolKey = fields.schoolKey;
      this.name = fields.name;
      this.municipality = fields.municipality;
      this.year = fields.year;
      this.groups = fields.groups;
      this.groupsByCriteria = fields.groupsByCriteria;
      this.noData = fields.noData;
      this.unreliable = fields.unreliable;
    }

    get findings(): Finding[] {
      return findingsOf(this.schoolKey);
    }
  };
