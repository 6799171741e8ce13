import { randomBytes } from 'crypto';
import { constants } from 'fs';
import * as fsp from 'fs/promises';
import { basename, dirname, join } from 'path';
import type { FileIdentity } from './file-identity';
import { withFsErrors } from './io-errors';

/** What an output file holds: bytes, or text in pieces written one by one (UTF-8), never joined in memory. */
export type OutputContent = Uint8Array | Iterable<string>;

/** The file-system calls an output write makes; tests pass one that fails (a full disk) to prove nothing is lost. */
export interface OutputFs {
  mkdir(path: string): Promise<unknown>;
  writeNew(path: string, content: OutputContent): Promise<void>;
  copy(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  exists(path: string): Promise<boolean>;
}

export const nodeOutputFs: OutputFs = {
  mkdir: (path) => fsp.mkdir(path, { recursive: true }),
  writeNew: async (path, content) => {
    const handle = await fsp.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
    try {
      // Each writeFile continues from where the previous one stopped and writes its piece whole.
      if (content instanceof Uint8Array) await handle.writeFile(content);
      else for (const piece of content) await handle.writeFile(piece, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  copy: (from, to) => fsp.copyFile(from, to, constants.COPYFILE_EXCL),
  rename: (from, to) => fsp.rename(from, to),
  remove: (path) => fsp.rm(path, { force: true }),
  exists: (path) => fsp.lstat(path).then(() => true, () => false),
};

/** «книга.opora.xlsx» → «книга.opora.bak.xlsx»: where the previous version of a replaced workbook is kept. */
export const backupPathOf = (path: string): string => {
  const m = /(\.[^./\\]+)$/.exec(path);
  return m ? `${path.slice(0, -m[1].length)}.bak${m[1]}` : `${path}.bak`;
};

const tempNameBeside = (path: string): string => join(dirname(path), `.${basename(path).slice(0, 100)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

/** Writes `to` from a temporary file beside it, renamed into place only when complete. */
const replaceAtomically = async (fs: OutputFs, to: string, fill: (temp: string) => Promise<void>): Promise<void> => {
  const temp = tempNameBeside(to);
  try {
    await fill(temp);
    await fs.rename(temp, to);
  } catch (e) {
    await fs.remove(temp).catch(() => undefined);
    throw e;
  }
};

export interface WriteOutputOptions {
  /** Keep the file being replaced as «<name>.bak.<ext>» (its previous backup is replaced). */
  backup?: boolean;
  fs?: OutputFs;
}

/**
 * Writes an output file safely: into a temporary file in the same folder, renamed over the target only
 * once every byte is on disk, so a full disk or a crash leaves the previous file as it was. The real
 * path is written, so a symbolic link given as the output keeps pointing where it did.
 * Returns the backup's path when one was made.
 */
export const writeOutputFile = async (target: FileIdentity, content: OutputContent, options: WriteOutputOptions = {}): Promise<string | null> => {
  const fs = options.fs ?? nodeOutputFs;
  const to = target.real;
  return withFsErrors(target.given, 'write', async () => {
    await fs.mkdir(dirname(to));
    let backup: string | null = null;
    if (options.backup && target.inode !== null && (await fs.exists(to))) {
      backup = backupPathOf(to);
      await replaceAtomically(fs, backup, (temp) => fs.copy(to, temp));
    }
    await replaceAtomically(fs, to, (temp) => fs.writeNew(temp, content));
    return backup;
  });
};
