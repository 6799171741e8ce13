import type { Candidate, Need, PairingInput, PairingSchool } from '../domain/pairing/types';
import { DEFAULT_SETTINGS } from '../domain/settings';
import type { GradeBand } from '../domain/types';
import { createRandom } from './prng';

/**
 * A region for the pairing benchmark: `flagged` schools with `deficitsEach` deficits each and
 * `candidates` partner schools, spread over a 300 × 300 km region of 25 municipalities (a 5 × 5 grid).
 * Every candidate is strong in a handful of subject × band cells; one in ten is a leader school.
 */

const SUBJECTS = ['Русский язык', 'Математика', 'Физика', 'Химия', 'Биология', 'История', 'Обществознание', 'География'];
const BANDS: GradeBand[] = ['1–4', '5–9', '10–11'];

export const scaledPairingInput = (flagged: number, deficitsEach: number, candidates: number, capacity: number, seed = 13): PairingInput => {
  const random = createRandom(seed);
  const schools: PairingSchool[] = [];
  const place = (key: string, name: string, type?: PairingSchool['type']): PairingSchool => {
    const lat = random.between(54, 56.7);
    const lon = random.between(36, 40.6);
    const m = Math.min(4, Math.floor(((lat - 54) / 2.7) * 5)) * 5 + Math.min(4, Math.floor(((lon - 36) / 4.6) * 5));
    const s: PairingSchool = { key, name, municipality: `Муниципальный район ${m + 1}`, latitude: lat, longitude: lon, ...(type ? { type } : {}) };
    schools.push(s);
    return s;
  };
  const cells = SUBJECTS.flatMap((subject) => BANDS.slice(1).map((band) => ({ subject, band })));
  const needs: Need[] = [];
  for (let i = 0; i < flagged; i++) {
    const s = place(`f${i}`, `МБОУ «Школа № ${i + 1}»`);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(deficitsEach, cells.length)) chosen.add(random.int(0, cells.length - 1));
    for (const c of chosen) needs.push({ schoolKey: s.key, subject: cells[c].subject, band: cells[c].band, origin: 'deficit' });
  }
  const list: Candidate[] = [];
  for (let i = 0; i < candidates; i++) {
    const type: PairingSchool['type'] = random.chance(0.1) ? 'ООШ' : 'СОШ';
    const s = place(`c${i}`, `МБОУ «Гимназия № ${i + 1}»`, type);
    const bands: GradeBand[] = type === 'ООШ' ? ['1–4', '5–9'] : BANDS;
    const strong = new Map<string, { subject: string; band: GradeBand; gap: number }>();
    const count = random.int(3, 8);
    while (strong.size < count) {
      const c = cells[random.int(0, cells.length - 1)];
      if (bands.includes(c.band)) strong.set(`${c.subject}|${c.band}`, { ...c, gap: -random.between(5, 20) });
    }
    list.push({ id: `school:${s.key}`, kind: 'school', name: s.name, schoolKey: s.key, leader: random.chance(0.1), bands, strong: [...strong.values()], capacity });
  }
  return { year: 2024, schools, needs, candidates: list, settings: { ...DEFAULT_SETTINGS.pairing, capacity } };
};
