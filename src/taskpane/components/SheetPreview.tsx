import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { SheetSpec } from '../../tables/sheet-spec';
import { formatCell } from '../format-cell';
import { useI18n } from '../i18n-context';

const PREVIEW_ROWS = 50;

/**
 * The generated sheet as a compact table: the last header row, the first rows of data. Hidden
 * (technical) columns are left out; numbers are written the user's way; long texts wrap, and the
 * full text of every cell is its tooltip.
 */
export const SheetPreview = ({ spec, rows = PREVIEW_ROWS }: { spec: SheetSpec; rows?: number }) => {
  const { t, language } = useI18n();
  const header = spec.header[spec.header.length - 1] ?? [];
  const shown = spec.rows.slice(0, rows);
  const visible = header.map((_, c) => c).filter((c) => !spec.columns[c]?.hidden);
  if (spec.rows.length === 0) return <Caption1>{t('sheet.empty')}</Caption1>;
  return (
    <div className="opora-preview">
      <Table size="extra-small" aria-label={t('sheet.preview', { sheet: spec.name })} data-sheet={spec.name}>
        <TableHeader>
          <TableRow>
            {visible.map((c) => (
              <TableHeaderCell key={c} title={header[c]}>
                {header[c]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((row, r) => (
            <TableRow key={spec.rowKeys?.[r] ?? r}>
              {visible.map((c) => {
                const value = formatCell(row[c] ?? null, language, spec.columns[c]);
                return (
                  <TableCell key={c} title={value} className={spec.columns[c]?.wrap ? 'opora-wrap' : undefined}>
                    {value}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {spec.rows.length > shown.length && (
        <Caption1>{t('sheet.previewMore', { shown: shown.length, total: spec.rows.length })}</Caption1>
      )}
    </div>
  );
};
