/**
 * The breaking-news line from the command line, through the same function the admin's form calls
 * (lib/editorial/commands/breaking.ts):
 *   npm run breaking:set -- --locale az --text "…" [--link /az/news/1-…] [--minutes 60] [--starts-at 2026-11-26T09:00:00Z]
 *   npm run breaking:clear -- --locale az
 * A running site shows the change within a second (it listens for it) and hides the line when it expires.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { clearBreakingNews, setBreakingNews } from '@/lib/editorial/commands/breaking';
import { withDatabase } from './with-database';

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: { locale: { type: 'string' }, text: { type: 'string' }, link: { type: 'string' }, minutes: { type: 'string', default: '60' }, 'starts-at': { type: 'string' } },
});

if (command !== 'set' && command !== 'clear') {
  console.error('usage: tsx scripts/breaking.ts set --locale az --text "…" [--link /az/news/1-…] [--minutes 60] | clear --locale az');
  process.exit(2);
}

await withDatabase(async () => {
  const result = command === 'set' ? await setBreakingNews({ locale: values.locale, text: values.text, link: values.link ?? null, minutes: values.minutes, startsAt: values['starts-at'] }) : await clearBreakingNews(values.locale);
  if (!result.ok) {
    // The admin's own messages, in English: one vocabulary for the form and the command line.
    const messages = JSON.parse(readFileSync(new URL('../messages/en.json', import.meta.url), 'utf8')) as { Admin: { errors: Record<string, string> } };
    console.error(`[breaking] not saved: ${Object.entries(result.errors).map(([field, key]) => `${field}: ${messages.Admin.errors[key ?? 'invalid']}`).join('; ')}`);
    return 2;
  }
  console.log('cleared' in result ? `[breaking] ${result.cleared ? 'cleared' : 'there was no line'} for ${values.locale}` : `[breaking] set for ${values.locale} until ${result.expiresAt.toISOString()}`);
  return 0;
});
