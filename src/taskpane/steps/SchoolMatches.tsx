import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Caption1, Dropdown, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../i18n-context';
import type { MatchChoice, MatchView, UnjoinedView } from '../model';

interface Props {
  matches: MatchView[];
  unjoined: UnjoinedView[];
  disabled: boolean;
  onDecide: (choice: MatchChoice) => void;
}

const SHOWN = 50;

/**
 * «Сопоставление школ» in the Данные step: each pair of spellings taken for one school by a rule other than an
 * exact match (least sure first) to confirm or split, and each school that did not join to merge with a
 * registry school. Decisions are remembered in the workbook; the next reading asks nothing.
 */
export const SchoolMatches = ({ matches, unjoined, disabled, onDecide }: Props) => {
  const { t, text } = useI18n();
  const [shown, setShown] = useState(SHOWN);
  const [targets, setTargets] = useState<Record<string, string>>({});
  if (matches.length === 0 && unjoined.length === 0) return null;
  const open = matches.filter((m) => !m.decision).length;
  return (
    <section aria-label={t('matches.title')}>
      <Accordion collapsible>
        <AccordionItem value="matches">
          <AccordionHeader size="small">{t('matches.header', { total: matches.length, open, unjoined: unjoined.length })}</AccordionHeader>
          <AccordionPanel>
            <Caption1 block>{t('matches.help')}</Caption1>
            <ul className="opora-list" data-testid="school-matches">
              {matches.slice(0, shown).map((m) => (
                <li key={`${m.a.id}|${m.b.id}`}>
                  <div>{m.a.label}</div>
                  <div>≈ {m.b.label}</div>
                  <Caption1 block>
                    {text(m.rule)} · {t('matches.confidence', { value: Math.round(m.confidence * 100) })}
                  </Caption1>
                  {m.decision ? (
                    <>
                      <Badge appearance="tint" color={m.decision === 'split' ? 'warning' : 'success'}>{t(m.decision === 'split' ? 'matches.split' : 'matches.confirmed')}</Badge>
                      <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onDecide({ a: m.a.id, b: m.b.id, action: null })}>
                        {t('matches.undo')}
                      </Button>
                    </>
                  ) : (
                    <>
                      <Button size="small" disabled={disabled} onClick={() => onDecide({ a: m.a.id, b: m.b.id, action: 'confirm' })}>
                        {t('matches.confirm')}
                      </Button>
                      <Button size="small" disabled={disabled} onClick={() => onDecide({ a: m.a.id, b: m.b.id, action: 'split' })}>
                        {t('matches.doSplit')}
                      </Button>
                    </>
                  )}
                </li>
              ))}
            </ul>
            {matches.length > shown && (
              <Button size="small" appearance="subtle" onClick={() => setShown((n) => n + SHOWN)}>
                {t('matches.more', { count: matches.length - shown })}
              </Button>
            )}
            {unjoined.length > 0 && (
              <>
                <Caption1 block>{t('matches.unjoined')}</Caption1>
                <ul className="opora-list" data-testid="school-unjoined">
                  {unjoined.slice(0, shown).map((u) => (
                    <li key={u.spelling.id}>
                      <div>{u.spelling.label}</div>
                      <Caption1 block>{text(u.reason)}</Caption1>
                      {u.candidates.length > 0 && (
                        <>
                          <Dropdown
                            size="small"
                            aria-label={t('matches.mergeWith')}
                            placeholder={t('matches.mergeWith')}
                            onOptionSelect={(_, data) => setTargets((x) => ({ ...x, [u.spelling.id]: data.optionValue ?? '' }))}
                          >
                            {u.candidates.map((c) => (
                              <Option key={c.id} value={c.id}>
                                {c.label}
                              </Option>
                            ))}
                          </Dropdown>
                          <Button
                            size="small"
                            disabled={disabled || !targets[u.spelling.id]}
                            onClick={() => onDecide({ a: u.spelling.id, b: targets[u.spelling.id], action: 'merge' })}
                          >
                            {t('matches.merge')}
                          </Button>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
};
