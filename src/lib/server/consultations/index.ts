import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { AGE_BANDS } from '../../ages.ts';
import * as audit from '../audit/index.ts';
import type { Actor, Result } from '../auth/staff.ts';
import type { Db } from '../db/index.ts';
import {
	consultationCounters,
	consultationMembers,
	consultationTexts,
	consultations,
	questionOptions,
	questions,
	staffUsers,
	type Consultation,
	type QuestionKind
} from '../db/schema/index.ts';
import type { Settings, TextEntry } from './forms.ts';
import { effectiveState, isEditable, missingForGate, type GateItem } from './rules.ts';

export { effectiveState, isEditable } from './rules.ts';

/**
 * Consultations: what facilitators design. Every command checks that the actor belongs to the
 * consultation (a facilitator sees only their own), runs in one transaction with its audit
 * event, and answers with a result.
 */

const isFacilitator = (actor: Actor) => actor.roles.includes('facilitator');

async function membership(db: Db, actor: Actor, consultationId: string): Promise<'owner' | 'collaborator' | null> {
	if (!isFacilitator(actor) || !/^[0-9a-f-]{36}$/.test(consultationId)) return null;
	const [row] = await db
		.select({ role: consultationMembers.role })
		.from(consultationMembers)
		.where(and(eq(consultationMembers.consultationId, consultationId), eq(consultationMembers.userId, actor.id)));
	return row?.role ?? null;
}

/** A new draft, owned by the facilitator who creates it, titled in their language. */
export async function create(
	db: Db,
	actor: Actor,
	input: { title: string; language: string }
): Promise<Result<{ id: string }, 'forbidden' | 'title'>> {
	if (!isFacilitator(actor)) return { ok: false, reason: 'forbidden' };
	const title = input.title.trim();
	if (title.length === 0 || title.length > 200) return { ok: false, reason: 'title' };
	return db.transaction(async (tx) => {
		const [consultation] = await tx
			.insert(consultations)
			.values({
				sourceLanguage: input.language,
				languages: [input.language],
				countries: [],
				ageBands: [...AGE_BANDS]
			})
			.returning({ id: consultations.id });
		await tx.insert(consultationMembers).values({ consultationId: consultation.id, userId: actor.id, role: 'owner' });
		await tx.insert(consultationCounters).values({ consultationId: consultation.id });
		await tx.insert(consultationTexts).values({
			consultationId: consultation.id,
			subjectId: null,
			field: 'title',
			language: input.language,
			level: 'adult',
			text: title
		});
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'consultation.created', objectType: 'consultation', objectId: consultation.id });
		return { ok: true as const, id: consultation.id };
	});
}

export interface Summary {
	id: string;
	title: string;
	state: Consultation['state'];
	role: 'owner' | 'collaborator';
}

/** The consultations this facilitator belongs to, and only those. */
export async function listForMember(db: Db, actor: Actor, now = new Date()): Promise<Summary[]> {
	if (!isFacilitator(actor)) return [];
	const rows = await db
		.select({ consultation: consultations, role: consultationMembers.role })
		.from(consultationMembers)
		.innerJoin(consultations, eq(consultations.id, consultationMembers.consultationId))
		.where(eq(consultationMembers.userId, actor.id))
		.orderBy(asc(consultations.createdAt));
	const titles = await titlesOf(db, rows.map((row) => row.consultation.id));
	return rows.map(({ consultation, role }) => ({
		id: consultation.id,
		title: titles.get(consultation.id) ?? '',
		state: effectiveState(consultation, now),
		role
	}));
}

async function titlesOf(db: Db, ids: string[]): Promise<Map<string, string>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.select({ id: consultationTexts.consultationId, text: consultationTexts.text, language: consultationTexts.language })
		.from(consultationTexts)
		.innerJoin(consultations, eq(consultations.id, consultationTexts.consultationId))
		.where(
			and(
				inArray(consultationTexts.consultationId, ids),
				isNull(consultationTexts.subjectId),
				eq(consultationTexts.field, 'title'),
				sql`${consultationTexts.language} = ${consultations.sourceLanguage}`
			)
		);
	return new Map(rows.map((row) => [row.id, row.text]));
}

/** One consultation, if the facilitator belongs to it; null otherwise (also for a bad id). */
export async function readForMember(db: Db, actor: Actor, id: string) {
	if (!(await membership(db, actor, id))) return null;
	const [consultation] = await db.select().from(consultations).where(eq(consultations.id, id));
	if (!consultation) return null;
	const questionRows = await db.select().from(questions).where(eq(questions.consultationId, id)).orderBy(asc(questions.position));
	const options = questionRows.length
		? await db
				.select()
				.from(questionOptions)
				.where(inArray(questionOptions.questionId, questionRows.map((q) => q.id)))
				.orderBy(asc(questionOptions.position))
		: [];
	const texts = await db.select().from(consultationTexts).where(eq(consultationTexts.consultationId, id));
	return {
		consultation,
		questions: questionRows.map((question) => ({ ...question, options: options.filter((option) => option.questionId === question.id) })),
		texts
	};
}

type Refusal = 'not-found' | 'locked';

async function editable(db: Db, actor: Actor, id: string, now: Date): Promise<Consultation | Refusal> {
	if (!(await membership(db, actor, id))) return 'not-found';
	const [consultation] = await db.select().from(consultations).where(eq(consultations.id, id)).for('update');
	if (!consultation) return 'not-found';
	return isEditable(consultation, now) ? consultation : 'locked';
}

/** Settings change only before the consultation opens; a draft that changes is a draft again. */
export async function updateSettings(
	db: Db,
	actor: Actor,
	id: string,
	settings: Settings,
	now = new Date()
): Promise<Result<object, Refusal | 'lead-not-moderator'>> {
	return db.transaction(async (tx) => {
		const found = await editable(tx as unknown as Db, actor, id, now);
		if (typeof found === 'string') return { ok: false as const, reason: found };
		if (settings.safeguardingLeadId && !(await isActiveModerator(tx as unknown as Db, settings.safeguardingLeadId))) {
			return { ok: false as const, reason: 'lead-not-moderator' as const };
		}
		await tx
			.update(consultations)
			.set({ ...settings, ethicsReference: settings.ethicsReference || null, dpiaReference: settings.dpiaReference || null, state: 'draft', updatedAt: now })
			.where(eq(consultations.id, id));
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'consultation.settings_changed', objectType: 'consultation', objectId: id });
		return { ok: true as const };
	});
}

async function isActiveModerator(db: Db, userId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: staffUsers.id })
		.from(staffUsers)
		.where(and(eq(staffUsers.id, userId), isNull(staffUsers.disabledAt), sql`'moderator' = any(${staffUsers.roles})`));
	return row !== undefined;
}

/** Writes texts (an empty one removes that version); only before opening. */
export async function setTexts(db: Db, actor: Actor, id: string, entries: TextEntry[], now = new Date()): Promise<Result<{ changed: number }, Refusal>> {
	return db.transaction(async (tx) => {
		const found = await editable(tx as unknown as Db, actor, id, now);
		if (typeof found === 'string') return { ok: false as const, reason: found };
		let changed = 0;
		for (const entry of entries) {
			const key = and(
				eq(consultationTexts.consultationId, id),
				entry.subjectId ? eq(consultationTexts.subjectId, entry.subjectId) : isNull(consultationTexts.subjectId),
				eq(consultationTexts.field, entry.field),
				eq(consultationTexts.language, entry.language),
				eq(consultationTexts.level, entry.level)
			);
			const text = entry.text.trim();
			if (text === '') {
				changed += (await tx.delete(consultationTexts).where(key).returning({ id: consultationTexts.id })).length;
				continue;
			}
			const updated = await tx.update(consultationTexts).set({ text }).where(key).returning({ id: consultationTexts.id });
			if (updated.length === 0) {
				await tx.insert(consultationTexts).values({ consultationId: id, subjectId: entry.subjectId, field: entry.field, language: entry.language, level: entry.level, text });
			}
			changed++;
		}
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'consultation.texts_changed', objectType: 'consultation', objectId: id, details: { count: changed } });
		return { ok: true as const, changed };
	});
}

export interface NewQuestion {
	kind: QuestionKind;
	/** Choices for single, multiple and ranking questions (two or more). */
	optionCount?: number;
	maxChoices?: number | null;
	maxLength?: number | null;
	ageBands?: string[] | null;
	sensitive?: boolean;
}

/** How many options a kind has: fixed for the smiley scale (five faces), none for some. */
export function optionCountFor(kind: QuestionKind, requested?: number): number {
	if (kind === 'smiley') return 5;
	if (kind === 'single' || kind === 'multiple' || kind === 'ranking') return Math.min(Math.max(requested ?? 2, 2), 20);
	return 0;
}

/** Adds a question at the end. */
export async function addQuestion(db: Db, actor: Actor, id: string, input: NewQuestion, now = new Date()): Promise<Result<{ questionId: string }, Refusal>> {
	return db.transaction(async (tx) => {
		const found = await editable(tx as unknown as Db, actor, id, now);
		if (typeof found === 'string') return { ok: false as const, reason: found };
		const [{ next }] = await tx
			.select({ next: sql<number>`coalesce(max(${questions.position}), 0) + 1` })
			.from(questions)
			.where(eq(questions.consultationId, id));
		const [question] = await tx
			.insert(questions)
			.values({
				consultationId: id,
				position: Number(next),
				kind: input.kind,
				maxChoices: input.kind === 'multiple' ? (input.maxChoices ?? null) : null,
				maxLength: input.kind === 'free-text' ? (input.maxLength ?? 500) : null,
				ageBands: input.ageBands?.length ? input.ageBands : null,
				sensitive: input.sensitive ?? false
			})
			.returning({ id: questions.id });
		const count = optionCountFor(input.kind, input.optionCount);
		if (count > 0) {
			await tx.insert(questionOptions).values(Array.from({ length: count }, (_, index) => ({ questionId: question.id, position: index + 1 })));
		}
		await tx.update(consultations).set({ state: 'draft', updatedAt: now }).where(eq(consultations.id, id));
		await audit.record(tx as unknown as Db, {
			actorId: actor.id,
			action: 'consultation.question_added',
			objectType: 'consultation',
			objectId: id,
			details: { question: question.id, kind: input.kind }
		});
		return { ok: true as const, questionId: question.id };
	});
}

/** Removes a question with its options and texts; the ones after it move up. */
export async function deleteQuestion(db: Db, actor: Actor, id: string, questionId: string, now = new Date()): Promise<Result<object, Refusal>> {
	return db.transaction(async (tx) => {
		const found = await editable(tx as unknown as Db, actor, id, now);
		if (typeof found === 'string') return { ok: false as const, reason: found };
		const options = await tx.select({ id: questionOptions.id }).from(questionOptions).where(eq(questionOptions.questionId, questionId));
		const [removed] = await tx
			.delete(questions)
			.where(and(eq(questions.id, questionId), eq(questions.consultationId, id)))
			.returning({ position: questions.position });
		if (!removed) return { ok: false as const, reason: 'not-found' as const };
		const subjects = [questionId, ...options.map((option) => option.id)];
		await tx.delete(consultationTexts).where(and(eq(consultationTexts.consultationId, id), inArray(consultationTexts.subjectId, subjects)));
		await renumber(tx as unknown as Db, id);
		await tx.update(consultations).set({ state: 'draft', updatedAt: now }).where(eq(consultations.id, id));
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'consultation.question_deleted', objectType: 'consultation', objectId: id, details: { question: questionId } });
		return { ok: true as const };
	});
}

/** Moves a question one place up or down. */
export async function moveQuestion(
	db: Db,
	actor: Actor,
	id: string,
	questionId: string,
	direction: 'up' | 'down',
	now = new Date()
): Promise<Result<object, Refusal>> {
	return db.transaction(async (tx) => {
		const found = await editable(tx as unknown as Db, actor, id, now);
		if (typeof found === 'string') return { ok: false as const, reason: found };
		const ordered = await tx.select({ id: questions.id }).from(questions).where(eq(questions.consultationId, id)).orderBy(asc(questions.position));
		const index = ordered.findIndex((question) => question.id === questionId);
		if (index < 0) return { ok: false as const, reason: 'not-found' as const };
		const swap = direction === 'up' ? index - 1 : index + 1;
		if (swap >= 0 && swap < ordered.length) {
			[ordered[index], ordered[swap]] = [ordered[swap], ordered[index]];
			await renumber(tx as unknown as Db, id, ordered.map((question) => question.id));
		}
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'consultation.question_moved', objectType: 'consultation', objectId: id, details: { question: questionId, direction } });
		return { ok: true as const };
	});
}

/** Gives questions the positions 1, 2, 3 … in the order given (or their present order). */
async function renumber(db: Db, id: string, order?: string[]): Promise<void> {
	const ids = order ?? (await db.select({ id: questions.id }).from(questions).where(eq(questions.consultationId, id)).orderBy(asc(questions.position))).map((q) => q.id);
	// out of the way first: positions are unique per consultation
	await db.update(questions).set({ position: sql`-${questions.position}` }).where(and(eq(questions.consultationId, id), gt(questions.position, 0)));
	for (const [index, questionId] of ids.entries()) {
		await db.update(questions).set({ position: index + 1 }).where(eq(questions.id, questionId));
	}
}

/** The (subject, field) pairs that need a text in every offered language. */
export function requiredTexts(questionRows: { id: string; kind: QuestionKind; options: { id: string }[] }[]): { subjectId: string | null; field: string }[] {
	const required: { subjectId: string | null; field: string }[] = [
		{ subjectId: null, field: 'title' },
		{ subjectId: null, field: 'purpose' },
		{ subjectId: null, field: 'audience' },
		{ subjectId: null, field: 'feedbackPlan' }
	];
	for (const question of questionRows) {
		required.push({ subjectId: question.id, field: question.kind === 'info' ? 'body' : 'prompt' });
		for (const option of question.options) required.push({ subjectId: option.id, field: 'label' });
	}
	return required;
}

/** For each language, the required texts it lacks (at any wording level: the others fall back). */
export function missingTexts(
	languages: string[],
	required: { subjectId: string | null; field: string }[],
	texts: { subjectId: string | null; field: string; language: string }[]
): Record<string, { subjectId: string | null; field: string }[]> {
	const present = new Set(texts.map((text) => `${text.language}|${text.subjectId ?? ''}|${text.field}`));
	return Object.fromEntries(
		languages.map((language) => [language, required.filter((need) => !present.has(`${language}|${need.subjectId ?? ''}|${need.field}`))])
	);
}

/** What still stands between a consultation and opening, for its owner's checklist. */
export async function gate(db: Db, actor: Actor, id: string): Promise<GateItem[] | null> {
	const found = await readForMember(db, actor, id);
	if (!found) return null;
	return gateOf(db, found);
}

async function gateOf(db: Db, found: NonNullable<Awaited<ReturnType<typeof readForMember>>>): Promise<GateItem[]> {
	const { consultation, texts } = found;
	const missing = missingTexts(consultation.languages, requiredTexts(found.questions), texts);
	return missingForGate({
		consultation,
		sourceFields: new Set(texts.filter((t) => t.subjectId === null && t.language === consultation.sourceLanguage).map((t) => t.field)),
		questionCount: found.questions.filter((question) => question.kind !== 'info').length,
		completeLanguages: Object.entries(missing).filter(([, lacking]) => lacking.length === 0).map(([language]) => language),
		leadIsModerator: consultation.safeguardingLeadId ? await isActiveModerator(db, consultation.safeguardingLeadId) : false
	});
}

export type Transition = 'ready' | 'open' | 'close';

/**
 * draft → ready (the ethics gate passed) → open (the gate still passed; questions lock) →
 * closed. Refused with what is missing while the gate is not passed.
 */
export async function transition(
	db: Db,
	actor: Actor,
	id: string,
	to: Transition,
	now = new Date()
): Promise<Result<object, 'not-found' | 'not-allowed'> | { ok: false; reason: 'gate'; missing: GateItem[] }> {
	return db.transaction(async (tx) => {
		const found = await readForMember(tx as unknown as Db, actor, id);
		if (!found) return { ok: false as const, reason: 'not-found' as const };
		const state = effectiveState(found.consultation, now);
		const allowed = (to === 'ready' && state === 'draft') || (to === 'open' && state === 'ready') || (to === 'close' && state === 'open');
		if (!allowed) return { ok: false as const, reason: 'not-allowed' as const };
		if (to !== 'close') {
			const missing = await gateOf(tx as unknown as Db, found);
			if (missing.length > 0) return { ok: false as const, reason: 'gate' as const, missing };
		}
		const next = to === 'close' ? 'closed' : to;
		await tx
			.update(consultations)
			.set({ state: next, updatedAt: now })
			.where(eq(consultations.id, id));
		await audit.record(tx as unknown as Db, {
			actorId: actor.id,
			action: `consultation.${next}`,
			objectType: 'consultation',
			objectId: id,
			details: { from: state }
		});
		return { ok: true as const };
	});
}

/** The participation counts: no answer and no row per child, only these numbers. */
export async function counters(db: Db, actor: Actor, id: string) {
	if (!(await membership(db, actor, id))) return null;
	const [row] = await db.select().from(consultationCounters).where(eq(consultationCounters.consultationId, id));
	return row ? { started: row.started, waitingForGuardian: row.waitingForGuardian, finished: row.finished, withdrew: row.withdrew } : null;
}
