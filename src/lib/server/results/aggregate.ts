import { sql } from 'drizzle-orm';
import type { Db } from '../db/index.ts';

/**
 * The counts a release is built from (issue #9), computed in PostgreSQL with GROUPING SETS —
 * answers are never loaded into memory. For every question that is not free text or an
 * information page: how many answered and how many said "I'd rather not say" (reported apart,
 * never counted as an answer); per option the count; for rankings each option's mean rank
 * and Borda points (k − place for k options); for the smiley scale the median face. Every
 * figure exists overall, by country and by age band. Suppression comes after, on these tables.
 */

import type { Dimension } from '../../results/types.ts';

export type { Dimension };

export interface Cut {
	dimension: Dimension;
	/** The country code or age band; `all` for the whole. */
	group: string;
	answered: number;
	skipped: number;
	/** Option id (or `yes` / `no` / `not-sure`) → how many chose it. */
	counts: Record<string, number>;
	/** Rankings: option id → how many placed it, the sum of its places and its Borda points. */
	ranks?: Record<string, { placed: number; meanRank: number; borda: number }>;
	/** Smiley scale: the face at the median of those who answered (by the faces' order). */
	median?: string;
}

export interface QuestionAggregate {
	questionId: string;
	kind: string;
	cuts: Cut[];
}

type Row = Record<string, unknown>;

async function rowsOf(db: Db, query: ReturnType<typeof sql>): Promise<Row[]> {
	const result = (await db.execute(query)) as unknown as Row[] | { rows: Row[] };
	return Array.isArray(result) ? result : result.rows;
}

/**
 * Which cut a GROUPING SETS row belongs to: `grouping(country, age_band)` sets bit 2 when the
 * country is rolled up and bit 1 when the age band is.
 */
function cutOf(row: Row): { dimension: Dimension; group: string } {
	const flags = Number(row.grouping);
	if (flags === 3) return { dimension: 'all', group: 'all' };
	if (flags === 1) return { dimension: 'country', group: String(row.country) };
	return { dimension: 'ageBand', group: String(row.age_band) };
}

const key = (questionId: unknown, cut: { dimension: Dimension; group: string }) => `${questionId}|${cut.dimension}|${cut.group}`;

export async function aggregate(db: Db, consultationId: string): Promise<QuestionAggregate[]> {
	const sets = sql`grouping sets ((a.question_id), (a.question_id, r.country), (a.question_id, r.age_band))`;
	const counted = await rowsOf(
		db,
		sql`select a.question_id, r.country, r.age_band, grouping(r.country, r.age_band) as grouping,
				count(*) filter (where not a.skipped) as answered, count(*) filter (where a.skipped) as skipped
			from answer a join response r on r.id = a.response_id join question q on q.id = a.question_id
			where r.consultation_id = ${consultationId} and q.kind not in ('free-text', 'info')
			group by ${sets}`
	);
	const choices = await rowsOf(
		db,
		sql`select a.question_id, r.country, r.age_band, grouping(r.country, r.age_band) as grouping, c.choice, count(*) as n
			from answer a join response r on r.id = a.response_id, unnest(a.choices) as c(choice)
			where r.consultation_id = ${consultationId} and not a.skipped
			group by grouping sets ((a.question_id, c.choice), (a.question_id, c.choice, r.country), (a.question_id, c.choice, r.age_band))`
	);
	const ranks = await rowsOf(
		db,
		sql`select a.question_id, r.country, r.age_band, grouping(r.country, r.age_band) as grouping, e.key as option,
				count(*) as placed, sum(e.value::int) as place_sum, sum(k.options - e.value::int) as borda
			from answer a join response r on r.id = a.response_id
				join (select question_id, count(*)::int as options from question_option group by question_id) k on k.question_id = a.question_id,
				jsonb_each_text(a.ranks) as e(key, value)
			where r.consultation_id = ${consultationId} and not a.skipped and a.ranks is not null
			group by grouping sets ((a.question_id, e.key), (a.question_id, e.key, r.country), (a.question_id, e.key, r.age_band))`
	);
	const kinds = await rowsOf(
		db,
		sql`select q.id, q.kind, q.position, coalesce(array_agg(o.id::text order by o.position) filter (where o.id is not null), '{}') as options
			from question q left join question_option o on o.question_id = q.id
			where q.consultation_id = ${consultationId} and q.kind not in ('free-text', 'info')
			group by q.id order by q.position`
	);

	const cuts = new Map<string, Cut>();
	for (const row of counted) {
		const cut = cutOf(row);
		cuts.set(key(row.question_id, cut), { ...cut, answered: Number(row.answered), skipped: Number(row.skipped), counts: {} });
	}
	for (const row of choices) {
		const cut = cuts.get(key(row.question_id, cutOf(row)));
		if (cut) cut.counts[String(row.choice)] = Number(row.n);
	}
	for (const row of ranks) {
		const cut = cuts.get(key(row.question_id, cutOf(row)));
		if (!cut) continue;
		const placed = Number(row.placed);
		cut.ranks ??= {};
		cut.ranks[String(row.option)] = { placed, meanRank: Number(row.place_sum) / placed, borda: Number(row.borda) };
	}
	return kinds.map((question) => {
		const options = question.options as string[];
		const own = [...cuts.entries()].filter(([k]) => k.startsWith(`${question.id}|`)).map(([, cut]) => cut);
		if (question.kind === 'smiley') for (const cut of own) cut.median = medianFace(options, cut.counts, cut.answered);
		return { questionId: String(question.id), kind: String(question.kind), cuts: own };
	});
}

/** The face in the middle of the answers when they are lined up by the faces' order (the lower middle for an even count). */
export function medianFace(faces: string[], counts: Record<string, number>, answered: number): string | undefined {
	if (answered === 0) return undefined;
	const middle = Math.ceil(answered / 2);
	let seen = 0;
	for (const face of faces) {
		seen += counts[face] ?? 0;
		if (seen >= middle) return face;
	}
	return undefined;
}
