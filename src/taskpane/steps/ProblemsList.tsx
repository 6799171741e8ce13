import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, Link, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import type { Problem } from '../../domain/problem';
import { pickText } from '../../i18n';
import { useI18n } from '../i18n-context';

const SHOWN_PER_SHEET = 20;

interface Props {
  problems: Problem[];
  /** Absent where the host cannot select cells: the cell is then shown as plain text. */
  onSelect?: (problem: Problem) => void;
}

const groupBySheet = (problems: Problem[]): [string, Problem[]][] => {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) groups.set(p.sheet, [...(groups.get(p.sheet) ?? []), p]);
  return [...groups];
};

const cellOf = (p: Problem): string | null => (p.row === undefined ? null : `${p.column ?? ''}${p.row}`);

const SEVERITY_COLOUR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** Problems of the reading grouped by sheet; each cell reference selects the cell in the workbook. */
export const ProblemsList = ({ problems, onSelect }: Props) => {
  const { t, language } = useI18n();
  const [expanded, setExpanded] = useState<string[]>([]);
  return (
    <section aria-label={t('problems.title')}>
      <Subtitle2 as="h3">{t('problems.title')}</Subtitle2>
      {problems.length === 0 ? (
        <Caption1 block>{t('problems.none')}</Caption1>
      ) : (
        <Caption1 block>{t('problems.count', { count: problems.length })}</Caption1>
      )}
      <Accordion multiple collapsible>
        {groupBySheet(problems).map(([sheet, list]) => {
          const all = expanded.includes(sheet);
          const shown = all ? list : list.slice(0, SHOWN_PER_SHEET);
          return (
            <AccordionItem key={sheet} value={sheet}>
              <AccordionHeader size="small">{`${sheet || t('problems.general')} (${list.length})`}</AccordionHeader>
              <AccordionPanel>
                <ul className="opora-problems">
                  {shown.map((p, i) => {
                    const cell = cellOf(p);
                    return (
                      <li key={i}>
                        <Badge appearance="tint" color={SEVERITY_COLOUR[p.severity]}>
                          {t(`problems.${p.severity}`)}
                        </Badge>{' '}
                        {cell &&
                          (onSelect ? (
                            <Link as="button" onClick={() => onSelect(p)} aria-label={t('problems.goto', { cell, sheet })}>
                              {cell}
                            </Link>
                          ) : (
                            <span>{cell}</span>
                          ))}{' '}
                        {pickText(language, p.message, p.messageEn)}
                      </li>
                    );
                  })}
                </ul>
                {!all && list.length > shown.length && (
                  <Link as="button" onClick={() => setExpanded((e) => [...e, sheet])}>
                    {t('problems.more', { count: list.length - shown.length })}
                  </Link>
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
};
