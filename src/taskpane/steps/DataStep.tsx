import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Subtitle2,
  Caption1,
  Checkbox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { SheetInfo } from '../../app/session';
import type { Problem } from '../../domain/problem';
import { OperationStatus } from '../components/OperationStatus';
import { useI18n } from '../i18n-context';
import type { DataReading, OporaServices, SheetCorrection, WorkbookAssignment } from '../model';
import { useOperation } from '../use-operation';
import { columnIndex } from '../../grid/column-letter';
import { MappingEditor } from './MappingEditor';
import { ProblemsList } from './ProblemsList';
import { SchoolMatches } from './SchoolMatches';
import type { MatchChoice } from '../model';

interface Props {
  services: OporaServices;
  reading: DataReading | null;
  onReading: (reading: DataReading) => void;
}

/** Step 1: choose sheets, see what was recognised, confirm or correct the mapping, see the problems. */
export const DataStep = ({ services, reading, onReading }: Props) => {
  const { t, text } = useI18n();
  const op = useOperation();
  const [sheets, setSheets] = useState<SheetInfo[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [version, setVersion] = useState(0);

  const read = async (assignment: WorkbookAssignment | null, names = chosen) => {
    const result = await op.run({ ru: t('data.reading') }, (ctx) => services.readData(names, assignment, ctx));
    if (result) {
      onReading(result);
      setVersion((v) => v + 1);
    }
  };

  // The workbook is read as soon as it is open: the user first sees what was recognised.
  useEffect(() => {
    let live = true;
    void op.run({ ru: t('app.loading') }, () => services.listSheets()).then((list) => {
      if (!live || !list) return;
      const visible = list.filter((s) => s.visible);
      setSheets(visible);
      setChosen(visible.map((s) => s.name));
      if (visible.length > 0) void read(null, visible.map((s) => s.name));
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per workbook
  }, [services]);

  const applyMapping = (sheet: string, correction: SheetCorrection) =>
    void read({ [sheet]: correction });

  const decide = services.decideMatch
    ? async (choice: MatchChoice) => {
        const result = await op.run({ ru: t('matches.saving') }, (ctx) => services.decideMatch!(choice, ctx));
        if (result) onReading(result);
      }
    : undefined;

  const select = services.selectCell
    ? (p: Problem) => {
        if (p.row !== undefined) void services.selectCell?.(p.sheet, p.row, p.column ? columnIndex(p.column) + 1 : 1);
      }
    : undefined;

  const toggle = (name: string, on: boolean) =>
    setChosen((c) => (on ? [...c.filter((x) => x !== name), name] : c.filter((x) => x !== name)));

  return (
    <div className="opora-step">
      <Accordion collapsible>
        <AccordionItem value="sheets">
          <AccordionHeader size="small">
            {t('data.sheetsChosen', { chosen: chosen.length, total: sheets?.length ?? 0 })}
          </AccordionHeader>
          <AccordionPanel>
            <fieldset className="opora-fieldset">
              <legend>{t('data.sheets')}</legend>
              {sheets?.length === 0 && <Caption1>{t('data.noSheets')}</Caption1>}
              {sheets?.map((s) => (
                <Checkbox
                  key={s.name}
                  label={s.name}
                  checked={chosen.includes(s.name)}
                  onChange={(_, data) => toggle(s.name, data.checked === true)}
                />
              ))}
            </fieldset>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {chosen.length === 0 && sheets && sheets.length > 0 && <Caption1 block>{t('data.selectAtLeastOne')}</Caption1>}
      <Button
        appearance="primary"
        disabled={op.state.running || chosen.length === 0}
        onClick={() => void read(null)}
      >
        {t('data.read')}
      </Button>
      <OperationStatus state={op.state} onCancel={op.cancel} onDismiss={op.dismiss} />
      {reading && (
        <>
          <section aria-label={t('data.recognised')}>
            <Caption1 block>{t('data.records', reading.counts)}</Caption1>
            <Table size="extra-small" className="opora-table" aria-label={t('data.recognised')} data-testid="recognised-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell style={{ width: '45%' }}>{t('data.sheet')}</TableHeaderCell>
                  <TableHeaderCell style={{ width: '37%' }}>{t('data.kind')}</TableHeaderCell>
                  <TableHeaderCell style={{ width: '18%' }}>{t('data.rows')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {reading.sheets.map((s) => (
                  <TableRow key={s.sheet}>
                    <TableCell>{s.sheet}</TableCell>
                    <TableCell>{s.kind === null ? t('data.kindUnknown') : text(s.kindLabel)}</TableCell>
                    <TableCell>{s.rows}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
          <section aria-label={t('mapping.title')}>
            <Subtitle2 as="h2">{t('mapping.title')}</Subtitle2>
            <Accordion multiple collapsible>
              {reading.sheets
                .filter((s) => s.kind !== null && s.fields.length > 0)
                .map((s) => (
                  <AccordionItem key={s.sheet} value={s.sheet}>
                    <AccordionHeader size="small">{`${s.sheet} — ${text(s.kindLabel)}`}</AccordionHeader>
                    <AccordionPanel>
                      <MappingEditor key={version} reading={s} onApply={applyMapping} disabled={op.state.running} />
                    </AccordionPanel>
                  </AccordionItem>
                ))}
            </Accordion>
          </section>
          {decide && <SchoolMatches matches={reading.matches} unjoined={reading.unjoined} disabled={op.state.running} onDecide={(c) => void decide(c)} />}
          <ProblemsList problems={reading.problems} onSelect={select} />
        </>
      )}
    </div>
  );
};
