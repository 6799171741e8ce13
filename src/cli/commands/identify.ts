import { mkdir, readFile, writeFile } from 'fs/promises';
import { dirname, resolve } from 'path';
import { runIdentification } from '../../app/identify';
import { makeSettings, toCliJson, type Settings } from '../../domain';
import { saveXlsxFile } from '../../hosts/xlsx/xlsx-file';
import { languageOption, stringOption, yearOption, type ParsedArgs } from '../args';
import { EXIT_OK, UserError } from '../errors';
import { openWorkbookFile } from '../files';
import type { CliIo } from '../io';
import { HELP_OPTION, LANG_OPTION, type Command } from './command';

const readSettingsFile = async (cwd: string, path: string): Promise<Settings> => {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch {
    throw new UserError(`Файл параметров «${path}» не найден.`);
  }
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
  const { book, paths: inputs } = await openWorkbookFile(io.cwd, args.positionals);
  if (outPath && inputs.includes(resolve(io.cwd, outPath))) throw new UserError('«--out» совпадает с исходной книгой: Опора не изменяет исходный файл. Укажите другое имя.');
  const settings = settingsPath ? await readSettingsFile(io.cwd, settingsPath) : undefined;

  // The book lives in memory: sheets are written into the copy, the input file is never touched.
  const outcome = await runIdentification(book, {
    ...(settings ? { settings } : {}),
    ...(year !== undefined ? { year, years: [year] } : {}),
    language,
  });
  if (year !== undefined && outcome.result.schools.length === 0) throw new UserError(`В книге нет данных за ${year} год.`);
  const json = `${JSON.stringify(toCliJson(outcome.result, outcome.problems), null, 2)}\n`;
  if (jsonPath) {
    const full = resolve(io.cwd, jsonPath);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, json);
  } else {
    io.out(json);
  }
  const saved = outPath ? resolve(io.cwd, outPath) : null;
  if (saved) {
    await mkdir(dirname(saved), { recursive: true });
    await saveXlsxFile(book, saved);
  }
  for (const line of summaryLines(outcome.result, language)) io.err(line);
  for (const line of savingLines(saved, outcome.writes.map((w) => w.sheet), language)) io.err(line);
  return EXIT_OK;
};

/** Sheets are reported as written only when the copy holding them was saved. */
const savingLines = (saved: string | null, sheets: string[], language: 'ru' | 'en'): string[] => {
  const names = sheets.map((s) => `«${s}»`).join(', ');
  if (!saved)
    return [
      language === 'en'
        ? 'The sheets were not saved: add --out <copy.xlsx> to save a copy of the workbook with them.'
        : 'Листы Опоры не сохранены: чтобы получить копию книги с ними, добавьте --out <копия.xlsx>.',
    ];
  return language === 'en'
    ? [`Sheets: ${names}.`, `Saved (the input is unchanged): ${saved}`]
    : [`Листы: ${names}.`, `Сохранено (исходные файлы не изменены): ${saved}`];
};

const summaryLines = (result: Awaited<ReturnType<typeof runIdentification>>['result'], language: 'ru' | 'en'): string[] => {
  const lines = result.summary.map((s) =>
    language === 'en'
      ? `${s.year}: schools ${s.schools}, low results (ШНОР) ${s.groups.ШНОР}, social (ШНСУ) ${s.groups.ШНСУ}, stable ${s.stable}.`
      : `${s.year}: школ ${s.schools}, ШНОР ${s.groups.ШНОР}, ШНСУ ${s.groups.ШНСУ}, устойчиво низкие ${s.stable}.`,
  );
  for (const n of result.notEvaluated) lines.push(language === 'en' ? `${n.code} not evaluated: ${n.reasonEn}.` : `${n.code} не оценивался: ${n.reason}.`);
  return lines;
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
    '  --out <копия.xlsx>      записать копию книги с листами Опоры; исходная книга не изменяется;',
    '                          без него листы не сохраняются',
    '  --year N                только год N (предыдущий год используется для «устойчиво низких»)',
    '  --lang ru|en            язык сообщений и листов (по умолчанию ru)',
  ].join('\n'),
  options: [HELP_OPTION, LANG_OPTION, { name: 'settings', value: true }, { name: 'json', value: true }, { name: 'out', value: true }, { name: 'year', value: true }],
  run,
};
