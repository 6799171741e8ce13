import type { FlaggedSchool } from './model';

export interface FlaggedDiff {
  entering: FlaggedSchool[];
  leaving: FlaggedSchool[];
}

const id = (s: FlaggedSchool) => s.key;

/** Who enters and who leaves the lists when the settings change (group membership compared per school). */
export const flaggedDiff = (before: FlaggedSchool[], after: FlaggedSchool[]): FlaggedDiff => {
  const entries = (list: FlaggedSchool[]) => new Set(list.flatMap((s) => s.groups.map((g) => `${id(s)}\u0000${g}`)));
  const b = entries(before);
  const a = entries(after);
  const withGroups = (list: FlaggedSchool[], keep: Set<string>, drop: Set<string>) =>
    list
      .map((s) => ({ ...s, groups: s.groups.filter((g) => keep.has(`${id(s)}\u0000${g}`) && !drop.has(`${id(s)}\u0000${g}`)) }))
      .filter((s) => s.groups.length > 0);
  return { entering: withGroups(after, a, b), leaving: withGroups(before, b, a) };
};
