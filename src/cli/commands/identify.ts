import { lostOnCopyNotice } from '../../app/book-contents';
import { saveFormatOf } from '../../hosts/files/open-data-files';
import { runIdentification } from '../../app/identify';
import { makeSettings, type Settings } from '../../domain';
import { cliJsonChunks } from '../json-contract';
import { collectGarbage } from '../collect-garbage';
import { languageOption, stringOption, yearOption, type ParsedArgs } from '../args';
import { EXIT_OK, UserError } from '../errors';
import { fileIdentity } from '../file-identity';
import { openWorkbookFile, readInputFile } from '../files';
import type { CliIo } from '../io';
import { batched } from '../json-chunks';
import { noDataForYear, savedCopyLines } from '../output-messages';
import { planOutputs, writePlanned, type RequestedOutput } from '../outputs';
import { HELP_OPTION, LANG_OPTION, type Command } from './command';
import { pick, type Language } from '../../i18n/bilingual';

const readSettingsFile = async (cwd: string, path: string): Promise<Settings> => {
  const text = new TextDecoder().decode((await readInputFile(cwd, path, 'Файл параметров')).bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UserError(`Файл параметров «${path}» — не JSON: ${e instanceof Error ? e.message : String(e)}.`);
  }
  try {
    return makeSettings(raw);
  } catch (e) {
    const issues = (e as { issues?: { path: (string | number)[]; message: string }[] }).issues;
    const detail = issues?.map((i) => `${i.path.join('.') || '(корень)'}: ${i.message}`).join('; ') ?? String(e);
    throw new UserError(`В файле параметров «${path}» неверные значения: ${detail}.`);
  }
};

const run = async (args: ParsedArgs, io: CliIo): Promise<number> => {
  if (args.positionals.length === 0) throw new UserError('Укажите книгу: opora identify <книга.xlsx|файл.csv> [ещё файлы…]. Справка: opora identify --help.');
  const language = languageOption(args);
  const year = yearOption(args, 'year');
  const settingsPath = stringOption(args, 'settings');
  const jsonPath = stringOption(args, 'json');
  const outPath = stringOption(args, 'out');
  const opened = await openWorkbookFile(io.cwd, args.positionals);
  const inputs = [opened.identity, ...(settingsPath ? [await fileIdentity(io.cwd, settingsPath)] : [])];
  const requested: RequestedOutput[] = [
    ...(jsonPath ? [{ option: '--json', path: jsonPath }] : []),
    ...(outPath ? [{ option: '--out', path: outPath, workbookCopy: true }] : []),
  ];
  const outputs = await planOutputs(io.cwd, inputs, requested);
  const settings = settingsPath ? await readSettingsFile(io.cwd, settingsPath) : undefined;

  // The book lives in memory: sheets are written into the copy, the input file is never touched.
  const outcome = await runIdentification(opened.book, {
    ...(settings ? { settings } : {}),
    ...(year !== undefined ? { year, years: [year] } : {}),
    language,
    writeSheets: outPath !== undefined,
    afterRead: collectGarbage,
  });
  if (year !== undefined && !outcome.dataYears.includes(year)) throw new UserError(noDataForYear(year, outcome.dataYears));
  // The JSON of a whole country is 50 million characters: never made as one string (json-chunks.ts).
  const contract = () => cliJsonChunks(outcome.result, outcome.problems);
  if (!jsonPath) for (const piece of batched(contract())) io.out(piece);
  const saved: string[] = [];
  for (const output of outputs) {
    if (output.option === '--json') await writePlanned(io, output, batched(contract()), false);
    else {
      const format = saveFormatOf(output.file.real);
      const backup = await writePlanned(io, output, await opened.book.toBuffer({ format }), true);
      saved.push(
        language === 'en' ? `Saved (the input is unchanged): ${output.file.real}` : `Сохранено (исходные файлы не изменены): ${output.file.real}`,
        ...savedCopyLines(output.file.real, backup, lostOnCopyNotice(opened.lost, language, format), language),
      );
    }
  }
  for (const line of summaryLines(outcome.result, language, outcome.writes.map((w) => pick(w.text, language)))) io.err(line);
  // Sheets are written only into a saved copy: without --out, say how to get one instead.
  if (!outPath)
    io.err(
      language === 'en'
        ? 'The sheets were not saved: add --out <copy.xlsx> to save a copy of the workbook with them.'
        : 'Листы Опоры не сохранены: чтобы получить копию книги с ними, добавьте --out <копия.xlsx>.',
    );
  for (const line of saved) io.err(line);
  return EXIT_OK;
};

const summaryLines = (result: Awaited<ReturnType<typeof runIdentification>>['result'], language: Language, writes: string[]): string[] => {
  const lines = result.summary.map((s) =>
    language === 'en'
      ? `${s.year}: schools ${s.schools}, low results (ШНОР) ${s.groups.ШНОР}, social (ШНСУ) ${s.groups.ШНСУ}, stable ${s.stable}.`
      : `${s.year}: школ ${s.schools}, ШНОР ${s.groups.ШНОР}, ШНСУ ${s.groups.ШНСУ}, устойчиво низкие ${s.stable}.`,
  );
  for (const n of result.notEvaluated) lines.push(language === 'en' ? `${n.code} not evaluated: ${n.reason.en}.` : `${n.code} не оценивался: ${n.reason.ru}.`);
  return [...lines, ...writes];
};

export const identifyCommand: Command = {
  name: 'identify',
  summary: 'идентифицировать ШНОР/ШНСУ и педагогов; результат в JSON и (по желанию) в копии книги',
  help: [
    'opora identify <книга.xlsx|файл.csv> [ещё файлы…] [--settings <файл.json>] [--json <результат.json>] [--out <копия.xlsx>] [--year N] [--lang ru|en]',
    '',
    'Несколько файлов (например, результаты в CSV и реестр школ в .xlsx) читаются как одна книга.',
    'Читает все годы, найденные в книге, применяет критерии R1–R3 (ШНОР), S1–S3 (ШНСУ) и T1–T3 (педагоги)',
    'и выводит результат в JSON: по одной записи на школу и год (в том числе не попавшие в группы),',
    'с кодами сработавших критериев, значениями и порогами, и все замечания к данным.',
    'Критерии, для которых в книге нет данных, не оцениваются — об этом сказано в выводе.',
    '',
    '  --settings <файл.json>  параметры идентификации (пороги, включённые критерии); по умолчанию — из листа',
    '                          «Параметры» книги, если он есть, иначе значения из документов-основ',
    '  --json <файл.json>      записать JSON в файл (без параметра — в стандартный вывод)',
    '  --out <копия.xlsx>      записать копию книги с листами Опоры; исходная книга не изменяется',
    '  --year N                только год N (предыдущий год используется для «устойчиво низких»)',
    '  --lang ru|en            язык сообщений и листов (по умолчанию ru)',
  ].join('\n'),
  options: [HELP_OPTION, LANG_OPTION, { name: 'settings', value: true }, { name: 'json', value: true }, { name: 'out', value: true }, { name: 'year', value: true }],
  run,
};
