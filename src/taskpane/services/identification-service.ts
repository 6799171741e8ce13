import { IDENTIFICATION_INPUT_SHEETS, isIdentificationInputSheet, readAdjustments, readOwnSheetOf, readSettings } from '../../app/own-input-sheets';
import { ADJUSTMENTS_SHEET_NAMES } from '../../sheets/adjustments-sheet';
import { identificationSheet } from '../../sheets/identification-sheet';
import { SETTINGS_SHEET_NAMES } from '../../sheets/settings-sheet';
import { teachersSheet } from '../../sheets/teachers-sheet';
import { runIdentification } from '../../app/identify';
import { identify, lastDataYear } from '../../domain/identify';
import { CRITERION_CODES, criterionName, GROUPS, type CriterionCode, type GroupName } from '../../domain/settings';
import type { Adjustment as DomainAdjustment, IdentificationResult } from '../../domain/types';
import type { Adjustment, CodeMeaning, FlaggedSchool, IdentificationOutcome, IdentificationService, Text } from '../model';
import { throwIfAborted, yieldToUi } from './abort';
import { defaultValues, fromValues, identificationDescriptors, toValues } from './identification-settings';
import type { Session } from './session';

/** Opora's own sheets the identification step reads with the data («Параметры», «Корректировки» in either language). */
export const IDENTIFICATION_OWN_SHEETS = [...IDENTIFICATION_INPUT_SHEETS];

const noData = (): Error =>
  Object.assign(new Error('No data read'), {
    messageRu: 'данные ещё не прочитаны — откройте шаг «Данные» и нажмите «Прочитать выбранные листы»',
    messageEn: 'no data has been read yet - open the “Data” step and read the sheets',
  });

const toDomain = (adjustments: Adjustment[], year: number): DomainAdjustment[] =>
  adjustments.map((a) => ({
    school: a.schoolKey,
    schoolName: a.schoolName,
    year: a.year ?? year,
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

const withMunicipality = (name: string, municipality: string | undefined): string => (municipality ? `${municipality} | ${name}` : name);

/** Schools in a group in the last evaluated year, with the rules that put them there. */
export const flaggedSchools = (result: IdentificationResult): FlaggedSchool[] =>
  result.schools
    .filter((s) => s.year === result.lastYear && s.groups.length > 0)
    .map((s) => ({
      key: s.schoolKey,
      name: withMunicipality(s.name, s.municipality),
      groups: [...s.groups],
      reasons: [
        ...s.findings.filter((f) => f.flagged).map((f) => f.code),
        ...(s.adjustment?.changes.filter((c) => c.changed).map((c) => `эксперты: ${c.reason}`) ?? []),
      ].join('; '),
      codes: s.findings.filter((f) => f.flagged).map((f) => f.code),
    }));

/** The criteria a result speaks of, each with its meaning (the evaluated ones and those without data). */
const legendOf = (result: IdentificationResult): CodeMeaning[] => {
  const shown = new Set<string>([...result.schools.flatMap((s) => s.findings.map((f) => f.code)), ...result.notEvaluated.map((n) => n.code)]);
  return CRITERION_CODES.filter((c) => shown.has(c)).map((code: CriterionCode) => ({ code, meaning: { ru: criterionName(code, 'ru'), en: criterionName(code, 'en') } }));
};

/** One line per reason: «T1, T2.1, T2.2, T3.1, T3.2 не оценивались: нет данных о педагогах.» */
const notEvaluatedTexts = (result: IdentificationResult): Text[] => {
  const byReason = new Map<string, { codes: string[]; reasonEn: string }>();
  for (const n of result.notEvaluated) {
    const entry = byReason.get(n.reason) ?? { codes: [], reasonEn: n.reasonEn };
    entry.codes.push(n.code);
    byReason.set(n.reason, entry);
  }
  return [...byReason].map(([reason, { codes, reasonEn }]) =>
    codes.length === 1
      ? { ru: `${codes[0]} не оценивался: ${reason}.`, en: `${codes[0]} was not evaluated: ${reasonEn}.` }
      : { ru: `${codes.join(', ')} не оценивались: ${reason}.`, en: `${codes.join(', ')} were not evaluated: ${reasonEn}.` },
  );
};

const summaryOf = (result: IdentificationResult, low: number, social: number, total: number): Text => {
  if (total === 0)
    return {
      ru: 'В прочитанных данных нет школ с результатами ЕГЭ, ОГЭ или ВПР за какой-либо год: отнести школы к ШНОР или ШНСУ не по чему. Проверьте сопоставление столбцов на шаге «Данные».',
      en: 'The data read holds no school with ЕГЭ, ОГЭ or ВПР results for any year: there is nothing to identify by. Check the column mapping on the “Data” step.',
    };
  const skipped = result.notEvaluated.filter((n) => (CRITERION_CODES as readonly string[]).includes(n.code)).map((n) => n.code);
  const caveat = skipped.length > 0 ? { ru: ` Без данных не оценивались: ${skipped.join(', ')}.`, en: ` Not evaluated for lack of data: ${skipped.join(', ')}.` } : { ru: '', en: '' };
  return {
    ru: `${result.lastYear} год: ШНОР — ${low}, ШНСУ — ${social} из ${total} школ.${caveat.ru}`,
    en: `${result.lastYear}: low results (ШНОР) — ${low}, social (ШНСУ) — ${social} of ${total} schools.${caveat.en}`,
  };
};

/**
 * Identification over the app's use case: the form's settings and the experts' adjustments are used
 * for the run and written by it to «Параметры» and «Корректировки», together with «Идентификация
 * <год>». The what-if preview runs the pure domain.
 */
export const identificationService = (session: Session): IdentificationService => {
  const ownSheet = (names: readonly string[]) => readOwnSheetOf(session.ownSheet, names, session.language());
  const savedAdjustments = async (): Promise<DomainAdjustment[]> => readAdjustments(await ownSheet(ADJUSTMENTS_SHEET_NAMES)).adjustments;

  const latestYear = (): number => {
    const loaded = session.loaded();
    if (!loaded) throw noData();
    return lastDataYear(loaded.read.dataset);
  };

  return {
    groups: [...GROUPS],
    descriptors: identificationDescriptors(),
    defaults: defaultValues(),
    loadSaved: async () => {
      if (!session.loaded()) return null;
      const settings = readSettings(await ownSheet(SETTINGS_SHEET_NAMES)).settings;
      return { settings: toValues(settings), adjustments: fromDomain(await savedAdjustments()) };
    },
    // «Муниципалитет | Школа»: a region has a «СОШ №1» in every municipality.
    schools: () => (session.loaded()?.read.dataset.schools ?? []).map((s) => ({ key: s.key, name: withMunicipality(s.name, s.municipality) })),
    run: async (values, adjustments, ctx): Promise<IdentificationOutcome> => {
      if (!session.loaded()) throw noData();
      const settings = fromValues(values);
      throwIfAborted(ctx.signal);
      // The form was loaded from «Параметры» and «Корректировки»; the run writes both back as edited.
      // The data read on the Data step is identified: the workbook is read once per open.
      const outcome = await runIdentification(session.port, {
        reuse: session.loaded()!,
        settings,
        adjustments: toDomain(adjustments, latestYear()),
        language: session.language(),
        signal: ctx.signal,
        onProgress: (fraction, ru, en) => ctx.onProgress(fraction, { ru, en }),
      });
      session.setIdentification(outcome.result);
      await session.adopt(outcome.state);
      const result = outcome.result;
      const flagged = flaggedSchools(result);
      const count = (g: GroupName) => flagged.filter((s) => s.groups.includes(g)).length;
      const total = new Set(result.schools.filter((s) => s.year === result.lastYear).map((s) => s.schoolKey)).size;
      const year = outcome.year;
      const sheets =
        year === null
          ? []
          : [identificationSheet(result, year, session.language()), teachersSheet(result, year, session.language())];
      return {
        summary: summaryOf(result, count('ШНОР'), count('ШНСУ'), total),
        notEvaluated: notEvaluatedTexts(result),
        legend: legendOf(result),
        flagged,
        counts: { low: count('ШНОР'), social: count('ШНСУ'), total },
        sheets,
        written: outcome.writes.map((w) => ({ sheet: w.requestedName, rows: w.rows, message: { ru: w.message, en: w.messageEn } })),
        problems: [...outcome.problems.filter((p) => isIdentificationInputSheet(p.sheet)), ...result.problems],
      };
    },
    preview: async (values, adjustments, signal) => {
      const loaded = session.loaded();
      if (!loaded) throw noData();
      await yieldToUi();
      throwIfAborted(signal);
      const settings = fromValues(values);
      const year = latestYear();
      return flaggedSchools(identify(loaded.read.dataset, settings, { adjustments: toDomain(adjustments, year) }));
    },
  };
};
