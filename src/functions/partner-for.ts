import { pairingInputFromIdentification } from '../domain/pairing/from-identification';
import { needText, partnerTitle } from '../domain/pairing/help-text';
import { solvePairing } from '../domain/pairing/solve';
import { PAIRING_LABELS } from '../tables/labels/pairing-labels';
import { schoolTypeOf } from '../tables/read-records';
import { contentCache, contentKey } from './content-cache';
import { FunctionInputError } from './errors';
import { settingsArgument } from './expert-input';
import { findSchool, identifyTables, yearOf, type FunctionArguments } from './identification-input';

/**
 * PARTNER_FOR / ПАРТНЁР_ДЛЯ: the partners the exact pairing gives one school, one row per partner:
 * partner | municipality | distance, km | deficits covered | the help written out; deficits left without
 * a partner follow with «—» and the reason. The whole district is paired once per content (cached), so
 * one formula per school costs one solve.
 */

const pairingCache = contentCache<ReturnType<typeof solvePairing>>();

export const partnerFor = (tables: FunctionArguments, school: string, year?: number): (string | number)[][] => {
  const identification = identifyTables(tables, ['results'], { deficits: true });
  const { result, dataset } = identification;
  const y = yearOf(result, year);
  const found = findSchool(identification, y, school);
  const key = [tables.results, tables.registry, tables.teachers, tables.settings, y].map(contentKey);
  const pairing = pairingCache(key, () =>
    solvePairing(pairingInputFromIdentification(result, dataset, settingsArgument(tables.settings), { year: y, typeOf: schoolTypeOf })),
  );
  const labels = PAIRING_LABELS.ru;
  const rows: (string | number)[][] = pairing.pairs
    .filter((p) => p.schoolKey === found.schoolKey)
    .map((p) => [partnerTitle(p), p.partnerMunicipality ?? '', p.distance.km === null ? labels.unknownDistance : Math.round(p.distance.km * 10) / 10, p.needs.map(needText).join('; '), p.fixed ? labels.fixedMark : '']);
  for (const u of pairing.uncovered) if (u.need.schoolKey === found.schoolKey) rows.push(['—', '', '', needText(u.need), labels.reasons[u.reason]]);
  if (rows.length === 0) {
    const why = found.groups.length === 0 ? 'не входит в ШНОР/ШНСУ' : 'дефицитов по предметам нет';
    const whyEn = found.groups.length === 0 ? 'is not ШНОР/ШНСУ' : 'has no subject deficits';
    throw new FunctionInputError({ ru: `Школе «${found.name}» партнёр не нужен: ${why} (${y} год).`, en: `"${found.name}" needs no partner: it ${whyEn} (${y}).` }, 'notAvailable');
  }
  return rows;
};
