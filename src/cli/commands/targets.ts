import { checkTargetsFromWorkbook, type TargetsRun } from '../../app/targets';
import type { MonitoringStage } from '../../domain/targets';
import { languageOption, stringOption, yearOption, type ParsedArgs } from '../args';
import { EXIT_OK, UserError } from '../errors';
import { planBookOutputs } from '../book-outputs';
import { openWorkbookFile } from '../files';
import type { CliIo } from '../io';
import { HELP_OPTION, LANG_OPTION, type Command } from './command';

/** The control of one year as JSON: each programme school's missed targets and no-data indicators, and the district's. */
export const targetsJson = (run: TargetsRun) => {
  const { control } = run;
  const nameOf = new Map(run.indicators.map((i) => [i.id, i.name]));
  return {
    year: control.year,
    stage: control.stage,
    schools: control.schools.map((s) => ({
      name: s.school.name,
      ...(s.school.municipality ? { municipality: s.school.municipality } : {}),
      groups: s.school.groups,
      missing: s.outcomes
        .filter((o) => o.status === 'missed')
        .map((o) => ({ indicator: nameOf.get(o.indicatorId) ?? o.indicatorId, id: o.indicatorId, actual: o.actual, target: o.target, shortfall: o.shortfall })),
      noData: s.outcomes.filter((o) => o.status === 'noData').map((o) => nameOf.get(o.indicatorId) ?? o.indicatorId),
    })),
    district: control.district.map((o) => ({
      indicator: nameOf.get(o.indicatorId) ?? o.indicatorId,
      id: o.indicatorId,
      status: o.status,
      actual: o.actual,
      target: o.target,
      ...(o.note ? { note: o.note } : {}),
    })),
    counts: control.counts.map((c) => ({ indicator: nameOf.get(c.indicatorId) ?? c.indicatorId, id: c.indicatorId, met: c.met, missed: c.missed, noData: c.noData })),
    sheets: run.reports.map((r) => r.sheet),
    problems: run.problems,
  };
};

const STAGES: Record<string, MonitoringStage> = {
  входной: 'entry',
  entry: 'entry',
  промежуточный: 'intermediate',
  intermediate: 'intermediate',
  итоговый: 'final',
  final: 'final',
};

const run = async (args: ParsedArgs, io: CliIo): Promise<number> => {
  if (args.positionals.length !== 1) throw new UserError('Укажите книгу: opora targets <книга.xlsx> [--year 2025] [--json итог.json] [--out итог.xlsx].');
  const language = languageOption(args);
  const year = yearOption(args, 'year');
  const stageText = stringOption(args, 'stage');
  const stage = stageText === undefined ? undefined : STAGES[stageText.toLowerCase()];
  if (stageText !== undefined && !stage) throw new UserError(`«--stage ${stageText}»: допустимы входной, промежуточный, итоговый (entry, intermediate, final).`);
  const opened = await openWorkbookFile(io.cwd, args.positionals[0]);
  const { book, path } = opened;
  const outputs = await planBookOutputs(io, opened, args);
  const result = await checkTargetsFromWorkbook(book, { ...(year ? { year } : {}), ...(stage ? { stage } : {}), language });
  const saved = await outputs.write(() => targetsJson(result), language);

  const { control } = result;
  const en = language === 'en';
  const missingLines = control.missing.map((s) => {
    const names = s.outcomes.filter((o) => o.status === 'missed').map((o) => result.indicators.find((i) => i.id === o.indicatorId)?.name ?? o.indicatorId);
    return `  ${s.school.name}: ${names.join('; ')}`;
  });
  const lines = en
    ? [
        `Workbook: ${path}`,
        `Target control ${control.year}: ${control.schools.length} programme schools, ${control.missing.length} missing at least one target.`,
        ...missingLines,
        ...result.reports.map((r) => r.text.en),
        ...result.problems.map((p) => p.messageEn ?? p.message),
        ...saved,
      ]
    : [
        `Книга: ${path}`,
        `Контроль показателей ${control.year}: школ в программе ${control.schools.length}, не достигли хотя бы одного показателя ${control.missing.length}.`,
        ...missingLines,
        ...result.reports.map((r) => r.text.ru),
        ...result.problems.map((p) => p.message),
        ...saved,
      ];
  io.out(lines.filter(Boolean).join('\n'));
  return EXIT_OK;
};

export const targetsCommand: Command = {
  name: 'targets',
  summary: 'целевые показатели: шаблон мониторинга, контроль школ за год, результаты по годам',
  help: [
    'opora targets <книга.xlsx> [--year 2025] [--stage итоговый] [--out итог.xlsx] [--json итог.json] [--lang ru|en]',
    '',
    'Создаёт (при первом запуске) лист «Целевые показатели» из концепции поддержки школ и программы',
    'поддержки педагогов; ваши правки на нём сохраняются. Пишет шаблоны «Мониторинг показателей <год>»',
    'и «Мониторинг района <год>» для заполнения, лист «Контроль показателей <год>» (по каждой школе и',
    'показателю: выполнено / не выполнено / нет данных) и «Результаты по годам». Мониторинг берётся',
    'из ваших листов мониторинга и из заполненных шаблонов.',
    '--year   год контроля; по умолчанию последний год в данных мониторинга.',
    '--stage  этап мониторинга: входной (март), промежуточный (сентябрь), итоговый (ноябрь, по умолчанию);',
    '         проверяются показатели, срок которых наступил к этапу.',
    '--out    куда сохранить книгу; без него — копия «<книга>.opora.xlsx» рядом с исходной.',
    '--json   записать контроль в файл JSON: { year, schools: [{ name, municipality, missing, noData }], district }.',
  ].join('\n'),
  options: [HELP_OPTION, LANG_OPTION, { name: 'year', value: true }, { name: 'stage', value: true }, { name: 'out', value: true }, { name: 'json', value: true }],
  run,
};
