import type { Grid } from '../grid/grid';
import type { Language } from '../i18n';
import { cellText } from '../tables/cells';
import type { MatchAction, MatchDecision, MatchRule, Resolution, SchoolMatch, Variant } from '../tables/identity';
import type { SheetSpec, SpecCell } from '../grid/sheet-spec';
import { normalizeText } from '../tables/text';
import { sourceRowsText } from './source-text';

/**
 * «Сопоставление школ» ("School matching"): every pair of differently written rows Opora took for one
 * school by a rule other than an exact match, least sure first, with the rule, its confidence and the
 * user's decision; then every school with data that did not join the registry, with the reason. The
 * «Решение» column is the user's: «подтвердить» or «разделить» typed there is read on the next run, as
 * are the decisions taken in the task pane (both are remembered in the workbook's state).
 */

export const SCHOOL_MATCHING_SHEET_NAMES = { ru: 'Сопоставление школ', en: 'School matching' } as const;
export const SCHOOL_MATCHING_SHEETS: readonly string[] = Object.values(SCHOOL_MATCHING_SHEET_NAMES);

export const RULE_LABELS: Record<MatchRule, { ru: string; en: string }> = {
  code: { ru: 'один код ОО / ИНН / ОГРН', en: 'same official code' },
  'legal-form': { ru: 'название без организационно-правовой формы (МБОУ → МАОУ)', en: 'name without legal form (МБОУ → МАОУ)' },
  'municipality-type': { ru: 'муниципалитет отличается только словами «район», «округ», «комитет образования…»', en: 'municipality differs only in words like «район», «округ»' },
  honorary: { ru: 'название отличается почётным наименованием («имени …»)', en: 'name differs in an honorary name («имени …»)' },
  settlement: { ru: 'название отличается населённым пунктом', en: 'name differs in a settlement' },
  'school-type': { ru: '«СОШ № N» = «Школа № N» = «Средняя общеобразовательная школа № N» в одном муниципалитете', en: '«СОШ № N» = «Школа № N» in one municipality' },
  'name-only': { ru: 'в таблице нет муниципалитета; название единственное в регионе', en: 'no municipality in the table; the name is unique in the region' },
  user: { ru: 'объединено пользователем', en: 'merged by the user' },
};

export const ACTION_LABELS: Record<MatchAction, { ru: string; en: string }> = {
  confirm: { ru: 'подтвердить', en: 'confirm' },
  split: { ru: 'разделить', en: 'split' },
  merge: { ru: 'объединить', en: 'merge' },
};

const L = {
  ru: {
    title: 'Сопоставление школ: строки, которые Опора считает одной школой, хотя они записаны по-разному',
    help: 'Проверьте пары с низкой уверенностью. В столбце «Решение» напишите «подтвердить» или «разделить» (или выберите в панели Опоры, шаг «Данные»): решение запоминается в книге, при следующем запуске вопрос не задаётся.',
    header: ['№', 'Муниципалитет (1)', 'Школа (1)', 'Где (1)', 'Муниципалитет (2)', 'Школа (2)', 'Где (2)', 'Правило', 'Уверенность', 'Решение', 'id1', 'id2'],
    unjoined: 'Не сопоставлены с реестром',
    unjoinedHeader: ['Муниципалитет', 'Школа', 'Где', 'Причина'],
    none: 'Все строки сопоставлены точно: проверять нечего.',
    years: (y: number[]) => (y.length ? `; годы: ${y.join(', ')}` : ''),
  },
  en: {
    title: 'School matching: rows Opora takes for one school although they are written differently',
    help: 'Check the pairs with low confidence. In the "Decision" column type "confirm" or "split" (or choose in the Opora pane, step "Data"): the decision is remembered in the workbook and not asked again.',
    header: ['#', 'Municipality (1)', 'School (1)', 'Where (1)', 'Municipality (2)', 'School (2)', 'Where (2)', 'Rule', 'Confidence', 'Decision', 'id1', 'id2'],
    unjoined: 'Not joined to the registry',
    unjoinedHeader: ['Municipality', 'School', 'Where', 'Reason'],
    none: 'Every row matched exactly: nothing to check.',
    years: (y: number[]) => (y.length ? `; years: ${y.join(', ')}` : ''),
  },
};

const where = (v: Variant, language: Language): string => `${sourceRowsText(v.sources, language)}${L[language].years(v.years)}`;

/** The matches in the order the sheet and the pane show them: least sure first, then by municipality and name. */
export const matchesToReview = (matches: readonly SchoolMatch[]): SchoolMatch[] =>
  [...matches].sort((a, b) => a.confidence - b.confidence || a.a.municipality.localeCompare(b.a.municipality, 'ru') || a.a.name.localeCompare(b.a.name, 'ru'));

/** A match's decision: the user's for that pair (either order), else the one the rules gave it. */
export const decisionOfMatch = (decisions: readonly MatchDecision[]): ((m: SchoolMatch) => MatchAction | undefined) => {
  const decided = new Map(decisions.map((d) => [`${d.a}\u0001${d.b}`, d.action]));
  return (m) => decided.get(`${m.a.id}\u0001${m.b.id}`) ?? decided.get(`${m.b.id}\u0001${m.a.id}`) ?? m.decision;
};

export const schoolMatchingSheet = (identity: Resolution, decisions: readonly MatchDecision[], language: Language = 'ru'): SheetSpec => {
  const l = L[language];
  const decisionOf = decisionOfMatch(decisions);
  const matches = matchesToReview(identity.matches);
  const rows: SpecCell[][] = matches.map((m, i) => {
    const action = decisionOf(m);
    return [i + 1, m.a.municipality, m.a.name, where(m.a, language), m.b.municipality, m.b.name, where(m.b, language), RULE_LABELS[m.rule][language], m.confidence, action ? ACTION_LABELS[action][language] : '', m.a.id, m.b.id];
  });
  // Splits are no longer matches (the rule did not unite them): they stay listed so the user sees and can undo them.
  for (const d of decisions) {
    if (d.action !== 'split') continue;
    const [ma, na] = d.a.split(' | ');
    const [mb, nb] = d.b.split(' | ');
    rows.push([rows.length + 1, ma, na, '', mb, nb, '', '', null, ACTION_LABELS.split[language], d.a, d.b]);
  }
  const footer: SpecCell[][] = [
    [null],
    [rows.length === 0 ? l.none : null],
    ...(identity.unjoined.length > 0
      ? [[l.unjoined], l.unjoinedHeader, ...identity.unjoined.map((u): SpecCell[] => [u.variant.municipality, u.variant.name, where(u.variant, language), language === 'en' ? u.textEn : u.text])]
      : []),
  ];
  const name = SCHOOL_MATCHING_SHEET_NAMES[language];
  return {
    name,
    kind: 'school-matching',
    tabColor: '#BF8F00',
    title: [l.title, l.help],
    header: [l.header],
    rows,
    rowKeys: rows.map((r) => `${r[10]} ⇄ ${r[11]}`),
    editableColumns: [9],
    columns: [{ width: 5 }, { width: 28, wrap: true }, { width: 40, wrap: true }, { width: 28, wrap: true }, { width: 28, wrap: true }, { width: 40, wrap: true }, { width: 28, wrap: true }, { width: 40, wrap: true }, { width: 11, numberFormat: '0.00' }, { width: 14 }, { hidden: true }, { hidden: true }],
    freezeHeader: true,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true, centerHeader: name },
    footer,
  };
};

const ACTION_TEXTS: [string, MatchAction][] = (Object.keys(ACTION_LABELS) as MatchAction[]).flatMap((a) => [
  [ACTION_LABELS[a].ru, a],
  [ACTION_LABELS[a].en, a],
  [a === 'confirm' ? 'подтверждено' : a === 'split' ? 'разделено' : 'объединено', a],
]);

/** The decisions typed in the sheet's «Решение» column (rows whose hidden ids are present). */
export const decisionsFromGrid = (grid: Grid): MatchDecision[] => {
  const out: MatchDecision[] = [];
  const headerRow = grid.values.findIndex((r) => cellText(r[10] ?? null) === 'id1');
  if (headerRow < 0) return out;
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    const a = cellText(row[10] ?? null);
    const b = cellText(row[11] ?? null);
    if (!a || !b) continue;
    const text = normalizeText(cellText(row[9] ?? null));
    const action = ACTION_TEXTS.find(([t]) => normalizeText(t) === text)?.[1];
    if (action === 'confirm' || action === 'split') out.push({ action, a, b });
  }
  return out;
};

/** The stored decisions with the newer ones over them: one decision per pair, the last given wins. */
export const mergeDecisions = (older: readonly MatchDecision[], newer: readonly MatchDecision[]): MatchDecision[] => {
  const byPair = new Map<string, MatchDecision>();
  const pair = (d: MatchDecision) => (d.a < d.b ? `${d.a}\u0001${d.b}` : `${d.b}\u0001${d.a}`);
  for (const d of [...older, ...newer]) byPair.set(pair(d), d);
  return [...byPair.values()];
};
