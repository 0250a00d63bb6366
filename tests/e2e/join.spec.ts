import { expect, test } from '@playwright/test';
import { text } from './support/locales.ts';

const codeField = (page: import('@playwright/test').Page) =>
	page.getByRole('textbox', { name: text('en', 'participant:code.label') });

test.describe('joining with a code, without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the home page sends the code to /join, which says no consultation has it', async ({ page }) => {
		await page.goto('/?lang=en');
		await codeField(page).fill('demo-2025');
		await page.getByRole('button', { name: text('en', 'participant:code.submit') }).click();
		await expect(page).toHaveURL(/\/join$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('No consultation has this code');
		// read the Crockford way: o is 0, dashes are ignored; shown back in groups of four
		await expect(page.getByRole('status')).toContainText('DEM0-2025');
		await expect(page).toHaveTitle('No consultation has this code – Voices');
	});

	test('an empty code gets an error summary and a titled error page', async ({ page }) => {
		await page.goto('/join?lang=en');
		await page.getByRole('button', { name: text('en', 'participant:code.submit') }).click();
		await expect(page).toHaveTitle(/^Error: /);
		const summary = page.getByRole('alert');
		await expect(summary.getByRole('heading', { name: text('en', 'common:errorSummary.heading') })).toBeVisible();
		await expect(summary.getByRole('link', { name: text('en', 'participant:join.error.empty') })).toHaveAttribute('href', '#code');
		await expect(page.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
	});

	test('a code of the wrong length says how many symbols it had, in the page’s plural form', async ({ page }) => {
		await page.goto('/join?lang=en');
		await page.getByRole('textbox').fill('A');
		await page.getByRole('button').filter({ hasText: text('en', 'participant:code.submit') }).click();
		await expect(page.getByRole('alert')).toContainText('You typed 1 letter or number');
		await page.getByRole('textbox').fill('ABC');
		await page.getByRole('button').filter({ hasText: text('en', 'participant:code.submit') }).click();
		await expect(page.getByRole('alert')).toContainText('You typed 3 letters and numbers');
	});

	test('a secret code with a wrong check symbol is a typing mistake, not an unknown code', async ({ page }) => {
		// 0000000001 has the check symbol 1 (its value 1 mod 37); 2 is a typo
		await page.goto('/join?lang=en');
		await page.getByRole('textbox').fill('00000-00001-2');
		await page.getByRole('button').filter({ hasText: text('en', 'participant:code.submit') }).click();
		await expect(page.getByRole('alert')).toContainText(text('en', 'participant:join.error.check'));
		await page.getByRole('textbox').fill('00000-00001-1');
		await page.getByRole('button').filter({ hasText: text('en', 'participant:code.submit') }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('No consultation has this code');
	});

	test('a link from a QR code changes nothing until the child starts, then answers the same', async ({ page }) => {
		await page.goto('/join/DEMO2025?lang=de');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('de', 'participant:join.start.title'));
		await page.getByRole('button', { name: text('de', 'participant:code.submit') }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('de', 'participant:join.notFound.title'));
		await page.goto('/join/DE%23O?lang=en');
		await expect(page.getByRole('alert')).toContainText(text('en', 'participant:join.error.characters'));
	});

	test('the typed code never appears in the address', async ({ page }) => {
		await page.goto('/?lang=en');
		await codeField(page).fill('K7MQ4TXB');
		await page.getByRole('button', { name: text('en', 'participant:code.submit') }).click();
		expect(page.url()).not.toContain('K7MQ');
	});
});

test('with JavaScript, the error summary takes focus', async ({ page }) => {
	await page.goto('/join?lang=en');
	await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'true');
	await page.getByRole('button', { name: text('en', 'participant:code.submit') }).click();
	await expect(page.getByRole('alert')).toBeFocused();
});

test('a form posted from another site is refused and changes nothing', async ({ request, baseURL }) => {
	const response = await request.post('/join', {
		headers: {
			origin: 'https://evil.example',
			'sec-fetch-site': 'cross-site',
			'content-type': 'application/x-www-form-urlencoded',
			'accept-language': 'de'
		},
		data: 'code=DEMO2026'
	});
	expect(response.status()).toBe(403);
	// a clear message in the visitor's language, no technical detail
	expect(await response.text()).toBe(text('de', 'common:error.crossSite'));
	expect(baseURL).toBeDefined();
});

test('a code typed before the page’s JavaScript has loaded survives it (slow phones)', async ({ page }) => {
	// hold the app's scripts back, as a slow connection would
	await page.route('**/_app/immutable/**', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await page.goto('/?lang=en', { waitUntil: 'domcontentloaded' });
	await codeField(page).fill('K7MQ4TXB');
	await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
	await expect(codeField(page)).toHaveValue('K7MQ4TXB');
});
