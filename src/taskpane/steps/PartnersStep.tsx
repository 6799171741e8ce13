import { Button, Caption1, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { OperationStatus } from '../components/OperationStatus';
import { SheetOutputs } from '../components/SheetOutputs';
import { useI18n } from '../i18n-context';
import type { OporaServices, PartnersOutcome, PartnersService } from '../model';
import { parseDecimal } from '../number-input';
import { useOperation } from '../use-operation';
import { ProblemsList } from './ProblemsList';
import { message } from '../../i18n';

interface Props {
  services: OporaServices;
  service: PartnersService;
  identified: boolean;
}

/** How many pairs the pane lists; the sheet has them all. */
const SHOWN = 40;

/** Step 3: partners for every deficit (exact), with reasons and alternatives, a capacity what-if and the picture. */
export const PartnersStep = ({ services, service, identified }: Props) => {
  const { t, text } = useI18n();
  const op = useOperation();
  const [capacityText, setCapacityText] = useState('');
  const [outcome, setOutcome] = useState<PartnersOutcome | null>(null);
  const [whatIf, setWhatIf] = useState<PartnersOutcome | null>(null);

  useEffect(() => {
    void service.defaultCapacity().then((c) => setCapacityText((v) => (v === '' ? String(c) : v)));
  }, [service]);
  const capacity = parseDecimal(capacityText, 0, 1000, true);

  const run = async () => {
    if (!capacity.ok) return;
    const result = await op.run(message('partners.running'), (ctx) => service.run(capacity.value, ctx));
    if (result) {
      setOutcome(result);
      setWhatIf(null);
    }
  };
  const preview = async () => {
    if (!capacity.ok) return;
    const result = await op.run(message('partners.running'), (ctx) => service.preview(capacity.value, ctx.signal));
    if (result) setWhatIf(result);
  };

  const shown = whatIf ?? outcome;
  return (
    <div className="opora-step">
      {!identified && <Caption1 block>{t('partners.needIdentification')}</Caption1>}
      <Field label={t('partners.capacity')} validationMessage={capacity.ok || capacityText === '' ? undefined : t('partners.capacityInvalid')} hint={t('partners.capacityHint')}>
        <Input value={capacityText} onChange={(_, d) => setCapacityText(d.value)} inputMode="numeric" disabled={op.state.running} />
      </Field>
      <div className="opora-actions">
        <Button appearance="primary" disabled={!identified || op.state.running || !capacity.ok} onClick={() => void run()}>
          {t('partners.run')}
        </Button>
        <Button disabled={!identified || op.state.running || !capacity.ok} onClick={() => void preview()}>
          {t('partners.whatIf')}
        </Button>
      </div>
      <OperationStatus state={op.state} onCancel={op.cancel} onDismiss={op.dismiss} />
      {whatIf && outcome && (
        <Caption1 block role="status">
          {t('partners.whatIfResult', { capacity: whatIf.capacity, covered: whatIf.covered, deficits: whatIf.deficits, before: outcome.covered, beforeCapacity: outcome.capacity })}
        </Caption1>
      )}
      {shown && (
        <section aria-label={t('step.partners')}>
          <Caption1 block>{text(shown.summary)}</Caption1>
          {shown.problems && shown.problems.length > 0 && <ProblemsList problems={shown.problems} />}
          {shown.svg ? (
            <figure className="opora-figure" aria-label={t('partners.picture')} dangerouslySetInnerHTML={{ __html: shown.svg }} />
          ) : (
            <Caption1 block>{t('partners.noCoordinates')}</Caption1>
          )}
          <Subtitle2 as="h3">{t('partners.pairs')}</Subtitle2>
          <ol className="opora-pairs">
            {shown.pairs.slice(0, SHOWN).map((p, i) => (
              <li key={i}>
                <strong>{p.school}</strong> → {p.partner} {p.fixed ? `(${t('partners.fixed')})` : ''}
                <br />
                <Caption1>
                  {p.deficits}; {p.distance}
                  {p.municipality !== p.partnerMunicipality && p.partnerMunicipality ? `; ${p.partnerMunicipality}` : ''}
                </Caption1>
                <br />
                <Caption1>{p.note}</Caption1>
                {p.alternatives.length > 0 && (
                  <>
                    <br />
                    <Caption1>{t('partners.alternatives', { list: p.alternatives.join('; ') })}</Caption1>
                  </>
                )}
              </li>
            ))}
          </ol>
          {shown.pairs.length > SHOWN && <Caption1 block>{t('partners.more', { count: shown.pairs.length - SHOWN })}</Caption1>}
          {shown.uncovered.length > 0 && (
            <>
              <Subtitle2 as="h3">{t('partners.uncovered')}</Subtitle2>
              <ul className="opora-pairs">
                {shown.uncovered.slice(0, SHOWN).map((u, i) => (
                  <li key={i}>
                    <strong>{u.school}</strong>, {u.deficit}: {text(u.reason)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {!whatIf && <SheetOutputs sheets={shown.sheets} written={shown.written} write={services.writeSheet} />}
        </section>
      )}
    </div>
  );
};
