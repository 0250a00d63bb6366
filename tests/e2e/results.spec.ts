import { expect, test, type Page } from '@playwright/test';
import * as consultations from '../../src/lib/server/consultations/index.ts';
import { buildOpenConsultation, childTakesPart } from '../support/consultation.ts';
import { expectAccessible } from './support/axe.ts';
import { withAppDatabase } from './support/domain.ts';
import { text } from './support/locales.ts';
import { DEMO, signIn } from './support/staff.ts';

/**
 * Issue #9, done when: a consultation built by the test is closed, moderated, released through
 * two moderators, read by a reviewer (charts, tables, CSV, print view) and by a child with a
 * receipt code, in two languages; and distinctive small counts seeded into it appear on no page
 * or export that a reviewer, a child or the public can reach.
 */

test.describe.configure({ mode: 'serial' });

const TITLE = { en: `Parks ${Date.now()}`, de: `Parks ${Date.now()} (de)` };
const HEARD = { en: 'Most of you want a bigger park.', de: 'Die meisten von euch wünschen sich einen größeren Park.' };
const NEXT = { en: 'The town council reads your answers in June.', de: 'Der Stadtrat liest eure Antworten im Juni.' };
const r = (language: string, key: string, values: Record<string, string | number> = {}) =>
	Object.entries(values).reduce((s, [name, value]) => s.replaceAll(`{{${name}}}`, String(value)), text(language, `results:${key}`));

/*
 * Forty children, counted by hand: 20 in Sweden, 16 in Germany, 4 in Lithuania. The first
 * question: A by the 20 Swedes, B by 7 Germans, C by 3 Germans; the other 6 Germans and the 4
 * Lithuanians would rather not say (10 in all). Every count below 10 in any cut, and its share
 * of those who answered, is what no reachable page may show: B 7 (23 % of 30; 70 % of
 * Germany's 10), C 3 (10 %; 30 %), Lithuania's 4, Germany's 6, zeros.
 */
const SMALL_SHARES = ['23 %', '10 %', '70 %', '30 %', '0 %'];
const isSmallCount = (value: string) => /^[0-9]$/.test(value.trim());

let built: { id: string; code: string };
const receipts: { de?: string; en?: string } = {};

test.beforeAll(async () => {
	await withAppDatabase(async ({ db, keyring, staffId }) => {
		const design = await buildOpenConsultation(db, keyring, {
			facilitatorId: await staffId(DEMO.facilitator),
			leadId: await staffId(DEMO.moderator),
			title: TITLE.en,
			kinds: ['single', 'free-text'],
			languages: ['en', 'de'],
			countries: ['SE', 'DE', 'LT'],
			k: 10,
			wording: (field, index, language, question) =>
				field === 'title' ? TITLE[language as 'en' | 'de'] : field === 'prompt' ? (question === 0 ? `Which park? (${language})` : `Your idea? (${language})`) : `${field} ${index} (${language})`
		});
		const [single, free] = design.questions;
		for (let i = 0; i < 40; i++) {
			const country = i < 20 ? 'SE' : i < 36 ? 'DE' : 'LT';
			const choice = i < 20 ? 0 : i < 27 ? 1 : i < 30 ? 2 : null;
			const language = i < 10 ? 'de' : 'en';
			const receipt = await childTakesPart(db, keyring, design.code, {
				country,
				// Germany's age of digital consent is 16: younger children there would wait for a guardian
				age: country === 'SE' ? (i % 2 ? 14 : 16) : 16 + (i % 2),
				language,
				answers: { [single.id]: choice === null ? { skipped: true } : { choices: [single.options[choice].id] }, ...(i < 12 ? { [free.id]: { text: `A park with a pond, idea ${i + 1}` } } : {}) }
			});
			if (i === 0) receipts.de = receipt;
			if (i === 39) receipts.en = receipt;
		}
		if (!(await consultations.transition(db, design.facilitator, design.id, 'close')).ok) throw new Error('close');
		built = design;
	});
});

/** Collects violations of the content security policy (charts must draw without inline styles). */
async function watchCsp(page: Page): Promise<string[]> {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective}`)));
	return violations;
}

/** Fails when a table cell, a chart label or the text of the page shows a count below 10 or a share of one. */
async function expectNoSmallNumbers(page: Page) {
	const cells = [...(await page.locator('td, th, li').allInnerTexts()), ...(await page.locator('svg text').allTextContents())];
	expect(cells.flatMap((cell) => cell.split('\n')).filter(isSmallCount)).toEqual([]);
	const body = await page.locator('main').innerText();
	for (const share of SMALL_SHARES) expect(body).not.toContain(share);
}

test('a consultation is moderated, released by two moderators, read by a reviewer and a child in two languages, and no small number shows anywhere', async ({ browser }) => {
	test.setTimeout(240_000);
	const base = `/staff/moderation/${built.id}`;

	// the first moderator approves the free text and prepares the release
	const moderator = await (await browser.newContext()).newPage();
	await signIn(moderator, DEMO.moderator);
	await expect(moderator).toHaveURL(/\/staff$/);
	await moderator.goto(`${base}/release?lang=en`);
	await expect(moderator.getByText(r('en', 'release.moderationUnfinished'))).toBeVisible();
	await moderator.goto(`${base}?lang=en`);
	await moderator.getByRole('button', { name: /Approve the 12 answers shown/ }).click();
	await expect(moderator.getByRole('status')).toBeVisible();
	await moderator.goto(`${base}/release?lang=en`);
	await moderator.getByRole('button', { name: r('en', 'release.prepare') }).click();
	await expect(moderator.getByRole('status')).toHaveText(r('en', 'release.prepared'));
	await expectNoSmallNumbers(moderator);
	await expectAccessible(moderator);
	await moderator.getByRole('group', { name: r('en', 'release.language', { language: 'English' }) }).getByLabel(r('en', 'release.heard')).fill(HEARD.en);
	await moderator.getByRole('group', { name: r('en', 'release.language', { language: 'English' }) }).getByLabel(r('en', 'release.next')).fill(NEXT.en);
	await moderator.getByRole('button', { name: r('en', 'release.saveTexts') }).click();
	await expect(moderator.getByText(r('en', 'release.missing', { languages: 'Deutsch' }))).toBeVisible();
	await moderator.getByRole('group', { name: r('en', 'release.language', { language: 'Deutsch' }) }).getByLabel(r('en', 'release.heard')).fill(HEARD.de);
	await moderator.getByRole('group', { name: r('en', 'release.language', { language: 'Deutsch' }) }).getByLabel(r('en', 'release.next')).fill(NEXT.de);
	await moderator.getByRole('button', { name: r('en', 'release.saveTexts') }).click();
	await expect(moderator.getByRole('status')).toHaveText(r('en', 'release.textsSaved'));
	// the one who prepared cannot approve
	await expect(moderator.getByText(r('en', 'release.ownRelease'))).toBeVisible();
	await expect(moderator.getByRole('button', { name: r('en', 'release.approve', { version: 1 }) })).toHaveCount(0);

	// a second moderator approves, and the release is published
	const second = await (await browser.newContext()).newPage();
	await signIn(second, 'moderator2@demo.voices');
	await expect(second).toHaveURL(/\/staff$/);
	await second.goto(`${base}/release?lang=en`);
	await second.getByRole('button', { name: r('en', 'release.approve', { version: 1 }) }).click();
	await expect(second.getByRole('status')).toHaveText(r('en', 'release.published', { version: 1 }));

	// a reviewer reads the findings: chart and table, breakdowns, CSV and the print view, in English and German
	const reviewer = await (await browser.newContext()).newPage();
	const reviewerViolations = await watchCsp(reviewer);
	await signIn(reviewer, DEMO.reviewer);
	await expect(reviewer).toHaveURL(/\/staff$/);
	await reviewer.goto('/staff/findings?lang=en');
	await expectNoSmallNumbers(reviewer);
	await reviewer.getByRole('link', { name: TITLE.en }).click();
	await expect(reviewer.getByRole('heading', { level: 1 })).toHaveText(TITLE.en);
	const chart = reviewer.getByRole('figure', { name: r('en', 'chartOverall') });
	await expect(chart.locator('svg rect')).toHaveCount(1);
	const optionA = chart.getByRole('row').filter({ has: reviewer.getByRole('cell', { name: '20', exact: true }) });
	await expect(optionA.getByRole('rowheader')).toHaveText(/^label \d+ \(en\)$/);
	await expect(optionA.getByRole('cell', { name: '67 %', exact: true })).toBeVisible();
	await expect(chart.getByRole('cell', { name: r('en', 'hidden'), exact: true })).toHaveCount(4);
	await expect(reviewer.getByRole('table', { name: r('en', 'byCountry') }).first()).toBeVisible();
	await expect(reviewer.getByText('A park with a pond, idea 1', { exact: true })).toBeVisible();
	await expect(reviewer.getByText(HEARD.en)).toBeVisible();
	await expectNoSmallNumbers(reviewer);
	await expectAccessible(reviewer);

	const csv = await reviewer.request.get(`/staff/findings/${built.id}/export.csv?lang=en`);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const lines = (await csv.text()).replace(/^\ufeff/, '').trim().split('\n');
	expect(lines[0]).toContain(r('en', 'csv.question'));
	const values = lines.slice(1).map((line) => line.split(',').at(-1)!.replace(/"/g, '').trim());
	expect(values).toContain('20');
	expect(values.filter(isSmallCount)).toEqual([]);

	await reviewer.getByRole('link', { name: r('en', 'findings.print') }).click();
	await expect(reviewer.getByRole('heading', { level: 1 })).toHaveText(r('en', 'findings.reportTitle', { title: TITLE.en }));
	await reviewer.emulateMedia({ media: 'print' });
	await expect(reviewer.getByRole('navigation').first()).toBeHidden();
	await expect(reviewer.getByRole('figure', { name: r('en', 'chartOverall') }).first()).toBeVisible();
	await reviewer.emulateMedia({ media: 'screen' });
	await expectNoSmallNumbers(reviewer);

	await reviewer.goto(`/staff/findings/${built.id}?lang=de`);
	await expect(reviewer.getByRole('heading', { level: 1 })).toHaveText(TITLE.de);
	await expect(reviewer.getByRole('figure', { name: r('de', 'chartOverall') })).toBeVisible();
	await expect(reviewer.getByText(HEARD.de)).toBeVisible();
	await expectNoSmallNumbers(reviewer);
	expect(reviewerViolations).toEqual([]);

	// facilitators and the public cannot open the findings
	const facilitator = await (await browser.newContext()).newPage();
	await signIn(facilitator, DEMO.facilitator);
	await expect(facilitator).toHaveURL(/\/staff$/);
	expect((await facilitator.goto(`/staff/findings/${built.id}`))!.status()).toBe(403);

	// children read "what happened next" with their receipt codes, each in their own language
	for (const [language, code] of [['de', receipts.de!], ['en', receipts.en!]] as const) {
		const child = await (await browser.newContext({ javaScriptEnabled: language === 'en' })).newPage();
		const childViolations = await watchCsp(child);
		await child.goto(`/receipt?lang=${language}`);
		await child.getByLabel(text(language, 'participant:receipt.title')).fill(code);
		await child.getByRole('button', { name: text(language, 'participant:receipt.submit') }).click();
		await expect(child.getByRole('heading', { level: 2, name: r(language, 'child.title', { title: TITLE[language] }) })).toBeVisible();
		await expect(child.getByText(HEARD[language])).toBeVisible();
		await expect(child.getByText(NEXT[language])).toBeVisible();
		const bar = r(language, 'child.bar', { answer: 'ANSWER', value: 67 }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('ANSWER', `label \\d+ \\(${language}\\)`);
		await expect(child.getByText(new RegExp(`^${bar}$`))).toBeVisible();
		await expectNoSmallNumbers(child);
		if (language === 'en') await expectAccessible(child);
		expect(childViolations).toEqual([]);
		await child.context().close();
	}

	// the facilitator makes the children's page public
	await facilitator.goto(`/staff/consultations/${built.id}?lang=en`);
	await facilitator.getByRole('button', { name: r('en', 'public.makePublic') }).click();
	const link = facilitator.getByRole('link', { name: /^\/results\// });
	await expect(link).toBeVisible();
	const address = (await link.textContent())!;
	const visitor = await (await browser.newContext()).newPage();
	await visitor.goto(`${address}?lang=en`);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(r('en', 'child.title', { title: TITLE.en }));
	await expectNoSmallNumbers(visitor);
	await expectAccessible(visitor);
	await facilitator.getByRole('button', { name: r('en', 'public.makePrivate') }).click();
	await expect(facilitator.getByRole('button', { name: r('en', 'public.makePublic') })).toBeVisible();
	expect((await visitor.goto(address))!.status()).toBe(404);
});
