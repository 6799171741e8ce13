import { helpText } from '../../src/domain/pairing/help-text';
import { solvePairing } from '../../src/domain/pairing/solve';
import type { Candidate, Need, PairingSchool } from '../../src/domain/pairing/types';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { buildPairingSheet, PAIRING_COLUMNS } from '../../src/sheets/pairing-sheet';

const SCHOOLS: PairingSchool[] = [
  { key: 'иссад', name: 'МОБУ «Иссадская основная общеобразовательная школа»', municipality: 'Волховский район', type: 'ООШ', latitude: 60.07, longitude: 32.33 },
  { key: 'алекс', name: 'МОБУ «Алексинская средняя школа»', municipality: 'Волховский район', type: 'СОШ', latitude: 60.03, longitude: 32.45 },
  { key: 'сел', name: 'МОБУ «Селивановская основная общеобразовательная школа»', municipality: 'Волховский район', type: 'ООШ', latitude: 60.1, longitude: 32.6 },
];
const need = (schoolKey: string, subject: string, band: Need['band']): Need => ({ schoolKey, subject, band, origin: 'deficit' });
const NEEDS = [need('иссад', 'Русский язык', '5–9'), need('иссад', 'Математика', '5–9'), need('сел', 'Физика', '10–11')];
const ALEKSINO: Candidate = {
  id: 'school:алекс',
  kind: 'school',
  name: SCHOOLS[1].name,
  schoolKey: 'алекс',
  leader: false,
  bands: ['1–4', '5–9', '10–11'],
  strong: [
    { subject: 'Русский язык', band: '5–9', gap: -8 },
    { subject: 'Математика', band: '5–9', gap: -6 },
  ],
  capacity: 3,
};

describe('«Сетевое партнёрство <год>» sheet', () => {
  const result = solvePairing({ year: 2020, schools: SCHOOLS, needs: NEEDS, candidates: [ALEKSINO], settings: DEFAULT_SETTINGS.pairing });
  const spec = buildPairingSheet(result, DEFAULT_SETTINGS.pairing);

  test('seed 000’s shape: school | partner | note written out, one row per pair', () => {
    expect(spec.name).toBe('Сетевое партнёрство 2020');
    const header = spec.header[0];
    expect(header[PAIRING_COLUMNS.school]).toMatch(/^Наименование школы с низкими образовательными результатами или школы, функционирующей в неблагоприятных социальных условиях/);
    expect(header[PAIRING_COLUMNS.partner]).toMatch(/сетевого партнёра или педагога-наставника/);
    expect(header[PAIRING_COLUMNS.note]).toBe('Примечание');
    const row = spec.rows[0];
    expect(row[PAIRING_COLUMNS.school]).toBe(SCHOOLS[0].name);
    expect(row[PAIRING_COLUMNS.partner]).toBe(SCHOOLS[1].name);
    // The wording of seed 000 (Иссадская ООШ → Алексинская СШ).
    expect(row[PAIRING_COLUMNS.note]).toBe('оказание консультативной, методической, информационной помощи по организации работы с обучающимися 5–9 классов по русскому языку и математике');
    expect(row[PAIRING_COLUMNS.deficits]).toBe('Русский язык, 5–9; Математика, 5–9');
    expect(typeof row[PAIRING_COLUMNS.distance]).toBe('number');
  });

  test('a deficit nobody can take is listed with its reason; the sheet is print-ready and its decision column editable', () => {
    const uncovered = spec.rows.find((r) => r[PAIRING_COLUMNS.school] === SCHOOLS[2].name)!;
    expect(uncovered[PAIRING_COLUMNS.deficits]).toBe('Физика, 10–11');
    expect(uncovered[PAIRING_COLUMNS.note]).toMatch(/нет школ с высокими результатами/);
    expect(spec.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true });
    expect(spec.editableColumns).toEqual([PAIRING_COLUMNS.decision]);
    expect(spec.header[0][spec.header[0].length - 1]).toBe('Ключ');
  });

  test('a mentor teacher as seed 000 names one, with targeted help', () => {
    const text = helpText({ partnerKind: 'teacher', needs: [need('иссад', 'История', '5–9'), need('иссад', 'Обществознание', '5–9')] });
    expect(text).toBe(
      'оказание адресной помощи учителю истории и обществознания по организации урочной деятельности обучающихся 5–9 классов по истории и обществознанию',
    );
  });
});
