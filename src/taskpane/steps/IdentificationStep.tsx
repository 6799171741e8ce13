import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { OperationStatus } from '../components/OperationStatus';
import { SheetOutputs } from '../components/SheetOutputs';
import { useI18n } from '../i18n-context';
import type { Adjustment, IdentificationOutcome, IdentificationService, OporaServices, SettingValues } from '../model';
import { useOperation } from '../use-operation';
import { AdjustmentsEditor } from './AdjustmentsEditor';
import { FlaggedTable } from './FlaggedTable';
import { ProblemsList } from './ProblemsList';
import { SettingsForm } from './SettingsForm';
import { WhatIfPreview } from './WhatIfPreview';

interface Props {
  services: OporaServices;
  service: IdentificationService;
  hasData: boolean;
  outcome: IdentificationOutcome | null;
  onOutcome: (outcome: IdentificationOutcome) => void;
}

const sameValues = (a: SettingValues, b: SettingValues) =>
  Object.keys({ ...a, ...b }).every((k) => a[k] === b[k]);

/** Step 2: settings with a what-if preview, expert adjustments, the run and its sheets. */
export const IdentificationStep = ({ services, service, hasData, outcome, onOutcome }: Props) => {
  const { t, text } = useI18n();
  const op = useOperation();
  const [settings, setSettings] = useState<SettingValues>(service.defaults);
  const [valid, setValid] = useState(true);
  const [adjustments, setAdjustments] = useState<Adjustment[]>([]);
  const [ranWith, setRanWith] = useState<{ settings: SettingValues; adjustments: Adjustment[] } | null>(null);

  // What the workbook remembers («Параметры», «Корректировки») is known once the data is read.
  const loadSaved = useCallback(() => {
    let live = true;
    void service.loadSaved().then((saved) => {
      if (live && saved) {
        setSettings({ ...service.defaults, ...saved.settings });
        setAdjustments(saved.adjustments);
      }
    });
    return () => {
      live = false;
    };
  }, [service]);
  useEffect(() => (hasData ? loadSaved() : undefined), [hasData, loadSaved]);

  const schools = useMemo(() => (hasData ? service.schools() : []), [service, hasData]);

  const run = async () => {
    const result = await op.run({ ru: t('identify.running') }, (ctx) => service.run(settings, adjustments, ctx));
    if (result) {
      setRanWith({ settings, adjustments });
      onOutcome(result);
    }
  };

  const changed =
    outcome !== null && ranWith !== null && valid && (!sameValues(ranWith.settings, settings) || ranWith.adjustments !== adjustments);

  return (
    <div className="opora-step">
      {!hasData && <Caption1 block>{t('identify.needData')}</Caption1>}
      <Accordion multiple collapsible>
        <AccordionItem value="settings">
          <AccordionHeader size="small">{t('settings.title')}</AccordionHeader>
          <AccordionPanel>
            <SettingsForm
              descriptors={service.descriptors}
              values={settings}
              defaults={service.defaults}
              disabled={op.state.running}
              onChange={(values, ok) => {
                setSettings(values);
                setValid(ok);
              }}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="adjustments">
          <AccordionHeader size="small">{t('adjust.titleCount', { count: adjustments.length })}</AccordionHeader>
          <AccordionPanel>
            <AdjustmentsEditor
              schools={schools}
              groups={service.groups}
              adjustments={adjustments}
              onChange={setAdjustments}
              disabled={op.state.running}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {outcome && (
        <WhatIfPreview service={service} baseline={outcome.flagged} settings={settings} adjustments={adjustments} changed={changed} />
      )}
      <Button appearance="primary" disabled={!hasData || !valid || op.state.running} onClick={() => void run()}>
        {t('identify.run')}
      </Button>
      <OperationStatus state={op.state} onCancel={op.cancel} onDismiss={op.dismiss} />
      {outcome && (
        <section aria-label={t('identify.result')}>
          <Caption1 block>{text(outcome.summary)}</Caption1>
          {outcome.notEvaluated && outcome.notEvaluated.length > 0 && (
            <MessageBar intent="warning" layout="multiline" data-testid="not-evaluated">
              <MessageBarBody>
                <MessageBarTitle>{t('identify.notEvaluated')}</MessageBarTitle>
                <ul className="opora-legend">
                  {outcome.notEvaluated.map((n) => (
                    <li key={n.ru}>{text(n)}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <FlaggedTable flagged={outcome.flagged} legend={outcome.legend ?? []} />
          {outcome.legend && outcome.legend.length > 0 && (
            <section aria-label={t('identify.legend')}>
              <Caption1 block>{t('identify.legend')}</Caption1>
              <ul className="opora-legend" data-testid="criteria-legend">
                {outcome.legend.map((c) => (
                  <li key={c.code}>
                    <Caption1>{text(c.meaning)}</Caption1>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {outcome.problems && outcome.problems.length > 0 && <ProblemsList problems={outcome.problems} />}
          <SheetOutputs sheets={outcome.sheets} written={outcome.written} write={services.writeSheet} />
        </section>
      )}
    </div>
  );
};
