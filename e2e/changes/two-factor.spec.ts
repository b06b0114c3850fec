import { expect, test, type Browser, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { E2E_ADMIN, signInToAdmin } from '../users';

const run = Date.now().toString(36);
const editor = { email: `two-factor-${run}@anews.test`, password: 'two-factor-pass-1', name: `Tural Twofactor ${run}` };

/** What the editor's authenticator app shows for the key the page printed, `steps` periods from now. */
function appCode(key: string, steps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, '')), algorithm: 'SHA1', digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + steps * 30_000 });
}

async function startSignIn(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'ADMIN_LOCALE', value: 'en', domain: new URL(test.info().project.use.baseURL!).hostname, path: '/admin' }]);
  const page = await context.newPage();
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The password was right: the form now asks for the second factor, and nothing else.
  await expect(page.getByLabel('Code', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Password')).toBeHidden();
  return page;
}

test('an editor turns on two-factor sign-in by QR code, then signs in with the app and with a recovery code, each once', async ({ browser }) => {
  // One story of six sign-ins, each an argon2 check (two for those with a code): longer than the default on two cores.
  test.setTimeout(120_000);
  const admin = await signInToAdmin(browser, E2E_ADMIN);
  await admin.getByRole('link', { name: 'Users' }).click();
  const create = admin.getByRole('form', { name: 'New user' });
  await create.getByLabel('Email').fill(editor.email);
  await create.getByLabel('Name').fill(editor.name);
  await create.getByLabel('Password').fill(editor.password);
  await create.getByLabel('Role').selectOption('editor');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(admin.getByRole('listitem', { name: editor.email })).toContainText(editor.name);
  await admin.context().close();

  const page = await signInToAdmin(browser, editor);
  await page.getByRole('link', { name: 'Security' }).click();
  const panel = page.getByRole('region', { name: 'Two-factor sign-in' });
  await expect(panel.getByRole('status')).toHaveText('Off. Signing in takes only your password.');
  await panel.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const qr = panel.getByRole('img', { name: 'QR code to add this account to an authenticator app' });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const key = (await panel.getByTestId('totp-key').textContent())!;
  expect(key.replace(/\s/g, '')).toMatch(/^[A-Z2-7]{32}$/);

  await panel.getByLabel('Then enter the six-digit code the app shows').fill(appCode(key));
  await panel.getByRole('button', { name: 'Turn on' }).click();
  const codes = panel.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.allTextContents()).map((code) => code.trim());
  await expect(panel.getByRole('status')).toContainText('Recovery codes left: 10.');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.context().close();

  // A wrong code is refused, and the form stays on the code step.
  const withApp = await startSignIn(browser);
  await withApp.getByLabel('Code', { exact: true }).fill(appCode(key) === '000000' ? '111111' : '000000');
  await withApp.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(withApp.getByRole('main').getByRole('alert')).toHaveText('That code is not right, or it has been used already. Enter the code your app shows now.');
  // The app's next code (the enrolment spent this period's; a period of drift is allowed) signs in.
  const next = appCode(key, 1);
  await withApp.getByLabel('Code', { exact: true }).fill(next);
  await withApp.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(withApp.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await withApp.context().close();

  // The same code again, from another browser: spent, even once its period has passed.
  const replay = await startSignIn(browser);
  await replay.getByLabel('Code', { exact: true }).fill(next);
  await replay.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(replay.getByRole('main').getByRole('alert')).toContainText('That code is not right');
  // A recovery code instead, typed as it was printed: in, and the code is used up.
  await replay.getByLabel('Code', { exact: true }).fill(recovery[0]!);
  await replay.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(replay.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await replay.goto('/admin/security');
  await expect(replay.getByRole('region', { name: 'Two-factor sign-in' }).getByRole('status')).toContainText('Recovery codes left: 9.');
  await replay.context().close();
});
