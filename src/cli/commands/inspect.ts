import { inspectionReport, inspectWorkbook } from '../../app/inspect';
import { openSample } from '../sample-book';
import { languageOption, type ParsedArgs } from '../args';
import { EXIT_OK } from '../errors';
import { openWorkbookFile } from '../files';
import type { CliIo } from '../io';
import { HELP_OPTION, LANG_OPTION, type Command } from './command';

const run = async (args: ParsedArgs, io: CliIo): Promise<number> => {
  const language = languageOption(args);
  const { book, path: full } = args.positionals.length > 0 ? await openWorkbookFile(io.cwd, args.positionals) : await openSample();
  const inspection = await inspectWorkbook(book);
  const title = args.positionals[0]
    ? language === 'en' ? `Workbook: ${args.positionals.length > 1 ? args.positionals.join(', ') : full}` : `Книга: ${args.positionals.length > 1 ? args.positionals.join(', ') : full}`
    : language === 'en' ? `Bundled sample workbook: ${full}` : `Встроенный пример книги: ${full}`;
  io.out(`${title}\n\n${inspectionReport(inspection, language)}`);
  return EXIT_OK;
};

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'показать, что Опора распознала в книге, и все замечания к данным',
  help: [
    'opora inspect [книга.xlsx|файл.csv] [ещё файлы…] [--lang ru|en]',
    '',
    'Читает книгу и для каждого листа показывает, что распознано: тип таблицы, поля и их столбцы,',
    'годы, число школ, строку итогов по территории, — и каждое замечание (лист, строка, столбец, текст).',
    'Без имени файла показывает встроенный пример книги «Энский муниципальный район».',
    'Несколько файлов (.xlsx и .csv) читаются как одна книга. Файлы не изменяются.',
  ].join('\n'),
  options: [HELP_OPTION, LANG_OPTION],
  run,
};
