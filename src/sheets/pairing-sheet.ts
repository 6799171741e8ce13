import { helpText, needText, partnerTitle } from '../domain/pairing/help-text';
import type { Distance, PairDecision, PairingResult, PairingSchool } from '../domain/pairing/types';
import type { SheetSpec, SpecCell } from '../grid/sheet-spec';
import { PAIRING_LABELS, formatNumber, type PairingLanguage } from '../tables/labels/pairing-labels';
import { withKeyColumn } from './preserve-edits';

/**
 * «Сетевое партнёрство <год>» in seed 000's shape (school | partner school or mentor | note), with the
 * municipalities, the distance, the deficits covered, the two next-best alternatives and the user's
 * «Решение» column, which survives regeneration by row key. Then the deficits left without a partner
 * (with the reason) and the pairs the user forbade. Print-ready (landscape, A4, header repeated).
 */

export const PAIRING_COLUMNS = {
  number: 0,
  school: 1,
  partner: 2,
  note: 3,
  municipality: 4,
  partnerMunicipality: 5,
  distance: 6,
  deficits: 7,
  alternative1: 8,
  alternative2: 9,
  decision: 10,
} as const;

export const pairRowKey = (schoolKey: string, partnerId: string): string => `pair:${schoolKey}→${partnerId}`;
export const parsePairRowKey = (key: string): { schoolKey: string; partnerId: string } | null => {
  const m = /^pair:(.*?)→(.*)$/.exec(key);
  return m ? { schoolKey: m[1], partnerId: m[2] } : null;
};
const uncoveredRowKey = (schoolKey: string, subject: string, band: string) => `uncovered:${schoolKey}|${subject}|${band}`;

const round1 = (x: number) => Math.round(x * 10) / 10;

export const distanceCell = (d: Distance, language: PairingLanguage): SpecCell => {
  const l = PAIRING_LABELS[language];
  if (d.km !== null) return round1(d.km);
  if (d.minutes !== undefined) return l.minutes(d.minutes);
  return l.unknownDistance;
};

const distanceText = (d: Distance, language: PairingLanguage): string => {
  const cell = distanceCell(d, language);
  return typeof cell === 'number' ? `${formatNumber(cell, language)} ${language === 'ru' ? 'км' : 'km'}` : String(cell);
};

export interface PairingSheetOptions {
  language?: PairingLanguage;
  /** Forbidden decisions are listed at the end so that the user's «запретить» stays on a row. */
  decisions?: PairDecision[];
  schools?: readonly PairingSchool[];
  partnerNames?: ReadonlyMap<string, string>;
}

export const pairingSheetName = (year: number, language: PairingLanguage = 'ru') => PAIRING_LABELS[language].sheet(year);

export const buildPairingSheet = (result: PairingResult, settings: { capacity: number; topShare: number }, options: PairingSheetOptions = {}): SheetSpec => {
  const language = options.language ?? 'ru';
  const l = PAIRING_LABELS[language];
  const width = l.header.length;
  const rows: SpecCell[][] = [];
  const rowKeys: string[] = [];
  const rowStyles: NonNullable<SheetSpec['rowStyles']> = [];
  const section = (title: string, key: string) => {
    rowStyles.push({ row: rows.length, style: 'section' });
    rows.push([title, ...Array.from({ length: width - 1 }, () => null)]);
    rowKeys.push(key);
  };
  result.pairs.forEach((p, i) => {
    const alt = (k: number): SpecCell => {
      const a = p.alternatives[k];
      return a ? l.alternative(a.name, round1(a.extraCost), distanceText(a.distance, language), a.free) : null;
    };
    rows.push([
      i + 1,
      p.schoolName,
      partnerTitle(p, language),
      helpText(p, language),
      p.municipality ?? null,
      p.partnerMunicipality ?? null,
      distanceCell(p.distance, language),
      p.needs.map(needText).join('; '),
      alt(0),
      alt(1),
      p.fixed ? l.fixedMark : null,
    ]);
    rowKeys.push(pairRowKey(p.schoolKey, p.partnerId));
  });
  if (result.uncovered.length > 0) {
    section(l.uncoveredSection, '#uncovered');
    result.uncovered.forEach((u) => {
      rowStyles.push({ row: rows.length, style: 'warning' });
      rows.push([null, u.schoolName, null, l.reasons[u.reason], u.municipality ?? null, null, null, needText(u.need), null, null, null]);
      rowKeys.push(uncoveredRowKey(u.need.schoolKey, u.need.subject, u.need.band));
    });
  }
  const forbidden = (options.decisions ?? []).filter((d) => d.decision === 'forbidden');
  if (forbidden.length > 0) {
    const names = new Map((options.schools ?? []).map((s) => [s.key, s]));
    section(l.forbiddenSection, '#forbidden');
    for (const d of forbidden) {
      rowStyles.push({ row: rows.length, style: 'muted' });
      const school = names.get(d.schoolKey);
      rows.push([null, school?.name ?? d.schoolKey, options.partnerNames?.get(d.partnerId) ?? d.partnerId.replace(/^[a-z]+:/, ''), l.forbiddenNote, school?.municipality ?? null, null, null, null, null, null, null]);
      rowKeys.push(pairRowKey(d.schoolKey, d.partnerId));
    }
  }
  const covered = result.pairs.reduce((n, p) => n + p.needs.length, 0);
  const title = [
    l.title,
    l.summary(result.year, result.pairs.length, new Set(result.pairs.map((p) => p.schoolKey)).size, covered, result.uncovered.length),
    l.method(settings.capacity, settings.topShare),
    ...(language === 'ru' ? result.notes : result.notesEn),
  ];
  const spec: SheetSpec = {
    name: pairingSheetName(result.year, language),
    kind: 'pairing',
    tabColor: '#548235',
    title,
    header: [[...l.header]],
    rows,
    rowKeys,
    editableColumns: [PAIRING_COLUMNS.decision],
    rowStyles,
    columns: [
      { width: 6 },
      { width: 34, wrap: true },
      { width: 34, wrap: true },
      { width: 44, wrap: true },
      { width: 18, wrap: true },
      { width: 18, wrap: true },
      { width: 10, numberFormat: '0.0' },
      { width: 26, wrap: true },
      { width: 26, wrap: true },
      { width: 26, wrap: true },
      { width: 22, wrap: true },
    ],
    freezeHeader: true,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true, centerHeader: pairingSheetName(result.year, language) },
    footer: l.footer.map((t) => [t]),
  };
  return withKeyColumn(spec, language);
};
