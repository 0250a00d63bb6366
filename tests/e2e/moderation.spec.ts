import { expect, test, type Browser } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { buildOpenConsultation } from '../support/consultation.ts';
import { withAppDatabase } from './support/domain.ts';
import { text } from './support/locales.ts';
import { DEMO, mailCount, mailTo, signIn } from './support/staff.ts';

/**
 * Issue #8, done when: a moderator clears a consultation's queue by keyboard, redacts a span in
 * a text with letters outside the Basic Multilingual Plane, rejects one answer, handles a
 * safeguarding flag (the lead receives a mail without the text) and tags themes; a second
 * moderator confirms under four eyes; a facilitator and a reviewer cannot open the queue.
 */

test.describe.configure({ mode: 'serial' });

const p = (key: string) => text('en', `participant:${key}`);
const TITLE = `Moderated ${Date.now()}`;
const ANSWERS = {
	redact: 'We need more light 🦊 on 𐌷𐌰𐌹𐌻𐍃 road near Sunny Lane school.',
	risk: 'My dad hits me when he drinks.',
	reject: 'Buy cheap followers now!!!',
	approve: ['A skate park, please.', 'More trees and benches.']
};

/** A consultation of its own with one free-text question, opened as its facilitator would, for the demo staff. */
async function openConsultation(): Promise<{ id: string; code: string }> {
	return withAppDatabase(async ({ db, keyring, staffId }) => {
		const built = await buildOpenConsultation(db, keyring, {
			facilitatorId: await staffId(DEMO.facilitator),
			leadId: await staffId(DEMO.moderator),
			title: TITLE,
			kinds: ['free-text'],
			countries: ['SE'],
			wording: (field) => (field === 'title' ? TITLE : field === 'prompt' ? 'What would make your town better?' : `The ${field} of this consultation.`)
		});
		return { id: built.id, code: built.code };
	});
}

/** A child of sixteen in Sweden answers the one question and shares, without JavaScript. */
async function childAnswers(browser: Browser, code: string, answer: string) {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`/join/${code}?lang=en`);
	await page.getByRole('button', { name: p('code.submit') }).click();
	await page.getByLabel('Sweden', { exact: true }).check();
	await page.getByLabel(p('journey.about.age')).fill('16');
	await page.getByRole('button', { name: p('journey.next') }).click();
	await page.getByRole('button', { name: p('journey.info.yes') }).click();
	await page.locator('textarea[name="text"]').fill(answer);
	await page.getByRole('button', { name: p('journey.next'), exact: true }).click();
	if (!/\/participate\/check$/.test(page.url())) await page.getByRole('link', { name: p('journey.next'), exact: true }).click();
	await page.getByRole('button', { name: p('journey.check.yes') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(p('journey.receipt.title'));
	await context.close();
}

let consultation: { id: string; code: string };

test('a moderator handles a flag first, redacts, rejects, clears the queue by keyboard and tags themes; a second confirms under four eyes', async ({ page, browser }) => {
	test.setTimeout(180_000);
	const mailsBefore = await mailCount();
	consultation = await openConsultation();
	for (const answer of [ANSWERS.redact, ANSWERS.risk, ANSWERS.reject, ...ANSWERS.approve]) await childAnswers(browser, consultation.code, answer);
	const base = `/staff/moderation/${consultation.id}`;

	// the safeguarding lead hears of the flag by e-mail: a link, never the answer
	const mail = await mailTo(DEMO.moderator, mailsBefore, `${base}/safeguarding`);
	expect(mail).not.toContain('hits');

	await signIn(page, DEMO.moderator);
	await page.goto(`${base}?lang=en`);
	await expect(page.getByRole('heading', { level: 2, name: /safeguarding flag needs attention first/ })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Turn four eyes on' }).click();
	await expect(page.getByRole('status')).toHaveText('Four eyes is on.');

	await page.getByRole('link', { name: 'Open the safeguarding queue' }).click();
	await expect(page).toHaveURL(/\/safeguarding$/);
	await expect(page.locator('.moderated-text')).toHaveText(ANSWERS.risk);
	await expectAccessible(page);
	await page.getByLabel('What was done').fill('Asked the facilitator to remind the group of the help lines.');
	await page.getByRole('button', { name: 'Record' }).click();
	await expect(page.getByRole('status')).toHaveText('Recorded.');
	await page.goto(`${base}?lang=en`);

	// redaction: the moderator selects "Sunny Lane" in a text with letters outside the BMP
	const redacted = page.locator('article', { hasText: 'Sunny Lane' });
	await redacted.locator('.moderated-text').evaluate((quote) => {
		const node = quote.firstChild!;
		const start = node.textContent!.indexOf('Sunny Lane');
		const range = document.createRange();
		range.setStart(node, start);
		range.setEnd(node, start + 'Sunny Lane'.length);
		window.getSelection()!.removeAllRanges();
		window.getSelection()!.addRange(range);
	});
	await redacted.getByRole('button', { name: 'Remove the selected text' }).click();
	await expect(page.getByRole('status')).toHaveText('Redacted.');

	// by keyboard from here on: j and k move between answers, r rejects, a approves the one in focus
	const cards = page.locator('article.moderation-item');
	async function focusByKeyboard(text: string) {
		await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'true');
		const target = cards.filter({ hasText: text });
		const count = await cards.count();
		// down to the last answer, then back up to the one wanted
		for (let step = 0; step < count; step++) await page.keyboard.press('j');
		for (let step = 0; step < count && !(await target.evaluate((card) => card === document.activeElement)); step++) await page.keyboard.press('k');
		await expect(target).toBeFocused();
	}
	await focusByKeyboard(ANSWERS.reject);
	await page.keyboard.press('r');
	await expect(page.getByRole('status')).toHaveText('Rejected.');
	// a flagged answer rejected under four eyes waits for a second moderator
	await focusByKeyboard(ANSWERS.risk);
	await page.keyboard.press('r');
	await expect(page.getByRole('status')).toHaveText('Recorded. A second moderator must confirm it.');

	// the rest: j moves to the next answer, a approves it
	for (let left = ANSWERS.approve.length; left > 0; left--) {
		await expect(cards).toHaveCount(left);
		await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'true');
		await page.keyboard.press('j');
		await expect(cards.first()).toBeFocused();
		await page.keyboard.press('a');
		await expect(page.getByRole('status')).toHaveText('Approved.');
	}
	await expect(page.getByText('Nothing to show here.')).toBeVisible();
	await page.goto(`${base}?lang=en&state=redacted`);
	await expect(page.locator('article blockquote').last()).toHaveText('We need more light 🦊 on 𐌷𐌰𐌹𐌻𐍃 road near [removed] school.');

	// themes, tagged on approved answers, counted
	await page.goto(`${base}/themes?lang=en`);
	await page.getByLabel('New theme').fill('Places to meet');
	await page.getByRole('button', { name: 'Add the theme' }).click();
	await expect(page.getByRole('status')).toHaveText('Theme added.');
	const skate = page.locator('form', { hasText: ANSWERS.approve[0] });
	await skate.getByLabel('Places to meet').check();
	await skate.getByRole('button', { name: 'Save the themes' }).click();
	await expect(page.getByRole('status')).toHaveText('Themes saved.');
	await expect(page.getByRole('row', { name: /Places to meet/ })).toContainText('1');
	await expectAccessible(page);

	// the second moderator confirms the rejection of the flagged answer
	const second = await (await browser.newContext()).newPage();
	await signIn(second, 'moderator2@demo.voices');
	await second.goto(`${base}?lang=en&state=awaiting`);
	await second.locator('article', { hasText: ANSWERS.risk }).getByRole('button', { name: 'Confirm' }).click();
	await expect(second.getByRole('status')).toHaveText('Confirmed.');
	await expect(second.locator('.progress-counts')).toContainText('5 of 5 answers decided');
});

test('a facilitator and a reviewer cannot open the queue', async ({ browser }) => {
	for (const who of [DEMO.facilitator, DEMO.reviewer]) {
		const page = await (await browser.newContext()).newPage();
		await signIn(page, who);
		const response = await page.goto(`/staff/moderation/${consultation.id}?lang=en`);
		expect(response?.status()).toBe(403);
	}
});
