import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { text } from './support/locales.ts';

/**
 * Issue #6, done when: the demo consultation is completed in English, Lithuanian and Ukrainian
 * with JavaScript on and once with it off — skip, back, pause and resume, free text with a
 * phone number and an identity number (stored redacted), a risk phrase (flagged, help line
 * shown), check, share and receipt, then withdrawal with the receipt.
 */

async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const p = (language: string, key: string, options: Record<string, string | number> = {}) =>
	Object.entries(options).reduce((value, [name, replacement]) => value.replaceAll(`{{${name}}}`, String(replacement)), text(language, `participant:${key}`));

async function join(page: Page, language: string) {
	await page.goto(`/join/DEMO2026?lang=${language}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(p(language, 'join.start.title'));
	await page.getByRole('button', { name: p(language, 'code.submit') }).click();
	await expect(page).toHaveURL(/\/participate\/about-you$/);
	await page.getByLabel(new Intl.DisplayNames([language], { type: 'region' }).of('SE')!, { exact: true }).check();
	await page.getByLabel(p(language, 'journey.about.age')).fill('14');
	await page.getByRole('button', { name: p(language, 'journey.next') }).click();
	await expect(page).toHaveURL(/\/participate\/information$/);
	await page.getByRole('button', { name: p(language, 'journey.info.yes') }).click();
	await expect(page).toHaveURL(/\/participate\/question\/1$/);
}

const next = (page: Page, language: string) => page.getByRole('button', { name: p(language, 'journey.next'), exact: true }).or(page.getByRole('link', { name: p(language, 'journey.next'), exact: true })).first().click();

/** The demo's eight pages: an information page, then smiley, yes/no, single, multiple, ranking, information, free text. */
async function answerEverything(page: Page, language: string, freeText: string) {
	await next(page, language); // information page
	await page.locator('input[name="choice"]').nth(3).check(); // smiley: quite safe
	await next(page, language);
	await page.getByLabel(p(language, 'question.ratherNotSay')).check(); // yes / no: skipped
	await next(page, language);
	await page.locator('input[name="choice"]').first().check(); // single
	await next(page, language);
	await page.locator('input[name="choice"]').nth(0).check(); // multiple: two of five
	await page.locator('input[name="choice"]').nth(2).check();
	await next(page, language);
	const ranks = page.locator('select[name^="rank-"]');
	await ranks.nth(0).selectOption('2');
	await ranks.nth(1).selectOption('1');
	await next(page, language);
	await next(page, language); // information page before the free text
	await page.locator('textarea[name="text"]').fill(freeText);
	await next(page, language);
}

for (const language of ['en', 'lt', 'uk']) {
	test(`a child completes the demo consultation in ${language} with JavaScript on`, async ({ page }) => {
		test.setTimeout(120_000);
		await join(page, language);
		await answerEverything(page, language, language === 'en' ? 'More lights in the park please.' : 'Daugiau šviesų parke.');
		await expect(page).toHaveURL(/\/participate\/check$/);
		await expectAccessible(page);
		await page.getByRole('button', { name: p(language, 'journey.check.yes') }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(p(language, 'journey.receipt.title'));
		await expect(page.getByTestId('receipt-code')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]{3}$/);
		await expectAccessible(page);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('skip, back, pause and resume, free text screened, a risk flagged, check, share, receipt and withdrawal', async ({ page }) => {
		test.setTimeout(180_000);
		const language = 'en';
		await join(page, language);

		// an error summary, then skip; back shows the answer kept
		await next(page, language);
		await next(page, language);
		await expect(page.getByRole('alert')).toContainText(p(language, 'journey.question.empty'));
		await page.locator('input[name="choice"]').nth(1).check();
		await next(page, language);
		await page.getByRole('link', { name: p(language, 'journey.back') }).click();
		await expect(page.locator('input[name="choice"]').nth(1)).toBeChecked();
		await next(page, language);
		await page.getByLabel(p(language, 'question.ratherNotSay')).check();
		await next(page, language);
		await expect(page).toHaveURL(/\/question\/4$/);
		await expect(page.getByText('Question 3 of 6')).toBeVisible();

		// continue later: a resume code, and this browser forgets the participation
		await page.getByRole('button', { name: p(language, 'journey.pause') }).click();
		const resumeCode = (await page.getByTestId('resume-code').textContent())!;
		expect(resumeCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]{3}$/);
		await page.goto('/participate');
		await expect(page).toHaveURL(/\/join$/);
		await page.getByLabel(p(language, 'code.label')).fill(resumeCode);
		await page.getByRole('button', { name: p(language, 'code.submit') }).click();
		await expect(page).toHaveURL(/\/question\/4$/);

		await page.locator('input[name="choice"]').first().check();
		await next(page, language);
		await page.locator('input[name="choice"]').nth(0).check();
		await next(page, language);
		await page.locator('select[name^="rank-"]').nth(0).selectOption('1');
		await next(page, language);
		await next(page, language);
		// free text with a phone number, a Swedish personal identity number and a risk phrase
		await page.locator('textarea[name="text"]').fill('Call me on 070-123 45 67, my number is 811218-9876. Sometimes my dad hits me.');
		await next(page, language);
		const notice = page.getByRole('status');
		await expect(notice).toContainText(p(language, 'journey.saved.careTitle'));
		await expect(notice).toContainText('Call me on [phone], my number is [id-number]. Sometimes my dad hits me.');
		await expect(page.locator('#helpline')).toBeVisible();
		await next(page, language);

		// check, change one answer, share
		await expect(page).toHaveURL(/\/participate\/check$/);
		await expect(page.locator('.check-answers')).toContainText(p(language, 'question.ratherNotSay'));
		await expect(page.locator('.check-answers')).not.toContainText('070');
		await page.getByRole('button', { name: p(language, 'journey.check.yes') }).click();
		const receipt = (await page.getByTestId('receipt-code').textContent())!;
		// the back button after sharing shows nothing of the answers
		await page.goto('/participate/check');
		await expect(page).toHaveURL(/\/join$/);

		// the receipt: what happens next, and withdrawal while open
		await page.goto('/receipt');
		await page.getByLabel(p(language, 'receipt.title')).fill('K7MQ-4TXB-2A1');
		await page.getByRole('button', { name: p(language, 'receipt.submit') }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await page.getByLabel(p(language, 'receipt.title')).fill(receipt);
		await page.getByRole('button', { name: p(language, 'receipt.submit') }).click();
		await expect(page.getByText(p(language, 'receipt.kept'))).toBeVisible();
		await page.getByRole('button', { name: p(language, 'receipt.withdraw') }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(p(language, 'receipt.withdrawnTitle'));
	});

	test('an age outside the range is turned away kindly; "Stop" and "No thanks" keep nothing', async ({ page }) => {
		await page.goto('/join/DEMO2026?lang=en');
		await page.getByRole('button', { name: p('en', 'code.submit') }).click();
		await page.getByLabel('Sweden', { exact: true }).check();
		await page.getByLabel(p('en', 'journey.about.age')).fill('30');
		await page.getByRole('button', { name: p('en', 'journey.next') }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(p('en', 'journey.about.outsideTitle'));
		await page.getByRole('button', { name: p('en', 'journey.stop') }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(p('en', 'journey.ended.stopped.title'));
		await page.goto('/participate');
		await expect(page).toHaveURL(/\/join$/);

		await page.goto('/join/DEMO2026?lang=en');
		await page.getByRole('button', { name: p('en', 'code.submit') }).click();
		await page.getByLabel('Sweden', { exact: true }).check();
		await page.getByLabel(p('en', 'journey.about.age')).fill('12');
		await page.getByRole('button', { name: p('en', 'journey.next') }).click();
		// both answers look exactly alike
		const yes = page.getByRole('button', { name: p('en', 'journey.info.yes') });
		const no = page.getByRole('button', { name: p('en', 'journey.info.no') });
		expect(await yes.getAttribute('class')).toBe(await no.getAttribute('class'));
		await no.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(p('en', 'journey.ended.declined.title'));
	});
});

test('every participant page carries no-store, and read-aloud speaks the question with the browser’s voice', async ({ page }) => {
	await page.addInitScript(() => {
		const spoken: string[] = [];
		(window as unknown as { spoken: string[] }).spoken = spoken;
		const voice = { lang: 'en-GB', name: 'Test voice', default: true, localService: true, voiceURI: 'test' };
		Object.defineProperty(window, 'speechSynthesis', {
			value: {
				getVoices: () => [voice],
				speak: (utterance: { text: string; onend?: () => void }) => {
					spoken.push(utterance.text);
					utterance.onend?.();
				},
				cancel: () => {},
				addEventListener: () => {},
				removeEventListener: () => {}
			}
		});
		(window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
			text: string;
			voice: unknown;
			lang = '';
			onend?: () => void;
			constructor(text: string) {
				this.text = text;
			}
		};
	});
	const response = await page.goto('/join/DEMO2026?lang=en');
	expect(response?.headers()['cache-control']).toContain('no-store');
	await page.getByRole('button', { name: p('en', 'code.submit') }).click();
	await page.getByLabel('Sweden', { exact: true }).check();
	await page.getByLabel(p('en', 'journey.about.age')).fill('14');
	await page.getByRole('button', { name: p('en', 'journey.next') }).click();
	await page.getByRole('button', { name: p('en', 'journey.info.yes') }).click();
	const question = await page.goto('/participate/question/2');
	expect(question?.headers()['cache-control']).toContain('no-store');
	await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'true');
	await page.getByRole('button', { name: p('en', 'journey.readAloud') }).click();
	const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
	expect(spoken).toHaveLength(1);
	expect(spoken[0]).toContain('How safe do you feel when you are online?');
	expect(spoken[0]).toContain('Very safe');
});

test('after the journeys, no participation is left behind and no participant column holds a time finer than a day', async () => {
	const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
	try {
		const columns = await sql<{ table_name: string; column_name: string; data_type: string }[]>`
			select table_name, column_name, data_type from information_schema.columns
			where table_schema = 'public' and table_name in ('participation', 'assent', 'safeguarding_flag', 'response', 'answer', 'receipt')`;
		expect(columns.filter((c) => c.data_type.startsWith('timestamp')).map((c) => `${c.table_name}.${c.column_name}`)).toEqual([]);
		expect(columns.map((c) => c.column_name).filter((name) => /^(address|ip|ip_address|user_agent|email|e_mail|name|first_name|last_name|birth_date|birthday|age)$/.test(name))).toEqual([]);
	} finally {
		await sql.end();
	}
});
