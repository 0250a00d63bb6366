import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LANGUAGES, text } from './support/locales.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function expectNoViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const language of LANGUAGES) {
	test.describe(`axe in ${language}`, () => {
		test('home page, with the language menu open', async ({ page }) => {
			await page.goto(`/?lang=${language}`);
			await expectNoViolations(page);
			await page.locator('.language-switcher summary').click();
			await expectNoViolations(page);
		});

		test('not-found page', async ({ page }) => {
			await page.goto(`/missing?lang=${language}`);
			await expectNoViolations(page);
		});

		test('join page with an error, and an unknown code', async ({ page }) => {
			await page.goto(`/join?lang=${language}`);
			await page.getByRole('button', { name: text(language, 'participant:code.submit') }).click();
			await expect(page.getByRole('alert')).toBeVisible();
			await expectNoViolations(page);
			await page.goto(`/join/ABCDEFGH?lang=${language}`);
			await expectNoViolations(page);
		});
	});
}
