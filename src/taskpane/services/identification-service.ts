import { identify } from '../../domain/identify';
import { GROUPS, type GroupName } from '../../domain/settings';
import type { Adjustment as DomainAdjustment, IdentificationResult } from '../../domain/types';
import type { Adjustment, FlaggedSchool, IdentificationOutcome, IdentificationService, SettingValues } from '../model';
import { throwIfAborted, yieldToUi } from './abort';
import { defaultValues, fromValues, identificationDescriptors } from './identification-settings';
import { identificationSheets } from './identification-sheets';
import type { Session } from './session';

const noData = (): Error =>
  Object.assign(new Error('No data read'), {
    messageRu: 'данные ещё не прочитаны — откройте шаг «Данные» и нажмите «Прочитать выбранные листы»',
    messageEn: 'no data has been read yet - open the “Data” step and read the sheets',
  });

const toDomain = (adjustments: Adjustment[], year: number): DomainAdjustment[] =>
  adjustments.map((a) => ({ school: a.schoolKey, year, action: a.action, group: a.group as GroupName, reason: a.reason }));

/** Schools in a group in the last evaluated year, with the rules that put them there. */
export const flaggedSchools = (result: IdentificationResult): FlaggedSchool[] =>
  result.schools
    .filter((s) => s.year === result.lastYear && s.groups.length > 0)
    .map((s) => ({
      key: s.schoolKey,
      name: s.name,
      groups: [...s.groups],
      reasons: [
        ...s.findings.filter((f) => f.flagged).map((f) => f.code),
        ...(s.adjustment?.changes.filter((c) => c.changed).map((c) => `эксперты: ${c.reason}`) ?? []),
      ].join('; '),
    }));

export const identificationService = (session: Session): IdentificationService => {
  const evaluate = async (values: SettingValues, adjustments: Adjustment[], signal: AbortSignal): Promise<IdentificationResult> => {
    const loaded = session.loaded();
    if (!loaded) throw noData();
    const settings = fromValues(values);
    await yieldToUi();
    throwIfAborted(signal);
    const dataset = loaded.read.dataset;
    // Adjustments name the evaluated year, which only identification itself knows.
    const lastYear = adjustments.length > 0 ? identify(dataset, settings).lastYear : 0;
    const result = identify(dataset, settings, adjustments.length > 0 ? { adjustments: toDomain(adjustments, lastYear) } : {});
    throwIfAborted(signal);
    return result;
  };

  return {
    groups: [...GROUPS],
    descriptors: identificationDescriptors(),
    defaults: defaultValues(),
    loadSaved: async () => null,
    schools: () => (session.loaded()?.read.dataset.schools ?? []).map((s) => ({ key: s.key, name: s.name })),
    run: async (values, adjustments, ctx): Promise<IdentificationOutcome> => {
      ctx.onProgress(null, { ru: 'Идентификация школ', en: 'Identifying schools' });
      const result = await evaluate(values, adjustments, ctx.signal);
      session.setIdentification(result);
      const flagged = flaggedSchools(result);
      const count = (g: GroupName) => flagged.filter((s) => s.groups.includes(g)).length;
      const total = new Set(result.schools.filter((s) => s.year === result.lastYear).map((s) => s.schoolKey)).size;
      ctx.onProgress(1, { ru: 'Готово', en: 'Done' });
      return {
        summary: {
          ru: `${result.lastYear} год: ШНОР — ${count('ШНОР')}, ШНСУ — ${count('ШНСУ')} из ${total} школ.`,
          en: `${result.lastYear}: low results — ${count('ШНОР')}, social — ${count('ШНСУ')} of ${total} schools.`,
        },
        flagged,
        counts: { low: count('ШНОР'), social: count('ШНСУ'), total },
        sheets: identificationSheets(result),
        problems: result.problems,
      };
    },
    preview: async (values, adjustments, signal) => flaggedSchools(await evaluate(values, adjustments, signal)),
  };
};
