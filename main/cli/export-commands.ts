// `export ics|meeting-guide --out FILE`: the public calendar or Meeting Guide feed for a web
// volunteer's script. Reads only the public file, so it needs no password (DESIGN §4, §7).
import path from 'node:path';
import type { FeedKind } from '../../shared/feeds/export';
import { exportPublicFeed } from '../feeds/export';
import { writeFileAtomic } from '../vault/atomic-file';
import type { CommandOptions } from './commands';
import { CliError, cliLanguage, say } from './io';

const KINDS: Record<string, FeedKind> = { ics: 'icalendar', 'meeting-guide': 'meetingGuide' };
// Typed as it is in every language, like the lists in help.ts.
const KIND_ARGUMENT = '<ics|meeting-guide>';

export async function exportCommand({ dataDir, values, args }: CommandOptions): Promise<void> {
  const [kindName] = args;
  const kind = kindName === undefined ? undefined : KINDS[kindName];
  if (!kind) {
    throw new CliError(say('cli.missingOption', { option: KIND_ARGUMENT }), 2);
  }
  const out = values.out;
  if (!out) throw new CliError(say('cli.missingOption', { option: '--out' }), 2);
  const feed = exportPublicFeed(dataDir, { kind, language: cliLanguage() });
  if (feed.status !== 'ready') throw new CliError(say(`feeds.cli.${feed.status}`));
  const file = path.resolve(out);
  // Whole or not at all: a web server picking the file up never reads half of it.
  // Readable by others: it is public, made to be published.
  writeFileAtomic(file, feed.text, 0o644);
  process.stdout.write(`${say('feeds.cli.done', { file, groups: feed.groups })}\n`);
}
