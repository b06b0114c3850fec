import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Staff } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { staffWithSession } from '@/test/staff-session';
import { heartbeat, heartbeatSchema } from './presence';

async function staff(role: 'editor' | 'admin'): Promise<Staff> {
  const { id } = await staffWithSession(role);
  const user = await getDb().selectFrom('users').select(['id', 'name', 'email', 'role']).where('id', '=', id).executeTakeFirstOrThrow();
  return { ...user, sessionId: '', twoFactor: false };
}

const beat = (articleId: number, locale: string, clientId: string, extra: Record<string, unknown> = {}) =>
  heartbeatSchema.parse({ articleId, locale, clientId, ...extra });

describe('who else has a story open', () => {
  it('names the others with their tab, forgets a tab that leaves or goes quiet, and knows no story that does not exist', async () => {
    const article = await getDb().selectFrom('articles').select('id').orderBy('id').executeTakeFirstOrThrow();
    const [first, second] = [await staff('editor'), await staff('admin')];
    const [a, b, b2] = [randomUUID(), randomUUID(), randomUUID()];
    expect(await heartbeat(first, beat(article.id, 'en', a))).not.toContainEqual(expect.objectContaining({ name: second.name }));
    expect(await heartbeat(second, beat(article.id, 'az', b))).toContainEqual({ name: first.name, locale: 'en', self: false });
    expect(await heartbeat(second, beat(article.id, 'ru', b2))).toEqual(expect.arrayContaining([{ name: second.name, locale: 'az', self: true }]));
    expect(await heartbeat(first, beat(article.id, 'en', a))).toEqual(expect.arrayContaining([{ name: second.name, locale: 'az', self: false }, { name: second.name, locale: 'ru', self: false }]));

    await heartbeat(second, beat(article.id, 'az', b, { leave: true }));
    // A beat of that tab's that was already on its way arrives after its goodbye: it stays gone.
    await heartbeat(second, beat(article.id, 'az', b));
    // A tab whose heartbeat stopped 31 s ago is gone too.
    await getDb().updateTable('editor_presence').set({ seen_at: new Date(Date.now() - 31_000) }).where('client_id', '=', b2).execute();
    expect(await heartbeat(first, beat(article.id, 'en', a))).not.toContainEqual(expect.objectContaining({ name: second.name }));

    // Another account cannot take a tab's id over.
    await heartbeat(second, beat(article.id, 'ru', a));
    expect(await getDb().selectFrom('editor_presence').select('user_id').where('client_id', '=', a).execute()).toEqual([{ user_id: first.id }]);
    expect(await heartbeat(first, beat(2_000_000_000, 'en', a))).toBeNull();
    expect(heartbeatSchema.safeParse({ articleId: 1, locale: 'xx', clientId: a }).success).toBe(false);
    expect(heartbeatSchema.safeParse({ articleId: 1, locale: 'en', clientId: 'short' }).success).toBe(false);
  });
});
