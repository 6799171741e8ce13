import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { SheetSpec, SpecCell } from '../../tables/sheet-spec';
import { useI18n } from '../i18n-context';

const PREVIEW_ROWS = 50;

const cellText = (cell: SpecCell): string => {
  if (cell === null) return '';
  if (typeof cell === 'object') return `=${cell.formula}`;
  if (typeof cell === 'boolean') return cell ? '✓' : '';
  return String(cell);
};

/** The generated sheet as a compact table: the last header row, the first rows of data. */
export const SheetPreview = ({ spec, rows = PREVIEW_ROWS }: { spec: SheetSpec; rows?: number }) => {
  const { t } = useI18n();
  const header = spec.header[spec.header.length - 1] ?? [];
  const shown = spec.rows.slice(0, rows);
  if (spec.rows.length === 0) return <Caption1>{t('sheet.empty')}</Caption1>;
  return (
    <div className="opora-preview">
      <Table size="extra-small" aria-label={t('sheet.preview', { sheet: spec.name })} data-sheet={spec.name}>
        <TableHeader>
          <TableRow>
            {header.map((h, i) => (
              <TableHeaderCell key={i} title={h}>
                {h}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((row, r) => (
            <TableRow key={spec.rowKeys?.[r] ?? r}>
              {row.map((cell, c) => {
                const value = cellText(cell);
                return (
                  <TableCell key={c} title={value}>
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
