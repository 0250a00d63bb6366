import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { expectAccessible } from './support/axe.ts';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { expireRequests } from '../../src/lib/server/consent/index.ts';
import * as schema from '../../src/lib/server/db/schema/index.ts';
import { da as demoDa } from '../../src/lib/server/demo/consultation/da.ts';
import { en as demo } from '../../src/lib/server/demo/consultation/en.ts';
import { whereHeld } from '../support/where-held.ts';
import { BASE_URL } from './support/app.ts';
import { withAppDatabase } from './support/domain.ts';
import { text } from './support/locales.ts';
import { DEMO, mailCount, mailTo, signIn } from './support/staff.ts';

/**
 * Issue #7, done when: over real SMTP, a 12-year-old in Denmark asks for consent, the guardian
 * opens the link from the received mail and agrees, the child resumes and shares; another
 * guardian refuses; a third request expires; after each, no guardian address is left in the
 * database. Signed slips and an attestation pass the gate.
 */

// one after the other: the expiry test moves every unanswered link's last day into the past
test.describe.configure({ mode: 'serial' });

const fill = (value: string, options: Record<string, string | number>) =>
	Object.entries(options).reduce((filled, [name, replacement]) => filled.replaceAll(`{{${name}}}`, String(replacement)), value);
const p = (key: string, options: Record<string, string | number> = {}) => fill(text('en', `participant:${key}`), options);

/** A child of twelve in Denmark (digital consent from 15): joined, agreed, and at the gate, in `language`. */
async function childAtTheGate(page: Page, code = 'DEMO2026', language = 'en') {
	const t = (key: string) => text(language, `participant:${key}`);
	await page.goto(`/join/${code}?lang=${language}`);
	await page.getByRole('button', { name: t('code.submit') }).click();
	await page.getByLabel(text(language, 'common:country.DK'), { exact: true }).check();
	await page.getByLabel(t('journey.about.age')).fill('12');
	await page.getByRole('button', { name: t('journey.next') }).click();
	await page.getByRole('button', { name: t('journey.info.yes') }).click();
}

async function askByEmail(page: Page, address: string, language = 'en') {
	const t = (key: string) => text(language, `participant:${key}`);
	await expect(page).toHaveURL(/\/participate\/guardian(\?\/email)?$/);
	await page.getByLabel(t('journey.guardian.email.label')).fill(address);
	await page.getByRole('button', { name: t('journey.guardian.email.send') }).click();
	await expect(page.getByRole('status')).toContainText(t('journey.guardian.email.wait'));
}

/** The guardian's link (path and `?lang=`) in the message the test's SMTP server received for them. */
async function guardianLink(address: string, after: number, title = demo.title.adult): Promise<string> {
	const mail = await mailTo(address, after);
	expect(mail).toContain(title);
	const match = /https?:\/\/\S+\/guardian\/[A-Za-z0-9_-]{43}(\?lang=[a-z]{2})?/.exec(mail);
	if (!match) throw new Error('no guardian link in the e-mail');
	const url = new URL(match[0]);
	return `${url.pathname}${url.search}`;
}

/**
 * Holds the send-mail job's advisory lock (jobs/runner.ts locks `voices-job:<name>`), so that a
 * message waits in the outbox with its sealed address while `work` runs: the job skips a run
 * whose lock another session holds.
 */
async function withMailHeld<T>(work: () => Promise<T>): Promise<T> {
	const client = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
	const key = createHash('sha256').update('voices-job:send-mail').digest().readBigInt64BE(0).toString();
	try {
		await client`select pg_advisory_lock(${key}::bigint)`;
		return await work();
	} finally {
		await client`select pg_advisory_unlock(${key}::bigint)`;
		await client.end();
	}
}

/** The guardian's link as it waits, unsent, in the outbox: its parameters opened with the app's keys. */
async function linkInTheOutbox(address: string): Promise<string> {
	return withAppDatabase(async ({ db, keyring }) => {
		const waiting = await db
			.select()
			.from(schema.mailOutbox)
			.where(and(eq(schema.mailOutbox.template, 'guardian-consent'), isNull(schema.mailOutbox.sentAt)))
			.orderBy(desc(schema.mailOutbox.createdAt));
		const row = waiting.find((message) => message.recipient && keyring.open(message.recipient, 'mail-recipient') === address);
		if (!row?.params) throw new Error('no message waiting for this address');
		const url = new URL(JSON.parse(keyring.open(row.params, 'mail-params')!).link);
		return `${url.pathname}${url.search}`;
	});
}

async function guardianPage(browser: Browser): Promise<Page> {
	return (await browser.newContext()).newPage();
}

/** Every column of the app's database that holds the address, written plainly or sealed (opened with the app's keys). */
async function whereTheDatabaseHolds(address: string): Promise<string[]> {
	return withAppDatabase(({ db, keyring }) => whereHeld(db, keyring, address));
}

/** Skips every question ("I'd rather not say") up to the check page, and shares. */
async function skipAndShare(page: Page) {
	for (let step = 0; step < 12 && !/\/participate\/check$/.test(page.url()); step++) {
		const skip = page.getByLabel(p('question.ratherNotSay'));
		if (await skip.count()) await skip.check();
		const url = page.url();
		await page.getByRole('button', { name: p('journey.next'), exact: true }).or(page.getByRole('link', { name: p('journey.next'), exact: true })).first().click();
		await expect(page).not.toHaveURL(url);
	}
	await page.getByRole('button', { name: p('journey.check.yes') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(p('journey.receipt.title'));
}

test('a 12-year-old in Denmark asks by e-mail; the guardian agrees from the mail; the child resumes and shares; no address is kept', async ({ page, browser }) => {
	test.setTimeout(120_000);
	const address = `guardian.yes.${Date.now()}@example.org`;
	await childAtTheGate(page);
	await expectAccessible(page);
	// a mistyped address is explained, and nothing is sent
	await page.getByLabel(p('journey.guardian.email.label')).fill('guardian at example');
	await page.getByRole('button', { name: p('journey.guardian.email.send') }).click();
	await expect(page.getByRole('alert')).toContainText(p('journey.guardian.email.invalid'));
	await expectAccessible(page);
	const before = await mailCount();
	// while the message waits to go out, the search finds its sealed address: the search can fail
	await withMailHeld(async () => {
		await askByEmail(page, address);
		expect(await whereTheDatabaseHolds(address)).toEqual(['mail_outbox.recipient (sealed)']);
	});
	await page.getByRole('button', { name: p('journey.pause') }).click();
	const resumeCode = (await page.getByTestId('resume-code').textContent())!;

	const guardian = await guardianPage(browser);
	const link = await guardianLink(address, before);
	// in the child's language; sent, the message no longer holds the address (the job commits just after sending)
	expect(link).toMatch(/\?lang=en$/);
	await expect.poll(() => whereTheDatabaseHolds(address), { timeout: 10_000 }).toEqual([]);
	await guardian.goto(link);
	// opening the link decides nothing: a second look shows the same question
	await guardian.reload();
	await expect(guardian.getByRole('heading', { level: 1 })).toHaveText(demo.title.adult);
	await expectAccessible(guardian);
	const yes = guardian.getByRole('button', { name: p('guardian.yes') });
	const no = guardian.getByRole('button', { name: p('guardian.no') });
	expect(await yes.getAttribute('class')).toBe(await no.getAttribute('class'));
	await yes.click();
	await expect(guardian.getByRole('heading', { level: 1 })).toHaveText(p('guardian.done.yes.title'));
	await expectAccessible(guardian);
	expect(await whereTheDatabaseHolds(address)).toEqual([]);

	await page.goto('/join');
	await page.getByRole('textbox', { name: p('join.title') }).fill(resumeCode);
	await page.getByRole('button', { name: p('code.submit') }).click();
	await expect(page).toHaveURL(/\/participate\/question\/1$/);
	await skipAndShare(page);
	// the link ends with the participation, and says honestly what is left to do
	await guardian.goto(link);
	await expect(guardian.getByRole('heading', { level: 1 })).toHaveText(p('guardian.gone.title'));
	await expect(guardian.getByText(p('guardian.anonymousAfter'))).toBeVisible();
	await expect(guardian.getByRole('button', { name: p('guardian.withdraw') })).toHaveCount(0);
});

test('a guardian who refuses ends the child’s participation, and the child is told kindly; an unanswered link expires; none leaves an address', async ({ page, browser }) => {
	test.setTimeout(150_000);
	const refusing = `guardian.no.${Date.now()}@example.org`;
	await childAtTheGate(page);
	const guardian = await guardianPage(browser);
	// the guardian decides while the message still waits in the outbox: the decision erases the address
	await withMailHeld(async () => {
		await askByEmail(page, refusing);
		expect(await whereTheDatabaseHolds(refusing)).toEqual(['mail_outbox.recipient (sealed)']);
		const link = await linkInTheOutbox(refusing);
		await guardian.goto(link);
		await guardian.getByRole('button', { name: p('guardian.no') }).click();
		await expect(guardian.getByRole('heading', { level: 1 })).toHaveText(p('guardian.done.no.title'));
		expect(await whereTheDatabaseHolds(refusing)).toEqual([]);
		// opened again, the link says the decision is made, and asks for none
		await guardian.goto(link);
		await expect(guardian.getByRole('heading', { level: 1 })).toHaveText(p('guardian.done.no.title'));
		await expect(guardian.getByRole('button', { name: p('guardian.yes') })).toHaveCount(0);
	});
	// the child, checking again, is told kindly what happened; every step of the journey says the same
	await page.getByRole('button', { name: p('journey.guardian.check') }).click();
	await expect(page).toHaveURL(/\/stopped\?guardian$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(p('journey.ended.guardian.title'));
	await expect(page.getByText(p('journey.ended.guardian.body'))).toBeVisible();
	await expectAccessible(page);
	await page.goto('/participate/question/1');
	await expect(page).toHaveURL(/\/stopped\?guardian$/);

	// a child who left with a resume code hears it when they come back with the code
	const second = await guardianPage(browser);
	const another = `guardian.no.again.${Date.now()}@example.org`;
	await childAtTheGate(second);
	const beforeSecond = await mailCount();
	await askByEmail(second, another);
	await second.getByRole('button', { name: p('journey.pause') }).click();
	const resumeCode = (await second.getByTestId('resume-code').textContent())!;
	await guardian.goto(await guardianLink(another, beforeSecond));
	// whom to ask: the consultation's own contact, under the general advice
	await expect(guardian.getByText(p('guardian.sheet.contactDirect'))).toBeVisible();
	await expect(guardian.getByText('The Voices demo team, questions@voices.example')).toBeVisible();
	await guardian.getByRole('button', { name: p('guardian.no') }).click();
	await expect(guardian.getByRole('heading', { level: 1 })).toHaveText(p('guardian.done.no.title'));
	expect(await whereTheDatabaseHolds(another)).toEqual([]);
	await second.goto('/join?lang=en');
	await second.getByRole('textbox', { name: p('join.title') }).fill(resumeCode);
	await second.getByRole('button', { name: p('code.submit') }).click();
	await expect(second.getByRole('heading', { level: 1 })).toHaveText(p('journey.ended.guardian.title'));

	// a third guardian never answers: once the link's last day has passed, the job removes it
	const silent = `guardian.silent.${Date.now()}@example.org`;
	await childAtTheGate(page);
	const beforeSilent = await mailCount();
	await askByEmail(page, silent);
	const link = await guardianLink(silent, beforeSilent);
	const client = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
	try {
		await client`update consent_request set expires_on = current_date - 1 where consented_on is null`;
		await guardian.goto(link);
		await expect(guardian.getByRole('heading', { level: 1 })).toHaveText(p('guardian.gone.title'));
		expect((await expireRequests(drizzle(client, { schema }) as never)).requests).toBeGreaterThan(0);
	} finally {
		await client.end();
	}
	expect(await whereTheDatabaseHolds(silent)).toEqual([]);
	// the child still waits and may ask again
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(p('journey.guardian.title'));
});

test('signed slips marked by the facilitator, an attested batch and a slip agreed online all pass the gate', async ({ page, browser }) => {
	test.setTimeout(120_000);
	const staff = await (await browser.newContext()).newPage();
	await signIn(staff, DEMO.facilitator);
	await staff.goto('/staff/consultations?lang=en');
	await staff.getByRole('link', { name: demo.title.adult, exact: true }).click();
	await staff.waitForURL(/\/staff\/consultations\/[0-9a-f-]{36}$/);
	const base = new URL(staff.url()).pathname;
	const printSlips = async (count: number) => {
		await staff.goto(`${base}/codes`);
		await staff.getByLabel('Number of slips').fill(String(count));
		await staff.getByRole('button', { name: 'Make slips' }).click();
		return staff.locator('.slip strong.code').allTextContents();
	};

	const signed = await printSlips(3);
	await staff.goto(`${base}/consent`);
	await expectAccessible(staff);
	await staff.getByLabel('Codes', { exact: true }).fill(`${signed[0]}\nNOT-A-CODE`);
	await staff.getByRole('button', { name: 'Mark as consented' }).click();
	await expect(staff.getByRole('status')).toContainText('1 slip marked as consented.');
	await expect(staff.getByRole('status')).toContainText('NOT-A-CODE');
	await childAtTheGate(page, signed[0].replaceAll('-', ''));
	await expect(page).toHaveURL(/\/participate\/question\/1$/);

	const attested = await printSlips(2);
	await staff.goto(`${base}/consent`);
	await staff.getByLabel('Batch').selectOption({ index: (await staff.getByLabel('Batch').locator('option').count()) - 1 });
	await staff.getByLabel('How consent was collected').fill('The school’s own consent form, signed by every guardian');
	await staff.getByLabel('When consent was collected').fill(new Date().toISOString().slice(0, 10));
	await staff.getByRole('button', { name: 'Record the attestation' }).click();
	await expect(staff.getByRole('status')).toContainText('Consent recorded for 2 slips.');
	const second = await (await browser.newContext()).newPage();
	await childAtTheGate(second, attested[0].replaceAll('-', ''));
	await expect(second).toHaveURL(/\/participate\/question\/1$/);

	// a guardian agrees online with the slip's code while the child waits at the gate
	const third = await (await browser.newContext()).newPage();
	await childAtTheGate(third, signed[1].replaceAll('-', ''));
	await expect(third).toHaveURL(/\/participate\/guardian$/);
	const guardian = await guardianPage(browser);
	await guardian.goto('/guardian?lang=en');
	await expectAccessible(guardian);
	await guardian.getByLabel(p('guardian.slip.title')).fill(signed[1]);
	await guardian.getByRole('button', { name: p('guardian.slip.submit') }).click();
	await expect(guardian.getByRole('heading', { level: 1 })).toHaveText(demo.title.adult);
	await expectAccessible(guardian);
	await guardian.getByRole('button', { name: p('guardian.yes') }).click();
	await expect(guardian.getByRole('heading', { level: 1 })).toHaveText(p('guardian.done.yes.title'));
	await third.getByRole('button', { name: p('journey.guardian.check') }).click();
	await expect(third).toHaveURL(/\/participate\/question\/1$/);

	// the first slip's child shares: its code then offers nothing to decide, and says why honestly
	await skipAndShare(page);
	await guardian.goto('/guardian?lang=en');
	await guardian.getByLabel(p('guardian.slip.title')).fill(signed[0]);
	await guardian.getByRole('button', { name: p('guardian.slip.submit') }).click();
	await expect(guardian.getByRole('heading', { level: 1 })).toHaveText(p('guardian.slip.closed.title'));
	await expect(guardian.getByText(p('guardian.anonymousAfter'))).toBeVisible();
	await expect(guardian.getByRole('button', { name: p('guardian.withdraw') })).toHaveCount(0);
	await expectAccessible(guardian);

	// a guardian says no online; the signed slip that comes back later does not override it
	await guardian.goto('/guardian?lang=en');
	await guardian.getByLabel(p('guardian.slip.title')).fill(signed[2]);
	await guardian.getByRole('button', { name: p('guardian.slip.submit') }).click();
	await guardian.getByRole('button', { name: p('guardian.no') }).click();
	await expect(guardian.getByRole('heading', { level: 1 })).toHaveText(p('guardian.done.no.title'));
	await staff.goto(`${base}/consent`);
	await staff.getByLabel('Codes', { exact: true }).fill(signed[2]);
	await staff.getByRole('button', { name: 'Mark as consented' }).click();
	await expect(staff.getByRole('status')).toContainText(fill(text('en', 'staff:consultations.consent.closed_one'), { count: 1 }));
});

test('the guardian’s link opens in the language the child asked in, whatever the guardian’s browser prefers', async ({ page, browser }) => {
	test.setTimeout(90_000);
	const address = `guardian.da.${Date.now()}@example.org`;
	await childAtTheGate(page, 'DEMO2026', 'da');
	const before = await mailCount();
	await askByEmail(page, address, 'da');
	const link = await guardianLink(address, before, demoDa.title.adult);
	expect(link).toMatch(/\?lang=da$/);
	const guardian = await (await browser.newContext({ locale: 'en-GB' })).newPage();
	await guardian.goto(link);
	await expect(guardian.locator('html')).toHaveAttribute('lang', 'da');
	await expect(guardian.getByRole('heading', { level: 1 })).toHaveText(demoDa.title.adult);
	await expect(guardian.getByRole('button', { name: text('da', 'participant:guardian.yes') })).toBeVisible();
	await expectAccessible(guardian);
});

test('a malformed guardian link is a link that no longer works, in the reader’s language, never an error', async ({ page }) => {
	for (const token of ['garbage', 'A'.repeat(43), 'A'.repeat(5000), `${'x'.repeat(42)}!`, '%C3%84%C3%96%C3%9C-not-a-token']) {
		const response = await page.goto(`/guardian/${token}?lang=de`);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('de', 'participant:guardian.gone.title'));
	}
	await expectAccessible(page);
	// a decision posted to one changes nothing and says the same
	const posted = await page.request.post('/guardian/garbage?lang=de', { form: { decision: 'yes' }, headers: { origin: BASE_URL, accept: 'text/html' } });
	expect(posted.status()).toBe(404);
	expect(await posted.text()).toContain(text('de', 'participant:guardian.gone.title'));
});

test('admins export the consent records and keep the country table', async ({ page }) => {
	test.setTimeout(90_000);
	await signIn(page, DEMO.admin);
	await page.goto('/staff/admin/consent?lang=en');
	await expectAccessible(page);
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: /Download/ }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	expect(csv.split('\n')[0]).toContain('day,consultationId,consultation,method,decision');
	// the earlier tests of this file recorded an e-mail agreement, a refusal, slips and an attestation
	for (const method of ['email', 'slip', 'slip-online', 'attestation']) expect(csv).toContain(`,${method},`);

	await page.goto('/staff/admin/countries?lang=en');
	await expectAccessible(page);
	const ageForm = page.locator('form[action="?/age"]');
	await ageForm.getByLabel('Country').selectOption('IS');
	await ageForm.getByLabel('Age', { exact: true }).fill('12');
	await ageForm.getByLabel('Applies from').fill('2099-01-01');
	await ageForm.getByRole('button', { name: 'Save the age' }).click();
	await expect(page.locator('#age-error')).toHaveText('Enter an age from 13 to 18.');
	await expectAccessible(page);
	await page.locator('form[action="?/age"]').getByLabel('Country').selectOption('IS');
	await page.locator('form[action="?/age"]').getByLabel('Age', { exact: true }).fill('15');
	await page.locator('form[action="?/age"]').getByLabel('Applies from').fill('2099-01-01');
	await page.locator('form[action="?/age"]').getByRole('button', { name: 'Save the age' }).click();
	await expect(page.getByRole('status')).toHaveText('The age of consent is saved.');
	await expect(page.getByRole('row', { name: /Iceland/ })).toContainText('15 from');
});
