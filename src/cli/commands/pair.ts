import { pairFromWorkbook } from '../../app/pairing';
import { pairingJson } from '../../domain/pairing/json';
import { pairingSummary, uncoveredReason } from '../../app/pairing-report';
import { languageOption, yearOption, type ParsedArgs } from '../args';
import { planBookOutputs } from '../book-outputs';
import { EXIT_OK, UserError } from '../errors';
import { openWorkbookFile } from '../files';
import type { CliIo } from '../io';
import { HELP_OPTION, LANG_OPTION, type Command } from './command';

const run = async (args: ParsedArgs, io: CliIo): Promise<number> => {
  if (args.positionals.length === 0) throw new UserError('Укажите книгу: opora pair <книга.xlsx|файл.csv> [ещё файлы…] [--json итог.json] [--out итог.xlsx].');
  const language = languageOption(args);
  const year = yearOption(args, 'year');
  const opened = await openWorkbookFile(io.cwd, args.positionals);
  const { book, path } = opened;
  // Outputs are planned before the work: none may be an input (links included), each is written atomically.
  const outputs = await planBookOutputs(io, opened, args);
  const run = await pairFromWorkbook(book, { ...(year ? { year } : {}), language });
  const saved = await outputs.write(() => pairingJson(run.result, (r) => uncoveredReason(r, language)), language);
  const { result } = run;
  const summary = pairingSummary(result, result.year, language);
  const lines =
    language === 'en'
      ? [`Workbook: ${path}`, summary, run.report?.messageEn ?? '', ...result.notesEn, ...run.problems.map((p) => p.messageEn ?? p.message), ...saved]
      : [`Книга: ${path}`, summary, run.report?.message ?? '', ...result.notes, ...run.problems.map((p) => p.message), ...saved];
  io.out(lines.filter(Boolean).join('\n'));
  return EXIT_OK;
};

export const pairCommand: Command = {
  name: 'pair',
  summary: 'подобрать школы-партнёры и наставников для дефицитов ШНОР/ШНСУ (сетевое партнёрство)',
  help: [
    'opora pair <книга.xlsx|файл.csv> [ещё файлы…] [--year 2024] [--out итог.xlsx] [--json итог.json] [--lang ru|en]',
    '',
    'Проводит идентификацию, берёт дефициты ШНОР и ШНСУ из карты дефицитов и подбирает каждому',
    'партнёра: школу с высокими результатами по предмету и ступени, опорную школу (столбец',
    '«Опорная школа» реестра) или педагога-наставника (столбец «Наставник» листа педагогов).',
    'Подбор точный (поток минимальной стоимости): закрывается наибольшее возможное число дефицитов,',
    'затем наименьшая сумма расстояний; ближе и в своём муниципалитете — лучше. Лист «Расстояния»',
    '(школа | школа | км | мин), если он есть, важнее координат. Результат — лист',
    '«Сетевое партнёрство <год>»; в его столбце «Решение» можно написать «закрепить», «запретить»',
    'или примечание — при следующем запуске это учитывается и сохраняется.',
    '--year   год данных идентификации; по умолчанию последний.',
    '--out    куда сохранить книгу; без него — копия «<книга>.opora.xlsx» рядом с исходной.',
    '--json   записать пары и дефициты без партнёра в файл JSON.',
  ].join('\n'),
  options: [HELP_OPTION, LANG_OPTION, { name: 'year', value: true }, { name: 'out', value: true }, { name: 'json', value: true }],
  run,
};
