import { expect, test, type Page } from '@playwright/test';
import { DEMO_EDITOR, E2E_ADMIN, signInToAdmin } from '../users';

const run = Date.now().toString(36);
const leads = {
  first: `Ships are back in the harbour ${run}.`,
  a: `Ships are back in the harbour after the storm ${run}.`,
  b: `Ships and cranes are back in the harbour ${run}.`,
  merged: `Ships and cranes are back in the harbour after the storm ${run}.`,
};
const paragraphOfB = `Cranes unloaded the first ship by noon ${run}.`;

const merge = (page: Page) => page.getByRole('region', { name: 'Merge your text with the saved version' });
const body = (page: Page) => page.getByRole('textbox', { name: /^Body/ });

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
}

test('two editors change one translation: the second sees both versions side by side, merges, and nothing of either is lost', async ({ browser }) => {
  // Two editors, five saves and two merges on a shared two-core machine.
  test.setTimeout(180_000);
  const a = await signInToAdmin(browser, DEMO_EDITOR);
  const create = a.getByRole('form', { name: 'New article' });
  await create.getByLabel('Headline', { exact: true }).fill(`Harbour after the storm ${run}`);
  await create.getByLabel('Language').selectOption('en');
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(a).toHaveURL(/\/admin\/articles\/\d+\?lang=en/, { timeout: 15_000 });
  const editor = a.url();
  await a.getByLabel('Lead').fill(leads.first);
  await body(a).fill('The port reopened at dawn.');
  await save(a);

  const b = await signInToAdmin(browser, E2E_ADMIN);
  await b.goto(editor);
  await expect(b.getByLabel('Lead')).toHaveValue(leads.first);

  // A saves a new lead while B is writing.
  await a.getByLabel('Lead').fill(leads.a);
  await save(a);

  await b.getByLabel('Lead').fill(leads.b);
  await body(b).click();
  await b.keyboard.press('ControlOrMeta+End');
  await b.keyboard.press('Enter');
  await b.keyboard.type(paragraphOfB);
  await b.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(merge(b).getByRole('alert')).toContainText('Another editor saved this article while you were editing');
  const lead = merge(b).getByRole('group', { name: /^Lead/ });
  await expect(lead.getByRole('region', { name: /^Lead: Saved by Demo Editor/ })).toContainText(leads.a);
  await expect(lead.getByRole('region', { name: 'Lead: Yours, not saved' })).toContainText(leads.b);
  // Word by word: what the saved lead has and B's lacks, and the other way round.
  await expect(lead.getByRole('region', { name: /^Lead: Saved by/ }).getByRole('deletion')).toContainText(['after the storm']);
  await expect(lead.getByRole('region', { name: 'Lead: Yours, not saved' }).getByRole('insertion')).toContainText(['and cranes']);

  // B reloads, the way the old message told them to, and restores the text this browser kept: that is no way
  // around A's save either. It leads to the same comparison.
  await b.reload();
  await expect(b.getByLabel('Lead')).toHaveValue(leads.a);
  await b.getByRole('button', { name: 'Restore the unsaved text' }).click();
  await expect(merge(b)).toContainText('written before the version saved now');
  await expect(lead.getByRole('region', { name: /^Lead: Saved by Demo Editor/ })).toContainText(leads.a);
  await expect(lead.getByRole('region', { name: 'Lead: Yours, not saved' })).toContainText(leads.b);
  // Only B changed the body: B's is preset. Both changed the lead: B has to choose, and merges it by hand.
  const bodyGroup = merge(b).getByRole('group', { name: /^Body/ });
  await expect(bodyGroup.getByLabel('Keep mine')).toBeChecked();
  await expect(bodyGroup.getByRole('region', { name: 'Body: Yours, not saved' }).getByRole('insertion')).toHaveText(paragraphOfB);
  await expect(merge(b).getByRole('button', { name: 'Save the merged version' })).toBeDisabled();
  await lead.getByLabel('Merge by hand').check();
  await lead.getByLabel('Merged text: Lead').fill(leads.merged);
  await merge(b).getByRole('button', { name: 'Save the merged version' }).click();
  await expect(b.getByRole('status')).toHaveText('Saved.');
  await expect(merge(b)).toHaveCount(0);
  await expect(b.getByLabel('Lead')).toHaveValue(leads.merged);
  await expect(body(b).getByRole('paragraph').last()).toHaveText(paragraphOfB);

  // A, still on the page B's merge made stale, changes the headline: A is shown B's merge beside their own text, with
  // the fields only B changed preset to B's, and saving keeps both.
  await a.getByLabel('Headline', { exact: true }).fill(`Harbour reopens after the storm ${run}`);
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  const leadForA = merge(a).getByRole('group', { name: /^Lead/ });
  await expect(leadForA.getByRole('region', { name: /^Lead: Saved by / })).toContainText(leads.merged);
  await expect(leadForA.getByLabel('Keep the saved one')).toBeChecked();
  await expect(merge(a).getByRole('group', { name: /^Headline/ }).getByLabel('Keep mine')).toBeChecked();
  await merge(a).getByRole('button', { name: 'Save the merged version' }).click();
  await expect(a.getByRole('status')).toHaveText('Saved.');

  for (const page of [a, b]) {
    await page.goto(editor);
    await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(`Harbour reopens after the storm ${run}`);
    await expect(page.getByLabel('Lead')).toHaveValue(leads.merged);
    await expect(body(page).getByRole('paragraph')).toHaveText(['The port reopened at dawn.', paragraphOfB]);
    await expect(page.getByRole('button', { name: 'Restore the unsaved text' })).toHaveCount(0);
  }
  await a.context().close();
  await b.context().close();
});

test('a status change is not someone else’s text: the editor saves on top of it without a merge', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  const create = page.getByRole('form', { name: 'New article' });
  await create.getByLabel('Headline', { exact: true }).fill(`Status then text ${run}`);
  await create.getByLabel('Language').selectOption('en');
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?lang=en/, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Status: in review')).toBeVisible();
  await page.getByLabel('Lead').fill(`Written after the status changed ${run}.`);
  await save(page);
  await page.reload();
  await expect(page.getByLabel('Lead')).toHaveValue(`Written after the status changed ${run}.`);
  await page.context().close();
});
