import { deficitMapSheetName } from '../sheets/deficit-map-sheet';
import { IDENTIFICATION_LANGUAGES, IDENTIFICATION_LABELS } from '../tables/labels/identification-labels';
import { pairingSheetName } from '../sheets/pairing-sheet';
import { ROADMAP_LABELS } from '../sheets/roadmap-labels';
import { ADJUSTMENTS_SHEET_NAMES } from '../sheets/adjustments-sheet';
import { SETTINGS_SHEET_NAMES } from '../sheets/settings-sheet';
import { TARGETS_LABELS } from '../tables/labels/targets-labels';
import { SCHOOL_MATCHING_SHEETS } from '../sheets/school-matching-sheet';

/** A stand-in year: the name functions are called with it and it becomes «any year» in the pattern. */
const YEAR_MARK = 1111;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NAMES: string[] = IDENTIFICATION_LANGUAGES.flatMap((language) => [
  IDENTIFICATION_LABELS[language].identificationSheet(YEAR_MARK),
  IDENTIFICATION_LABELS[language].teachersSheet(YEAR_MARK),
  deficitMapSheetName(YEAR_MARK, language),
  ROADMAP_LABELS[language].roadmapSheet(String(YEAR_MARK)),
  ROADMAP_LABELS[language].schoolPlansSheet(String(YEAR_MARK)),
  ROADMAP_LABELS[language].timelineSheet(String(YEAR_MARK)),
  ROADMAP_LABELS[language].catalogueSheet,
  pairingSheetName(YEAR_MARK, language),
]).concat(
  SETTINGS_SHEET_NAMES,
  ADJUSTMENTS_SHEET_NAMES,
  SCHOOL_MATCHING_SHEETS,
  (['ru', 'en'] as const).flatMap((language) => {
    const l = TARGETS_LABELS[language];
    return [l.catalogueSheet, l.templateSheet(YEAR_MARK), l.districtSheet(YEAR_MARK), l.controlSheet(YEAR_MARK), l.overTimeSheet];
  }),
);

/** Any name Opora gives a sheet, with any year and the « (n)» suffix a clash adds. */
const PATTERNS: RegExp[] = NAMES.map((n) => new RegExp(`^${escape(n).replace(String(YEAR_MARK), '.+')}( \\(\\d+\\))?$`, 'i'));

/**
 * True when Opora could have written a sheet of this name. The saved state lists the sheets Opora
 * wrote; a listed name Opora never gives (a forged or mixed-up state) does not make a data sheet Opora's.
 */
export const couldBeOporaSheet = (name: string): boolean => PATTERNS.some((p) => p.test(name));
