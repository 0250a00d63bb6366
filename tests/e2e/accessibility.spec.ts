import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { LANGUAGES, text } from './support/locales.ts';

const LEVELS = ['child', 'teen', 'adult'] as const;

for (const [index, language] of LANGUAGES.entries()) {
	test.describe(`axe in ${language}`, () => {
		// the three wording levels of the children's notice, spread over the languages
		test('the privacy notices: the children’s, at one of its levels, and the full one', async ({ page }) => {
			const level = LEVELS[index % LEVELS.length];
			await page.goto(`/privacy?lang=${language}&level=${level}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(language, 'privacy:children.title'));
			await expect(page.getByRole('heading', { level: 2, name: text(language, `privacy:children.${level}.worried.title`) })).toBeVisible();
			await expect(page.getByRole('link', { name: text(language, 'privacy:children.fullLink') })).toBeVisible();
			await expectAccessible(page, { bestPractice: true });
			await page.goto(`/privacy/full?lang=${language}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(language, 'privacy:full.title'));
			await expect(page.getByRole('heading', { level: 2, name: text(language, 'privacy:full.retention.title') })).toBeVisible();
			await expectAccessible(page, { bestPractice: true });
		});

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

		test('where a journey ends: an age outside the range, stopped, no thanks, answers deleted, a guardian’s no', async ({ page }) => {
			await page.goto(`/join/DEMO2026?lang=${language}`);
			await page.getByRole('button', { name: text(language, 'participant:code.submit') }).click();
			await page.getByLabel(new Intl.DisplayNames([language], { type: 'region' }).of('SE')!, { exact: true }).check();
			await page.getByLabel(text(language, 'participant:journey.about.age')).fill('30');
			await page.getByRole('button', { name: text(language, 'participant:journey.next') }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(language, 'participant:journey.about.outsideTitle'));
			await expectAccessible(page, { bestPractice: true });
			for (const why of ['stopped', 'declined', 'discarded', 'guardian']) {
				await page.goto(`/stopped?lang=${language}&${why}`);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(language, `participant:journey.ended.${why}.title`));
				await expectAccessible(page, { bestPractice: true });
			}
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
