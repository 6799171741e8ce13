import { mkdir, writeFile } from 'fs/promises';
import { dirname, resolve } from 'path';
import { pairFromWorkbook } from '../../app/pairing';
import { pairingJson } from '../../domain/pairing/json';
import { saveXlsxFile } from '../../hosts/xlsx/xlsx-file';
import { PAIRING_LABELS } from '../../sheets/pairing-labels';
import { languageOption, stringOption, yearOption, type ParsedArgs } from '../args';
import { EXIT_OK, UserError } from '../errors';
import { openWorkbookFile, oporaCopyPath } from '../files';
import type { CliIo } from '../io';
import { HELP_OPTION, LANG_OPTION, type Command } from './command';

const run = async (args: ParsedArgs, io: CliIo): Promise<number> => {
  if (args.positionals.length !== 1) throw new UserError('Укажите книгу: opora pair <книга.xlsx> [--json итог.json] [--out итог.xlsx].');
  const language = languageOption(args);
  const year = yearOption(args, 'year');
  const { book, path } = await openWorkbookFile(io.cwd, args.positionals[0]);
  const run = await pairFromWorkbook(book, { ...(year ? { year } : {}), language });
  const out = resolve(io.cwd, stringOption(args, 'out') ?? oporaCopyPath(path));
  await mkdir(dirname(out), { recursive: true });
  await saveXlsxFile(book, out);
  const json = stringOption(args, 'json');
  const labels = PAIRING_LABELS[language];
  if (json) {
    const target = resolve(io.cwd, json);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(pairingJson(run.result, (r) => labels.reasons[r]), null, 2)}\n`);
  }
  const { result } = run;
  const covered = result.pairs.reduce((n, p) => n + p.needs.length, 0);
  const summary = labels.summary(result.year, result.pairs.length, new Set(result.pairs.map((p) => p.schoolKey)).size, covered, result.uncovered.length);
  const lines =
    language === 'en'
      ? [`Workbook: ${path}`, summary, run.report?.messageEn ?? '', ...result.notesEn, ...run.problems.map((p) => p.messageEn ?? p.message), `Saved: ${out}`, json ? `JSON: ${resolve(io.cwd, json)}` : '']
      : [`Книга: ${path}`, summary, run.report?.message ?? '', ...result.notes, ...run.problems.map((p) => p.message), `Сохранено: ${out}`, json ? `JSON: ${resolve(io.cwd, json)}` : ''];
  io.out(lines.filter(Boolean).join('\n'));
  return EXIT_OK;
};

export const pairCommand: Command = {
  name: 'pair',
  summary: 'подобрать школы-партнёры и наставников для дефицитов ШНОР/ШНСУ (сетевое партнёрство)',
  help: [
    'opora pair <книга.xlsx> [--year 2024] [--out итог.xlsx] [--json итог.json] [--lang ru|en]',
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
