import { sql } from 'drizzle-orm';
import { AGE_BANDS } from '../../ages.ts';
import type { ConsultationDesign } from '../consultations/index.ts';
import { textOrSource } from '../consultations/presentation.ts';
import type { Db } from '../db/index.ts';
import type { ChoiceQuestion, GroupRow, ReleaseQuestion, Shown, Snapshot } from '../../results/types.ts';

export type { Snapshot };
import { aggregate, medianFace, type Cut, type Dimension } from './aggregate.ts';
import { suppress, type Cells, type Relation } from './suppression.ts';

/**
 * What a release publishes (issue #9), built once when a moderator prepares it and never
 * recomputed afterwards. Every count goes through one suppression across everything the release
 * holds — the respondents per group, every question's table overall, by country and by age band,
 * the free-text counts and the theme counts — with every sum that links them, so that a hidden
 * count cannot be worked out from any combination of what is shown. Hidden counts are left out
 * of the snapshot entirely (`null`); shares, medians and rank statistics are shown only where
 * every count they are computed from is shown, so they cannot reveal a hidden one either.
 */

import { YES_NO } from '../../results/types.ts';
const EXCLUSIVE = new Set(['single', 'smiley', 'yes-no']);

type Row = Record<string, unknown>;
async function rowsOf(db: Db, query: ReturnType<typeof sql>): Promise<Row[]> {
	const result = (await db.execute(query)) as unknown as Row[] | { rows: Row[] };
	return Array.isArray(result) ? result : result.rows;
}

const cellKey = (...parts: string[]) => parts.join('|');
const respondentKey = (dimension: Dimension, group: string) => cellKey('n', dimension, group);
/** A question put to the whole group was seen by every respondent of it: the same count, so the same cell. */
const seenByAll = (question: { ageBands: string[] | null }, dimension: Dimension) => !question.ageBands || dimension === 'ageBand';
/** The key of one count of a question's table: `seen`, `answered`, `skipped` or an option. */
const questionKey = (question: { id: string; ageBands: string[] | null }, column: string) => (dimension: Dimension, group: string) =>
	column === 'seen' && seenByAll(question, dimension) ? respondentKey(dimension, group) : cellKey(question.id, dimension, group, column);

/** The groups of a consultation: all of its countries and age bands, answered or not, so that an empty group looks like a small one. */
function groupsOf(design: ConsultationDesign, bands: readonly string[] | null): { dimension: Dimension; group: string }[] {
	const ordered = AGE_BANDS.filter((band) => design.consultation.ageBands.includes(band) && (!bands || bands.includes(band)));
	return [
		{ dimension: 'all', group: 'all' },
		...design.consultation.countries.map((group) => ({ dimension: 'country' as const, group })),
		...ordered.map((group) => ({ dimension: 'ageBand' as const, group }))
	];
}

/** Adds "the whole = the sum of its groups", once per dimension, for one kind of count. */
function addBreakdown(relations: Relation[], groups: { dimension: Dimension; group: string }[], key: (dimension: Dimension, group: string) => string) {
	for (const dimension of ['country', 'ageBand'] as const) {
		const parts = groups.filter((g) => g.dimension === dimension).map((g) => key(dimension, g.group));
		if (parts.length > 0) relations.push({ kind: 'sum', total: key('all', 'all'), parts });
	}
}

function textsIn(design: ConsultationDesign, languages: string[], subjectId: string | null, field: string): Record<string, string> {
	return Object.fromEntries(
		languages.map((language) => [language, textOrSource(design, subjectId, field, language, 'teen')])
	);
}

export interface SnapshotOptions {
	/** Offered languages: the texts the release carries. */
	languages: string[];
	/** The hidden keys of the release this one follows. */
	previouslyHidden?: string[];
}

export async function buildSnapshot(db: Db, design: ConsultationDesign, options: SnapshotOptions): Promise<Snapshot> {
	const consultationId = design.consultation.id;
	const k = design.consultation.suppressionThreshold;
	const cells: Cells = new Map();
	const relations: Relation[] = [];
	const forced = new Set<string>();

	// the respondents of each group: every later table is a part of these
	const respondentRows = await rowsOf(
		db,
		sql`select country, age_band, grouping(country, age_band) as grouping, count(*) as n
			from response where consultation_id = ${consultationId}
			group by grouping sets ((), (country), (age_band))`
	);
	const respondentCount = new Map<string, number>();
	for (const row of respondentRows) {
		const flags = Number(row.grouping);
		const key = flags === 3 ? cellKey('n', 'all', 'all') : flags === 1 ? cellKey('n', 'country', String(row.country)) : cellKey('n', 'ageBand', String(row.age_band));
		respondentCount.set(key, Number(row.n));
	}
	const everyone = groupsOf(design, null);
	for (const { dimension, group } of everyone) cells.set(respondentKey(dimension, group), respondentCount.get(respondentKey(dimension, group)) ?? 0);
	addBreakdown(relations, everyone, respondentKey);
	const smallGroups = everyone.filter(({ dimension, group }) => (cells.get(respondentKey(dimension, group)) ?? 0) < k);

	const aggregates = new Map((await aggregate(db, consultationId)).map((question) => [question.questionId, question]));
	const choiceKinds = design.questions.filter((question) => question.kind !== 'info' && question.kind !== 'free-text');
	for (const question of choiceKinds) {
		const groups = groupsOf(design, question.ageBands);
		const columns = question.kind === 'yes-no' ? YES_NO : question.options.map((option) => option.id);
		const found = new Map((aggregates.get(question.id)?.cuts ?? []).map((cut) => [`${cut.dimension}|${cut.group}`, cut]));
		const key = (column: string) => questionKey(question, column);
		for (const { dimension, group } of groups) {
			const cut: Cut | undefined = found.get(`${dimension}|${group}`);
			const answered = cut?.answered ?? 0;
			const skipped = cut?.skipped ?? 0;
			if (!seenByAll(question, dimension)) cells.set(key('seen')(dimension, group), answered + skipped);
			cells.set(key('answered')(dimension, group), answered);
			cells.set(key('skipped')(dimension, group), skipped);
			relations.push({ kind: 'sum', total: key('seen')(dimension, group), parts: [key('answered')(dimension, group), key('skipped')(dimension, group)] });
			for (const column of columns) {
				const value = question.kind === 'ranking' ? (cut?.ranks?.[column]?.placed ?? 0) : (cut?.counts[column] ?? 0);
				cells.set(key(column)(dimension, group), value);
				if (!EXCLUSIVE.has(question.kind)) relations.push({ kind: 'atMost', cell: key(column)(dimension, group), bound: key('answered')(dimension, group) });
			}
			if (EXCLUSIVE.has(question.kind)) relations.push({ kind: 'sum', total: key('answered')(dimension, group), parts: columns.map((column) => key(column)(dimension, group)) });
		}
		for (const column of [...(question.ageBands ? ['seen'] : []), 'answered', 'skipped', ...columns]) addBreakdown(relations, groups, key(column));
		// a group smaller than k is not shown at all
		for (const small of smallGroups) {
			if (!groups.some((g) => g.dimension === small.dimension && g.group === small.group)) continue;
			for (const column of ['seen', 'answered', 'skipped', ...columns]) forced.add(key(column)(small.dimension, small.group));
		}
	}

	const freeTexts = design.questions.filter((question) => question.kind === 'free-text');
	const approvedRows = freeTexts.length
		? await rowsOf(
				db,
				sql`select a.question_id, a.id as answer_id, d.text,
						coalesce((select array_agg(t.theme_id::text order by t.theme_id) from answer_theme t where t.answer_id = a.id), '{}') as themes
					from answer a join response r on r.id = a.response_id join moderation_decision d on d.answer_id = a.id
					where r.consultation_id = ${consultationId} and d.state = 'final' and d.decision in ('approve', 'redact')
					order by a.id`
			)
		: [];
	const themeRows = freeTexts.length
		? await rowsOf(db, sql`select t.id, t.question_id, t.label from theme t join question q on q.id = t.question_id where q.consultation_id = ${consultationId} order by t.label, t.id`)
		: [];
	for (const question of freeTexts) {
		const approved = approvedRows.filter((row) => row.question_id === question.id);
		cells.set(cellKey(question.id, 'approved'), approved.length);
		for (const theme of themeRows.filter((row) => row.question_id === question.id)) {
			const themeKey = cellKey(question.id, 'theme', String(theme.id));
			cells.set(themeKey, approved.filter((row) => (row.themes as string[]).includes(String(theme.id))).length);
			relations.push({ kind: 'atMost', cell: themeKey, bound: cellKey(question.id, 'approved') });
		}
	}

	// what the previous release hid stays hidden: its published figures are still out there
	for (const key of options.previouslyHidden ?? []) if (cells.has(key)) forced.add(key);
	for (const small of smallGroups) forced.add(respondentKey(small.dimension, small.group));

	// Which counts a reader misses most, so that complements are taken elsewhere first: how many
	// took part in all, then the whole's other figures, then the breakdowns — in each breakdown row
	// the number who answered (the base of every share) before how many took part in that group,
	// since a small "I'd rather not say" makes one of the two go.
	const rank = (key: string) => {
		if (key === respondentKey('all', 'all')) return 4;
		const answered = key.endsWith('|answered');
		if (key.includes('|all|')) return answered ? 3 : 2;
		return answered ? 1 : 0;
	};
	const hidden = suppress({ cells, relations, k, forced, rank });
	const shown = (key: string): Shown => (hidden.has(key) ? null : (cells.get(key) ?? null));
	const languages = options.languages;

	const questions: ReleaseQuestion[] = [];
	for (const question of design.questions) {
		if (question.kind === 'info') continue;
		const prompt = textsIn(design, languages, question.id, 'prompt');
		if (question.kind === 'free-text') {
			const approved = shown(cellKey(question.id, 'approved'));
			const themesOf = themeRows.filter((row) => row.question_id === question.id);
			questions.push({
				id: question.id,
				kind: 'free-text',
				prompt,
				approved,
				themes: themesOf.map((theme) => ({ id: String(theme.id), label: String(theme.label), count: shown(cellKey(question.id, 'theme', String(theme.id))) })),
				excerpts:
					approved !== null && approved >= k
						? approvedRows
								.filter((row) => row.question_id === question.id)
								.map((row) => ({ text: String(row.text), themes: (row.themes as string[]).filter((id) => themesOf.some((theme) => String(theme.id) === id)) }))
						: []
			});
			continue;
		}
		const columns = question.kind === 'yes-no' ? YES_NO : question.options.map((option) => option.id);
		const rows: GroupRow[] = groupsOf(design, question.ageBands).map(({ dimension, group }) => {
			const at = (column: string) => shown(questionKey(question, column)(dimension, group));
			const answered = at('answered');
			const counts = Object.fromEntries(columns.map((column) => [column, at(column)]));
			// shares of those who answered: "I'd rather not say" is reported apart, never as an answer
			const seen = at('seen');
			const shares = Object.fromEntries(columns.map((column) => [column, answered && counts[column] !== null ? Math.round((100 * counts[column]!) / answered) : null]));
			const row: GroupRow = { dimension, group, shown: seen !== null || answered !== null || at('skipped') !== null || columns.some((c) => counts[c] !== null), seen, answered, skipped: at('skipped'), counts, shares };
			const complete = answered !== null && columns.every((column) => counts[column] !== null);
			if (question.kind === 'smiley') row.median = complete ? (medianFace(columns, counts as Record<string, number>, answered!) ?? null) : null;
			if (question.kind === 'ranking') {
				const cut = aggregates.get(question.id)?.cuts.find((c) => c.dimension === dimension && c.group === group);
				row.ranks = Object.fromEntries(
					columns.map((column) => {
						const stats = cut?.ranks?.[column];
						const visible = answered !== null && counts[column] !== null && stats !== undefined;
						return [column, { meanRank: visible ? Math.round(stats.meanRank * 100) / 100 : null, borda: visible ? stats.borda : null }];
					})
				);
			}
			return row;
		});
		questions.push({
			id: question.id,
			kind: question.kind as ChoiceQuestion['kind'],
			prompt,
			options:
				question.kind === 'yes-no'
					? YES_NO.map((id) => ({ id, label: {} }))
					: question.options.map((option) => ({ id: option.id, label: textsIn(design, languages, option.id, 'label') })),
			rows
		});
	}

	return {
		k,
		languages,
		sourceLanguage: design.consultation.sourceLanguage,
		title: textsIn(design, languages, null, 'title'),
		respondents: everyone.map(({ dimension, group }) => ({ dimension, group, count: shown(respondentKey(dimension, group)) })),
		questions,
		hidden: [...hidden].sort()
	};
}
