import { Button, Caption1, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { OperationStatus } from '../components/OperationStatus';
import { SheetOutputs } from '../components/SheetOutputs';
import { useI18n } from '../i18n-context';
import type { OporaServices, RoadmapService, StepOutcome } from '../model';
import { useOperation } from '../use-operation';
import { ProblemsList } from './ProblemsList';
import { message } from '../../i18n';

interface Props {
  services: OporaServices;
  service: RoadmapService;
  identified: boolean;
}

/** Step 4: the roadmap for a chosen school year, previewed and written on request. */
export const RoadmapStep = ({ services, service, identified }: Props) => {
  const { t, text } = useI18n();
  const op = useOperation();
  // Cheap, and it follows the data read and the identification run: the same list before and after.
  const options = service.yearOptions();
  const [chosenYear, setYear] = useState<string | null>(null);
  const year = chosenYear !== null && options.years.includes(chosenYear) ? chosenYear : options.defaultYear;
  const [outcome, setOutcome] = useState<StepOutcome | null>(null);

  const build = async () => {
    const result = await op.run(message('roadmap.building'), (ctx) => service.build(year, ctx));
    if (result) setOutcome(result);
  };

  return (
    <div className="opora-step">
      {!identified && <Caption1 block>{t('roadmap.needIdentification')}</Caption1>}
      <Field label={t('roadmap.year')}>
        <Select value={year} onChange={(_, d) => setYear(d.value)} disabled={op.state.running}>
          {options.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={!identified || op.state.running} onClick={() => void build()}>
        {t('roadmap.build')}
      </Button>
      <OperationStatus state={op.state} onCancel={op.cancel} onDismiss={op.dismiss} />
      {outcome && (
        <section aria-label={t('step.roadmap')}>
          <Caption1 block>{text(outcome.summary)}</Caption1>
          {outcome.problems && outcome.problems.length > 0 && <ProblemsList problems={outcome.problems} />}
          <SheetOutputs sheets={outcome.sheets} written={outcome.written} write={services.writeSheet} />
        </section>
      )}
    </div>
  );
};
