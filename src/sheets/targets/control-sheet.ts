import type { TargetControl } from '../../domain/targets';
import { complianceShares } from '../../domain/targets';
import { columnLetter } from '../../grid/column-letter';
import { firstDataRow, type ConditionalRule, type SheetSpec, type SpecCell } from '../../grid/sheet-spec';
import { withKeyColumn } from '../preserve-edits';
import { STATUS_FILL, TARGETS_LABELS, type TargetsLanguage } from '../../tables/labels/targets-labels';

/**
 * «Контроль показателей <год>»: one row per programme school, a fact and a status column per school
 * indicator (coloured by conditional-format rules over the status cells), the counts per school
 * (filter «Не выполнено» > 0 for the schools missing a target) and the shortfalls in words. Below:
 * the district indicators on district totals and the counts per indicator with the compliance chart.
 */

const FIXED = 4; // №, school, municipality, groups
const FIRST_DATA_ROW = 4; // two title rows, one header row

const round = (v: number | null): number | null => (v === null ? null : Math.round(v * 100) / 100);

export const buildControlSheet = (control: TargetControl, language: TargetsLanguage = 'ru'): SheetSpec => {
  const l = TARGETS_LABELS[language];
  const indicators = control.schoolIndicators;
  const statusText = l.statuses;
  const header = [
    l.number,
    l.school,
    l.municipality,
    l.groups,
    ...indicators.flatMap((i) => [`${i.name}: ${l.fact2}`, `${i.name}: ${l.status}`]),
    l.met,
    l.missed,
    l.noData,
    l.shortfall,
    l.sourceRow,
  ];
  const countsColumn = FIXED + indicators.length * 2;
  const rows: SpecCell[][] = control.schools.map((s, r) => [
    r + 1,
    s.school.name,
    s.school.municipality ?? null,
    s.school.groups.join(', ') || null,
    ...s.outcomes.flatMap((o) => [round(o.actual), statusText[o.status]]),
    s.met,
    s.missed,
    s.noData,
    s.outcomes
      .map((o, k) => (o.status === 'missed' ? `${indicators[k].name}: ${round(o.actual)} при цели ${o.target}${o.shortfall ? ` (недостаёт ${round(o.shortfall)})` : ''}` : null))
      .filter(Boolean)
      .join('; ') || null,
    s.source ? `${s.source.sheet}, стр. ${s.source.row}` : null,
  ]);

  const statusRules: ConditionalRule[] =
    indicators.length === 0
      ? []
      : (['missed', 'met', 'noData'] as const).map((status) => ({
          firstColumn: FIXED,
          lastColumn: FIXED + indicators.length * 2 - 1,
          formula: `=${columnLetter(FIXED)}${FIRST_DATA_ROW}="${statusText[status]}"`,
          ...STATUS_FILL[status],
        }));
  const missedRule: ConditionalRule = { firstColumn: countsColumn + 1, lastColumn: countsColumn + 1, formula: `=${columnLetter(countsColumn + 1)}${FIRST_DATA_ROW}>0`, ...STATUS_FILL.missed };

  // Footer: the district indicators, then the per-indicator counts the chart is drawn from.
  const footer: SpecCell[][] = [[], [null, l.districtBlock], [null, l.indicator, l.fact2, l.target, l.status, l.note]];
  control.district.forEach((o, k) => {
    const i = control.districtIndicators[k];
    footer.push([null, `${i.name} (${i.unit})`, round(o.actual), o.target, statusText[o.status], o.note ?? null]);
  });
  footer.push([], [null, l.summaryBlock]);
  const summaryHeaderIndex = footer.length;
  footer.push([null, l.indicator, l.shareMet, l.met, l.missed, l.noData]);
  const shares = complianceShares(control);
  control.counts.forEach((c, k) => footer.push([null, indicators[k].name, round(shares[k].share), c.met, c.missed, c.noData]));

  const spec: SheetSpec = {
    name: l.controlSheet(control.year),
    kind: 'targets-control',
    tabColor: '#C00000',
    title: [l.controlTitle(control.year, l.stages[control.stage]), l.controlHelp],
    header: [header],
    rows,
    rowKeys: control.schools.map((s) => s.school.key),
    columns: [
      { width: 5 },
      { width: 34, wrap: true },
      { width: 20, wrap: true },
      { width: 10 },
      ...indicators.flatMap(() => [{ width: 9 }, { width: 12 }]),
      { width: 10 },
      { width: 10 },
      { width: 10 },
      { width: 50, wrap: true },
      { width: 16 },
    ],
    conditionalFormats: [...statusRules, missedRule],
    freezeHeader: true,
    freezeColumns: 2,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true },
    footer,
  };
  const keyed = withKeyColumn(spec, language);
  const headerRow = firstDataRow(keyed) + keyed.rows.length + summaryHeaderIndex;
  if (indicators.length > 0)
    keyed.charts = [
      {
        title: l.complianceChart(control.year),
        type: 'bar',
        headerRow,
        lastRow: headerRow + indicators.length,
        categoryColumn: 1,
        seriesCount: 1,
        anchor: { column: 7, row: headerRow },
        width: 720,
        height: Math.max(260, 48 * indicators.length + 90),
        percentAxis: true,
      },
    ];
  return keyed;
};
