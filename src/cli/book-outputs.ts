import { resolve } from 'path';
import { lostOnCopyNotice } from '../app/book-contents';
import { saveFormatOf } from '../hosts/files/open-data-files';
import type { Language } from '../i18n';
import { stringOption, type ParsedArgs } from './args';
import { oporaCopyPath, type OpenedWorkbookFile } from './files';
import type { CliIo } from './io';
import { savedCopyLines } from './output-messages';
import { batched, jsonChunks } from './json-chunks';
import { planOutputs, writePlanned } from './outputs';

/**
 * The outputs of a command that writes sheets into a copy of the book (`--out`, default «.opora.xlsx»)
 * and may write JSON (`--json`): planned before the work, so a bad path fails before anything runs,
 * then written; the lines tell where they went.
 */
export const planBookOutputs = async (io: CliIo, opened: OpenedWorkbookFile, args: ParsedArgs) => {
  const json = stringOption(args, 'json');
  const [copy, jsonOut] = await planOutputs(io.cwd, [opened.identity], [
    { option: '--out', path: stringOption(args, 'out') ?? oporaCopyPath(opened.path), workbookCopy: true },
    ...(json ? [{ option: '--json', path: json }] : []),
  ]);
  return {
    /** Writes the copy and the JSON; returns the lines «Сохранено: …» (with the backup and what a copy lacks) and «JSON: …». */
    write: async (value: () => unknown, language: Language): Promise<string[]> => {
      const out = copy.file.real;
      const format = saveFormatOf(out);
      const backup = await writePlanned(io, copy, await opened.book.toBuffer({ format }), true);
      if (jsonOut) await writePlanned(io, jsonOut, batched(jsonChunks(value())), false);
      return [
        `${language === 'en' ? 'Saved' : 'Сохранено'}: ${out}`,
        ...savedCopyLines(out, backup, lostOnCopyNotice(opened.lost, language, format), language),
        json ? `JSON: ${resolve(io.cwd, json)}` : '',
      ];
    },
  };
};
