import { resolve } from 'path';
import { lostOnCopyNotice } from '../../app/book-contents';
import { saveFormatOf } from '../../hosts/files/open-data-files';
import { runIdentification } from '../../app/identify';
import { inspectionReport, inspectWorkbook } from '../../app/inspect';
import { buildRoadmapFromWorkbook } from '../../app/roadmap';
import { checkTargetsFromWorkbook } from '../../app/targets';
import type { IdentificationResult } from '../../domain';
import type { Language } from '../../i18n';
import { languageOption, stringOption, type ParsedArgs } from '../args';
import { EXIT_OK } from '../errors';
import { fileIdentity } from '../file-identity';
import { openWorkbookFile, oporaCopyPath } from '../files';
import type { CliIo } from '../io';
import { savedCopyLines } from '../output-messages';
import { planOutputs, writePlanned } from '../outputs';
import { openSample } from '../sample-book';
import { HELP_OPTION, LANG_OPTION, type Command } from './command';

/** A finding's value as the terminal shows it: «23,2» (one decimal) in Russian, yes/no for a yes-or-no criterion such as S2. */
const shown = (v: unknown, language: Language): string => {
  if (typeof v === 'number') return (Math.round(v * 10) / 10).toLocaleString(language === 'en' ? 'en-US' : 'ru-RU', { useGrouping: false });
  if (typeof v === 'boolean') return v ? (language === 'en' ? 'yes' : 'да') : language === 'en' ? 'no' : 'нет';
  return String(v);
};

/** The flagged schools of one year, one line each: groups, stable mark, criteria with value and threshold. */
export const flaggedSchoolLines = (result: IdentificationResult, year: number, language: Language): string[] =>
  result.schools
    .filter((s) => s.year === year && s.groups.length > 0)
    .map((s) => {
      const criteria = s.findings
        .filter((f) => f.flagged)
        // A yes-or-no criterion (S2) has nothing to compare with: its code says it all.
        .map((f) => (typeof f.value === 'boolean' ? f.code : `${f.code} ${shown(f.value, language)} (${language === 'en' ? 'threshold' : 'порог'} ${shown(f.threshold, language)})`))
        .join('; ');
      const stable = s.stable ? (language === 'en' ? ', stable' : ', устойчиво') : '';
      const adjusted = s.adjustment ? (language === 'en' ? ', expert adjustment' : ', экспертная корректировка') : '';
      return `  • ${s.name}: ${s.groups.join(' + ')}${stable}${adjusted} — ${criteria || '—'}`;
    });

const run = async (args: ParsedArgs, io: CliIo): Promise<number> => {
  const language = languageOption(args);
  const opened = args.positionals.length > 0 ? await openWorkbookFile(io.cwd, args.positionals) : { ...(await openSample()), lost: [] };
  const defaultOut = args.positionals[0] ? oporaCopyPath(opened.path) : resolve(io.cwd, 'out', 'opora-sample.opora.xlsx');
  const [copy] = await planOutputs(io.cwd, [await fileIdentity(io.cwd, opened.path)], [{ option: '--out', path: stringOption(args, 'out') ?? defaultOut, workbookCopy: true }]);
  const out = copy.file.real;
  const en = language === 'en';

  io.out(`${en ? 'Workbook' : 'Книга'}: ${opened.path}\n`);
  io.out(inspectionReport(await inspectWorkbook(opened.book), language));

  const identification = await runIdentification(opened.book, { language });
  const { result, year } = identification;
  io.out(`\n${en ? '== Identification' : '== Идентификация'}`);
  for (const s of result.summary) {
    io.out(
      en
        ? `${s.year}: schools ${s.schools}, ШНОР ${s.groups.ШНОР}, ШНСУ ${s.groups.ШНСУ}, stable ${s.stable}, entered ${s.entered.length}, left ${s.left.length}`
        : `${s.year}: школ ${s.schools}, ШНОР ${s.groups.ШНОР}, ШНСУ ${s.groups.ШНСУ}, устойчиво низкие ${s.stable}, вошли ${s.entered.length}, вышли ${s.left.length}`,
    );
  }
  for (const n of result.notEvaluated) io.out(en ? `${n.code} not evaluated: ${n.reason.en}` : `${n.code} не оценивался: ${n.reason.ru}`);
  if (year !== null) {
    io.out(en ? `\nSchools in the programme, ${year}:` : `\nШколы программы, ${year} год:`);
    io.out(flaggedSchoolLines(result, year, language).join('\n') || '  —');
    const teachers = new Set(result.teachers.filter((t) => t.flagged).map((t) => `${t.teacher}|${t.schoolKey}`)).size;
    io.out(en ? `Teachers meeting a T-criterion: ${teachers}` : `Педагогов, отвечающих критериям T1–T3.2: ${teachers}`);
  }

  const roadmap = await buildRoadmapFromWorkbook(opened.book, { language });
  const items = roadmap.roadmap.sections.reduce((n, s) => n + s.items.length, 0);
  io.out(`\n${en ? '== Roadmap' : '== Дорожная карта'} ${roadmap.roadmap.year.label}`);
  io.out(
    en
      ? `${items} activities in ${roadmap.roadmap.sections.length} sections; own plans of ${roadmap.roadmap.schoolPlans.length} schools.`
      : `Мероприятий ${items} в ${roadmap.roadmap.sections.length} разделах; собственные планы ${roadmap.roadmap.schoolPlans.length} школ.`,
  );

  const targets = await checkTargetsFromWorkbook(opened.book, { language });
  const { control } = targets;
  io.out(`\n${en ? '== Target indicators' : '== Целевые показатели'} ${control.year}`);
  io.out(
    en
      ? `${control.schools.length} programme schools; missing at least one target: ${control.missing.length}${control.missing.length ? ` (${control.missing.map((m) => m.school.name).join(', ')})` : ''}.`
      : `Школ в программе ${control.schools.length}; не достигли хотя бы одного показателя: ${control.missing.length}${control.missing.length ? ` (${control.missing.map((m) => m.school.name).join(', ')})` : ''}.`,
  );

  const format = saveFormatOf(out);
  const backup = await writePlanned(io, copy, await opened.book.toBuffer({ format }), true);
  const sheets = [...identification.writes, ...roadmap.reports, ...targets.reports].map((w) => `«${w.sheet}»`).join(', ');
  io.out(`\n${en ? 'Written sheets' : 'Записаны листы'}: ${sheets}`);
  io.out(`${en ? 'Saved (the input workbook is unchanged)' : 'Сохранено (исходная книга не изменена)'}: ${out}`);
  for (const line of savedCopyLines(out, backup, lostOnCopyNotice(opened.lost, language, format), language)) io.out(line);
  return EXIT_OK;
};

export const demoCommand: Command = {
  name: 'demo',
  summary: 'вся работа на примере или своей книге: распознавание, идентификация, дорожная карта, целевые показатели',
  help: [
    'opora demo [книга.xlsx] [--out итог.xlsx] [--lang ru|en]',
    '',
    'Без имени файла берёт встроенный пример «Энский муниципальный район». Показывает, что распознано',
    'на каждом листе и все замечания, проводит идентификацию ШНОР/ШНСУ и педагогов, строит дорожную',
    'карту на следующий учебный год, проверяет целевые показатели по листу мониторинга и сохраняет',
    'копию книги с листами Опоры',
    '(по умолчанию out/opora-sample.opora.xlsx или «<книга>.opora.xlsx»). Исходная книга не изменяется.',
  ].join('\n'),
  options: [HELP_OPTION, LANG_OPTION, { name: 'out', value: true }],
  run,
};
