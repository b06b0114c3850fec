import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { hashPassword } from '../../lib/auth/password';
import { withDatabase } from '../content';
import { signInToAdmin } from '../users';

// "Forgot password" through a real SMTP server: scripts/e2e.ts points the site at one on loopback (SMTP_URL) and gives
// its HTTP side here (E2E_SMTP_RECEIVER).

const run = Date.now().toString(36);

interface Mail {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

async function mailsTo(request: APIRequestContext, email: string): Promise<Mail[]> {
  const all = (await (await request.get(`${process.env.E2E_SMTP_RECEIVER}/received`)).json()) as Mail[];
  return all.filter((mail) => mail.to.includes(email));
}

/** The `count`th mail to `email`, waited for; its link. */
async function nthMail(request: APIRequestContext, email: string, count: number): Promise<{ mail: Mail; link: string }> {
  await expect.poll(async () => (await mailsTo(request, email)).length, { timeout: 20_000 }).toBe(count);
  const mail = (await mailsTo(request, email)).at(-1)!;
  return { mail, link: /https?:\/\/\S+/.exec(mail.text)![0] };
}

/** A staff member of this spec's own, so no other spec's sign-in is touched. */
async function newStaff(name: string) {
  const user = { email: `${name}-${run}@anews.test`, password: 'first-password-2026' };
  const hash = await hashPassword(user.password);
  await withDatabase((db) => db.query(`insert into users (email, name, role, password_hash) values ($1, $2, 'author', $3)`, [user.email, `${name} ${run}`, hash]));
  return user;
}

async function pageIn(browser: Browser, locale: 'ru' | 'az' | 'en') {
  const origin = test.info().project.use.baseURL!;
  const context = await browser.newContext({ baseURL: origin });
  await context.addCookies([{ name: 'ADMIN_LOCALE', value: locale, domain: new URL(origin).hostname, path: '/admin' }]);
  return context.newPage();
}

test('a forgotten password: the link arrives by SMTP, sets a new password, and every old session ends', async ({ browser, request }) => {
  // Three sign-ins and a reset, each an argon2 hash on two shared cores.
  test.setTimeout(120_000);
  const user = await newStaff('forgetful');
  // Signed in elsewhere before the reset.
  const before = await signInToAdmin(browser, user);

  const page = await pageIn(browser, 'ru');
  await page.goto('/admin/sign-in');
  await page.getByRole('link', { name: 'Забыли пароль?' }).click();
  await expect(page.getByRole('heading', { name: 'Восстановление пароля' })).toBeVisible();
  await page.getByLabel('Эл. почта').fill(user.email);
  await page.getByRole('button', { name: 'Прислать ссылку' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Если для этого адреса есть учётная запись, мы отправили на него ссылку/);

  const { mail, link } = await nthMail(request, user.email, 1);
  expect(mail.subject).toBe('Anews: новый пароль');
  expect(mail.from).toBe('newsroom@anews.test');
  expect(link).toMatch(new RegExp(`^${test.info().project.use.baseURL}/admin/reset-password\\?token=[A-Za-z0-9_-]{43}$`));

  await page.goto(link);
  await page.getByLabel('Новый пароль (не короче 10 символов)').fill('second-password-2026');
  await page.getByLabel('Новый пароль ещё раз').fill('second-password-2026');
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(page.getByRole('status')).toHaveText('Пароль сохранён, все сеансы вашей учётной записи закончены. Войдите с новым паролем.');

  // The session from before is over.
  await before.goto('/admin');
  await expect(before).toHaveURL(/\/admin\/sign-in$/);
  await before.context().close();

  // The old password no longer signs in; the new one does.
  await page.getByRole('link', { name: 'Войти' }).click();
  await page.getByLabel('Эл. почта').fill(user.email);
  await page.getByLabel('Пароль').fill(user.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Неверная почта или пароль.');
  await page.getByLabel('Пароль').fill('second-password-2026');
  await page.getByRole('button', { name: 'Войти' }).click();
  // Signed in, on the day's desk.
  await expect(page.getByRole('heading', { level: 1, name: 'Сегодня' })).toBeVisible();

  // The link was spent: opened again, it says so, in the admin's language.
  const again = await page.goto(link);
  expect(again?.status()).toBe(200);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(/^Ссылка недействительна: она уже использована/);
  await expect(page.getByRole('link', { name: 'Запросить новую ссылку' })).toBeVisible();
  await page.context().close();
});

test('an unknown address gets the same answer as a known one, and no mail', async ({ browser, request }) => {
  test.setTimeout(60_000);
  const known = await newStaff('known');
  const stranger = `nobody-${run}@anews.test`;
  const page = await pageIn(browser, 'en');
  const answers: string[] = [];
  for (const email of [stranger, known.email]) {
    await page.goto('/admin/forgot-password');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    answers.push((await page.getByRole('status').textContent())!);
  }
  expect(answers[0]).toMatch(/^If an account exists for this address, we have sent it a link/);
  expect(answers[1]).toBe(answers[0]);
  // Mail leaves in the order it was asked for: once the known address has its mail, the stranger would have had one.
  await nthMail(request, known.email, 1);
  expect(await mailsTo(request, stranger)).toEqual([]);
  await page.context().close();
});

test('a forged Host header does not make the link: it is built from SITE_URL', async ({ browser, request }) => {
  const user = await newStaff('hosted');
  const page = await pageIn(browser, 'en');
  await page.goto('/admin/forgot-password');
  await page.getByLabel('Email').fill(user.email);
  const sent = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
  await page.getByRole('button', { name: 'Send the link' }).click();
  const original = await sent;
  await expect(page.getByRole('status')).toBeVisible();
  await nthMail(request, user.email, 1);

  // The same request again, as a client that names another host (and origin, so Next's own check lets it through).
  const replayed = await request.fetch('/admin/forgot-password', {
    method: 'POST',
    headers: {
      'next-action': original.headers()['next-action']!,
      'content-type': original.headers()['content-type']!,
      host: 'evil.example',
      origin: 'http://evil.example',
      'x-forwarded-host': 'evil.example',
    },
    data: original.postDataBuffer()!,
    maxRedirects: 0,
  });
  expect(replayed.status()).toBeLessThan(500);
  const { link } = await nthMail(request, user.email, 2);
  expect(link.startsWith(`${test.info().project.use.baseURL}/admin/reset-password?token=`)).toBe(true);
  expect(link).not.toContain('evil');
  await page.context().close();
});

test('a made-up, broken or hostile link gets a page that says so, never an error', async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await pageIn(browser, 'az');
  for (const token of ['A'.repeat(43), '%00', '%ED%A0%80', 'x'.repeat(5_000), '', 'abc&token=def']) {
    const response = await page.goto(`/admin/reset-password?token=${token}`);
    expect(response?.status(), token.slice(0, 20)).toBe(200);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(/^Keçid etibarsızdır/);
  }
  await page.context().close();
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the forgot, reset and account pages pass axe (WCAG 2.1 AA), and the account page is under the name in the header', async ({ browser }) => {
  test.setTimeout(90_000);
  const signedOut = await pageIn(browser, 'az');
  for (const path of ['/admin/forgot-password', `/admin/reset-password?token=${'A'.repeat(43)}`]) {
    await signedOut.goto(path);
    expect(await axeViolations(signedOut)).toEqual([]);
  }
  await signedOut.context().close();

  const user = await newStaff('accessible');
  const page = await signInToAdmin(browser, user);
  await page.getByRole('link', { name: `accessible ${run}, author` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // A wrong current password is refused by its field, in the admin's language.
  await page.getByLabel('Current password').fill('not-my-password');
  await page.getByLabel('New password (10 characters or more)').fill('third-password-2026');
  await page.getByLabel('The new password again').fill('third-password-2026');
  await page.getByRole('button', { name: 'Change the password' }).click();
  await expect(page.locator('#current-error')).toHaveText('That is not your current password.');
  await page.context().close();
});
