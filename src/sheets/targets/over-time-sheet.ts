import { GROUPS } from '../../domain/settings';
import type { ResultsOverTime } from '../../domain/targets';
import { firstDataRow, type SheetSpec, type SpecCell } from '../../grid/sheet-spec';
import { withKeyColumn } from '../preserve-edits';
import { TARGETS_LABELS, type TargetsLanguage } from '../../tables/labels/targets-labels';

/**
 * «Результаты по годам»: one column per year and the change over the last year. Rows: each group's
 * size, entered, stayed and left; each criterion's count; each target's compliance; then every school
 * that was ever in a group, its groups year by year and how it ended by the exit rule. Below: the
 * group sizes by year with their chart.
 */

const round = (v: number | null): number | null => (v === null ? null : Math.round(v * 10) / 10);
const change = (values: (number | null)[]): number | null => {
  const a = values[values.length - 2];
  const b = values[values.length - 1];
  return a === null || a === undefined || b === null || b === undefined ? null : round(b - a);
};

export const buildOverTimeSheet = (data: ResultsOverTime, language: TargetsLanguage = 'ru'): SheetSpec => {
  const l = TARGETS_LABELS[language];
  const rule = data.exitRule.kind === 'notFlagged' ? l.exitRules.notFlagged : l.exitRules.gapReduced(data.exitRule.share);
  const rows: SpecCell[][] = [];
  const keys: string[] = [];
  const styles: SheetSpec['rowStyles'] = [];
  const line = (key: string, label: string, values: (number | null)[], last: SpecCell = change(values)) => {
    rows.push([label, ...values.map(round), last]);
    keys.push(key);
  };
  const section = (key: string, label: string) => {
    styles.push({ row: rows.length, style: 'section' });
    rows.push([label]);
    keys.push(`#${key}`);
  };
  for (const g of GROUPS) {
    section(g, g);
    const years = data.groups[g];
    line(`${g}:size`, l.inGroup(g), years.map((y) => y.size));
    line(`${g}:entered`, l.entered(g), years.map((y) => y.entered));
    line(`${g}:stayed`, l.stayed(g), years.map((y, i) => (i === 0 ? null : y.stayed)));
    line(`${g}:left`, l.left(g), years.map((y, i) => (i === 0 ? null : y.left)));
  }
  section('criteria', language === 'en' ? 'Criteria' : 'Критерии идентификации');
  for (const c of data.criteria) line(`criterion:${c.code}`, l.criterion(c.code), c.counts);
  if (data.compliance.length > 0) {
    section('targets', language === 'en' ? 'Target indicators' : 'Целевые показатели');
    for (const c of data.compliance) line(`target:${c.indicatorId}`, l.compliance(c.name), c.shareByYear);
  }
  section('schools', l.schoolsBlock);
  for (const s of data.schools) {
    rows.push([s.name, ...s.groupsByYear.map((g) => (g === null ? null : g.join(', ') || l.notInGroups)), GROUPS.map((g) => `${g}: ${s.lastTransition[g]}`).join('; ')]);
    keys.push(`school:${s.schoolKey}`);
  }

  const footer: SpecCell[][] = [[], [l.groupsBlock], [l.year, ...GROUPS]];
  data.years.forEach((y, i) => footer.push([String(y), ...GROUPS.map((g) => data.groups[g][i].size)]));
  const spec: SheetSpec = {
    name: l.overTimeSheet,
    kind: 'targets-over-time',
    tabColor: '#7030A0',
    title: [l.overTimeTitle, l.overTimeHelp(rule)],
    header: [[l.metric, ...data.years.map(String), `${l.change} / ${l.lastTransition}`]],
    rows,
    rowKeys: keys,
    rowStyles: styles,
    columns: [{ width: 52, wrap: true }, ...data.years.map(() => ({ width: 12, wrap: true })), { width: 36, wrap: true }],
    freezeHeader: true,
    freezeColumns: 1,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true },
    footer,
  };
  const keyed = withKeyColumn(spec, language);
  const headerRow = firstDataRow(keyed) + keyed.rows.length + 2;
  if (data.years.length > 0)
    keyed.charts = [
      {
        title: l.groupsChart,
        type: 'column',
        headerRow,
        lastRow: headerRow + data.years.length,
        categoryColumn: 0,
        seriesCount: GROUPS.length,
        anchor: { column: Math.min(data.years.length + 2, 4), row: headerRow },
        width: 520,
        height: 300,
      },
    ];
  return keyed;
};
