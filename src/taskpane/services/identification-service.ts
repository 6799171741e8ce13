import { identifyInSession, previewInSession, type AdjustmentDraft } from '../../app/identify';
import { flaggedSchools, groupCounts, IDENTIFICATION_GROUPS, legendOf, notEvaluatedTexts, schoolRefs, summaryOf } from '../../app/identification-report';
import { isIdentificationInputSheet, savedInputs } from '../../app/own-input-sheets';
import type { Session } from '../../app/session';
import { defaultValues, fromValues, identificationDescriptors, toValues } from '../../app/settings-form';
import type { GroupName } from '../../domain/settings';
import type { Adjustment as DomainAdjustment } from '../../domain/types';
import type { Adjustment, IdentificationOutcome, IdentificationService } from '../model';
import { throwIfAborted, yieldToUi } from './abort';
import { noData } from './step-errors';

const toDraft = (adjustments: Adjustment[]): AdjustmentDraft[] =>
  adjustments.map((a) => ({
    school: a.schoolKey,
    schoolName: a.schoolName,
    year: a.year,
    action: a.action,
    group: a.group as GroupName,
    reason: a.reason,
  }));

const fromDomain = (adjustments: DomainAdjustment[]): Adjustment[] =>
  adjustments.map((a) => ({
    schoolKey: a.school,
    schoolName: a.schoolName ?? a.school,
    action: a.action,
    group: a.group,
    reason: a.reason,
    year: a.year,
  }));

/**
 * The identification step over the app's use cases: the run (one identification of the data read,
 * written with «Параметры» and «Корректировки» as the form holds them) and the what-if preview.
 */
export const identificationService = (session: Session): IdentificationService => {
  const loadedOrThrow = () => {
    if (!session.loaded()) throw noData();
  };

  return {
    groups: [...IDENTIFICATION_GROUPS],
    descriptors: identificationDescriptors(),
    defaults: defaultValues(),
    loadSaved: async () => {
      if (!session.loaded()) return null;
      const { settings, adjustments } = await savedInputs(session.ownSheet, session.language());
      return { settings: toValues(settings), adjustments: fromDomain(adjustments) };
    },
    schools: () => schoolRefs(session.loaded()?.read.dataset.schools ?? []),
    run: async (values, adjustments, ctx): Promise<IdentificationOutcome> => {
      loadedOrThrow();
      const settings = fromValues(values);
      throwIfAborted(ctx.signal);
      const outcome = await identifyInSession(session, {
        settings,
        adjustments: toDraft(adjustments),
        signal: ctx.signal,
        onProgress: (fraction, ru, en) => ctx.onProgress(fraction, { ru, en }),
      });
      const { result } = outcome;
      const flagged = flaggedSchools(result);
      const counts = groupCounts(result, flagged);
      return {
        summary: summaryOf(result, counts),
        notEvaluated: notEvaluatedTexts(result),
        legend: legendOf(result),
        flagged,
        counts,
        sheets: outcome.specs,
        written: outcome.writes.map((w) => ({ sheet: w.requestedName, rows: w.rows, message: { ru: w.message, en: w.messageEn } })),
        problems: [...outcome.problems.filter((p) => isIdentificationInputSheet(p.sheet)), ...result.problems],
      };
    },
    preview: async (values, adjustments, signal) => {
      loadedOrThrow();
      await yieldToUi();
      throwIfAborted(signal);
      return flaggedSchools(previewInSession(session, fromValues(values), toDraft(adjustments)));
    },
  };
};
