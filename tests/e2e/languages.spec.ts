import { expect, test } from '@playwright/test';
import { LANGUAGES, text } from './support/locales.ts';

test.describe('the home page in every language', () => {
	for (const language of LANGUAGES) {
		test(`is written in ${language} with <html lang="${language}">`, async ({ page }) => {
			await page.goto(`/?lang=${language}`);
			await expect(page.locator('html')).toHaveAttribute('lang', language);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				text(language, 'participant:home.heading')
			);
			await expect(page).toHaveTitle(`${text(language, 'participant:home.title')} – Voices`);
			if (language !== 'en') {
				expect(text(language, 'participant:home.heading')).not.toBe(text('en', 'participant:home.heading'));
			}
		});
	}
});

test('a language chosen with ?lang= is remembered on the next page', async ({ page }) => {
	await page.goto('/?lang=fi');
	await page.goto('/join');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
});

test('an unknown ?lang= is ignored', async ({ page }) => {
	await page.goto('/?lang=de');
	await page.goto('/?lang=xx');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	const response = await page.request.get('/?lang=klingon', { headers: { 'accept-language': 'en' } });
	expect(response.status()).toBe(200);
});

test('no and nn mean Norwegian Bokmål', async ({ page }) => {
	for (const code of ['no', 'nn', 'NO']) {
		await page.goto(`/?lang=${code}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
	}
});

test.describe('without a choice, the browser decides', () => {
	test.use({ locale: 'sv-FI' });
	test('by Accept-Language', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	});
});

test.describe('and English is the last resort', () => {
	test.use({ locale: 'fr-FR' });
	test('for a browser that wants none of our languages', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});
});

test.describe('the language switcher without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('names each language in itself and switches the page', async ({ page }) => {
		await page.goto('/?lang=en');
		await page.locator('.language-switcher summary').click();
		const menu = page.getByRole('navigation', { name: text('en', 'common:language.choose') });
		for (const name of ['Dansk', 'Deutsch', 'Eesti', 'Suomi', 'Íslenska', 'Latviešu', 'Lietuvių', 'Norsk bokmål', 'Polski', 'Svenska', 'Русский', 'Українська']) {
			await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
		}
		await menu.getByRole('link', { name: 'Deutsch', exact: true }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('de', 'participant:home.heading'));
		// and the choice holds on the next page
		await page.goto('/join');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	});

	test('keeps the page and its query when switching', async ({ page }) => {
		await page.goto('/join/ABCD?lang=en');
		await page.locator('.language-switcher summary').click();
		await page.getByRole('link', { name: 'Polski', exact: true }).click();
		await expect(page).toHaveURL(/\/join\/ABCD\?lang=pl$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	});
});
