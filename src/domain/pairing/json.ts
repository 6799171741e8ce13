import { needText, partnerTitle } from './help-text';
import type { PairingResult, UncoveredReason } from './types';

/** The JSON of `opora pair`: the contract, plus the deficits, alternatives and decisions. */

const BANDS_ORDER = ['1–4', '5–9', '10–11'];
const asciiBand = (band: string) => band.replace('–', '-');

export const pairingJson = (result: PairingResult, reasonText: (r: UncoveredReason) => string) => ({
  year: result.year,
  pairs: result.pairs.map((p) => ({
    school: p.schoolName,
    municipality: p.municipality ?? null,
    partner: partnerTitle(p),
    partnerKind: p.partnerKind,
    partnerMunicipality: p.partnerMunicipality ?? null,
    subjects: [...new Set(p.needs.map((n) => n.subject))],
    grades: [...new Set(p.needs.map((n) => n.band))].sort((a, b) => BANDS_ORDER.indexOf(a) - BANDS_ORDER.indexOf(b)).map(asciiBand).join(', '),
    deficits: p.needs.map(needText),
    distanceKm: p.distance.km === null ? null : Math.round(p.distance.km * 10) / 10,
    ...(p.distance.minutes !== undefined ? { minutes: p.distance.minutes } : {}),
    distanceFrom: p.distance.origin,
    fixed: p.fixed,
    alternatives: p.alternatives.map((a) => ({
      partner: a.name,
      extraCost: Math.round(a.extraCost * 10) / 10,
      distanceKm: a.distance.km === null ? null : Math.round(a.distance.km * 10) / 10,
      free: a.free,
    })),
  })),
  uncovered: result.uncovered.map((u) => ({
    school: u.schoolName,
    municipality: u.municipality ?? null,
    subject: u.need.subject,
    grades: asciiBand(u.need.band),
    reason: reasonText(u.reason),
    reasonCode: u.reason,
  })),
  totalCost: result.totalCost,
  notes: result.notes.map((n) => n.ru),
});
