import { solvePairing } from '../../src/domain/pairing/solve';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { measureOfficeWrites } from '../../src/hosts/excel/testing/measure-office';
import { scaledPairingInput } from '../../src/sample/scaled-pairing';
import { buildPairingSheet } from '../../src/sheets/pairing-sheet';
import { measure, timeAndMemory } from './measure';
import type { BenchSection } from './section';

const ID = 'pairing';
export const PAIRING_FLAGGED = 2000;
export const PAIRING_DEFICITS = 5;
export const PAIRING_CANDIDATES = 2000;
/** Deficits per partner in the benchmark: enough places for every deficit in all (2,000 × 6 ≥ 10,000). */
export const PAIRING_CAPACITY = 6;

/** The exact solve of 10,000 deficits over 2,000 partners, and the sheet written through the Office.js double. */
export const pairingSection: BenchSection = {
  id: ID,
  title: 'Сетевое партнёрство (точный подбор и лист)',
  run: async () => {
    const input = scaledPairingInput(PAIRING_FLAGGED, PAIRING_DEFICITS, PAIRING_CANDIDATES, PAIRING_CAPACITY);
    let cpuMs = 0;
    const solved = await measure(() => {
      const before = process.cpuUsage();
      const out = solvePairing(input);
      const used = process.cpuUsage(before);
      cpuMs = Math.round((used.user + used.system) / 1000);
      return out;
    });
    const r = solved.value;
    const spec = buildPairingSheet(r, input.settings);
    // The default capacity (3): 6,000 places for 10,000 deficits, so 4,000 stay uncovered.
    const short = scaledPairingInput(PAIRING_FLAGGED, PAIRING_DEFICITS, PAIRING_CANDIDATES, DEFAULT_SETTINGS.pairing.capacity);
    const before = process.cpuUsage();
    const shortResult = solvePairing(short);
    const shortUsed = process.cpuUsage(before);
    const cost = await measureOfficeWrites(spec);
    const what = `${PAIRING_FLAGGED} школ × ${PAIRING_DEFICITS} дефицитов × ${PAIRING_CANDIDATES} кандидатов`;
    return [
      ...timeAndMemory(ID, `${what}: точный подбор`, solved, `пар ${r.pairs.length}, без партнёра ${r.uncovered.length}; ёмкость ${PAIRING_CAPACITY}; цель — менее 2 с`),
      { section: ID, name: `${what}: точный подбор, процессорное время`, value: cpuMs, unit: 'мс', note: 'user + system: не зависит от соседних процессов на машине' },
      {
        section: ID,
        name: `${what}, ёмкость ${DEFAULT_SETTINGS.pairing.capacity} (мест меньше, чем дефицитов): процессорное время`,
        value: Math.round((shortUsed.user + shortUsed.system) / 1000),
        unit: 'мс',
        note: `без партнёра ${shortResult.uncovered.length}`,
      },
      { section: ID, name: `Office.js: запись «${spec.name}», синхронизаций`, value: cost.write.syncs, unit: 'шт.', note: `${spec.rows.length} строк; цель — не более 4 плюс части данных` },
      { section: ID, name: `Office.js: запись «${spec.name}», наибольший пакет`, value: Math.round(cost.write.largestPayloadBytes / 1024), unit: 'КБ', note: 'предел 4 МБ' },
    ];
  },
};
