import { mkdir, writeFile } from 'fs/promises';
import { dirname, resolve } from 'path';
import { sampleWorkbookBytes } from '../../sample/write-sample';
import type { ParsedArgs } from '../args';
import { EXIT_OK, UserError } from '../errors';
import type { CliIo } from '../io';
import { HELP_OPTION, type Command } from './command';

const run = async (args: ParsedArgs, io: CliIo): Promise<number> => {
  if (args.positionals.length !== 1) throw new UserError('Укажите, куда записать пример: opora sample <файл.xlsx>.');
  const out = resolve(io.cwd, args.positionals[0]);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, await sampleWorkbookBytes());
  io.out(`Пример книги «Энский муниципальный район» записан: ${out}`);
  return EXIT_OK;
};

export const sampleCommand: Command = {
  name: 'sample',
  summary: 'записать пример книги (вымышленный район) в файл .xlsx',
  help: [
    'opora sample <файл.xlsx>',
    '',
    'Записывает пример книги комитета образования «Энский муниципальный район»: реестр школ,',
    'результаты ЕГЭ, ОГЭ и ВПР за три года, олимпиады, социальный паспорт, территории, педагоги',
    'и мониторинг. Все данные вымышлены. Существующий файл с тем же именем будет заменён.',
  ].join('\n'),
  options: [HELP_OPTION],
  run,
};
