import { describe, expect, it } from 'vitest';
import * as staff from '../../src/lib/server/auth/staff.ts';
import * as consultations from '../../src/lib/server/consultations/index.ts';
import * as moderation from '../../src/lib/server/moderation/index.ts';
import * as results from '../../src/lib/server/results/index.ts';
import type { ChoiceQuestion, FreeTextQuestion, Snapshot } from '../../src/lib/results/types.ts';
import { buildOpenConsultation, childTakesPart } from '../support/consultation.ts';
import { testKeyring } from '../support/keyring.ts';
import { DRIVERS, rows, useMigratedDatabase } from './databases.ts';
import { sql } from 'drizzle-orm';

/** Every count a snapshot publishes, wherever it sits. */
function publishedCounts(snapshot: Snapshot): number[] {
	const counts: number[] = snapshot.respondents.flatMap((row) => (row.count === null ? [] : [row.count]));
	for (const question of snapshot.questions) {
		if (question.kind === 'free-text') {
			const free = question as FreeTextQuestion;
			counts.push(...[free.approved, ...free.themes.map((theme) => theme.count)].filter((n): n is number => n !== null));
			continue;
		}
		for (const row of (question as ChoiceQuestion).rows) {
			counts.push(...[row.seen, row.answered, row.skipped, ...Object.values(row.counts)].filter((n): n is number => n !== null));
		}
	}
	return counts;
}

describe.each(DRIVERS)('releases on %s', (driver) => {
	const test = useMigratedDatabase(driver);
	const keyring = testKeyring();
	const person = async (role: 'facilitator' | 'moderator' | 'reviewer') => {
		const invited = await staff.invite(test.db, keyring, null, { email: `${role}.${Math.random()}@example.org`, roles: [role], language: 'en' }, { origin: 'https://v.example', send: false });
		if (!invited.ok) throw new Error(invited.reason);
		return { id: invited.userId, roles: [role] as string[] };
	};

	it('are prepared by one moderator, approved by another, published once, superseded with their history kept, and hide every small count', async () => {
		const [facilitator, first, second, reviewer] = [await person('facilitator'), await person('moderator'), await person('moderator'), await person('reviewer')];
		const built = await buildOpenConsultation(test.db, keyring, { facilitatorId: facilitator.id, leadId: first.id, title: 'Parks', kinds: ['single', 'free-text'], k: 10 });
		const [single, free] = built.questions;
		const option = (i: number) => single.options[i].id;
		// 38 children in Sweden and 6 in Lithuania; in Sweden 17 choose the first option, 7 the second, 4 the third and 10 would rather not say; in Lithuania 4 and 2
		const children = [
			...Array.from({ length: 17 }, (_, i) => ({ country: 'SE', age: i % 2 ? 14 : 16, choice: 0 })),
			...Array.from({ length: 7 }, (_, i) => ({ country: 'SE', age: i % 2 ? 14 : 16, choice: 1 })),
			...Array.from({ length: 4 }, (_, i) => ({ country: 'SE', age: i % 2 ? 14 : 16, choice: 2 })),
			...Array.from({ length: 10 }, (_, i) => ({ country: 'SE', age: i % 2 ? 14 : 16, choice: null })),
			...Array.from({ length: 4 }, () => ({ country: 'LT', age: 16, choice: 0 })),
			...Array.from({ length: 2 }, () => ({ country: 'LT', age: 15, choice: 1 }))
		];
		const receipts = [];
		for (const [n, child] of children.entries()) {
			receipts.push(await childTakesPart(test.db, keyring, built.code, { country: child.country, age: child.age, answers: { [single.id]: child.choice === null ? { skipped: true } : { choices: [option(child.choice)] }, [free.id]: { text: n < 12 ? `More swings, please ${n}` : 'More benches' } } }));
		}
		await consultations.transition(test.db, built.facilitator, built.id, 'close');

		// nothing can be released while free text is undecided
		expect(await results.prepare(test.db, first, built.id, 1)).toEqual({ ok: false, reason: 'moderation-unfinished' });
		const queue = (await moderation.queue(test.db, first, built.id, { state: 'pending' }))!;
		for (let page = queue; page.items.length > 0; page = (await moderation.queue(test.db, first, built.id, { state: 'pending' }))!) {
			for (const item of page.items) expect(await moderation.decide(test.db, first, built.id, item.answerId, { decision: 'approve' })).toMatchObject({ ok: true });
		}
		expect(await results.prepare(test.db, reviewer, built.id, 1)).toEqual({ ok: false, reason: 'not-found' });
		// the form names the version it prepares: a stale or forged one changes nothing
		expect(await results.prepare(test.db, first, built.id, 2)).toEqual({ ok: false, reason: 'changed' });
		expect(await results.prepare(test.db, first, built.id, 1)).toMatchObject({ ok: true });

		let work = (await results.releaseWork(test.db, first, built.id))!;
		const draft = work.draft!;
		expect(draft.version).toBe(1);
		const { snapshot } = draft;
		// nobody sees a small number: every published count is at least k
		expect(publishedCounts(snapshot).every((count) => count >= 10)).toBe(true);
		const respondents = (dimension: string, group: string) => snapshot.respondents.find((row) => row.dimension === dimension && row.group === group)?.count;
		expect(respondents('all', 'all')).toBe(44);
		// Lithuania (6) is below k; Sweden would then give it away (44 − 38), so neither country is shown
		expect(respondents('country', 'LT')).toBeNull();
		expect(respondents('country', 'SE')).toBeNull();
		const table = snapshot.questions.find((question) => question.id === single.id) as ChoiceQuestion;
		const row = (dimension: string, group: string) => table.rows.find((r) => r.dimension === dimension && r.group === group)!;
		expect(row('country', 'LT').shown).toBe(false);
		expect(row('all', 'all').answered).toBe(34);
		expect(row('all', 'all').skipped).toBe(10);
		expect(row('all', 'all').counts[option(0)]).toBe(21);
		expect(row('all', 'all').shares[option(0)]).toBe(62);
		// 9 and 4 are below k; together (13) they are not, so neither can be worked out from the total
		expect(row('all', 'all').counts[option(1)]).toBeNull();
		expect(row('all', 'all').counts[option(2)]).toBeNull();
		expect(row('all', 'all').shares[option(1)]).toBeNull();
		const texts = snapshot.questions.find((question) => question.id === free.id) as FreeTextQuestion;
		expect(texts.approved).toBe(44);
		expect(texts.excerpts).toHaveLength(44);

		// the one who prepared cannot approve; the texts must be complete; approval covers what was read
		expect(await results.approve(test.db, first, built.id, results.digestOf(draft))).toEqual({ ok: false, reason: 'own' });
		expect(await results.approve(test.db, second, built.id, results.digestOf(draft))).toEqual({ ok: false, reason: 'incomplete' });
		expect(await results.saveTexts(test.db, first, built.id, { en: { heard: 'You want more swings.', next: 'The council reads this in May.' } })).toEqual({ ok: true });
		expect(await results.approve(test.db, second, built.id, results.digestOf(draft))).toEqual({ ok: false, reason: 'changed' });
		work = (await results.releaseWork(test.db, second, built.id))!;
		const digest = results.digestOf(work.draft!);
		const [one, two] = await Promise.all([results.approve(test.db, second, built.id, digest), results.approve(test.db, second, built.id, digest)]);
		expect([one.ok, two.ok].sort()).toEqual([false, true]);
		expect((await consultations.readConsultation(test.db, built.id))!.consultation.state).toBe('released');
		const v1 = (await results.published(test.db, built.id))!;
		expect(v1).toMatchObject({ version: 1, state: 'published', approvedBy: second.id, preparedBy: first.id });

		// a later release supersedes; the first stays readable; hidden counts stay hidden
		expect(await results.prepare(test.db, second, built.id, 1)).toEqual({ ok: false, reason: 'changed' });
		expect(await results.prepare(test.db, second, built.id, 2)).toMatchObject({ ok: true });
		work = (await results.releaseWork(test.db, first, built.id))!;
		expect(work.draft!.texts.en.next).toBe('The council reads this in May.');
		await results.saveTexts(test.db, second, built.id, { en: { heard: 'You want more swings.', next: 'The council agreed: new swings in June.' } });
		work = (await results.releaseWork(test.db, first, built.id))!;
		expect(await results.approve(test.db, first, built.id, results.digestOf(work.draft!))).toMatchObject({ ok: true, version: 2 });
		const v2 = (await results.published(test.db, built.id))!;
		expect(v2.version).toBe(2);
		expect(new Set(v2.snapshot.hidden)).toEqual(new Set(v1.snapshot.hidden));
		const states = await rows(test.db, sql`select version, state from release where consultation_id = ${built.id} order by version`);
		expect(states).toEqual([
			{ version: 1, state: 'superseded' },
			{ version: 2, state: 'published' }
		]);

		// reviewers read releases; facilitators do not; earlier versions stay readable
		expect((await results.findings(test.db, reviewer))!.map((release) => release.consultationId)).toContain(built.id);
		expect(await results.findings(test.db, facilitator)).toBeNull();
		expect((await results.findingsOf(test.db, reviewer, built.id, 1))!.release.state).toBe('superseded');
		expect(await results.findingsOf(test.db, reviewer, built.id, 3)).toBeNull();
		expect(await results.findingsOf(test.db, reviewer, 'not-an-id')).toBeNull();

		// the facilitator makes the children's page public, and private again
		expect(await results.setPublic(test.db, first, built.id, true)).toEqual({ ok: false, reason: 'not-found' });
		const made = await results.setPublic(test.db, built.facilitator, built.id, true);
		expect(made.ok && made.slug).toMatch(/^parks-[0-9a-f]{6}$/);
		expect((await results.publicRelease(test.db, (made as { slug: string }).slug))!.version).toBe(2);
		await results.setPublic(test.db, built.facilitator, built.id, false);
		expect(await results.publicRelease(test.db, (made as { slug: string }).slug)).toBeNull();

		const actions = await rows<{ action: string }>(test.db, sql`select action from audit_event where object_id = ${built.id} and (action like 'release.%' or action like 'results.%')`);
		expect(actions.map((row) => row.action)).toEqual(expect.arrayContaining(['release.prepared', 'release.texts', 'release.published', 'results.public', 'results.private']));
		expect(receipts).toHaveLength(44);
	});

	it('refuses a release before the consultation has closed', async () => {
		const [facilitator, first] = [await person('facilitator'), await person('moderator')];
		const built = await buildOpenConsultation(test.db, keyring, { facilitatorId: facilitator.id, leadId: first.id, title: 'Still open', kinds: ['single'] });
		expect(await results.prepare(test.db, first, built.id, 1)).toEqual({ ok: false, reason: 'not-found' });
		expect(await results.releaseWork(test.db, first, built.id)).toBeNull();
	});
});
