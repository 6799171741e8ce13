/**
 * The Office requirement sets Opora needs (manifest.xml declares exactly these: Excel loads the add-in
 * only where all are supported) and the newer APIs it uses only after asking at run time.
 * test/manifest/requirement-sets.test.ts derives the sets from the code's calls and checks both lists.
 */
export interface Requirement {
  set: string;
  version: string;
}

export const DECLARED_REQUIREMENTS: readonly Requirement[] = [
  { set: 'SharedRuntime', version: '1.1' }, // one runtime for task pane, ribbon and functions
  { set: 'CustomFunctionsRuntime', version: '1.2' }, // CustomFunctions.Error with a message
  { set: 'ExcelApi', version: '1.9' }, // autoFilter, pageLayout, RangeAreas
];

/** APIs above the declared sets: each is called only when isRequirementSupported says so. */
export const RUNTIME_CHECKED = {
  /** Range.getMergedAreasOrNullObject; without it sheets are read without their merged areas. */
  mergedAreas: { set: 'ExcelApi', version: '1.13', members: ['Range.getMergedAreasOrNullObject'] },
} as const;

export const isRequirementSupported = (requirement: Requirement): boolean =>
  typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported?.(requirement.set, requirement.version);
