import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { SHEET_PREVIEW_ROWS } from '../../grid/sheet-preview';
import type { SheetSpec } from '../../grid/sheet-spec';
import { formatCell } from '../format-cell';
import { useI18n } from '../i18n-context';

const MAX_CH = 28; // a column wider than this in the sheet wraps in the preview

/** The sheet's own column width (Excel characters) as the preview's limit, so narrow columns stay narrow. */
const widthStyle = (width: number | undefined) => (width ? { maxWidth: `${Math.min(Math.max(width, 4), MAX_CH)}ch` } : undefined);

/**
 * The generated sheet as a compact table: the last header row, the first rows of data. Hidden
 * (technical) columns are left out; numbers are written the user's way; long texts wrap, and the
 * full text of every cell is its tooltip.
 */
export const SheetPreview = ({ spec, rows = SHEET_PREVIEW_ROWS }: { spec: SheetSpec; rows?: number }) => {
  const { t, language } = useI18n();
  const header = spec.header[spec.header.length - 1] ?? [];
  const shown = spec.rows.slice(0, rows);
  const total = spec.totalRows ?? spec.rows.length;
  const visible = header.map((_, c) => c).filter((c) => !spec.columns[c]?.hidden);
  const sections = new Set((spec.rowStyles ?? []).filter((s) => s.style === 'section').map((s) => s.row));
  if (spec.rows.length === 0) return <Caption1>{t('sheet.empty')}</Caption1>;
  return (
    <div className="opora-preview">
      <Table size="extra-small" aria-label={t('sheet.preview', { sheet: spec.name })} data-sheet={spec.name}>
        <TableHeader>
          <TableRow>
            {visible.map((c) => (
              <TableHeaderCell key={c} title={header[c]} style={widthStyle(spec.columns[c]?.width)}>
                {header[c]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((row, r) =>
            sections.has(r) ? (
              // A section title («1. Аналитический этап») spans the row instead of widening the first column.
              <TableRow key={spec.rowKeys?.[r] ?? r}>
                <TableCell colSpan={visible.length} className="opora-section">
                  {visible.map((c) => formatCell(row[c] ?? null, language, spec.columns[c])).filter(Boolean).join(' ')}
                </TableCell>
              </TableRow>
            ) : (
              <TableRow key={spec.rowKeys?.[r] ?? r}>
                {visible.map((c) => {
                  const value = formatCell(row[c] ?? null, language, spec.columns[c]);
                  return (
                    <TableCell key={c} title={value} style={widthStyle(spec.columns[c]?.width)} className={spec.columns[c]?.wrap ? 'opora-wrap' : undefined}>
                      {value}
                    </TableCell>
                  );
                })}
              </TableRow>
            ),
          )}
        </TableBody>
      </Table>
      {total > shown.length && (
        <Caption1>{t('sheet.previewMore', { shown: shown.length, total })}</Caption1>
      )}
    </div>
  );
};
