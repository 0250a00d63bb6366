import { describe, expect, it } from 'vitest';
import * as staff from '../../src/lib/server/auth/staff.ts';
import type * as journey from '../../src/lib/server/participation/index.ts';
import { aggregate, medianFace } from '../../src/lib/server/results/aggregate.ts';
import { buildOpenConsultation, childTakesPart } from '../support/consultation.ts';
import { testKeyring } from '../support/keyring.ts';
import { DRIVERS, useMigratedDatabase } from './databases.ts';

const now = new Date('2026-11-28T12:00:00Z');

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
		const built = await buildOpenConsultation(test.db, keyring, { facilitatorId: invited.userId, leadId: lead.userId, title: 'Counts', kinds: ['single', 'multiple', 'smiley', 'yes-no', 'ranking', 'free-text'], now });
		const id = built.id;
		const [single, multiple, smiley, yesNo, ranking, free] = built.questions;
		const option = (question: typeof single, index: number) => question.options[index].id;

		for (const child of CHILDREN) {
			const answers: Record<string, journey.AnswerInput> = {
				[smiley.id]: { choices: [option(smiley, child.smiley)] },
				[free.id]: { text: 'Something' }
			};
			if (child.single !== null) answers[single.id] = { choices: [option(single, child.single)] };
			if (child.multiple !== null) answers[multiple.id] = { choices: child.multiple.map((i) => option(multiple, i)) };
			if (child.yesNo !== null) answers[yesNo.id] = { choices: [child.yesNo] };
			if (child.ranking !== null) answers[ranking.id] = { ranks: Object.fromEntries(child.ranking.map((place, i) => [option(ranking, i), String(place)])) };
			// a question left out is "I'd rather not say"
			await childTakesPart(test.db, keyring, built.code, { country: child.country, age: child.age, answers }, now);
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
