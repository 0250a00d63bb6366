import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { expireRequests } from '../../src/lib/server/consent/index.ts';
import * as schema from '../../src/lib/server/db/schema/index.ts';
import { en as demo } from '../../src/lib/server/demo/consultation/en.ts';
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

const p = (key: string, options: Record<string, string | number> = {}) =>
	Object.entries(options).reduce((value, [name, replacement]) => value.replaceAll(`{{${name}}}`, String(replacement)), text('en', `participant:${key}`));

/** A child of twelve in Denmark (digital consent from 15): joined, agreed, and at the gate. */
async function childAtTheGate(page: Page, code = 'DEMO2026') {
	await page.goto(`/join/${code}?lang=en`);
	await page.getByRole('button', { name: p('code.submit') }).click();
	await page.getByLabel('Denmark', { exact: true }).check();
	await page.getByLabel(p('journey.about.age')).fill('12');
	await page.getByRole('button', { name: p('journey.next') }).click();
	await page.getByRole('button', { name: p('journey.info.yes') }).click();
}

async function askByEmail(page: Page, address: string) {
	await expect(page).toHaveURL(/\/participate\/guardian(\?\/email)?$/);
	await page.getByLabel(p('journey.guardian.email.label')).fill(address);
	await page.getByRole('button', { name: p('journey.guardian.email.send') }).click();
	await expect(page.getByRole('status')).toContainText(p('journey.guardian.email.wait'));
}

/** The guardian's link in the message the test's SMTP server received for them. */
async function guardianLink(address: string, after: number): Promise<string> {
	const mail = await mailTo(address, after);
	expect(mail).toContain(demo.title.adult);
	const match = /https?:\/\/\S+\/guardian\/[A-Za-z0-9_-]{43}/.exec(mail);
	if (!match) throw new Error('no guardian link in the e-mail');
	return new URL(match[0]).pathname;
}

async function guardianPage(browser: Browser): Promise<Page> {
	return (await browser.newContext()).newPage();
}

/** Every text, JSON and array value of the app's database that holds the address. */
async function whereTheDatabaseHolds(address: string): Promise<string[]> {
	const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
	try {
		const columns = await sql<{ table_name: string; column_name: string }[]>`
			select table_name, column_name from information_schema.columns
			where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`;
		const found: string[] = [];
		for (const { table_name, column_name } of columns) {
			const hits = await sql`select 1 from ${sql(table_name)} where ${sql(column_name)}::text ilike ${`%${address}%`} limit 1`;
			if (hits.length > 0) found.push(`${table_name}.${column_name}`);
		}
		return found;
	} finally {
		await sql.end();
	}
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
	await askByEmail(page, address);
	await page.getByRole('button', { name: p('journey.pause') }).click();
	const resumeCode = (await page.getByTestId('resume-code').textContent())!;

	const guardian = await guardianPage(browser);
	const link = await guardianLink(address, before);
	await guardian.goto(`${link}?lang=en`);
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
	// the link ends with the participation
	await guardian.goto(link);
	await expect(guardian.getByRole('heading', { level: 1 })).toHaveText(p('guardian.gone.title'));
});

test('a guardian who refuses ends the child’s participation; an unanswered link expires; neither leaves an address', async ({ page, browser }) => {
	test.setTimeout(120_000);
	const refusing = `guardian.no.${Date.now()}@example.org`;
	await childAtTheGate(page);
	const before = await mailCount();
	await askByEmail(page, refusing);
	const guardian = await guardianPage(browser);
	await guardian.goto(`${await guardianLink(refusing, before)}?lang=en`);
	await guardian.getByRole('button', { name: p('guardian.no') }).click();
	await expect(guardian.getByRole('heading', { level: 1 })).toHaveText(p('guardian.done.no.title'));
	expect(await whereTheDatabaseHolds(refusing)).toEqual([]);
	// the child's participation is gone: checking again leads back to the start
	await page.getByRole('button', { name: p('journey.guardian.check') }).click();
	await expect(page).toHaveURL(/\/join$/);

	// a third guardian never answers: once the link's last day has passed, the job removes it
	const silent = `guardian.silent.${Date.now()}@example.org`;
	await childAtTheGate(page);
	const beforeSilent = await mailCount();
	await askByEmail(page, silent);
	const link = await guardianLink(silent, beforeSilent);
	const client = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
	try {
		await client`update consent_request set expires_on = current_date - 1 where consented_on is null`;
		await guardian.goto(`${link}?lang=en`);
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
