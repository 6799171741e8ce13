import { buildRoadmapFromWorkbook, type RoadmapRun } from '../../app/roadmap';
import { parseSchoolYear } from '../../domain/roadmap/school-calendar';
import { languageOption, stringOption, type ParsedArgs } from '../args';
import { EXIT_OK, UserError } from '../errors';
import { planBookOutputs } from '../book-outputs';
import { openWorkbookFile } from '../files';
import type { CliIo } from '../io';
import { HELP_OPTION, LANG_OPTION, type Command } from './command';

/** The roadmap as plain JSON: sections with items, and each school's own plan. */
export const roadmapJson = (run: RoadmapRun) => {
  const item = (i: RoadmapRun['roadmap']['sections'][number]['items'][number]) => ({
    number: i.number,
    key: i.key,
    activity: i.activity.text,
    timing: i.timingText,
    months: i.months,
    responsible: i.activity.responsible,
    expectedResult: i.expectedResult,
    scope: i.activity.scope,
    schools: i.schools.map((s) => s.name),
    pairs: i.pairs,
    source: i.activity.source,
  });
  return {
    schoolYear: run.roadmap.year.label,
    sheets: run.reports.map((r) => r.sheet),
    sections: run.roadmap.sections.map((s) => ({ number: s.number, title: s.title, items: s.items.map(item) })),
    schoolPlans: run.roadmap.schoolPlans.map((p) => ({
      school: p.school.name,
      schoolKey: p.school.key,
      groups: p.school.groups,
      items: p.items.map(item),
      partners: p.partners,
    })),
    legend: run.roadmap.legend,
    problems: run.problems,
  };
};

const run = async (args: ParsedArgs, io: CliIo): Promise<number> => {
  if (args.positionals.length === 0) {
    throw new UserError('Укажите книгу: opora roadmap <книга.xlsx> --year 2025/2026 [--out итог.xlsx] [--json итог.json].');
  }
  const language = languageOption(args);
  const year = stringOption(args, 'year');
  if (year !== undefined && !parseSchoolYear(year)) {
    throw new UserError(`«--year ${year}»: укажите учебный год в виде 2025/2026.`);
  }
  const opened = await openWorkbookFile(io.cwd, args.positionals);
  const { book, path } = opened;
  const outputs = await planBookOutputs(io, opened, args);
  const result = await buildRoadmapFromWorkbook(book, { ...(year ? { schoolYear: year } : {}), language });
  const saved = await outputs.write(() => roadmapJson(result), language);
  const schools = result.roadmap.schoolPlans.length;
  const items = result.roadmap.sections.reduce((n, s) => n + s.items.length, 0);
  const lines =
    language === 'en'
      ? [
          `Workbook: ${path}`,
          `Roadmap ${result.roadmap.year.label}: ${items} activities in ${result.roadmap.sections.length} sections, ${schools} programme schools.`,
          ...result.reports.map((r) => r.messageEn),
          result.catalogueCreated ? 'The activity catalogue sheet was created from the default catalogue; edit it and run again.' : '',
          ...result.problems.map((p) => p.messageEn ?? p.message),
          ...saved,
        ]
      : [
          `Книга: ${path}`,
          `Дорожная карта ${result.roadmap.year.label}: мероприятий ${items} в ${result.roadmap.sections.length} разделах, школ в программе ${schools}.`,
          ...result.reports.map((r) => r.message),
          result.catalogueCreated ? 'Лист «Каталог мероприятий» создан из каталога по умолчанию; отредактируйте его и запустите снова.' : '',
          ...result.problems.map((p) => p.message),
          ...saved,
        ];
  io.out(lines.filter(Boolean).join('\n'));
  return EXIT_OK;
};

export const roadmapCommand: Command = {
  name: 'roadmap',
  summary: 'построить дорожную карту, планы школ и график на учебный год',
  help: [
    'opora roadmap <книга.xlsx> [--year 2025/2026] [--out итог.xlsx] [--json итог.json] [--lang ru|en]',
    '',
    'Читает книгу, проводит идентификацию ШНОР и ШНСУ и по листу «Каталог мероприятий» (создаётся',
    'при первом запуске из каталога по умолчанию) строит листы «Дорожная карта 2025-2026»,',
    '«Планы школ 2025-2026» и «График 2025-2026». Всё, что вы вписали в прежнюю дорожную карту',
    '(отметки, примечания, сроки, ответственные), переносится; мероприятия, которые больше не',
    'применяются, остаются с пометкой «не применяется».',
    '--year   учебный год (сентябрь–август); по умолчанию год после последнего года результатов.',
    '--out    куда сохранить книгу; без него — копия «<книга>.opora.xlsx» рядом с исходной (исходная',
    '         книга не изменяется; книга *.opora.xlsx обновляется на месте, правки сохраняются).',
    '--json   записать дорожную карту и планы школ в файл JSON.',
  ].join('\n'),
  options: [HELP_OPTION, LANG_OPTION, { name: 'year', value: true }, { name: 'out', value: true }, { name: 'json', value: true }],
  run,
};
