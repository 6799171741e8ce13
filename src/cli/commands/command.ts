import type { OptionSpec, ParsedArgs } from '../args';
import type { CliIo } from '../io';

/** One subcommand: its own file under commands/, listed in commands/index.ts. */
export interface Command {
  name: string;
  /** One line for the command list (Russian). */
  summary: string;
  /** Full help text (Russian), printed by `opora <command> --help`. */
  help: string;
  options: readonly OptionSpec[];
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

export const HELP_OPTION: OptionSpec = { name: 'help', value: false };
export const LANG_OPTION: OptionSpec = { name: 'lang', value: true };
