import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import type { ChoiceQuestion, FreeTextQuestion, Snapshot } from '../../src/lib/results/types.ts';
import { prepareDatabase } from '../../src/lib/server/db/prepare.ts';
import { consultations, staffUsers } from '../../src/lib/server/db/schema/index.ts';
import { DEMO_RELEASED_ID, DEMO_RELEASED_SLUG, seedReleasedDemo } from '../../src/lib/server/demo/released.ts';
import { seedDemo } from '../../src/lib/server/demo/seed.ts';
import * as results from '../../src/lib/server/results/index.ts';
import { testKeyring } from '../support/keyring.ts';
import { DRIVERS, MIGRATIONS, rows, useMigratedDatabase } from './databases.ts';

/** Every count a snapshot publishes, wherever it sits. */
function publishedCounts(snapshot: Snapshot): number[] {
	const counts: (number | null)[] = snapshot.respondents.map((row) => row.count);
	for (const question of snapshot.questions) {
		if (question.kind === 'free-text') {
			const free = question as FreeTextQuestion;
			counts.push(free.approved, ...free.themes.map((theme) => theme.count));
			continue;
		}
		for (const row of (question as ChoiceQuestion).rows) counts.push(row.seen, row.answered, row.skipped, ...Object.values(row.counts));
	}
	return counts.filter((count): count is number => count !== null);
}

// DESIGN.md "Running it": besides the open DEMO2026, a closed and released demo consultation, so
// that the findings, the child's results page and the public page have something to show
describe.each(DRIVERS)('the released demo consultation on %s', (driver) => {
	const test = useMigratedDatabase(driver, { isolation: 'file' });

	beforeAll(async () => {
		// twice, as two restarts of the demo would
		for (let run = 0; run < 2; run++) await prepareDatabase(test.database, { migrationsFolder: MIGRATIONS, url: test.url, demo: true, keyring: testKeyring() });
	});

	it('is added once, however often the demo starts', async () => {
		expect(await seedDemo(test.db)).toBe(0);
		expect(await seedReleasedDemo(test.db)).toBe(false);
		const [counted] = await rows<{ consultations: number; releases: number; publics: number }>(
			test.db,
			sql`select (select count(*)::int from consultation where id = ${DEMO_RELEASED_ID}) as consultations,
				(select count(*)::int from release where consultation_id = ${DEMO_RELEASED_ID}) as releases,
				(select count(*)::int from public_results where consultation_id = ${DEMO_RELEASED_ID}) as publics`
		);
		expect(counted).toEqual({ consultations: 1, releases: 1, publics: 1 });
	});

	it('is closed in the past and released, with the facilitator as owner and a moderator as lead', async () => {
		const [consultation] = await test.db.select().from(consultations).where(eq(consultations.id, DEMO_RELEASED_ID));
		expect(consultation).toMatchObject({ state: 'released', suppressionThreshold: 10, timeZone: 'Europe/Stockholm', languages: [...LANGUAGES], ageBands: ['10-12', '13-15', '16-17'] });
		expect(consultation.countries).toEqual(['DK', 'EE', 'FI', 'DE', 'IS', 'LV', 'LT', 'NO', 'PL', 'SE']);
		expect(consultation.closesAt!.getTime()).toBeLessThan(new Date('2026-11-01T00:00:00Z').getTime());
		const [owner] = await rows<{ email: string; role: string }>(test.db, sql`select u.email, m.role from consultation_member m join staff_user u on u.id = m.user_id where m.consultation_id = ${DEMO_RELEASED_ID}`);
		expect(owner).toEqual({ email: 'facilitator@demo.voices', role: 'owner' });
		const [lead] = await test.db.select({ email: staffUsers.email }).from(staffUsers).where(eq(staffUsers.id, consultation.safeguardingLeadId!));
		expect(lead.email).toBe('moderator@demo.voices');
	});

	it('has answers shaped as children leave them, every free text moderated', async () => {
		const [shape] = await rows<{ responses: number; answers: number; outside: number; free: number; decided: number; rejected: number; redacted: number; receipts: number }>(
			test.db,
			sql`select (select count(*)::int from response where consultation_id = ${DEMO_RELEASED_ID}) as responses,
				(select count(*)::int from answer a join response r on r.id = a.response_id where r.consultation_id = ${DEMO_RELEASED_ID}) as answers,
				(select count(*)::int from response where consultation_id = ${DEMO_RELEASED_ID} and (day < '2026-09-01' or day > '2026-10-14')) as outside,
				(select count(*)::int from answer a join response r on r.id = a.response_id where r.consultation_id = ${DEMO_RELEASED_ID} and a.text is not null) as free,
				(select count(*)::int from moderation_decision d join answer a on a.id = d.answer_id join response r on r.id = a.response_id where r.consultation_id = ${DEMO_RELEASED_ID} and d.state = 'final') as decided,
				(select count(*)::int from moderation_decision d join answer a on a.id = d.answer_id join response r on r.id = a.response_id where r.consultation_id = ${DEMO_RELEASED_ID} and d.decision = 'reject') as rejected,
				(select count(*)::int from moderation_decision d join answer a on a.id = d.answer_id join response r on r.id = a.response_id where r.consultation_id = ${DEMO_RELEASED_ID} and d.decision = 'redact' and d.text like '%[removed]%') as redacted,
				(select count(*)::int from receipt where consultation_id = ${DEMO_RELEASED_ID}) as receipts`
		);
		expect(shape.responses).toBeGreaterThan(350);
		// six questions to answer (the two information pages take none)
		expect(shape.answers).toBe(shape.responses * 6);
		expect(shape.outside).toBe(0);
		expect(shape.free).toBe(shape.decided);
		expect(shape.rejected).toBeGreaterThanOrEqual(2);
		expect(shape.redacted).toBe(1);
		expect(shape.receipts).toBe(0);
	});

	it('is published by a second moderator, with every count either hidden or at least k', async () => {
		const release = (await results.published(test.db, DEMO_RELEASED_ID))!;
		expect(release).toMatchObject({ version: 1, state: 'published' });
		const [who] = await rows<{ prepared: string; approved: string }>(
			test.db,
			sql`select p.email as prepared, a.email as approved from release r join staff_user p on p.id = r.prepared_by join staff_user a on a.id = r.approved_by where r.consultation_id = ${DEMO_RELEASED_ID}`
		);
		expect(who).toEqual({ prepared: 'moderator@demo.voices', approved: 'moderator2@demo.voices' });
		const counts = publishedCounts(release.snapshot);
		expect(counts.length).toBeGreaterThan(50);
		expect(counts.filter((count) => count < 10)).toEqual([]);
	});

	it('hides Iceland, where only a handful took part', async () => {
		const { snapshot } = (await results.published(test.db, DEMO_RELEASED_ID))!;
		const [iceland] = await rows<{ n: number }>(test.db, sql`select count(*)::int as n from response where consultation_id = ${DEMO_RELEASED_ID} and country = 'IS'`);
		expect(iceland.n).toBeGreaterThan(0);
		expect(iceland.n).toBeLessThan(10);
		expect(snapshot.respondents.find((row) => row.dimension === 'country' && row.group === 'IS')?.count).toBeNull();
		for (const question of snapshot.questions) {
			if (question.kind === 'free-text') continue;
			expect((question as ChoiceQuestion).rows.find((row) => row.group === 'IS')?.shown).toBe(false);
		}
	});

	it('says only what its published figures show', async () => {
		const { snapshot } = (await results.published(test.db, DEMO_RELEASED_ID))!;
		const overall = (kind: string) => {
			const question = snapshot.questions.find((q) => q.kind === kind) as ChoiceQuestion;
			return { options: question.options.map((option) => option.id), row: question.rows.find((row) => row.dimension === 'all')! };
		};
		const ranked = (values: Record<string, number | null>) => Object.entries(values).sort(([, a], [, b]) => (b ?? -1) - (a ?? -1)).map(([id]) => id);
		// "most feel quite safe or very safe": the median face is "quite safe"
		const smiley = overall('smiley');
		expect(smiley.row.median).toBe(smiley.options[3]);
		// "many know who to ask …, but quite a few are not sure"
		expect(ranked(overall('yes-no').row.counts).slice(0, 2)).toEqual(['yes', 'not-sure']);
		// "many worry about strangers writing to them and about mean comments"
		const worries = overall('multiple');
		expect(ranked(worries.row.counts).slice(0, 2).sort()).toEqual([worries.options[0], worries.options[1]].sort());
		// "their biggest wishes: easier reporting, safer apps"
		const wishes = overall('ranking');
		const borda = Object.fromEntries(Object.entries(wishes.row.ranks!).map(([id, stats]) => [id, stats.borda]));
		expect(Object.values(borda).every((points) => points !== null)).toBe(true);
		expect(ranked(borda).slice(0, 2).sort()).toEqual([wishes.options[1], wishes.options[2]].sort());
	});

	it('speaks to children in all 13 languages, and is public at its address', async () => {
		const release = (await results.published(test.db, DEMO_RELEASED_ID))!;
		expect(release.snapshot.languages).toEqual([...LANGUAGES]);
		expect(results.missingTexts(release)).toEqual([]);
		for (const language of LANGUAGES) {
			expect(release.texts[language].heard.length, language).toBeGreaterThan(100);
			expect(release.texts[language].next.length, language).toBeGreaterThan(100);
			expect(release.snapshot.title[language], language).toMatch(/2026/);
			// the texts state no figure; the year is the only number in them
			expect(`${release.texts[language].heard} ${release.texts[language].next}`.replace(/2026|2027/g, ''), language).not.toMatch(/\d/);
		}
		expect(new Set(LANGUAGES.map((language) => release.snapshot.title[language])).size).toBe(LANGUAGES.length);
		expect(new Set(LANGUAGES.map((language) => release.texts[language].heard)).size).toBe(LANGUAGES.length);
		expect((await results.publicRelease(test.db, DEMO_RELEASED_SLUG))?.id).toBe(release.id);
	});
});
