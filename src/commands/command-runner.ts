import { publishNotice, type Notice } from './notify';
import type { Bilingual } from '../i18n/bilingual';
import { OporaError } from '../i18n/opora-error';

/** The part of Office.AddinCommands.Event a command uses. */
export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface CommandRunOptions {
  /** The command's label for messages, Russian and English. */
  title?: Bilingual;
  notify?: (notice: Notice) => void;
  /** Brings the task pane up so the notice is seen; failures to show it are ignored. */
  showTaskpane?: () => Promise<void>;
}

const reasonOf = (error: unknown): Bilingual => {
  if (error instanceof OporaError) return error.text;
  if (error instanceof Error && error.message) return { ru: error.message, en: error.message };
  if (typeof error === 'string' && error) return { ru: error, en: error };
  return { ru: 'неизвестная ошибка', en: 'unknown error' };
};

/**
 * Runs a ribbon command's action, reports its outcome as a notice, and ALWAYS completes the event:
 * Excel keeps the button busy (and eventually shows its own error) until completed() is called.
 * action resolves with the Russian success message.
 */
export const runCommand = async (event: CommandEvent, action: () => Promise<string>, options: CommandRunOptions = {}): Promise<void> => {
  const notify = options.notify ?? publishNotice;
  const title = options.title ?? { ru: 'Команда', en: 'Command' };
  try {
    const message = await action();
    notify({ kind: 'success', message });
  } catch (error) {
    const reason = reasonOf(error);
    notify({
      kind: 'error',
      message: `Не удалось выполнить «${title.ru}»: ${reason.ru}`,
      messageEn: `«${title.en}» failed: ${reason.en}`,
    });
  } finally {
    try {
      await options.showTaskpane?.();
    } catch {
      // The notice is kept as the latest one; the pane shows it whenever it opens.
    }
    event.completed();
  }
};
