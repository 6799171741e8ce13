import { comparisonSign, type Indicator } from '../../domain/targets';
import type { SheetSpec, SpecCell } from '../../grid/sheet-spec';
import { withKeyColumn } from '../preserve-edits';
import { TARGETS_LABELS, type TargetsLabels, type TargetsLanguage } from '../../tables/labels/targets-labels';

/**
 * The sheet «Целевые показатели»: every indicator with its unit, level, comparison, target (one for
 * any year and, in the year columns, a year's own), monitoring stage and source. Every column but
 * «Как считается» is the user's; the reader takes the indicators back from it.
 */

/** The year columns: the fact of the year before the first, then the commitments (as in the concept's table). */
export interface CatalogueYears {
  factYear: number;
  years: number[];
}

export const catalogueYearsFor = (year: number): CatalogueYears => ({ factYear: year - 1, years: [year, year + 1, year + 2, year + 3] });

const basisText = (indicator: Indicator, labels: TargetsLabels): string => {
  if (indicator.level === 'school') return labels.basisText.schoolValue;
  const b = indicator.basis ?? { kind: 'entered' };
  if (b.kind === 'entered') return labels.basisText.entered;
  if (b.kind === 'sum') return labels.basisText.sum;
  return b.kind === 'countSchools' ? labels.basisText.countSchools(b.atLeast) : labels.basisText.shareSchools(b.atLeast);
};

const displayTarget = (indicator: Indicator, value: number | null | undefined): SpecCell =>
  value === null || value === undefined ? null : indicator.comparison === 'yes' ? (value > 0 ? 'да' : 'нет') : value;

export const buildTargetsCatalogueSheet = (
  indicators: readonly (Indicator & { nameEn?: string })[],
  years: CatalogueYears,
  language: TargetsLanguage = 'ru',
): SheetSpec => {
  const l = TARGETS_LABELS[language];
  const header = [l.indicator, l.unit, l.level, l.comparison, l.target, l.fact(years.factYear), ...years.years.map(l.commitment), l.stage, l.basis, l.source];
  const rows: SpecCell[][] = indicators.map((i) => [
    language === 'en' && i.nameEn ? i.nameEn : i.name,
    i.unit,
    l.levels[i.level],
    comparisonSign(i.comparison),
    displayTarget(i, i.target),
    i.fact && i.fact.year === years.factYear ? i.fact.value : null,
    ...years.years.map((y) => displayTarget(i, i.targetsByYear[y])),
    l.stages[i.stage],
    basisText(i, l),
    i.source,
  ]);
  const basisColumn = header.indexOf(l.basis);
  const spec: SheetSpec = {
    name: l.catalogueSheet,
    kind: 'targets-catalogue',
    tabColor: '#A5A5A5',
    title: [l.catalogueTitle, l.catalogueHelp],
    header: [header],
    rows,
    rowKeys: indicators.map((i) => i.id),
    editableColumns: header.map((_, c) => c).filter((c) => c !== basisColumn),
    columns: [
      { width: 48, wrap: true },
      { width: 11, wrap: true },
      { width: 9 },
      { width: 10 },
      { width: 11 },
      { width: 9 },
      ...years.years.map(() => ({ width: 8 })),
      { width: 16, wrap: true },
      { width: 22, wrap: true },
      { width: 60, wrap: true },
    ],
    freezeHeader: true,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true },
  };
  return withKeyColumn(spec, language);
};
