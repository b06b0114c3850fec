import { describe, expect, it, vi } from 'vitest';
import { checkLogin } from '@/lib/auth/login';
import { createStaffSession, resumeStaffSession, type SessionClaims } from '@/lib/auth/sessions';
import { getArticlePreview, getPublishedArticle } from '@/lib/content/articles';
import { getDb } from '@/lib/db/client';
import { form, staffWithSession, testCategory } from '@/test/staff-session';
import { createArticleAction, createUserAction, resetPasswordAction, saveSettingsAction, setUserActiveAction, setUserRoleAction } from '@/lib/editorial/actions';
import { getEditableSettings } from '@/lib/editorial/commands/settings';

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

describe('users admin', () => {
  it('creates users, and a role change, deactivation or new password ends their sessions at once', async () => {
    const admin = await staffWithSession('admin');
    session.claims = admin.claims;
    const email = `new-${Date.now()}@anews.test`;
    const created = await createUserAction(null, form({ email, name: 'Nigar Editor', role: 'editor', password: 'first-password' }));
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    expect(await createUserAction(null, form({ email, name: 'Again', role: 'author', password: 'first-password' }))).toEqual({ ok: false, errors: { email: 'emailTaken' } });
    const userId = String(created.data.id);

    const db = getDb();
    const signIn = async (password: string) => {
      const result = await checkLogin(db, { email, password, ip: `test-${Math.random()}` });
      if (result.kind !== 'ok') return null;
      return { uid: result.user.id, sid: await createStaffSession(db, result.user.id), sv: result.user.sessionVersion };
    };

    let claims = await signIn('first-password');
    expect(claims).not.toBeNull();
    expect(await setUserRoleAction(null, form({ userId, role: 'author' }))).toEqual({ ok: true, data: null });
    expect(await resumeStaffSession(db, claims!)).toBeNull();

    claims = await signIn('first-password');
    expect(await resetPasswordAction(null, form({ userId, password: 'second-password' }))).toEqual({ ok: true, data: null });
    expect(await resumeStaffSession(db, claims!)).toBeNull();
    expect(await signIn('first-password')).toBeNull();

    claims = await signIn('second-password');
    expect(await setUserActiveAction(null, form({ userId, active: 'false' }))).toEqual({ ok: true, data: null });
    expect(await resumeStaffSession(db, claims!)).toBeNull();
    expect(await signIn('second-password')).toBeNull();
  });

  it('does not let an admin demote or deactivate themselves', async () => {
    const admin = await staffWithSession('admin');
    session.claims = admin.claims;
    expect(await setUserRoleAction(null, form({ userId: String(admin.id), role: 'author' }))).toEqual({ ok: false, errors: { form: 'self' } });
    expect(await setUserActiveAction(null, form({ userId: String(admin.id), active: 'false' }))).toEqual({ ok: false, errors: { form: 'self' } });
    expect(await resumeStaffSession(getDb(), admin.claims)).toMatchObject({ role: 'admin' });
  });
});

describe('preview', () => {
  it('reads a draft for staff while readers get nothing', async () => {
    session.claims = (await staffWithSession('editor')).claims;
    const created = await createArticleAction(null, form({ locale: 'ru', title: 'Черновик для предпросмотра', categoryId: String(await testCategory()) }));
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    expect(await getPublishedArticle(created.data.id, 'ru')).toBeNull();
    expect(await getArticlePreview(created.data.id, 'ru')).toMatchObject({ title: 'Черновик для предпросмотра', translations: [{ locale: 'ru' }] });
  });
});

describe('site settings', () => {
  it('save for admins with a version check, and refuse a URL that is not https', async () => {
    session.claims = (await staffWithSession('admin')).claims;
    const { values, versions } = await getEditableSettings();
    const versionFields = (bump: number) => Object.fromEntries(Object.entries(versions).map(([key, v]) => [`version_${key}`, String(v + bump)]));
    const fields = (overrides: Record<string, string>) => form({ ...values, ...versionFields(0), ...overrides });
    for (const url of ['javascript:alert(1)', 'http://www.youtube.com/@x', 'not a url']) {
      expect(await saveSettingsAction(null, fields({ youtube_channel_url: url }))).toEqual({ ok: false, errors: { youtube_channel_url: 'invalid' } });
    }
    expect(await saveSettingsAction(null, fields({ youtube_channel_name: 'Anews Video' }))).toEqual({ ok: true, data: null });
    expect((await getEditableSettings()).values.youtube_channel_name).toBe('Anews Video');
    // The same form again is now stale.
    expect(await saveSettingsAction(null, fields({ youtube_channel_name: 'Lost update' }))).toEqual({ ok: false, errors: { form: 'conflict' } });
    expect(await saveSettingsAction(null, fields({ youtube_channel_name: values.youtube_channel_name, ...versionFields(1) }))).toEqual({ ok: true, data: null });
  });
});
