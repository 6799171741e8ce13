import { parseArgs } from './args';
import { COMMANDS } from './commands';
import type { Command } from './commands/command';
import { isHostError } from '../hosts/host-error';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USER, UserError } from './errors';
import type { CliIo } from './io';
import { fsErrorMessage, isFsError } from './io-errors';

const READING_CALLS = new Set(['open', 'read', 'stat', 'lstat', 'fstat', 'scandir', 'realpath', 'access']);

const usage = (commands: readonly Command[]): string =>
  [
    'Опора — идентификация ШНОР/ШНСУ, педагоги, партнёры и дорожные карты по книгам Excel.',
    '',
    'Использование: opora <команда> [параметры]',
    '',
    'Команды:',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Справка по команде: opora <команда> --help',
    'Коды завершения: 0 — готово, 1 — ошибка во входных данных или параметрах, 2 — внутренняя ошибка.',
  ].join('\n');

/** Runs one CLI invocation and returns the exit code; never throws. */
export const runCli = async (argv: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<number> => {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage(commands));
    return name === undefined ? EXIT_USER : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Неизвестная команда «${name}».\n\n${usage(commands)}`);
    return EXIT_USER;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(command.help);
      return EXIT_OK;
    }
    return await command.run(parseArgs(rest, command.options), io);
  } catch (e) {
    // A workbook that cannot be read (too large, damaged) is found while reading, after it was opened.
    if (e instanceof UserError || isHostError(e)) {
      io.err(`Ошибка: ${e.text.ru}`);
      return EXIT_USER;
    }
    if (isFsError(e)) {
      io.err(`Ошибка: ${fsErrorMessage(e, e.path ?? '', READING_CALLS.has(e.syscall ?? '') ? 'read' : 'write')}`);
      return EXIT_USER;
    }
    // The stack helps developers only; the user sees it when asking for it (OPORA_DEBUG=1).
    const detail = e instanceof Error ? (process.env.OPORA_DEBUG ? (e.stack ?? e.message) : e.message) : String(e);
    io.err(`Внутренняя ошибка Опоры: ${detail}\nСообщите разработчикам, приложив команду и книгу, если это возможно.`);
    return EXIT_INTERNAL;
  }
};
