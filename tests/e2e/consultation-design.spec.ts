import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import js2xliff from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';
import { en as demo } from '../../src/lib/server/demo/consultation/en.ts';
import { text } from './support/locales.ts';
import { DEMO, newStaffMember, signIn } from './support/staff.ts';

/**
 * Issue #4, done when: in a browser, a facilitator builds a consultation with every question
 * kind, completes two languages by XLIFF round trip, sees the ethics gate refuse and then
 * accept, opens it and prints slips; a second facilitator cannot see it.
 */

/** Staff see a consultation by its title in the young adults' wording. */
const DEMO_TITLE = demo.title.adult;

const KINDS = ['Single choice', 'Multiple choice', 'Smiley scale', 'Yes / no / not sure', 'Free text', 'Ranking', 'Information page'];
const REQUIREMENTS = [
	'transparent',
	'voluntary',
	'respectful',
	'relevant',
	'child-friendly',
	'inclusive',
	'supported-by-training',
	'safe-and-sensitive-to-risk',
	'accountable'
];

/** Downloads a language's XLIFF file from the translations page, fills every target, uploads it. */
async function translateByXliff(page: Page, language: string, endonym: string): Promise<number> {
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: `Download ${endonym} (XLIFF)` }).click();
	const file = readFileSync((await (await download).path())!, 'utf8');
	const document = await xliff2js(file);
	const [units] = Object.values(document.resources);
	for (const unit of Object.values(units)) unit.target = `[${language}] ${unit.source}`;
	await page.getByLabel('Translated file').setInputFiles({ name: `${language}.xlf`, mimeType: 'application/xliff+xml', buffer: Buffer.from(await js2xliff(document)) });
	await page.getByRole('button', { name: 'Upload translation' }).click();
	await expect(page.getByRole('status')).toContainText(`${endonym}:`);
	return Object.keys(units).length;
}

test('a facilitator designs a consultation, translates it by XLIFF, passes the ethics gate, opens it and prints slips; another facilitator cannot see it', async ({ browser, page }) => {
	test.setTimeout(240_000);
	const title = `Safe ways to school ${Date.now()}`;
	await signIn(page, DEMO.facilitator);
	await page.goto('/staff/consultations?lang=en');
	await expectAccessible(page);

	// a draft, in English
	await page.getByRole('button', { name: 'Create consultation' }).click();
	await expect(page.getByRole('alert')).toContainText('Enter a title');
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Language you write in').selectOption('en');
	await page.getByRole('button', { name: 'Create consultation' }).click();
	await expect(page).toHaveURL(/\/staff\/consultations\/[0-9a-f-]{36}\/settings$/);
	const base = new URL(page.url()).pathname.replace(/\/settings$/, '');

	// settings: bad values are refused with a message and nothing saved
	await expectAccessible(page);
	await page.getByLabel('Deutsch').check();
	await page.getByLabel('Lietuvių').check();
	await page.getByLabel('Germany').check();
	await page.getByLabel('Lithuania').check();
	await page.getByLabel('Smallest group shown in results').fill('4');
	await page.getByLabel('Time zone').selectOption('Europe/Vilnius');
	await page.getByLabel('Opens at').fill('2026-11-01T09:00');
	await page.getByLabel('Closes at').fill('2026-10-01T09:00');
	await page.getByRole('button', { name: 'Save settings' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Enter a whole number of at least 5');
	await expect(alert).toContainText('The closing time must be after the opening time');
	await expectAccessible(page);
	await page.goto(`${base}/settings`);
	await expect(page.getByLabel('Deutsch')).not.toBeChecked();
	await page.getByLabel('Deutsch').check();
	await page.getByLabel('Lietuvių').check();
	await page.getByLabel('Germany').check();
	await page.getByLabel('Lithuania').check();
	await page.getByLabel('Time zone').selectOption('Europe/Vilnius');
	await page.getByLabel('Opens at').fill('2026-11-01T09:00');
	await page.getByLabel('Closes at').fill('2027-06-30T18:00');
	await page.getByLabel('Safeguarding lead').selectOption({ label: DEMO.moderator });
	await page.getByLabel('Ethics approval reference').fill('REC-2026-14');
	await page.getByLabel('DPIA reference').fill('DPIA-77');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText('The settings are saved.');
	await expect(page.getByLabel('Closes at')).toHaveValue('2027-06-30T18:00');

	// one question of every kind; a maximum above the number of choices is refused
	await page.goto(`${base}/questions`);
	for (const kind of KINDS) {
		await page.getByLabel(kind, { exact: true }).check();
		if (kind === 'Multiple choice') {
			await page.getByLabel('Most choices a child may pick').fill('5');
			await page.getByRole('button', { name: 'Add question' }).click();
			await expect(page.getByRole('alert')).toContainText('cannot be more than the number of choices');
			await page.getByLabel(kind, { exact: true }).check();
			await page.getByLabel('Most choices a child may pick').fill('2');
		}
		await page.getByRole('button', { name: 'Add question' }).click();
		await expect(page.getByRole('status')).toHaveText('The question is added. Now write its texts.');
	}
	await expect(page.locator('.question-card h2')).toHaveText(KINDS.map((kind, index) => `${index + 1}. ${kind}`));
	// reorder: the information page goes first
	await page.getByRole('button', { name: 'Move question 7 up' }).click();
	await expect(page.locator('.question-card h2').nth(5)).toHaveText('6. Information page');
	await expectAccessible(page);

	// the English texts, at the teenagers' level (the other levels fall back to it)
	await page.goto(`${base}/texts/en`);
	const teen = page.locator('textarea[name$=".teen"]');
	const count = await teen.count();
	expect(count).toBeGreaterThan(20);
	await teen.first().fill('x'.repeat(5001));
	await page.getByRole('button', { name: 'Save texts' }).click();
	await expect(page.getByRole('alert')).toContainText('at most 5,000 characters');
	for (let index = 0; index < count; index++) await teen.nth(index).fill(`English text ${index + 1}`);
	await page.getByRole('button', { name: 'Save texts' }).click();
	await expect(page.getByRole('status')).toHaveText(`${count} texts are saved.`);
	await expectAccessible(page);

	// German and Lithuanian by XLIFF round trip; a file that is not XLIFF changes nothing
	await page.goto(`${base}/translations`);
	await expect(page.locator('.language-status')).toContainText('Deutsch: ');
	await expect(page.locator('.language-status li', { hasText: 'Deutsch' })).toContainText('texts missing');
	await page.getByLabel('Translated file').setInputFiles({ name: 'de.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from('<xliff><file') });
	await page.getByRole('button', { name: 'Upload translation' }).click();
	await expect(page.getByRole('alert')).toContainText('This is not a readable XLIFF file. Nothing was changed.');
	// a unit per text and wording level: the teenagers' texts, and the title as first typed
	expect(await translateByXliff(page, 'de', 'Deutsch')).toBe(count + 1);
	await expect(page.getByRole('status')).toHaveText(`Deutsch: ${count + 1} texts changed.`);
	expect(await translateByXliff(page, 'lt', 'Lietuvių')).toBe(count + 1);
	for (const language of ['English', 'Deutsch', 'Lietuvių']) {
		await expect(page.locator('.language-status li', { hasText: language })).toContainText('complete');
	}
	await expect(page.locator('.matrix td.incomplete')).toHaveCount(0);
	await expectAccessible(page);

	// the preview shows the German texts as a 10-year-old sees them, storing nothing
	await page.goto(`${base}/preview?language=de&band=10-12&page=2`);
	await expect(page.locator('.preview-frame h1')).toHaveText(/^\[de\] English text/);
	await expect(page.locator('.preview-frame')).toContainText(text('de', 'participant:question.ratherNotSay'));
	await expectAccessible(page);

	// the ethics gate refuses, and lists what is missing
	await page.goto(`${base}/ethics`);
	await page.getByRole('button', { name: 'Mark as ready to open' }).click();
	await expect(page.getByRole('alert')).toContainText('The consultation cannot go ahead yet');
	const missing = page.locator('.gate-missing li');
	await expect(missing).toHaveText(REQUIREMENTS.map((r) => new RegExp(`^Confirm and describe: `)));
	await expect(page.locator('.state').first()).toHaveText('Draft');

	// the nine requirements confirmed and described: the gate accepts
	await page.goto(`${base}/ethics`);
	await expectAccessible(page);
	for (const requirement of REQUIREMENTS) {
		await page.locator(`#confirmed-${requirement}`).check();
		await page.locator(`#note-${requirement}`).fill(`How we are ${requirement}`);
	}
	await page.getByRole('button', { name: 'Save checklist' }).click();
	await expect(page.getByRole('status')).toHaveText('The checklist is saved.');
	await expect(page.locator('.gate-passed')).toHaveText('The ethics gate is passed: everything needed is in place.');
	await page.getByRole('button', { name: 'Mark as ready to open' }).click();
	await expect(page.getByRole('status')).toHaveText('The consultation is ready to open.');
	await page.getByRole('button', { name: 'Open the consultation' }).click();
	await expect(page.getByRole('status')).toHaveText('The consultation is open.');
	await expect(page.locator('.state').first()).toHaveText('Open');
	await expectAccessible(page);

	// questions are locked once open
	await page.goto(`${base}/questions`);
	await expect(page.getByRole('button', { name: 'Add question' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: /Delete question/ })).toHaveCount(0);

	// the group code, and three slips in German, printed on A4
	await page.goto(`${base}/codes`);
	await page.getByRole('button', { name: 'Make the group code' }).click();
	await expect(page.getByRole('status')).toHaveText('The group code is made.');
	await expect(page.locator('.shared-code')).toHaveText(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
	await expectAccessible(page);
	await page.getByLabel('Number of slips').fill('501');
	await page.getByRole('button', { name: 'Make slips' }).click();
	await expect(page.getByRole('alert')).toContainText('Enter a whole number from 1 to 500');
	await page.getByLabel('Number of slips').fill('3');
	await page.getByLabel('Language of the slips').selectOption('de');
	await page.getByRole('button', { name: 'Make slips' }).click();
	const slips = page.locator('.slip');
	await expect(slips).toHaveCount(3);
	const codes = await page.locator('.slip .code').allTextContents();
	for (const code of codes) expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]{3}$/);
	expect(new Set(codes).size).toBe(3);
	await expect(slips.first()).toContainText(text('de', 'participant:slip.guardianHeading'));
	await expect(slips.first().locator('img')).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
	await expectAccessible(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.slips-intro')).toBeHidden();
	await expect(slips.first()).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	await page.emulateMedia({ media: 'screen' });
	// shown once: the codes page lists the batch, never its codes
	await page.goto(`${base}/codes`);
	await expect(page.locator('.data-table tbody tr')).toHaveCount(1);
	for (const code of codes) await expect(page.locator('main')).not.toContainText(code);

	// the owner's list has it; another facilitator sees neither it nor any of its pages
	await page.goto('/staff/consultations');
	await expect(page.getByRole('link', { name: title })).toBeVisible();
	const other = await newStaffMember(browser, 'facilitator');
	await other.page.goto('/staff/consultations?lang=en');
	await expect(other.page.getByRole('heading', { level: 1 })).toHaveText('Consultations');
	await expect(other.page.getByRole('link', { name: title })).toHaveCount(0);
	for (const path of ['', '/settings', '/questions', '/texts/en', '/translations', '/translations/de.xlf', '/ethics', '/preview', '/codes', '/consent', '/team']) {
		expect((await other.page.request.get(`${base}${path}`)).status(), path).toBe(404);
	}
	const close = await other.page.request.post(`${base}?/transition`, { form: { to: 'close' }, headers: { origin: new URL(page.url()).origin, accept: 'text/html' } });
	expect(close.status()).toBe(404);
	await page.goto(base);
	await expect(page.locator('.state').first()).toHaveText('Open');

	// the owner adds them as a collaborator: now they see it, but cannot change the team
	await page.goto(`${base}/team`);
	await page.getByLabel('E-mail address').fill('nobody@example.org');
	await page.getByRole('button', { name: 'Add to team' }).click();
	await expect(page.getByRole('alert')).toContainText('No active facilitator has this e-mail address');
	await page.getByLabel('E-mail address').fill(other.email);
	await page.getByRole('button', { name: 'Add to team' }).click();
	await expect(page.getByRole('status')).toHaveText('The team is changed.');
	await expectAccessible(page);
	await other.page.goto('/staff/consultations');
	await expect(other.page.getByRole('link', { name: title })).toBeVisible();
	await other.page.goto(`${base}/team`);
	await expect(other.page.getByRole('button', { name: 'Add to team' })).toHaveCount(0);
});

test('the demo consultation is open in all 13 languages with every kind of question, and a copy of it is a new draft', async ({ page }) => {
	await signIn(page, DEMO.facilitator);
	await page.goto('/staff/consultations?lang=en');
	await page.getByRole('link', { name: DEMO_TITLE, exact: true }).click();
	await page.waitForURL(/\/staff\/consultations\/[0-9a-f-]{36}$/);
	await expect(page.locator('.state').first()).toHaveText('Open');
	const base = new URL(page.url()).pathname;
	await page.goto(`${base}/translations`);
	await expect(page.locator('.language-status li')).toHaveCount(13);
	await expect(page.locator('.language-status .incomplete')).toHaveCount(0);
	await page.goto(`${base}/questions`);
	await expect(page.locator('.question-card h2')).toHaveText(
		['Information page', 'Smiley scale', 'Yes / no / not sure', 'Single choice', 'Multiple choice', 'Ranking', 'Information page', 'Free text'].map((kind, i) => `${i + 1}. ${kind}`)
	);
	// the wording differs by age: a child and a young adult read different questions
	await page.goto(`${base}/preview?language=en&band=6-9&page=2`);
	const child = await page.locator('.preview-frame h1').textContent();
	await page.goto(`${base}/preview?language=en&band=18-24&page=2`);
	const adult = await page.locator('.preview-frame h1').textContent();
	expect(child).not.toBe(adult);

	await page.goto(base);
	const copyTitle = `Demo copy ${Date.now()}`;
	await page.getByLabel('Title of the copy').fill(copyTitle);
	await page.getByRole('button', { name: 'Make a copy' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(copyTitle);
	await expect(page.locator('.state').first()).toHaveText('Draft');
	// a copy needs its own window, references and confirmations before it may open
	await expect(page.locator('.gate-missing')).toContainText('An opening and a closing time');
	await expect(page.locator('.gate-missing')).toContainText('The ethics approval reference');
});
