import type { PairDecision } from '../domain/pairing/types';
import type { GradeBand } from '../domain/types';
import type { Grid } from '../grid/grid';
import type { Problem } from '../domain/problem';
import { columnLetter } from '../grid/column-letter';
import { PAIRING_LABELS } from '../tables/labels/pairing-labels';
import { PAIRING_COLUMNS, parsePairRowKey } from './pairing-sheet';
import { readKeyedRows, withoutNotApplicableMark } from './preserve-edits';

/**
 * What the user decided on the previous «Сетевое партнёрство <год>»: the «Решение» column of each pair
 * row («закрепить» keeps the pair, «запретить» forbids it, other text is a note), and rows the user
 * added with a school and «Предмет, классы» in the deficits column: deficits added by hand.
 */

const label = (column: number) => [PAIRING_LABELS.ru.header[column], PAIRING_LABELS.en.header[column]];

const text = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? '' : String(v)).trim();


export const decisionOf = (cell: string): PairDecision['decision'] | null => {
  const t = withoutNotApplicableMark(cell).toLowerCase().replace(/ё/g, 'е');
  if (/^(закреп|fix)/.test(t)) return 'fixed';
  if (/^(запрет|forbid)/.test(t)) return 'forbidden';
  return null;
};

const BAND = /(1\s*[–-]\s*4|5\s*[–-]\s*9|10\s*[–-]\s*11)/;
const bandOf = (t: string): GradeBand => (t.startsWith('10') ? '10–11' : t.startsWith('5') ? '5–9' : '1–4');

/** «Математика, 5–9; Русский язык, 1–4» → cells; the parts not understood are returned as they are. */
export const parseDeficits = (text: string): { cells: { subject: string; band: GradeBand }[]; bad: string[] } => {
  const cells: { subject: string; band: GradeBand }[] = [];
  const bad: string[] = [];
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const band = BAND.exec(part);
    const subject = part.replace(BAND, '').replace(/кл\.?|классы?|grades?/gi, '').replace(/[,\s]+$/g, '').replace(/^[,\s]+/, '').trim();
    if (band && subject) cells.push({ subject, band: bandOf(band[1]) });
    else bad.push(part);
  }
  return { cells, bad };
};

export interface ManualNeed {
  schoolName: string;
  subject: string;
  band: GradeBand;
}

export interface PairingEdits {
  decisions: PairDecision[];
  manualNeeds: ManualNeed[];
  problems: Problem[];
}

export const readPairingEdits = (grid: Grid | null): PairingEdits => {
  const out: PairingEdits = { decisions: [], manualNeeds: [], problems: [] };
  const sheet = grid ? readKeyedRows(grid) : null;
  if (!grid || !sheet) return out;
  const column = (c: number) => label(c).map((l) => sheet.labelToColumn.get(l)).find((x) => x !== undefined);
  const decisionCol = column(PAIRING_COLUMNS.decision);
  const schoolCol = column(PAIRING_COLUMNS.school);
  const deficitsCol = column(PAIRING_COLUMNS.deficits);
  const seen = new Set<string>();
  for (const row of sheet.rows) {
    if (row.key) {
      const pair = parsePairRowKey(row.key);
      if (!pair || decisionCol === undefined) continue;
      const decision = decisionOf(text(row.cells[decisionCol]));
      const id = `${pair.schoolKey}\u0000${pair.partnerId}`;
      if (decision && !seen.has(id)) {
        seen.add(id);
        const cells = decision === 'fixed' && deficitsCol !== undefined ? parseDeficits(text(row.cells[deficitsCol])).cells : [];
        out.decisions.push({ ...pair, decision, ...(cells.length > 0 ? { cells } : {}) });
      }
      continue;
    }
    // A row the user added: a school and its deficits.
    if (schoolCol === undefined || deficitsCol === undefined) continue;
    const schoolName = text(row.cells[schoolCol]);
    const deficits = text(row.cells[deficitsCol]);
    if (!schoolName && !deficits) continue;
    if (!schoolName || !deficits) {
      const missing = schoolName ? deficitsCol : schoolCol;
      out.problems.push({
        sheet: grid.sheet,
        row: row.row,
        column: columnLetter(missing),
        code: 'pairing-manual-need',
        severity: 'warning',
        message: `Добавленная строка: укажите и школу, и дефициты в виде «Математика, 5–9» (через «;», если их несколько) — строка пропущена.`,
        messageEn: 'Added row: give both the school and the deficits as «Математика, 5–9» (separated by «;») — the row is skipped.',
      });
      continue;
    }
    const parsed = parseDeficits(deficits);
    for (const cell of parsed.cells) out.manualNeeds.push({ schoolName, ...cell });
    for (const part of parsed.bad)
      out.problems.push({
        sheet: grid.sheet,
        row: row.row,
        column: columnLetter(deficitsCol),
        code: 'pairing-manual-need',
        severity: 'warning',
        message: `Дефицит «${part}» не распознан: напишите предмет и классы, например «Математика, 5–9» (ступени 1–4, 5–9, 10–11).`,
        messageEn: `Deficit «${part}» not recognised: write the subject and the grades, e.g. «Математика, 5–9» (bands 1–4, 5–9, 10–11).`,
      });
  }
  return out;
};

