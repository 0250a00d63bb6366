import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { LANGUAGES, text } from './support/locales.ts';

for (const language of LANGUAGES) {
	test.describe(`axe in ${language}`, () => {
		test('home page, with the language menu open', async ({ page }) => {
			await page.goto(`/?lang=${language}`);
			await expectAccessible(page, { bestPractice: true });
			await page.locator('.language-switcher summary').click();
			await expectAccessible(page, { bestPractice: true });
		});

		test('not-found page', async ({ page }) => {
			await page.goto(`/missing?lang=${language}`);
			await expectAccessible(page, { bestPractice: true });
		});

		test('join page with an error, and an unknown code', async ({ page }) => {
			await page.goto(`/join?lang=${language}`);
			await page.getByRole('button', { name: text(language, 'participant:code.submit') }).click();
			await expect(page.getByRole('alert')).toBeVisible();
			await expectAccessible(page, { bestPractice: true });
			await page.goto(`/join/ABCDEFGH?lang=${language}`);
			await expectAccessible(page, { bestPractice: true });
		});

		test('the guardians’ pages: a slip code with an error, and a link that no longer works', async ({ page }) => {
			await page.goto(`/guardian?lang=${language}`);
			await page.getByRole('button', { name: text(language, 'participant:guardian.slip.submit') }).click();
			await expect(page.getByRole('alert')).toBeVisible();
			await expectAccessible(page, { bestPractice: true });
			await page.goto(`/guardian/${'A'.repeat(43)}?lang=${language}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(language, 'participant:guardian.gone.title'));
			await expectAccessible(page, { bestPractice: true });
		});
	});
}
