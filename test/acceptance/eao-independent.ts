import ExcelJS from 'exceljs';

/**
 * An independent reading of the EAO ЕГЭ workbook and an independent computation of R1/R2 on it,
 * written from the known sheet layout and SPEC.md «Identification rules» only - it deliberately
 * uses nothing from src/, so that the acceptance test compares two separate implementations.
 *
 * Layout of sheets 2023 and 2022: header rows 6-8 (subject names in row 7, measures in row 8),
 * column numbers in row 9, «ВСЕГО по региону» in row 10, then municipality subtotal rows (name in
 * column A, column B empty) each followed by its school rows (school in column B). Each subject is
 * a group of 5 columns from E: participants, below minimum, 80-99, 100, average.
 */

export const FIRST_DATA_ROW = 10;
const FIRST_SUBJECT_COLUMN = 5; // E
const GROUP_WIDTH = 5;
const AVERAGE_OFFSET = 4;
/** SPEC: the region row is replaced when it is more than 5% of the subject maximum off. */
const REGIONAL_TOLERANCE_SHARE = 0.05;
const GAP_THRESHOLD = 20;
const BOTTOM_SHARE = 0.25;
/** Floating noise allowed when comparing gaps for ties and thresholds. */
const EPS = 1e-9;

export interface SubjectColumns {
  subject: string;
  participantsColumn: number;
  averageColumn: number;
  /** 5 for «математика базовая» (a mark), 100 test points otherwise. */
  maxScore: number;
}

export interface SchoolYear {
  name: string;
  municipality: string;
  row: number;
  /** Participant-weighted mean gap in % of the maximum; null when nobody sat an exam with an average. */
  gap: number | null;
  participants: number;
}

export interface RegionalChoice {
  subject: string;
  averageColumn: number;
  rowValue: number | null;
  computed: number | null;
  used: number | null;
  origin: 'row' | 'computed';
}

export interface YearComputation {
  year: number;
  schools: SchoolYear[];
  regional: RegionalChoice[];
  /** Schools ranked for R1 (those with a gap) and the number flagged before ties, k = ceil(0.25 N). */
  ranked: number;
  k: number;
  r1: SchoolYear[];
  r2: SchoolYear[];
  flagged: SchoolYear[];
}

export const columnLetter = (n: number): string => {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

/** Plain value of a cell: formula results, rich text joined, everything else as is. */
const raw = (value: ExcelJS.CellValue): unknown => {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return value.result ?? null;
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('text' in value) return value.text;
  return null;
};

const text = (value: ExcelJS.CellValue): string => {
  const v = raw(value);
  return v === null ? '' : String(v).replace(/\s+/g, ' ').trim();
};

const num = (value: ExcelJS.CellValue): number | null => {
  const v = raw(value);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s+/g, '').replace(',', '.');
  if (t === '' || !/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
};

const subjectsOf = (ws: ExcelJS.Worksheet): SubjectColumns[] => {
  const out: SubjectColumns[] = [];
  for (let c = FIRST_SUBJECT_COLUMN; ; c += GROUP_WIDTH) {
    const title = text(ws.getRow(7).getCell(c).value);
    if (title === '') break;
    const measure = text(ws.getRow(8).getCell(c + AVERAGE_OFFSET).value).toLowerCase();
    if (!measure.includes('средний балл')) throw new Error(`${ws.name}: column ${columnLetter(c + AVERAGE_OFFSET)} is «${measure}», not the average`);
    const subject = title.replace(/,\s*чел\..*$/, '').trim();
    out.push({ subject, participantsColumn: c, averageColumn: c + AVERAGE_OFFSET, maxScore: /базов/i.test(subject) ? 5 : 100 });
  }
  return out;
};

interface SchoolRow {
  name: string;
  municipality: string;
  row: number;
  /** Per subject index: participants and average, only when both are present and participants > 0. */
  values: ({ participants: number; average: number } | null)[];
}

const readSheet = (ws: ExcelJS.Worksheet, subjects: SubjectColumns[]) => {
  const regionRow = ws.getRow(FIRST_DATA_ROW);
  if (!/всего/i.test(text(regionRow.getCell(1).value))) throw new Error(`${ws.name}: row ${FIRST_DATA_ROW} is not «ВСЕГО по региону»`);
  const regionValues = subjects.map((s) => num(regionRow.getCell(s.averageColumn).value));
  const schools: SchoolRow[] = [];
  let municipality = '';
  for (let r = FIRST_DATA_ROW + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const a = text(row.getCell(1).value);
    const b = text(row.getCell(2).value);
    if (b === '') {
      if (a !== '') municipality = a;
      continue;
    }
    const values = subjects.map((s) => {
      const participants = num(row.getCell(s.participantsColumn).value);
      const average = num(row.getCell(s.averageColumn).value);
      return participants !== null && participants > 0 && average !== null ? { participants, average } : null;
    });
    schools.push({ name: b, municipality, row: r, values });
  }
  return { regionValues, schools };
};

const regionalChoices = (subjects: SubjectColumns[], regionValues: (number | null)[], schools: SchoolRow[]): RegionalChoice[] =>
  subjects.map((s, i) => {
    let sum = 0;
    let weight = 0;
    for (const school of schools) {
      const v = school.values[i];
      if (v) {
        sum += v.participants * v.average;
        weight += v.participants;
      }
    }
    const computed = weight > 0 ? sum / weight : null;
    const rowValue = regionValues[i];
    const rowOk = rowValue !== null && (computed === null || Math.abs(rowValue - computed) <= REGIONAL_TOLERANCE_SHARE * s.maxScore + EPS);
    return { subject: s.subject, averageColumn: s.averageColumn, rowValue, computed, used: rowOk ? rowValue : computed, origin: rowOk ? 'row' : 'computed' };
  });

/** R1 with one family: the k = ceil(0.25 N) largest gaps, every school tied with the k-th included. */
const bottomQuartile = (ranked: SchoolYear[]): { k: number; flagged: SchoolYear[] } => {
  const gaps = ranked.map((s) => s.gap as number).sort((x, y) => y - x);
  const k = Math.ceil(BOTTOM_SHARE * ranked.length - EPS);
  if (k === 0) return { k, flagged: [] };
  const boundary = gaps[k - 1];
  return { k, flagged: ranked.filter((s) => (s.gap as number) >= boundary - EPS) };
};

export const computeYear = (ws: ExcelJS.Worksheet, year: number): YearComputation => {
  const subjects = subjectsOf(ws);
  const { regionValues, schools: rows } = readSheet(ws, subjects);
  const regional = regionalChoices(subjects, regionValues, rows);
  const schools: SchoolYear[] = rows.map((school) => {
    let sum = 0;
    let participants = 0;
    school.values.forEach((v, i) => {
      const reg = regional[i].used;
      if (!v || reg === null) return;
      sum += v.participants * ((reg - v.average) / subjects[i].maxScore) * 100;
      participants += v.participants;
    });
    return { name: school.name, municipality: school.municipality, row: school.row, gap: participants > 0 ? sum / participants : null, participants };
  });
  const ranked = schools.filter((s) => s.gap !== null);
  const { k, flagged: r1 } = bottomQuartile(ranked);
  const r2 = ranked.filter((s) => (s.gap as number) > GAP_THRESHOLD + EPS);
  const flagged = schools.filter((s) => r1.includes(s) || r2.includes(s));
  return { year, schools, regional, ranked: ranked.length, k, r1, r2, flagged };
};

export const openWithExcelJs = async (path: string): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
};

export const computeWorkbook = (wb: ExcelJS.Workbook, years: readonly number[]): Map<number, YearComputation> => {
  const out = new Map<number, YearComputation>();
  for (const year of years) {
    const ws = wb.getWorksheet(String(year));
    if (!ws) throw new Error(`no sheet ${year}`);
    out.set(year, computeYear(ws, year));
  }
  return out;
};

/** Loose spelling key for names across years: case, quotes, «ё», spaces around punctuation. */
export const looseKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„'`]/g, '')
    .replace(/\s*([.,№-])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Matches this year's schools to last year's: by name and municipality, or by name alone when the
 * name is unique in both years (municipality names are spelled differently across years).
 */
export const matchAcrossYears = (current: SchoolYear[], previous: SchoolYear[]): Map<SchoolYear, SchoolYear> => {
  const byBoth = new Map(previous.map((s) => [`${looseKey(s.municipality)}|${looseKey(s.name)}`, s]));
  const count = (list: SchoolYear[]) => {
    const m = new Map<string, number>();
    for (const s of list) m.set(looseKey(s.name), (m.get(looseKey(s.name)) ?? 0) + 1);
    return m;
  };
  const currentCount = count(current);
  const previousCount = count(previous);
  const out = new Map<SchoolYear, SchoolYear>();
  for (const s of current) {
    const both = byBoth.get(`${looseKey(s.municipality)}|${looseKey(s.name)}`);
    const key = looseKey(s.name);
    const byName = currentCount.get(key) === 1 && previousCount.get(key) === 1 ? previous.find((p) => looseKey(p.name) === key) : undefined;
    const match = both ?? byName;
    if (match) out.set(s, match);
  }
  return out;
};
