import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '@/lib/auth/sessions';
import { getBreakingNews, nextBreakingChangeAt } from '@/lib/content/breaking';
import { getDb } from '@/lib/db/client';
import { listenForSiteChanges } from '@/test/notifications';
import { form, staffWithSession } from '@/test/staff-session';
import { clearBreakingAction, saveBreakingAction } from '@/lib/editorial/actions';
import { clearBreakingNews, setBreakingNews } from '@/lib/editorial/commands/breaking';
import { bakuDateTimeFields } from '@/lib/editorial/shared/baku-time';
import { isErrorKey } from '@/lib/editorial/shared/result';

// The admin's actions are tested here too: every test of the breaking line shares one table, so they run in order.
const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

afterEach(async () => {
  await getDb().deleteFrom('breaking_news').execute();
});

describe('breaking news', () => {
  it('is set per locale, shown at once, announced to every instance, and cleared', async () => {
    const changes = await listenForSiteChanges();
    try {
      const set = await setBreakingNews({ locale: 'az', text: '  Təcili: Bakıda güclü külək  ', link: '/az/news/1-test', minutes: 30 });
      expect(set).toMatchObject({ ok: true, version: 1 });
      expect(await getBreakingNews('az')).toMatchObject({ text: 'Təcili: Bakıda güclü külək', link: '/az/news/1-test' });
      expect(await getBreakingNews('ru')).toBeNull();
      expect(await clearBreakingNews('az')).toEqual({ ok: true, cleared: true });
      expect(await getBreakingNews('az')).toBeNull();
      expect(await clearBreakingNews('az')).toEqual({ ok: true, cleared: false });
      await changes.settle();
      expect(changes.received).toEqual(['breaking', 'breaking']);
    } finally {
      await changes.close();
    }
  });

  it('is written together with the work that goes with it (the audit entry), or not at all', async () => {
    await setBreakingNews({ locale: 'ru', text: 'Стоящая строка', minutes: 10 });
    const failing = async () => {
      throw new Error('audit failed');
    };
    await expect(setBreakingNews({ locale: 'ru', text: 'Не записанная строка', minutes: 10, version: 1 }, failing)).rejects.toThrow('audit failed');
    await expect(clearBreakingNews('ru', { alsoInTransaction: failing })).rejects.toThrow('audit failed');
    expect(await getBreakingNews('ru')).toMatchObject({ text: 'Стоящая строка' });
    expect(await clearBreakingNews('ru', { version: 2 })).toEqual({ ok: true, cleared: false });
    expect(await getBreakingNews('ru')).toMatchObject({ text: 'Стоящая строка' });
  });

  it('replaces the line of a locale, bumping its version, and refuses a change made over a stale version', async () => {
    await setBreakingNews({ locale: 'en', text: 'First line', minutes: 10 });
    const second = await setBreakingNews({ locale: 'en', text: 'Second line', link: 'https://example.org/live', minutes: 10, version: 1 });
    expect(second).toMatchObject({ ok: true, version: 2 });
    expect(await getBreakingNews('en')).toMatchObject({ text: 'Second line', link: 'https://example.org/live' });
    expect(await setBreakingNews({ locale: 'en', text: 'Third line', minutes: 10, version: 1 })).toEqual({ ok: false, errors: { form: 'conflict' } });
    expect((await getBreakingNews('en'))?.text).toBe('Second line');
  });

  it.each([
    ['a javascript: link', { link: 'javascript:alert(1)' }, 'link'],
    ['a data: link', { link: 'data:text/html,<script>alert(1)</script>' }, 'link'],
    ['a protocol-relative link', { link: '//evil.example/x' }, 'link'],
    ['a backslash link', { link: '/\\evil.example' }, 'link'],
    ['an http link', { link: 'http://example.org' }, 'link'],
    ['an empty text', { text: '   ' }, 'text'],
    ['a text too long', { text: 'x'.repeat(201) }, 'text'],
    ['an unknown locale', { locale: 'de' }, 'locale'],
    ['no duration', { minutes: 0 }, 'minutes'],
    ['a duration over a week', { minutes: 60 * 24 * 8 }, 'minutes'],
    ['an unknown field', { html: '<b>x</b>' }, 'form'],
  ])('rejects %s with a message key and saves nothing', async (_, change, field) => {
    const result = await setBreakingNews({ locale: 'ru', text: 'Срочная новость', minutes: 10, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(isErrorKey(result.errors[field] ?? ''), JSON.stringify(result.errors)).toBe(true);
    expect(await getBreakingNews('ru')).toBeNull();
  });

  it('is never shown before it starts or after it expires, and tells the listener when the next change is due', async () => {
    const now = Date.now();
    await setBreakingNews({ locale: 'ru', text: 'Уже истекла', startsAt: new Date(now - 5 * 60_000), minutes: 2 });
    expect(await getBreakingNews('ru')).toBeNull();

    const startsAt = new Date(now + 10 * 60_000);
    await setBreakingNews({ locale: 'en', text: 'Starts later', startsAt, minutes: 5 });
    expect(await getBreakingNews('en')).toBeNull();
    await setBreakingNews({ locale: 'az', text: 'Bitir tezliklə', minutes: 1 });
    const azExpiry = (await getBreakingNews('az'))!.expiresAt;
    expect((await nextBreakingChangeAt())?.getTime()).toBe(Math.min(azExpiry.getTime(), startsAt.getTime()));
  });
});

describe('breaking news from the admin', () => {
  beforeAll(async () => {
    session.claims = (await staffWithSession('editor')).claims;
  });
  // The admin's fields: dd.mm.yyyy and hh:mm on Baku's clock.
  const bakuIn = (minutes: number) => {
    const { date, time } = bakuDateTimeFields(new Date(Date.now() + minutes * 60_000));
    return { expiresAtDate: date, expiresAtTime: time };
  };

  it('refuses unsafe links and a window in the past, per field', async () => {
    const base = { locale: 'az', version: '0', text: 'Təcili: Bakıda güclü külək', startsAtDate: '', startsAtTime: '' };
    expect(await saveBreakingAction(null, form({ ...base, link: 'javascript:alert(1)', ...bakuIn(60) }))).toEqual({ ok: false, errors: { link: 'unsafeLink' } });
    expect(await saveBreakingAction(null, form({ ...base, link: '', ...bakuIn(-5) }))).toEqual({ ok: false, errors: { expiresAt: 'breakingWindow' } });
    expect(await saveBreakingAction(null, form({ ...base, text: 'x', link: '', ...bakuIn(60) }))).toEqual({ ok: false, errors: { text: 'tooShort' } });
    // The date and time fields: a day that does not exist, and an end left empty.
    expect(await saveBreakingAction(null, form({ ...base, link: '', ...bakuIn(60), expiresAtDate: '31.02.2099' }))).toEqual({ ok: false, errors: { expiresAt: 'invalidDate' } });
    expect(await saveBreakingAction(null, form({ ...base, link: '', expiresAtDate: '', expiresAtTime: '' }))).toEqual({ ok: false, errors: { expiresAt: 'required' } });
    expect(await getBreakingNews('az')).toBeNull();
  });

  it('sets the line readers see, with an audit entry, refuses a stale version, and takes it down', async () => {
    const set = await saveBreakingAction(null, form({ locale: 'az', version: '0', text: 'Təcili: Bakıda güclü külək', link: '/az/latest', ...bakuIn(60) }));
    expect(set).toEqual({ ok: true, data: { version: 1 } });
    expect(await getBreakingNews('az')).toMatchObject({ text: 'Təcili: Bakıda güclü külək', link: '/az/latest' });
    expect(await saveBreakingAction(null, form({ locale: 'az', version: '0', text: 'Köhnə səhifədən', link: '', ...bakuIn(60) }))).toEqual({ ok: false, errors: { form: 'conflict' } });
    expect(await clearBreakingAction(null, form({ locale: 'az', version: '7' }))).toEqual({ ok: false, errors: { form: 'conflict' } });
    expect(await clearBreakingAction(null, form({ locale: 'az', version: '1' }))).toEqual({ ok: true, data: null });
    expect(await getBreakingNews('az')).toBeNull();
    const audit = await getDb().selectFrom('audit_log').select('action').where('entity', '=', 'breaking').where('locale', '=', 'az').orderBy('id').execute();
    expect(audit.map((a) => a.action).slice(-2)).toEqual(['breaking', 'breakingCleared']);
  });
});
