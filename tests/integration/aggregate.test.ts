import { describe, expect, it } from 'vitest';
import * as staff from '../../src/lib/server/auth/staff.ts';
import { sharedCode } from '../../src/lib/server/consultations/codes.ts';
import * as consultations from '../../src/lib/server/consultations/index.ts';
import { ETHICS_REQUIREMENTS } from '../../src/lib/server/consultations/rules.ts';
import * as journey from '../../src/lib/server/participation/index.ts';
import { aggregate, medianFace } from '../../src/lib/server/results/aggregate.ts';
import { testKeyring } from '../support/keyring.ts';
import { DRIVERS, useMigratedDatabase } from './databases.ts';

const now = new Date('2026-11-28T12:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

/**
 * Six children's answers, written out by hand; every expected figure below is counted from this
 * table, not from the code. Options are by index; `null` is "I'd rather not say".
 */
const CHILDREN = [
	{ country: 'SE', age: 14, single: 0, multiple: [0, 1], smiley: 4, yesNo: 'yes', ranking: [1, 2, 3] },
	{ country: 'SE', age: 14, single: 0, multiple: [1], smiley: 3, yesNo: 'no', ranking: [2, 1, 3] },
	{ country: 'SE', age: 16, single: 1, multiple: null, smiley: 3, yesNo: 'yes', ranking: [1, 3, 2] },
	{ country: 'LT', age: 16, single: null, multiple: [2], smiley: 0, yesNo: 'not-sure', ranking: null },
	{ country: 'LT', age: 14, single: 2, multiple: [0, 2], smiley: 4, yesNo: 'yes', ranking: [3, 1, 2] },
	{ country: 'LT', age: 16, single: 0, multiple: [0], smiley: 2, yesNo: null, ranking: [1, 2, 3] }
] as const;

describe.each(DRIVERS)('aggregation on %s', (driver) => {
	const test = useMigratedDatabase(driver);
	const keyring = testKeyring();

	it('counts every kind of question overall, by country and by age band, with "I\'d rather not say" apart', async () => {
		const invited = await staff.invite(test.db, keyring, null, { email: `f.${Math.random()}@example.org`, roles: ['facilitator'], language: 'en' }, { origin: 'https://v.example', send: false });
		const lead = await staff.invite(test.db, keyring, null, { email: `m.${Math.random()}@example.org`, roles: ['moderator'], language: 'en' }, { origin: 'https://v.example', send: false });
		if (!invited.ok || !lead.ok) throw new Error();
		const facilitator = { id: invited.userId, roles: ['facilitator'] };
		const created = await consultations.create(test.db, facilitator, { title: 'Counts', language: 'en' });
		if (!created.ok) throw new Error();
		const id = created.id;
		await consultations.updateSettings(test.db, facilitator, id, {
			languages: ['en'], countries: ['SE', 'LT'], ageBands: ['13-15', '16-17'], consentPolicy: 'country-table', suppressionThreshold: 10, retentionDays: 365,
			timeZone: 'Europe/Vilnius', opensAt: later(-1), closesAt: later(30), safeguardingLeadId: lead.userId, ethicsReference: 'R', dpiaReference: 'D',
			ethicsChecklist: Object.fromEntries(ETHICS_REQUIREMENTS.map((r) => [r, { confirmed: true, note: 'yes' }])) as never
		}, now);
		for (const kind of ['single', 'multiple', 'smiley', 'yes-no', 'ranking', 'free-text'] as const) {
			if (!(await consultations.addQuestion(test.db, facilitator, id, { kind, optionCount: 3 }, now)).ok) throw new Error(kind);
		}
		const found = (await consultations.readForMember(test.db, facilitator, id))!;
		await consultations.setTexts(test.db, facilitator, id, consultations.requiredTexts(found.questions).map((need) => ({ ...need, field: need.field as 'prompt', language: 'en' as const, level: 'teen' as const, text: need.field })), now);
		await consultations.transition(test.db, facilitator, id, 'ready', now);
		await consultations.transition(test.db, facilitator, id, 'open', now);
		const code = await sharedCode(test.db, keyring, facilitator, id);
		if (!code.ok) throw new Error();
		const [single, multiple, smiley, yesNo, ranking, free] = found.questions;
		const option = (question: typeof single, index: number) => question.options[index].id;

		for (const [n, child] of CHILDREN.entries()) {
			const joined = await journey.join(test.db, keyring, code.code, 'en', now);
			if (!joined.ok) throw new Error();
			const read = async () => (await journey.current(test.db, keyring, joined.token, now))!;
			await journey.aboutYou(test.db, await read(), { country: child.country, age: child.age }, now);
			await journey.assent(test.db, await read(), 'yes', now);
			const save = async (questionId: string, input: journey.AnswerInput) => expect(await journey.saveAnswer(test.db, await read(), questionId, input, now)).toMatchObject({ ok: true });
			await save(single.id, child.single === null ? { skipped: true } : { choices: [option(single, child.single)] });
			await save(multiple.id, child.multiple === null ? { skipped: true } : { choices: child.multiple.map((i) => option(multiple, i)) });
			await save(smiley.id, { choices: [option(smiley, child.smiley)] });
			await save(yesNo.id, child.yesNo === null ? { skipped: true } : { choices: [child.yesNo] });
			await save(ranking.id, child.ranking === null ? { skipped: true } : { ranks: Object.fromEntries(child.ranking.map((place, i) => [option(ranking, i), String(place)])) });
			await save(free.id, { text: 'Something' });
			await journey.reachCheck(test.db, await read());
			expect(await journey.submit(test.db, keyring, joined.token, `submission-token-aggregate-${n}`, now)).toMatchObject({ ok: true });
		}

		const tables = await aggregate(test.db, id);
		expect(tables.map((table) => table.kind)).toEqual(['single', 'multiple', 'smiley', 'yes-no', 'ranking']);
		const cut = (questionId: string, dimension: string, group: string) => tables.find((t) => t.questionId === questionId)!.cuts.find((c) => c.dimension === dimension && c.group === group)!;
		const byOption = (question: typeof single, counts: number[]) => Object.fromEntries(counts.map((count, i) => [option(question, i), count]).filter(([, count]) => count));

		expect(cut(single.id, 'all', 'all')).toMatchObject({ answered: 5, skipped: 1, counts: byOption(single, [3, 1, 1]) });
		expect(cut(single.id, 'country', 'SE')).toMatchObject({ answered: 3, skipped: 0, counts: byOption(single, [2, 1, 0]) });
		expect(cut(single.id, 'country', 'LT')).toMatchObject({ answered: 2, skipped: 1, counts: byOption(single, [1, 0, 1]) });
		expect(cut(multiple.id, 'all', 'all')).toMatchObject({ answered: 5, skipped: 1, counts: byOption(multiple, [3, 2, 2]) });
		expect(cut(multiple.id, 'ageBand', '13-15')).toMatchObject({ answered: 3, skipped: 0, counts: byOption(multiple, [2, 2, 1]) });
		expect(cut(yesNo.id, 'all', 'all')).toMatchObject({ answered: 5, skipped: 1, counts: { yes: 3, no: 1, 'not-sure': 1 } });

		const faces = smiley.options;
		expect(cut(smiley.id, 'all', 'all')).toMatchObject({ answered: 6, counts: byOption(smiley, [1, 0, 1, 2, 2]), median: faces[3].id });
		expect(cut(smiley.id, 'ageBand', '13-15').median).toBe(faces[4].id);
		expect(cut(smiley.id, 'ageBand', '16-17').median).toBe(faces[2].id);

		const ranked = cut(ranking.id, 'all', 'all');
		expect(ranked).toMatchObject({ answered: 5, skipped: 1 });
		expect(ranked.ranks).toEqual({
			[option(ranking, 0)]: { placed: 5, meanRank: 1.6, borda: 7 },
			[option(ranking, 1)]: { placed: 5, meanRank: 1.8, borda: 6 },
			[option(ranking, 2)]: { placed: 5, meanRank: 2.6, borda: 2 }
		});
		expect(cut(ranking.id, 'country', 'LT').ranks?.[option(ranking, 1)]).toEqual({ placed: 2, meanRank: 1.5, borda: 3 });
	});
});

describe('the median face', () => {
	it('is the middle answer when they are lined up by the faces, the lower middle for an even count', () => {
		expect(medianFace(['a', 'b', 'c'], { a: 1, c: 1 }, 2)).toBe('a');
		expect(medianFace(['a', 'b', 'c'], { a: 1, b: 1, c: 1 }, 3)).toBe('b');
		expect(medianFace(['a', 'b', 'c'], {}, 0)).toBeUndefined();
	});
});
