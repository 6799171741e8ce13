/**
 * A pairing told for people: the one-line summary (the CLI prints it, the task pane shows it), the reason
 * a deficit stayed without a partner, and the pairs as the task pane lists them.
 */
import { helpText, needText, partnerTitle } from '../domain/pairing/help-text';
import type { PairingInput, PairingResult, UncoveredReason } from '../domain/pairing/types';
import { PAIRING_LABELS, type PairingLanguage } from '../tables/labels/pairing-labels';
import { distanceCell } from '../sheets/pairing-sheet';
import type { Text } from './view-text';

/** Deficits closed by the pairs. */
export const coveredNeeds = (result: Pick<PairingResult, 'pairs'>): number => result.pairs.reduce((n, p) => n + p.needs.length, 0);

/** «2024 год: пар 5, школ 3; дефицитов закрыто 7, без партнёра 1.» */
export const pairingSummary = (result: Pick<PairingResult, 'pairs' | 'uncovered'>, year: number, language: PairingLanguage): string =>
  PAIRING_LABELS[language].summary(year, result.pairs.length, new Set(result.pairs.map((p) => p.schoolKey)).size, coveredNeeds(result), result.uncovered.length);

export const uncoveredReason = (reason: UncoveredReason, language: PairingLanguage): string => PAIRING_LABELS[language].reasons[reason];

export interface PairRow {
  school: string;
  partner: string;
  municipality: string;
  partnerMunicipality: string;
  distance: string;
  deficits: string;
  /** The help written out (seed 000's «примечание»). */
  note: string;
  alternatives: string[];
  fixed: boolean;
}

export const pairRows = (result: PairingResult, language: PairingLanguage): PairRow[] =>
  result.pairs.map((p) => {
    const d = distanceCell(p.distance, language);
    return {
      school: p.schoolName,
      partner: partnerTitle(p, language),
      municipality: p.municipality ?? '',
      partnerMunicipality: p.partnerMunicipality ?? '',
      distance: typeof d === 'number' ? `${String(d).replace('.', language === 'ru' ? ',' : '.')} ${language === 'ru' ? 'км' : 'km'}` : String(d),
      deficits: p.needs.map(needText).join('; '),
      note: helpText(p, language),
      alternatives: p.alternatives.map((a) => `${a.name} (+${Math.round(a.extraCost * 10) / 10})`),
      fixed: p.fixed,
    };
  });

export const uncoveredRows = (result: PairingResult): { school: string; deficit: string; reason: Text }[] =>
  result.uncovered.map((u) => ({ school: u.schoolName, deficit: needText(u.need), reason: { ru: uncoveredReason(u.reason, 'ru'), en: uncoveredReason(u.reason, 'en') } }));

/** Whether the schools carry coordinates, so the pairs can be drawn. */
export const hasCoordinates = (input: Pick<PairingInput, 'schools'>): boolean => input.schools.some((s) => typeof s.latitude === 'number');
