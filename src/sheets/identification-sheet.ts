import type { ColumnSpec, ConditionalRule, SheetSpec, SpecCell } from '../tables/sheet-spec';
import { columnLetter } from '../tables/sheet-spec';
import { CRITERION_CODES, criterionName, type CriterionCode } from '../domain/settings';
import type { Finding, IdentificationResult, SchoolYearResult } from '../domain/types';

/**
 * «Идентификация <год>»: one row per school with its groups, every evaluated criterion's value,
 * threshold and margin, stable / status vs the previous year, the expert adjustment with its reason;
 * a summary block in the footer. Colours come from conditional-format rules that read the computed
 * «Группы» and «Основания» cells. The «Примечание» column belongs to the user (kept on regeneration).
 */

export const identificationSheetName = (year: number): string => `Идентификация ${year}`;

const FILL_LOW = '#F8CBAD';
const FILL_SOCIAL = '#FFE699';
const FILL_FLAG = '#F4B183';

const ACTION_RU = { include: 'включить', exclude: 'исключить' } as const;

const cellOf = (value: Finding['value']): SpecCell => (value === null ? 'нет данных' : typeof value === 'boolean' ? (value ? 'да' : 'нет') : value);

/** Criteria shown: those evaluated in the result (present on its findings), in the canonical order. */
export const shownCriteria = (result: IdentificationResult): CriterionCode[] => {
  const present = new Set<CriterionCode>();
  for (const s of result.schools) for (const f of s.findings) present.add(f.code);
  return CRITERION_CODES.filter((c) => present.has(c));
};

export const identificationSheet = (result: IdentificationResult, year: number = result.lastYear): SheetSpec => {
  const schools = result.schools.filter((s) => s.year === year);
  const codes = shownCriteria(result);
  const fixed = ['№', 'Школа', 'Муниципалитет', 'Группы', 'Основания', 'Устойчиво', 'Статус к прошлому году'];
  const perCode = codes.flatMap((c) => [`${c}: значение`, `${c}: порог`, `${c}: запас`]);
  const tail = ['Нет данных', 'Экспертная корректировка', 'Основание корректировки', 'Примечание'];
  const header = [...fixed, ...perCode, ...tail];
  const groupsCol = 3;
  const reasonsCol = 4;
  const firstCodeCol = fixed.length;
  const noteCol = header.length - 1;

  const rows: SpecCell[][] = schools.map((s: SchoolYearResult, i) => {
    const byCode = new Map(s.findings.map((f) => [f.code, f]));
    const criteria = codes.flatMap((c): SpecCell[] => {
      const f = byCode.get(c);
      if (!f) return ['не оценивался', null, null];
      return [cellOf(f.value), cellOf(f.threshold), f.margin];
    });
    const changes = s.adjustment?.changes ?? [];
    return [
      i + 1,
      s.name,
      s.municipality ?? '',
      s.groups.join(', '),
      s.findings.filter((f) => f.flagged).map((f) => f.code).join(', '),
      s.stable ? 'да' : 'нет',
      s.status,
      ...criteria,
      s.noData.join(', '),
      changes.map((c) => `${ACTION_RU[c.action]} ${c.action === 'include' ? 'в' : 'из'} ${c.group}${c.changed ? '' : ' (без изменений)'}`).join('; '),
      changes.map((c) => c.reason).join('; '),
      '',
    ];
  });

  const title = [
    'Приложение к приказу № ___ от ___',
    `Идентификация школ с низкими образовательными результатами (ШНОР) и школ, функционирующих в неблагоприятных социальных условиях (ШНСУ), ${year} год`,
    'Значение, порог и запас (значение − порог) каждого критерия; «нет данных» — школа не ранжируется и не считается низкой.',
  ];
  const first = title.length + 2; // 1-based sheet row of the first data row (one header row)
  const ref = (col: number) => `$${columnLetter(col)}${first}`;
  const conditionalFormats: ConditionalRule[] = [
    { firstColumn: 1, lastColumn: groupsCol, formula: `=ISNUMBER(SEARCH("ШНОР",${ref(groupsCol)}))`, fill: FILL_LOW },
    { firstColumn: groupsCol, lastColumn: groupsCol, formula: `=ISNUMBER(SEARCH("ШНСУ",${ref(groupsCol)}))`, fill: FILL_SOCIAL },
    ...codes.map(
      (c, i): ConditionalRule => ({
        firstColumn: firstCodeCol + 3 * i,
        lastColumn: firstCodeCol + 3 * i,
        formula: `=ISNUMBER(SEARCH("${c}",${ref(reasonsCol)}))`,
        fill: FILL_FLAG,
      }),
    ),
  ];

  const columns: ColumnSpec[] = header.map((h, c): ColumnSpec => {
    if (c === 0) return { width: 5 };
    if (c === 1) return { width: 40, wrap: true };
    if (c >= firstCodeCol && c < firstCodeCol + perCode.length) return { width: 11, numberFormat: '0.00' };
    if (c === noteCol || c === noteCol - 1) return { width: 30, wrap: true };
    return { width: Math.max(12, Math.min(24, h.length + 2)), wrap: true };
  });

  return {
    name: identificationSheetName(year),
    kind: 'identification',
    tabColor: '#C55A11',
    title,
    header: [header],
    rows,
    rowKeys: schools.map((s) => s.schoolKey),
    editableColumns: [noteCol],
    columns,
    conditionalFormats,
    freezeHeader: true,
    freezeColumns: 2,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true, centerHeader: identificationSheetName(year) },
    footer: summaryFooter(result, year, codes),
  };
};

const summaryFooter = (result: IdentificationResult, year: number, codes: CriterionCode[]): SpecCell[][] => {
  const s = result.summary.find((x) => x.year === year);
  const out: SpecCell[][] = [[null], ['Итоги']];
  if (s) {
    out.push(
      ['Школ всего', s.schools],
      ['ШНОР', s.groups.ШНОР],
      ['ШНСУ', s.groups.ШНСУ],
      ['В обеих группах', s.both],
      ['Устойчиво низкие (ШНОР два года подряд)', s.stable],
      ['Вошли в списки', s.entered.length, s.entered.map((e) => e.name).join('; ')],
      ['Вышли из списков', s.left.length, s.left.map((e) => e.name).join('; ')],
      ['Остались в списках', s.stayed],
      ['С экспертной корректировкой', s.adjusted],
    );
    for (const c of codes) out.push([`Отмечено по критерию ${criterionName(c)}`, s.criteria[c]]);
  }
  for (const n of result.notEvaluated) out.push([`${n.code} не оценивался: ${n.reason}`]);
  out.push([null], ['Методика'], ...result.method.map((m) => [m]));
  if (result.notes.length > 0) out.push([null], ['Замечания'], ...result.notes.map((n) => [n]));
  return out;
};
