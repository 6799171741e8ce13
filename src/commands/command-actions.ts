/**
 * The use cases the ribbon buttons run. The code that owns the workbook port and settings (the
 * task pane's start-up, which loads in the same shared runtime) provides them; until then a
 * button explains that the add-in is still starting.
 */
import { sharedSlot } from './shared-slot';
import type { Bilingual } from '../i18n/bilingual';
import { OporaError } from '../i18n/opora-error';

export interface CommandActions {
  /** Identification of ШНОР/ШНСУ over the workbook; resolves with a Russian summary. */
  runIdentification(): Promise<string>;
  /** Builds the roadmap sheet; resolves with a Russian summary. */
  buildRoadmap(): Promise<string>;
}

export type CommandId = keyof CommandActions;

export const COMMAND_TITLES: Record<CommandId, Bilingual> = {
  runIdentification: { ru: 'Идентификация', en: 'Identification' },
  buildRoadmap: { ru: 'Построить дорожную карту', en: 'Build the roadmap' },
};

const actions = sharedSlot<Partial<CommandActions>>('commandActions', () => ({}));

export const provideCommandActions = (provided: Partial<CommandActions>): void => {
  actions.set({ ...actions.get(), ...provided });
};

/** Fills only the actions nobody provided (the task pane's own, richer actions win whatever the load order). */
export const provideDefaultCommandActions = (defaults: CommandActions): void => {
  actions.set({ ...defaults, ...actions.get() });
};

export class CommandNotReadyError extends OporaError {
  constructor() {
    super('not-ready', {
      ru: 'Опора ещё загружается. Откройте панель «Опора», дождитесь её загрузки и нажмите кнопку ещё раз.',
      en: 'Opora is still loading. Open the Opora pane, wait until it has loaded and press the button again.',
    });
    this.name = 'CommandNotReadyError';
  }
}

export const commandAction =
  (id: CommandId): (() => Promise<string>) =>
  () => {
    const action = actions.get()[id];
    return action ? action() : Promise.reject(new CommandNotReadyError());
  };
