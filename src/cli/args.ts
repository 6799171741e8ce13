import { UserError } from './errors';
import type { Language } from '../i18n/bilingual';

export interface OptionSpec {
  name: string; // without dashes
  /** Takes a value (--json out.json); otherwise a switch (--help). */
  value: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

/**
 * A small parser: `--name value`, `--name=value`, switches, and positionals. Unknown options and
 * missing values are the user's errors, reported in Russian.
 */
export const parseArgs = (argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs => {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positionals.push(arg);
      else positionals.push(...argv.slice(i + 1));
      if (arg === '--') break;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const spec = specs.find((s) => s.name === name);
    if (!spec) throw new UserError(`Неизвестный параметр «--${name}». Список параметров: --help.`);
    if (!spec.value) {
      if (eq >= 0) throw new UserError(`Параметр «--${name}» не принимает значения.`);
      options.set(name, true);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new UserError(`После «--${name}» укажите значение.`);
    options.set(name, value);
  }
  return { positionals, options };
};

export const stringOption = (args: ParsedArgs, name: string): string | undefined => {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
};

export const yearOption = (args: ParsedArgs, name: string): number | undefined => {
  const v = stringOption(args, name);
  if (v === undefined) return undefined;
  if (!/^\d{4}$/.test(v)) throw new UserError(`«--${name} ${v}»: укажите год четырьмя цифрами, например 2024.`);
  return Number(v);
};

export const languageOption = (args: ParsedArgs): Language => {
  const v = stringOption(args, 'lang') ?? 'ru';
  if (v !== 'ru' && v !== 'en') throw new UserError(`«--lang ${v}»: допустимы ru или en.`);
  return v;
};
