import { Caption1, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../i18n-context';
import type { CodeMeaning, FlaggedSchool } from '../model';

/**
 * Rows shown at first and added per «Ещё»: a whole country flags thousands of schools, and a table of
 * them all would take seconds to lay out and hundreds of megabytes; the full list is on the sheet.
 */
export const FLAGGED_PAGE = 100;

/** Criterion codes with their meaning on hover (and for screen readers); the experts' reasons follow as text. */
const Codes = ({ codes, legend, rest }: { codes: string[]; legend: CodeMeaning[]; rest: string }) => {
  const { text } = useI18n();
  const extra = rest.split('; ').filter((part) => !codes.includes(part));
  return (
    <>
      {codes.map((code, i) => {
        const meaning = legend.find((l) => l.code === code);
        return (
          <span key={code}>
            {i > 0 && '; '}
            <abbr title={meaning ? text(meaning.meaning) : undefined}>{code}</abbr>
          </span>
        );
      })}
      {extra.length > 0 && `${codes.length > 0 ? '; ' : ''}${extra.join('; ')}`}
    </>
  );
};

/** The flagged schools of a run, a page at a time; a new run starts again at the first page. */
export const FlaggedTable = ({ flagged, legend }: { flagged: FlaggedSchool[]; legend: CodeMeaning[] }) => {
  const { t } = useI18n();
  const [paging, setPaging] = useState({ of: flagged, limit: FLAGGED_PAGE });
  const limit = paging.of === flagged ? paging.limit : FLAGGED_PAGE;
  const shown = flagged.length > limit ? flagged.slice(0, limit) : flagged;
  const more = Math.min(FLAGGED_PAGE, flagged.length - shown.length);
  return (
    <>
      <Table size="extra-small" className="opora-table" aria-label={t('identify.result')} data-testid="identification-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '50%' }}>{t('identify.school')}</TableHeaderCell>
            <TableHeaderCell style={{ width: '20%' }}>{t('identify.groups')}</TableHeaderCell>
            <TableHeaderCell style={{ width: '30%' }}>{t('identify.reasons')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((s) => (
            <TableRow key={s.key}>
              <TableCell>{s.name}</TableCell>
              <TableCell>{s.groups.join(', ')}</TableCell>
              <TableCell>{s.codes ? <Codes codes={s.codes} legend={legend} rest={s.reasons} /> : s.reasons}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {more > 0 && (
        <Caption1 block>
          {t('identify.shownOf', { shown: shown.length, total: flagged.length })}{' '}
          <Link as="button" onClick={() => setPaging({ of: flagged, limit: limit + FLAGGED_PAGE })}>
            {t('problems.more', { count: more })}
          </Link>
        </Caption1>
      )}
    </>
  );
};
