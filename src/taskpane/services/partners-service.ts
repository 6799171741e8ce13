import { pairingOf } from '../../app/pairing';
import { readSettings } from '../../app/own-input-sheets';
import { SETTINGS_SHEET_NAMES } from '../../sheets/settings-sheet';
import { writeOwnedSheet } from '../../app/owned-sheets';
import { helpText, needText, partnerTitle } from '../../domain/pairing/help-text';
import type { Settings } from '../../domain/settings';
import { PAIRING_LABELS } from '../../sheets/pairing-labels';
import { buildPairingSheet, distanceCell, pairingSheetName } from '../../sheets/pairing-sheet';
import type { PartnersOutcome, PartnersService } from '../model';
import { pairingPictureSvg } from '../pairing-picture';
import { throwIfAborted, yieldToUi } from './abort';
import type { Session } from './session';

const notIdentified = (): Error =>
  Object.assign(new Error('Identification has not run'), {
    messageRu: 'идентификация ещё не выполнена — выполните её на шаге «Идентификация»',
    messageEn: 'identification has not run - run it on the “Identification” step',
  });

const settingsOf = async (session: Session): Promise<Settings> => {
  for (const name of SETTINGS_SHEET_NAMES) {
    const grid = await session.ownSheet(name);
    if (grid) return readSettings(grid).settings;
  }
  return readSettings(null).settings;
};

/** The pairing use case over the session's last identification: the sheet, the pairs as the pane lists them, the picture. */
export const partnersService = (session: Session): PartnersService => {
  const compute = async (capacity: number, signal: AbortSignal, write: boolean, onProgress?: (f: number, ru: string, en: string) => void): Promise<PartnersOutcome> => {
    const identification = session.identification();
    const loaded = session.loaded();
    if (!identification || !loaded) throw notIdentified();
    const base = await settingsOf(session);
    const settings: Settings = { ...base, pairing: { ...base.pairing, capacity } };
    const year = identification.lastYear;
    const state = await session.state();
    const previous = (await session.ownSheet(pairingSheetName(year, 'ru'))) ?? (await session.ownSheet(pairingSheetName(year, 'en')));
    await yieldToUi();
    throwIfAborted(signal);
    onProgress?.(0.3, 'Подбираю партнёров', 'Pairing partners');
    const { input, result, problems, decisions } = pairingOf(identification, loaded, settings, previous, year);
    const language = session.language();
    const spec = buildPairingSheet(result, settings.pairing, { language, decisions, schools: input.schools, partnerNames: new Map(input.candidates.map((c) => [c.id, c.name])) });
    let written: PartnersOutcome['written'];
    if (write) {
      throwIfAborted(signal);
      onProgress?.(0.7, `Записываю лист «${spec.name}»`, `Writing sheet "${spec.name}"`);
      const out = await writeOwnedSheet(session.port, previous ? { ...spec, name: previous.sheet } : spec, state);
      await session.setState(out.state);
      written = [{ sheet: out.report.sheet, rows: out.report.rows, message: { ru: out.report.message, en: out.report.messageEn } }];
    }
    const covered = result.pairs.reduce((n, p) => n + p.needs.length, 0);
    const located = input.schools.some((s) => typeof s.latitude === 'number');
    const summary = (l: 'ru' | 'en') =>
      PAIRING_LABELS[l].summary(year, result.pairs.length, new Set(result.pairs.map((p) => p.schoolKey)).size, covered, result.uncovered.length);
    return {
      summary: { ru: summary('ru'), en: summary('en') },
      sheets: [spec],
      ...(written ? { written } : {}),
      problems,
      capacity,
      covered,
      deficits: input.needs.length,
      pairs: result.pairs.map((p) => {
        const d = distanceCell(p.distance, language);
        return {
          school: p.schoolName,
          partner: partnerTitle(p, language),
          municipality: p.municipality ?? '',
          partnerMunicipality: p.partnerMunicipality ?? '',
          distance: typeof d === 'number' ? `${String(d).replace('.', language === 'ru' ? ',' : '.')} ${language === 'ru' ? 'км' : 'km'}` : String(d),
          deficits: p.needs.map(needText).join('; '),
          note: helpText(p, language),
          alternatives: p.alternatives.map((a) => `${a.name} (+${Math.round(a.extraCost * 10) / 10})`),
          fixed: p.fixed,
        };
      }),
      uncovered: result.uncovered.map((u) => ({
        school: u.schoolName,
        deficit: needText(u.need),
        reason: { ru: PAIRING_LABELS.ru.reasons[u.reason], en: PAIRING_LABELS.en.reasons[u.reason] },
      })),
      svg: located
        ? pairingPictureSvg({ schools: input.schools, pairs: result.pairs, needy: new Set(input.needs.map((n) => n.schoolKey)), width: 340, height: 420, language })
        : null,
    };
  };
  return {
    defaultCapacity: async () => (await settingsOf(session)).pairing.capacity,
    run: (capacity, ctx) => compute(capacity, ctx.signal, true, (f, ru, en) => ctx.onProgress(f, { ru, en })),
    preview: (capacity, signal) => compute(capacity, signal, false),
  };
};
