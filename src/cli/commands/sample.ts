import { sampleWorkbookBytes } from '../../sample/write-sample';
import { SAMPLE_WORKBOOK_PATH } from '../../sample/sample-path';
import type { ParsedArgs } from '../args';
import { EXIT_OK, UserError } from '../errors';
import { fileIdentity } from '../file-identity';
import type { CliIo } from '../io';
import { planOutputs, writePlanned } from '../outputs';
import { HELP_OPTION, type Command } from './command';

const run = async (args: ParsedArgs, io: CliIo): Promise<number> => {
  if (args.positionals.length !== 1) throw new UserError('Укажите, куда записать пример: opora sample <файл.xlsx>.');
  // The bundled sample is what this command reads from: it is never its own output.
  const [target] = await planOutputs(io.cwd, [await fileIdentity(io.cwd, SAMPLE_WORKBOOK_PATH)], [{ option: 'Файл', path: args.positionals[0] }]);
  await writePlanned(io, target, await sampleWorkbookBytes(), false);
  const out = target.file.real;
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
