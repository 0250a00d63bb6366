import { expect, test } from '@playwright/test';
import { DEMO_RELEASED_ID } from '../../src/lib/server/demo/released.ts';
import { expectAccessible } from './support/axe.ts';
import { text } from './support/locales.ts';
import { DEMO, signIn } from './support/staff.ts';

/**
 * Issue #10 in the browser: the privacy notices are reachable from every page and from a
 * consultation's information page; admins see what each consultation keeps and until when; the
 * record of processing prints.
 */

const s = (key: string, values: Record<string, string | number> = {}) =>
	Object.entries(values).reduce((line, [name, value]) => line.replaceAll(`{{${name}}}`, String(value)), text('en', `staff:${key}`));

test('the privacy notice is a link away on participant and staff pages, at the reader’s level', async ({ page }) => {
	for (const path of ['/', '/join', '/receipt', '/guardian']) {
		await page.goto(`${path}?lang=pl`);
		await expect(page.getByRole('contentinfo').getByRole('link', { name: text('pl', 'common:privacyLink') })).toHaveAttribute('href', '/privacy');
	}
	await page.goto('/staff/login?lang=en');
	await page.getByRole('contentinfo').getByRole('link', { name: text('en', 'common:privacyLink') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'privacy:full.title'));

	// a child on the information page of a consultation reaches the notice at their own level
	await page.goto('/join/DEMO2026?lang=en');
	await page.getByRole('button', { name: text('en', 'participant:code.submit') }).click();
	await page.getByLabel('Sweden', { exact: true }).check();
	await page.getByLabel(text('en', 'participant:journey.about.age')).fill('8');
	await page.getByRole('button', { name: text('en', 'participant:journey.next'), exact: true }).click();
	await expect(page).toHaveURL(/\/participate\/information$/);
	await page.getByRole('link', { name: text('en', 'privacy:children.title') }).click();
	await expect(page).toHaveURL(/\/privacy\?level=child$/);
	await expect(page.getByRole('link', { name: text('en', 'privacy:children.level.child') })).toHaveAttribute('aria-current', 'page');
	await expect(page.getByText(text('en', 'privacy:children.child.asked.body'))).toBeVisible();
});

test('an admin sees what each consultation keeps, how many rows, and when they go', async ({ page }) => {
	await signIn(page, DEMO.admin);
	await expect(page).toHaveURL(/\/staff$/);
	await page.getByRole('link', { name: s('nav.retention') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(s('retention.title'));
	await expectAccessible(page);
	await page.goto(`/staff/admin/retention/${DEMO_RELEASED_ID}?lang=en`);
	const table = page.getByRole('table');
	// the released demo: 400 responses, erased a year after it closed on 15 October 2026
	await expect(table.getByRole('row', { name: new RegExp(`^${s('retention.kinds.responses').replace(/[()]/g, '\\$&')} 400 `) })).toContainText('October 15, 2027');
	await expect(table.getByRole('row', { name: new RegExp(`^${s('retention.kinds.releases')} 1 `) })).toContainText(s('retention.rule.kept'));
	await expectAccessible(page);
});

test('the record of processing is built from the settings and prints', async ({ page }) => {
	await signIn(page, DEMO.facilitator);
	await expect(page).toHaveURL(/\/staff$/);
	await page.goto(`/staff/consultations/${DEMO_RELEASED_ID}/record?lang=en`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(s('record.title', { title: '' }).trim());
	// from the settings: the legal basis, the threshold, the retention period, the public address
	await expect(page.getByRole('definition').filter({ hasText: 'GDPR Art. 6(1)(e)' })).toBeVisible();
	await expect(page.getByRole('definition').filter({ hasText: 'Counts below 10 are hidden' })).toBeVisible();
	await expect(page.getByRole('definition').filter({ hasText: 'erased 365 days after closing (October 15, 2027)' })).toBeVisible();
	await expect(page.getByRole('definition').filter({ hasText: '/results/feeling-safe-online-2026' })).toBeVisible();
	await expectAccessible(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation').first()).toBeHidden();
	await expect(page.getByRole('button', { name: s('record.print') })).toBeHidden();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	expect(pdf.length).toBeGreaterThan(10_000);
});
