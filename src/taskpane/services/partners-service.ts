import { pairInSession, sessionSettings } from '../../app/pairing';
import { coveredNeeds, hasCoordinates, pairingSummary, pairRows, uncoveredRows } from '../../app/pairing-report';
import type { ProgressCallback } from '../../app/progress';
import type { Session } from '../../app/session';
import type { PartnersOutcome, PartnersService } from '../model';
import { pairingPictureSvg } from '../pairing-picture';
import { notIdentified } from './step-errors';

/** The partners step over the app's pairing of the session's identification: the pairs as the pane lists them, the picture. */
export const partnersService = (session: Session): PartnersService => {
  const compute = async (capacity: number, signal: AbortSignal, write: boolean, onProgress?: ProgressCallback): Promise<PartnersOutcome> => {
    if (!session.identification() || !session.loaded()) throw notIdentified();
    const run = await pairInSession(session, capacity, { write, signal, ...(onProgress ? { onProgress } : {}) });
    const { input, result, report } = run;
    const language = session.language();
    return {
      summary: { ru: pairingSummary(result, run.year, 'ru'), en: pairingSummary(result, run.year, 'en') },
      sheets: [run.spec],
      ...(report ? { written: [{ sheet: report.sheet, rows: report.rows, message: { ru: report.message, en: report.messageEn } }] } : {}),
      problems: run.problems,
      capacity,
      covered: coveredNeeds(result),
      deficits: input.needs.length,
      pairs: pairRows(result, language),
      uncovered: uncoveredRows(result),
      svg: hasCoordinates(input)
        ? pairingPictureSvg({ schools: input.schools, pairs: result.pairs, needy: new Set(input.needs.map((n) => n.schoolKey)), width: 340, height: 420, language })
        : null,
    };
  };
  return {
    defaultCapacity: async () => (await sessionSettings(session)).pairing.capacity,
    run: (capacity, ctx) => compute(capacity, ctx.signal, true, (f, ru, en) => ctx.onProgress(f, { ru, en })),
    preview: (capacity, signal) => compute(capacity, signal, false),
  };
};
