import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import * as audit from '../audit/index.ts';
import type { Actor, Result } from '../auth/staff.ts';
import { readConsultation } from '../consultations/index.ts';
import { effectiveState } from '../consultations/rules.ts';
import type { Keyring } from '../crypto/keyring.ts';
import type { Db } from '../db/index.ts';
import {
	answers,
	answerThemes,
	consultations,
	moderationDecisions,
	questions,
	responses,
	safeguardingActions,
	safeguardingFlags,
	staffUsers,
	themes
} from '../db/schema/index.ts';
import { enqueue } from '../mail/outbox.ts';
import { redact, type Span } from './redaction.ts';
import { utcDay } from '../days.ts';

/**
 * Moderation (DESIGN.md "Moderators first"): every free-text answer is read by a moderator
 * before it can reach anyone else; safeguarding flags come first. Any moderator may moderate
 * any consultation that has answers (open, closed or in review). Queues are ordered by the
 * answers' random ids, never by arrival. Every decision is audited, without any answer text.
 */

export const PAGE_SIZE = 20;
const MODERATED = ['open', 'closed', 'in_review'] as const;
const isModerator = (actor: Actor) => actor.roles.includes('moderator');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type AnswerState = 'pending' | 'approved' | 'redacted' | 'rejected' | 'awaiting';
export const ANSWER_STATES: AnswerState[] = ['pending', 'approved', 'redacted', 'rejected', 'awaiting'];

/** A consultation a moderator may work on, read with its questions and texts; null otherwise. */
async function moderated(db: Db, actor: Actor, consultationId: string, now = new Date()) {
	if (!isModerator(actor) || !UUID.test(consultationId)) return null;
	const design = await readConsultation(db, consultationId);
	if (!design || !(MODERATED as readonly string[]).includes(effectiveState(design.consultation, now))) return null;
	return design;
}

/** The moderator's start page: consultations with answers, and what is left to do in each. */
export async function overview(db: Db, actor: Actor, now = new Date()) {
	if (!isModerator(actor)) return null;
	const rows = await db.select().from(consultations).orderBy(asc(consultations.createdAt));
	const list = [];
	for (const consultation of rows) {
		if (!(MODERATED as readonly string[]).includes(effectiveState(consultation, now))) continue;
		list.push({ id: consultation.id, state: effectiveState(consultation, now), ...(await progress(db, consultation.id)) });
	}
	return list;
}

/** Counts for a consultation: free-text answers, decided, waiting for a second moderator, open flags. */
export async function progress(db: Db, consultationId: string) {
	const [answered] = await db
		.select({
			total: count(),
			decided: sql<number>`count(${moderationDecisions.answerId}) filter (where ${moderationDecisions.state} = 'final')`.mapWith(Number),
			awaiting: sql<number>`count(${moderationDecisions.answerId}) filter (where ${moderationDecisions.state} = 'awaiting-confirmation')`.mapWith(Number)
		})
		.from(answers)
		.innerJoin(responses, eq(responses.id, answers.responseId))
		.leftJoin(moderationDecisions, eq(moderationDecisions.answerId, answers.id))
		.where(and(eq(responses.consultationId, consultationId), isNotNull(answers.text)));
	const [flags] = await db
		.select({ open: count() })
		.from(safeguardingFlags)
		.leftJoin(safeguardingActions, eq(safeguardingActions.flagId, safeguardingFlags.id))
		.where(and(eq(safeguardingFlags.consultationId, consultationId), isNull(safeguardingActions.flagId)));
	return { total: answered.total, decided: answered.decided, awaiting: answered.awaiting, pending: answered.total - answered.decided - answered.awaiting, openFlags: flags.open };
}

export interface QueueFilter {
	question?: string;
	language?: string;
	/** `kept`: approved or redacted, final — the answers themes can be given to. */
	state?: AnswerState | 'kept';
	page?: number;
}

const stateCondition = (state: QueueFilter['state']) => {
	switch (state) {
		case 'kept':
			return and(eq(moderationDecisions.state, 'final'), inArray(moderationDecisions.decision, ['approve', 'redact']));
		case 'pending':
			return isNull(moderationDecisions.answerId);
		case 'awaiting':
			return eq(moderationDecisions.state, 'awaiting-confirmation');
		case 'approved':
		case 'redacted':
		case 'rejected':
			return and(eq(moderationDecisions.state, 'final'), eq(moderationDecisions.decision, state === 'approved' ? 'approve' : state === 'redacted' ? 'redact' : 'reject'));
		default:
			return undefined;
	}
};

/** One page of a consultation's free-text answers, by random id, with what screening removed and any flags. */
export async function queue(db: Db, actor: Actor, consultationId: string, filter: QueueFilter, now = new Date()) {
	const design = await moderated(db, actor, consultationId, now);
	if (!design) return null;
	const page = Math.max(1, Math.min(filter.page ?? 1, 10_000));
	const conditions = [
		eq(responses.consultationId, consultationId),
		isNotNull(answers.text),
		filter.question && UUID.test(filter.question) ? eq(answers.questionId, filter.question) : undefined,
		filter.language ? eq(responses.language, filter.language) : undefined,
		stateCondition(filter.state)
	].filter((condition) => condition !== undefined);
	const rows = await db
		.select({ answer: answers, response: { language: responses.language, country: responses.country, ageBand: responses.ageBand }, decision: moderationDecisions })
		.from(answers)
		.innerJoin(responses, eq(responses.id, answers.responseId))
		.leftJoin(moderationDecisions, eq(moderationDecisions.answerId, answers.id))
		.where(and(...conditions))
		.orderBy(asc(answers.id))
		.limit(PAGE_SIZE + 1)
		.offset((page - 1) * PAGE_SIZE);
	const flagIds = rows.flatMap((row) => row.answer.flagIds ?? []);
	const flags = flagIds.length ? await db.select({ id: safeguardingFlags.id, category: safeguardingFlags.category }).from(safeguardingFlags).where(inArray(safeguardingFlags.id, flagIds)) : [];
	const categoryOf = new Map(flags.map((flag) => [flag.id, flag.category]));
	const items = rows.slice(0, PAGE_SIZE).map(({ answer, response, decision }) => ({
		answerId: answer.id,
		questionId: answer.questionId,
		text: answer.text ?? '',
		redactions: answer.redactions ?? [],
		flagCategories: [...new Set((answer.flagIds ?? []).map((id) => categoryOf.get(id)).filter((c) => c !== undefined))],
		...response,
		decision: decision ? { decision: decision.decision, text: decision.text, state: decision.state, mine: decision.decidedBy === actor.id } : null
	}));
	return { design, items, page, more: rows.length > PAGE_SIZE, fourEyes: design.consultation.fourEyes };
}

/** The answers a page shows that bulk approval may take: undecided and unflagged. */
export const bulkCandidates = (items: NonNullable<Awaited<ReturnType<typeof queue>>>['items']) =>
	items.filter((item) => item.decision === null && item.flagCategories.length === 0).map((item) => item.answerId);

export type DecisionInput = { decision: 'approve' } | { decision: 'reject' } | { decision: 'redact'; spans: Span[] };
export type DecisionRefusal = 'not-found' | 'already-decided' | 'span';

/** A free-text answer of this consultation, with whether it carries a safeguarding flag. */
async function answerOf(db: Db, consultationId: string, answerId: string) {
	if (!UUID.test(answerId)) return null;
	const [row] = await db
		.select({ answer: answers })
		.from(answers)
		.innerJoin(responses, eq(responses.id, answers.responseId))
		.where(and(eq(answers.id, answerId), eq(responses.consultationId, consultationId), isNotNull(answers.text)));
	return row?.answer ?? null;
}

/** The stored (screened) text of a free-text answer of this consultation. */
export async function answerText(db: Db, consultationId: string, answerId: string): Promise<string | null> {
	return (await answerOf(db, consultationId, answerId))?.text ?? null;
}

/**
 * One moderator's decision on one answer. Two moderators deciding at once: the first wins, the
 * second is told. Under four eyes a redaction or rejection of a flagged answer waits for a
 * second moderator.
 */
export async function decide(db: Db, actor: Actor, consultationId: string, answerId: string, input: DecisionInput, now = new Date()): Promise<Result<{ state: 'final' | 'awaiting-confirmation' }, DecisionRefusal>> {
	const design = await moderated(db, actor, consultationId, now);
	const answer = design && (await answerOf(db, consultationId, answerId));
	if (!design || !answer) return { ok: false, reason: 'not-found' };
	let text: string | null = answer.text;
	if (input.decision === 'redact') {
		const redacted = redact(answer.text ?? '', input.spans);
		if (!redacted.ok) return { ok: false, reason: 'span' };
		text = redacted.text;
	}
	if (input.decision === 'reject') text = null;
	const written = await db.transaction(async (tx) => {
		// the flags as they are now, locked: a flag raised since the moderator read the answer still calls for four eyes
		const [current] = await tx.select({ flagIds: answers.flagIds }).from(answers).where(eq(answers.id, answerId)).for('update');
		const flagged = (current?.flagIds ?? []).length > 0;
		const state = design.consultation.fourEyes && flagged && input.decision !== 'approve' ? ('awaiting-confirmation' as const) : ('final' as const);
		const inserted = await tx
			.insert(moderationDecisions)
			.values({ answerId, decision: input.decision, text, decidedBy: actor.id, decidedAt: now, state })
			.onConflictDoNothing()
			.returning({ answerId: moderationDecisions.answerId });
		if (inserted.length === 0) return null;
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: `moderation.${input.decision}`, objectType: 'answer', objectId: answerId, details: { consultation: consultationId, state } });
		return state;
	});
	return written ? { ok: true, state: written } : { ok: false, reason: 'already-decided' };
}

/** Four eyes: a second moderator confirms a waiting decision, or sends the answer back to the queue. */
export async function confirm(db: Db, actor: Actor, consultationId: string, answerId: string, accept: boolean, now = new Date()): Promise<Result<object, 'not-found' | 'own' | 'already-decided'>> {
	const design = await moderated(db, actor, consultationId, now);
	const answer = design && (await answerOf(db, consultationId, answerId));
	if (!design || !answer) return { ok: false, reason: 'not-found' };
	const [waiting] = await db.select().from(moderationDecisions).where(and(eq(moderationDecisions.answerId, answerId), eq(moderationDecisions.state, 'awaiting-confirmation')));
	if (!waiting) return { ok: false, reason: 'already-decided' };
	if (waiting.decidedBy === actor.id) return { ok: false, reason: 'own' };
	const done = await db.transaction(async (tx) => {
		const where = and(eq(moderationDecisions.answerId, answerId), eq(moderationDecisions.state, 'awaiting-confirmation'));
		const changed = accept
			? await tx.update(moderationDecisions).set({ state: 'final', confirmedBy: actor.id }).where(where).returning({ id: moderationDecisions.answerId })
			: await tx.delete(moderationDecisions).where(where).returning({ id: moderationDecisions.answerId });
		if (changed.length === 0) return false;
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: accept ? 'moderation.confirmed' : 'moderation.sent_back', objectType: 'answer', objectId: answerId, details: { consultation: consultationId } });
		return true;
	});
	return done ? { ok: true } : { ok: false, reason: 'already-decided' };
}

/**
 * Bulk approval of exactly what a page showed: the ids posted must be the page's undecided,
 * unflagged answers as they are now; otherwise nothing is approved.
 */
export async function approveShown(db: Db, actor: Actor, consultationId: string, filter: QueueFilter, posted: string[], now = new Date()): Promise<Result<{ approved: number }, 'not-found' | 'changed'>> {
	const shown = await queue(db, actor, consultationId, filter, now);
	if (!shown) return { ok: false, reason: 'not-found' };
	const expected = bulkCandidates(shown.items);
	const same = expected.length === posted.length && new Set(posted).size === posted.length && posted.every((id) => expected.includes(id));
	if (!same || expected.length === 0) return { ok: false, reason: 'changed' };
	const approved = await db.transaction(async (tx) => {
		// a flag raised since the page was read takes its answer out of bulk approval: nothing is approved
		const flagged = await tx
			.select({ id: answers.id })
			.from(answers)
			.where(and(inArray(answers.id, expected), sql`cardinality(coalesce(${answers.flagIds}, '{}'::uuid[])) > 0`))
			.for('update');
		if (flagged.length > 0) return null;
		const inserted = await tx
			.insert(moderationDecisions)
			.values(expected.map((answerId) => ({ answerId, decision: 'approve' as const, text: shown.items.find((item) => item.answerId === answerId)!.text, decidedBy: actor.id, decidedAt: now })))
			.onConflictDoNothing()
			.returning({ answerId: moderationDecisions.answerId });
		await audit.record(tx as unknown as Db, {
			actorId: actor.id,
			action: 'moderation.approve_shown',
			objectType: 'consultation',
			objectId: consultationId,
			details: { count: inserted.length, answers: inserted.map((row) => row.answerId) }
		});
		return inserted.length;
	});
	return approved === null ? { ok: false, reason: 'changed' } : { ok: true, approved };
}

export const SETTINGS_FOUR_EYES = 'fourEyes';

/** Four eyes on or off for a consultation; any moderator may set it. */
export async function setFourEyes(db: Db, actor: Actor, consultationId: string, on: boolean, now = new Date()): Promise<Result<object, 'not-found'>> {
	if (!(await moderated(db, actor, consultationId, now))) return { ok: false, reason: 'not-found' };
	await db.transaction(async (tx) => {
		await tx.update(consultations).set({ fourEyes: on }).where(eq(consultations.id, consultationId));
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'moderation.four_eyes', objectType: 'consultation', objectId: consultationId, details: { on } });
	});
	return { ok: true };
}

// ─── Safeguarding ─────────────────────────────────────────────────────────────────────────────

/** Open flags first: category, question, day, source, and the shared answer's text if any. */
export async function safeguardingQueue(db: Db, actor: Actor, consultationId: string, now = new Date()) {
	const design = await moderated(db, actor, consultationId, now);
	if (!design) return null;
	const flags = await db
		.select({ flag: safeguardingFlags, action: safeguardingActions })
		.from(safeguardingFlags)
		.leftJoin(safeguardingActions, eq(safeguardingActions.flagId, safeguardingFlags.id))
		.where(eq(safeguardingFlags.consultationId, consultationId))
		.orderBy(asc(safeguardingFlags.id));
	const ids = flags.map((row) => row.flag.id);
	const linked = ids.length
		? await db
				.select({ id: answers.id, text: answers.text, flagIds: answers.flagIds })
				.from(answers)
				// a question the child skipped after screening flagged their draft keeps the flag, not a text
				.where(and(isNotNull(answers.text), sql`${answers.flagIds} && ${sql`array[${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}]`}`))
		: [];
	return {
		design,
		flags: flags.map(({ flag, action }) => ({
			flagId: flag.id,
			category: flag.category,
			questionId: flag.questionId,
			day: flag.day,
			source: flag.source,
			answer: linked.find((answer) => answer.flagIds?.includes(flag.id)) ?? null,
			action: action ? { text: action.action, handledAt: action.handledAt.toISOString() } : null
		}))
	};
}

/** What moderators did about a flag; recorded once. */
export async function recordAction(db: Db, actor: Actor, consultationId: string, flagId: string, action: string, now = new Date()): Promise<Result<object, 'not-found' | 'already-handled'>> {
	if (!(await moderated(db, actor, consultationId, now)) || !UUID.test(flagId)) return { ok: false, reason: 'not-found' };
	const [flag] = await db.select({ id: safeguardingFlags.id }).from(safeguardingFlags).where(and(eq(safeguardingFlags.id, flagId), eq(safeguardingFlags.consultationId, consultationId)));
	if (!flag) return { ok: false, reason: 'not-found' };
	const written = await db.transaction(async (tx) => {
		const inserted = await tx.insert(safeguardingActions).values({ flagId, action, handledBy: actor.id, handledAt: now }).onConflictDoNothing().returning({ flagId: safeguardingActions.flagId });
		if (inserted.length === 0) return false;
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'moderation.flag_handled', objectType: 'safeguarding_flag', objectId: flagId, details: { consultation: consultationId } });
		return true;
	});
	return written ? { ok: true } : { ok: false, reason: 'already-handled' };
}

export const FLAG_CATEGORIES = ['abuse', 'neglect', 'violence', 'self-harm', 'suicide'] as const;

/** A moderator flags an answer screening did not: it joins the safeguarding queue. */
export async function flagAnswer(db: Db, actor: Actor, consultationId: string, answerId: string, category: (typeof FLAG_CATEGORIES)[number], now = new Date()): Promise<Result<object, 'not-found'>> {
	const design = await moderated(db, actor, consultationId, now);
	const answer = design && (await answerOf(db, consultationId, answerId));
	if (!design || !answer) return { ok: false, reason: 'not-found' };
	await db.transaction(async (tx) => {
		const [flag] = await tx
			.insert(safeguardingFlags)
			.values({ consultationId, questionId: answer.questionId, category, source: 'moderator', day: utcDay(now) })
			.returning({ id: safeguardingFlags.id });
		await tx
			.update(answers)
			.set({ flagIds: sql`array_append(coalesce(${answers.flagIds}, '{}'::uuid[]), ${flag.id}::uuid)` })
			.where(eq(answers.id, answerId));
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'moderation.flagged', objectType: 'answer', objectId: answerId, details: { consultation: consultationId, category } });
	});
	return { ok: true };
}

/**
 * The job: each consultation's safeguarding lead hears of new flags by e-mail — how many, and
 * a link; never a word of any answer.
 */
export async function notifyLeads(db: Db, keyring: Keyring, origin: string): Promise<{ notified: number }> {
	const fresh = await db
		.select({ id: safeguardingFlags.id, consultationId: safeguardingFlags.consultationId, lead: staffUsers.email, language: staffUsers.language })
		.from(safeguardingFlags)
		.innerJoin(consultations, eq(consultations.id, safeguardingFlags.consultationId))
		.innerJoin(staffUsers, eq(staffUsers.id, consultations.safeguardingLeadId))
		.where(eq(safeguardingFlags.leadNotified, false))
		.for('update', { of: safeguardingFlags, skipLocked: true });
	const byConsultation = new Map<string, typeof fresh>();
	for (const row of fresh) byConsultation.set(row.consultationId, [...(byConsultation.get(row.consultationId) ?? []), row]);
	for (const [consultationId, rows] of byConsultation) {
		await enqueue(db, keyring, {
			to: rows[0].lead,
			template: 'safeguarding-flag',
			language: rows[0].language,
			params: { count: String(rows.length), link: `${origin}/staff/moderation/${consultationId}/safeguarding` }
		});
		await db.update(safeguardingFlags).set({ leadNotified: true }).where(inArray(safeguardingFlags.id, rows.map((row) => row.id)));
	}
	return { notified: fresh.length };
}

// ─── Themes ───────────────────────────────────────────────────────────────────────────────────

/** A question's themes with how many approved answers carry each. */
export async function themesOf(db: Db, actor: Actor, consultationId: string, now = new Date()) {
	const design = await moderated(db, actor, consultationId, now);
	if (!design) return null;
	const rows = await db
		.select({ id: themes.id, questionId: themes.questionId, label: themes.label, answers: sql<number>`count(${answerThemes.answerId})`.mapWith(Number) })
		.from(themes)
		.innerJoin(questions, eq(questions.id, themes.questionId))
		.leftJoin(answerThemes, eq(answerThemes.themeId, themes.id))
		.where(eq(questions.consultationId, consultationId))
		.groupBy(themes.id)
		.orderBy(asc(themes.label));
	const tags = await db
		.select({ answerId: answerThemes.answerId, themeId: answerThemes.themeId })
		.from(answerThemes)
		.innerJoin(themes, eq(themes.id, answerThemes.themeId))
		.innerJoin(questions, eq(questions.id, themes.questionId))
		.where(eq(questions.consultationId, consultationId));
	return { design, themes: rows, tags };
}

export async function addTheme(db: Db, actor: Actor, consultationId: string, questionId: string, label: string, now = new Date()): Promise<Result<object, 'not-found' | 'duplicate'>> {
	const design = await moderated(db, actor, consultationId, now);
	const question = design?.questions.find((q) => q.id === questionId && q.kind === 'free-text');
	if (!design || !question) return { ok: false, reason: 'not-found' };
	const existing = await db.select({ label: themes.label }).from(themes).where(eq(themes.questionId, questionId));
	if (existing.some((theme) => theme.label.toLocaleLowerCase() === label.toLocaleLowerCase())) return { ok: false, reason: 'duplicate' };
	await db.transaction(async (tx) => {
		const [theme] = await tx.insert(themes).values({ questionId, label, createdBy: actor.id }).returning({ id: themes.id });
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'moderation.theme_added', objectType: 'theme', objectId: theme.id, details: { consultation: consultationId } });
	});
	return { ok: true };
}

/** An approved (or redacted) answer's themes, replaced by the ones given (of its own question). */
export async function tagAnswer(db: Db, actor: Actor, consultationId: string, answerId: string, themeIds: string[], now = new Date()): Promise<Result<object, 'not-found' | 'not-approved' | 'theme'>> {
	const design = await moderated(db, actor, consultationId, now);
	const answer = design && (await answerOf(db, consultationId, answerId));
	if (!design || !answer) return { ok: false, reason: 'not-found' };
	const [decision] = await db.select().from(moderationDecisions).where(eq(moderationDecisions.answerId, answerId));
	if (!decision || decision.state !== 'final' || decision.decision === 'reject') return { ok: false, reason: 'not-approved' };
	const own = await db.select({ id: themes.id }).from(themes).where(eq(themes.questionId, answer.questionId));
	if (!themeIds.every((id) => own.some((theme) => theme.id === id))) return { ok: false, reason: 'theme' };
	await db.transaction(async (tx) => {
		await tx.delete(answerThemes).where(eq(answerThemes.answerId, answerId));
		if (themeIds.length) await tx.insert(answerThemes).values([...new Set(themeIds)].map((themeId) => ({ answerId, themeId })));
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'moderation.tagged', objectType: 'answer', objectId: answerId, details: { consultation: consultationId, themes: themeIds.length } });
	});
	return { ok: true };
}
