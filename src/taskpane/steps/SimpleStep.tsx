import { Button, Caption1 } from '@fluentui/react-components';
import { useState } from 'react';
import type { MessageKey } from '../../i18n';
import { BarChart } from '../components/BarChart';
import { OperationStatus } from '../components/OperationStatus';
import { SheetOutputs } from '../components/SheetOutputs';
import { useI18n } from '../i18n-context';
import type { OporaServices, SimpleStepService, StepOutcome } from '../model';
import { useOperation } from '../use-operation';
import { ProblemsList } from './ProblemsList';
import { message } from '../../i18n';

interface Props {
  services: OporaServices;
  service: SimpleStepService;
  title: MessageKey;
}

/** Partners and indicators: one action, its summary and sheets. */
export const SimpleStep = ({ services, service, title }: Props) => {
  const { t, text } = useI18n();
  const op = useOperation();
  const [outcome, setOutcome] = useState<StepOutcome | null>(null);
  return (
    <div className="opora-step">
      <Button
        appearance="primary"
        disabled={op.state.running}
        onClick={() => void op.run(message(title), (ctx) => service.run(ctx)).then((r) => r && setOutcome(r))}
      >
        {t(title)}
      </Button>
      <OperationStatus state={op.state} onCancel={op.cancel} onDismiss={op.dismiss} />
      {outcome && (
        <section aria-label={t(title)}>
          <Caption1 block>{text(outcome.summary)}</Caption1>
          {outcome.problems && outcome.problems.length > 0 && <ProblemsList problems={outcome.problems} />}
          {outcome.charts?.map((chart) => <BarChart key={chart.title} chart={chart} />)}
          <SheetOutputs sheets={outcome.sheets} written={outcome.written} write={services.writeSheet} />
        </section>
      )}
    </div>
  );
};
