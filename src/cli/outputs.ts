import { writeOutputFile, type OutputContent } from './atomic-write';
import { assertOutputsSafe, fileIdentity, sameFile, type FileIdentity } from './file-identity';
import type { CliIo } from './io';
import { withFsErrors } from './io-errors';

export interface RequestedOutput {
  /** How the user named it, for messages: «--out», «--json». */
  option: string;
  path: string;
  /** The workbook copy: the only output that may update a «*.opora.xlsx» input in place. */
  workbookCopy?: boolean;
}

export interface PlannedOutput {
  option: string;
  file: FileIdentity;
  /** The input «<book>.opora.xlsx» updated in place; its previous version is kept as a backup. */
  inPlace: boolean;
}

const isOporaCopy = (f: FileIdentity): boolean => /\.opora\.xlsx$/i.test(f.real);

/**
 * Resolves every output a command will write and refuses, before anything is read or written, one that
 * is an input file (by real path or device and inode) or another output. The one exception is the
 * documented in-place update of a «*.opora.xlsx» copy given as the input.
 */
export const planOutputs = async (cwd: string, inputs: readonly FileIdentity[], requested: readonly RequestedOutput[]): Promise<PlannedOutput[]> => {
  const planned: PlannedOutput[] = [];
  for (const r of requested) {
    const file = await withFsErrors(r.path, 'write', () => fileIdentity(cwd, r.path));
    const inPlace = !!r.workbookCopy && inputs.some((i) => sameFile(i, file) && isOporaCopy(i));
    planned.push({ option: r.option, file, inPlace });
  }
  assertOutputsSafe(inputs, planned);
  return planned;
};

/** Writes one planned output through a temporary file; a replaced workbook is kept as a backup. Returns the backup path, if any. */
export const writePlanned = (io: CliIo, output: PlannedOutput, content: OutputContent, backup: boolean): Promise<string | null> =>
  writeOutputFile(output.file, content, { backup, ...(io.outputFs ? { fs: io.outputFs } : {}) });
