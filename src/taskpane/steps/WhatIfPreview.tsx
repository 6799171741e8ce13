import { Caption1, Spinner, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { flaggedDiff, type FlaggedDiff } from '../flagged-diff';
import { useI18n } from '../i18n-context';
import type { Adjustment, FlaggedSchool, IdentificationService, SettingValues } from '../model';

interface Props {
  service: IdentificationService;
  baseline: FlaggedSchool[];
  settings: SettingValues;
  adjustments: Adjustment[];
  /** Recalculate only on settings that differ from the baseline run's. */
  changed: boolean;
}

const DEBOUNCE_MS = 300;

const names = (list: FlaggedSchool[]) => list.map((s) => `${s.name} (${s.groups.join(', ')})`).join('; ');

/** Who would enter or leave the lists under the edited settings, recomputed after typing pauses. */
export const WhatIfPreview = ({ service, baseline, settings, adjustments, changed }: Props) => {
  const { t } = useI18n();
  const [diff, setDiff] = useState<FlaggedDiff | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (!changed) {
      setDiff(null);
      return;
    }
    const controller = new AbortController();
    setPending(true);
    const timer = setTimeout(() => {
      service
        .preview(settings, adjustments, controller.signal)
        .then((after) => {
          if (!controller.signal.aborted) setDiff(flaggedDiff(baseline, after));
        })
        .catch(() => {
          // A failed what-if leaves the last preview; the run itself reports errors.
        })
        .finally(() => {
          if (!controller.signal.aborted) setPending(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [service, baseline, settings, adjustments, changed]);

  if (!changed) return null;
  return (
    <section aria-label={t('whatif.title')} aria-live="polite" className="opora-whatif">
      <Subtitle2 as="h3">{t('whatif.title')}</Subtitle2>
      {pending && <Spinner size="tiny" label={t('whatif.pending')} />}
      {diff && !pending && diff.entering.length === 0 && diff.leaving.length === 0 && <Caption1 block>{t('whatif.same')}</Caption1>}
      {diff && !pending && diff.entering.length > 0 && <Caption1 block>{t('whatif.enter', { names: names(diff.entering) })}</Caption1>}
      {diff && !pending && diff.leaving.length > 0 && <Caption1 block>{t('whatif.leave', { names: names(diff.leaving) })}</Caption1>}
    </section>
  );
};
