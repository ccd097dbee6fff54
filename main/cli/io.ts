import { translate } from '../../shared/i18n';
import { languageOfLocale, type Language } from '../../shared/domain/fields';
import type { ApiError } from '../../shared/api/errors';

export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const wanted = env.CIRCLEKEEPER_LANGUAGE ?? env.LC_ALL ?? env.LANG ?? '';
  return languageOfLocale(wanted);
}

export const say = (key: string, params?: Record<string, string | number>) =>
  translate(cliLanguage(), key, params);

/** A message with a count, in the plural form the language uses for it (`key_one`, `key_few`…). */
export function sayCount(key: string, count: number, params: Record<string, string | number> = {}) {
  const language = cliLanguage();
  const form = new Intl.PluralRules(language).select(count);
  return translate(language, `${key}_${form}`, { ...params, count });
}

/** A CLI failure with a message already in the user's language. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function describeApiError(error: ApiError): string {
  const lines = [say(error.messageKey, error.params)];
  for (const field of error.fieldErrors ?? []) {
    lines.push(`  ${field.path}: ${say(field.messageKey, field.params)}`);
  }
  return lines.join('\n');
}

/** Reads one secret: hidden typing at a terminal, or the first line of piped input. */
export async function readSecret(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) return readFirstLine();
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          return resolve(typed);
        }
        if (char === '\u0003') {
          finish();
          return reject(new CliError('', 130));
        }
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
      }
    };
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    stdin.on('data', onData);
  });
}

let pipedLines: Promise<string[]> | null = null;

/** Piped stdin is read once; successive secrets take successive lines. */
async function readFirstLine(): Promise<string> {
  pipedLines ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  })();
  const lines = await pipedLines;
  return lines.shift() ?? '';
}
