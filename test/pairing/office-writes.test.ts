import { PAIRING_CANDIDATES, PAIRING_CAPACITY, PAIRING_DEFICITS, PAIRING_FLAGGED } from '../../scripts/bench/pairing';
import { solvePairing } from '../../src/domain/pairing/solve';
import { measureOfficeWrites } from '../../src/hosts/excel/testing/measure-office';
import { scaledPairingInput } from '../../src/sample/scaled-pairing';
import { buildPairingSheet } from '../../src/sheets/pairing-sheet';

const FOUR_MB = 4 * 1024 * 1024;

describe('«Сетевое партнёрство» of the benchmark region written through the Office.js double', () => {
  test('at most 4 syncs plus one per extra data chunk, no request over 4 MB', async () => {
    const input = scaledPairingInput(PAIRING_FLAGGED, PAIRING_DEFICITS, PAIRING_CANDIDATES, PAIRING_CAPACITY);
    const result = solvePairing(input);
    expect(result.pairs.reduce((n, p) => n + p.needs.length, 0) + result.uncovered.length).toBe(input.needs.length);
    const spec = buildPairingSheet(result, input.settings);
    const cost = await measureOfficeWrites(spec);
    const extraChunks = cost.write.payloads.filter((bytes) => bytes > 1024 * 1024).length;
    expect(cost.write.syncs).toBeGreaterThan(0);
    expect(cost.write.syncs).toBeLessThanOrEqual(4 + extraChunks);
    expect(cost.write.largestPayloadBytes).toBeLessThanOrEqual(FOUR_MB);
  });
});
