import 'server-only';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/i18n/locales';
import { recordId } from '@/lib/editorial/plumbing/fields';

/** An open editor is forgotten this long after its last heartbeat (the editor beats every 10 s). */
export const PRESENCE_TTL_SECONDS = 30;
/** At most this many open editors are kept, and named, per story. */
const MAX_PER_STORY = 20;

export const heartbeatSchema = z.object({
  articleId: z.union([z.number().int(), z.string()]).transform(String).pipe(recordId),
  locale: z.enum(locales),
  // One per browser tab, made by the tab itself.
  clientId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  leave: z.boolean().optional(),
});
export type Heartbeat = z.output<typeof heartbeatSchema>;

export interface OtherEditor {
  name: string;
  locale: Locale;
  /** The same staff member, in another tab or browser. */
  self: boolean;
}

/**
 * Notes that this tab has the story open, forgets editors whose heartbeat stopped, and answers who else has it open
 * now. Null when there is no such story.
 */
export async function heartbeat(staff: Staff, input: Heartbeat): Promise<OtherEditor[] | null> {
  const db = getDb();
  await db.deleteFrom('editor_presence').where('seen_at', '<', sql<Date>`now() - make_interval(secs => ${PRESENCE_TTL_SECONDS})`).execute();
  const mine = { article_id: input.articleId, client_id: input.clientId };
  if (input.leave) {
    // Kept, marked, until it lapses: a beat already on its way when the tab left must not bring it back.
    await db
      .updateTable('editor_presence')
      .set({ left_at: sql`now()` })
      .where('article_id', '=', input.articleId)
      .where('client_id', '=', input.clientId)
      .where('user_id', '=', staff.id)
      .execute();
    return [];
  }
  const article = await db.selectFrom('articles').select('id').where('id', '=', input.articleId).executeTakeFirst();
  if (!article) return null;
  const open = await db.selectFrom('editor_presence').select(['client_id']).where('article_id', '=', input.articleId).execute();
  if (open.some((row) => row.client_id === input.clientId) || open.length < MAX_PER_STORY) {
    await db
      .insertInto('editor_presence')
      .values({ ...mine, user_id: staff.id, locale: input.locale })
      .onConflict((oc) =>
        oc
          .columns(['article_id', 'client_id'])
          .doUpdateSet({ seen_at: sql`now()`, locale: input.locale })
          // A tab's id is its own: another account cannot take it over, and a tab that left stays gone.
          .where('editor_presence.user_id', '=', staff.id)
          .where('editor_presence.left_at', 'is', null),
      )
      .execute();
  }
  const others = await db
    .selectFrom('editor_presence as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.name', 'p.locale', 'p.user_id'])
    .where('p.article_id', '=', input.articleId)
    .where('p.client_id', '!=', input.clientId)
    .where('p.left_at', 'is', null)
    .orderBy('p.seen_at', 'desc')
    .limit(MAX_PER_STORY)
    .execute();
  return others.map((row) => ({ name: row.name, locale: row.locale, self: row.user_id === staff.id }));
}
