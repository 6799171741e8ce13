import { lstat, realpath, stat } from 'fs/promises';
import { basename, dirname, join, resolve } from 'path';
import { UserError } from './errors';
import { isFsError } from './io-errors';

/** A file as the file system knows it: its real path and, when it exists, its device and inode. */
export interface FileIdentity {
  /** The path as the user typed it (for messages). */
  given: string;
  /** Absolute, every symbolic link resolved (the parent's links too when the file does not exist yet). */
  real: string;
  /** dev:ino of the existing file; null when nothing is there yet. */
  inode: string | null;
  /** What is there now: a regular file, something else (a folder, a device, a FIFO), or nothing. */
  kind: 'file' | 'folder' | 'other' | null;
}

/** The real path of a path that may not exist: the deepest existing ancestor resolved, the rest appended. */
const realPathOf = async (full: string): Promise<string> => {
  try {
    return await realpath(full);
  } catch (e) {
    if (!isFsError(e) || (e.code !== 'ENOENT' && e.code !== 'ENOTDIR')) throw e;
    const parent = dirname(full);
    if (parent === full) return full;
    return join(await realPathOf(parent), basename(full));
  }
};

export const fileIdentity = async (cwd: string, given: string): Promise<FileIdentity> => {
  const full = resolve(cwd, given);
  const real = await realPathOf(full);
  let inode: string | null = null;
  let kind: FileIdentity['kind'] = null;
  try {
    const s = await stat(full);
    inode = `${s.dev}:${s.ino}`;
    kind = s.isFile() ? 'file' : s.isDirectory() ? 'folder' : 'other';
  } catch (e) {
    if (!isFsError(e)) throw e;
    // A link whose target is missing: writing through it would create a file somewhere else.
    if (e.code === 'ENOENT' && (await lstat(full).then((l) => l.isSymbolicLink(), () => false)))
      throw new UserError(`«${given}» — ссылка на несуществующий файл. Укажите обычное имя файла для результата.`);
  }
  return { given, real, inode, kind };
};

export const sameFile = (a: FileIdentity, b: FileIdentity): boolean => a.real === b.real || (a.inode !== null && a.inode === b.inode);

/**
 * Refuses an output that is a folder or a device, one that is one of the inputs (the same file by real
 * path or by device and inode: a symbolic or hard link counts) unless it is the documented in-place
 * update, and two outputs that are the same file. Option names label the message.
 */
export const assertOutputsSafe = (inputs: readonly FileIdentity[], outputs: readonly { option: string; file: FileIdentity; inPlace?: boolean }[]): void => {
  for (const { option, file, inPlace } of outputs) {
    if (file.kind === 'folder') throw new UserError(`${option} «${file.given}» — это папка. Укажите имя файла в ней, например «${file.given.replace(/[\\/]+$/, '')}/итог${option === '--json' ? '.json' : '.xlsx'}».`);
    if (file.kind === 'other') throw new UserError(`${option} «${file.given}» — не обычный файл (устройство или канал). Укажите имя файла на диске.`);
    const input = inPlace ? undefined : inputs.find((i) => sameFile(i, file));
    if (input)
      throw new UserError(
        `${option} «${file.given}» — это входной файл «${input.given}» (тот же файл, в том числе через ссылку). Опора не изменяет исходный файл: укажите другое имя.`,
      );
  }
  outputs.forEach((a, i) => {
    const other = outputs.slice(i + 1).find((b) => sameFile(a.file, b.file));
    if (other) throw new UserError(`${a.option} и ${other.option} указывают на один файл «${a.file.given}»: укажите разные имена.`);
  });
};
