import { and, asc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import { AGE_BANDS, pickWording, type WordingLevel } from '../../ages.ts';
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
		.select({ id: consultationTexts.consultationId, text: consultationTexts.text, level: consultationTexts.level })
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
	const versions = new Map<string, Partial<Record<WordingLevel, string>>>();
	for (const row of rows) versions.set(row.id, { ...versions.get(row.id), [row.level]: row.text });
	return new Map([...versions].map(([id, levels]) => [id, staffTitle(levels)]));
}

/** The title staff see: the young adults' wording, or the next one that exists. */
function staffTitle(levels: Partial<Record<WordingLevel, string>>): string {
	return pickWording(levels, 'adult') ?? '';
}

/** One consultation, if the facilitator belongs to it; null otherwise (also for a bad id). */
export async function readForMember(db: Db, actor: Actor, id: string) {
	const role = await membership(db, actor, id);
	if (!role) return null;
	const found = await readConsultation(db, id);
	return found && { ...found, role };
}

/** A consultation with its questions, options and texts, read for anyone the caller has let in. */
export async function readConsultation(db: Db, id: string) {
	const [consultation] = await db.select().from(consultations).where(eq(consultations.id, id));
	if (!consultation) return null;
	const texts = await db.select().from(consultationTexts).where(eq(consultationTexts.consultationId, id));
	return { consultation, questions: await questionsOf(db, id), texts };
}

async function questionsOf(db: Db, id: string) {
	const questionRows = await db.select().from(questions).where(eq(questions.consultationId, id)).orderBy(asc(questions.position));
	const options = questionRows.length
		? await db
				.select()
				.from(questionOptions)
				.where(inArray(questionOptions.questionId, questionRows.map((q) => q.id)))
				.orderBy(asc(questionOptions.position))
		: [];
	return questionRows.map((question) => ({ ...question, options: options.filter((option) => option.questionId === question.id) }));
}

export type ConsultationDesign = NonNullable<Awaited<ReturnType<typeof readConsultation>>>;

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
	settings: Partial<Settings>,
	now = new Date()
): Promise<Result<object, Refusal | 'lead-not-moderator' | 'source-language'>> {
	return db.transaction(async (tx) => {
		const found = await editable(tx as unknown as Db, actor, id, now);
		if (typeof found === 'string') return { ok: false as const, reason: found };
		// the language the facilitator writes in is always offered: the others translate it
		if (settings.languages && !settings.languages.includes(found.sourceLanguage as Settings['languages'][number])) {
			return { ok: false as const, reason: 'source-language' as const };
		}
		if (settings.safeguardingLeadId && !(await isActiveModerator(tx as unknown as Db, settings.safeguardingLeadId))) {
			return { ok: false as const, reason: 'lead-not-moderator' as const };
		}
		await tx
			.update(consultations)
			.set({
				...settings,
				...('ethicsReference' in settings ? { ethicsReference: settings.ethicsReference || null } : {}),
				...('dpiaReference' in settings ? { dpiaReference: settings.dpiaReference || null } : {}),
				...('legalBasis' in settings ? { legalBasis: settings.legalBasis || null } : {}),
				...('guardianContact' in settings ? { guardianContact: settings.guardianContact || null } : {}),
				state: 'draft',
				updatedAt: now
			})
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
export async function setTexts(
	db: Db,
	actor: Actor,
	id: string,
	entries: TextEntry[],
	now = new Date()
): Promise<Result<{ changed: number }, Refusal | 'unknown-text'>> {
	return db.transaction(async (tx) => {
		const found = await editable(tx as unknown as Db, actor, id, now);
		if (typeof found === 'string') return { ok: false as const, reason: found };
		// only texts this consultation has a place for: a forged subject id writes nothing
		const writable = new Set(writableTexts(await questionsOf(tx as unknown as Db, id)).map((text) => `${text.subjectId ?? ''}|${text.field}`));
		if (entries.some((entry) => !writable.has(`${entry.subjectId ?? ''}|${entry.field}`) || !found.languages.includes(entry.language))) {
			return { ok: false as const, reason: 'unknown-text' as const };
		}
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
export async function addQuestion(
	db: Db,
	actor: Actor,
	id: string,
	input: NewQuestion,
	now = new Date()
): Promise<Result<{ questionId: string }, Refusal | 'max-choices'>> {
	if (input.kind === 'multiple' && input.maxChoices != null && input.maxChoices > optionCountFor(input.kind, input.optionCount)) {
		return { ok: false, reason: 'max-choices' };
	}
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
		// an information page has a heading and its text; a question its prompt
		required.push({ subjectId: question.id, field: 'prompt' });
		if (question.kind === 'info') required.push({ subjectId: question.id, field: 'body' });
		for (const option of question.options) required.push({ subjectId: option.id, field: 'label' });
	}
	return required;
}

/** The texts a facilitator may write: the required ones, and a hint for every question. */
export function writableTexts(questionRows: { id: string; kind: QuestionKind; options: { id: string }[] }[]): { subjectId: string | null; field: string }[] {
	return [
		...requiredTexts(questionRows),
		...questionRows.filter((question) => question.kind !== 'info').map((question) => ({ subjectId: question.id, field: 'hint' }))
	];
}

/**
 * What each language must have: the required texts, and any optional text (a hint) that the
 * source language has — a translation that drops a hint would tell children less.
 */
export function textsToTranslate(found: {
	consultation: Pick<Consultation, 'sourceLanguage'>;
	questions: { id: string; kind: QuestionKind; options: { id: string }[] }[];
	texts: { subjectId: string | null; field: string; language: string }[];
}): { subjectId: string | null; field: string }[] {
	const required = requiredTexts(found.questions);
	const present = new Set(found.texts.filter((t) => t.language === found.consultation.sourceLanguage).map((t) => `${t.subjectId ?? ''}|${t.field}`));
	const optional = writableTexts(found.questions).filter(
		(text) => !required.some((need) => need.subjectId === text.subjectId && need.field === text.field) && present.has(`${text.subjectId ?? ''}|${text.field}`)
	);
	return [...required, ...optional];
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
	const missing = missingTexts(consultation.languages, textsToTranslate(found), texts);
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
		// closing hands the answers to the moderators: the consultation is then in review
		const next = to === 'close' ? 'in_review' : to;
		await tx
			.update(consultations)
			.set({ state: next, updatedAt: now, ...(to === 'close' ? { closedAt: now } : {}) })
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

/**
 * The job's part of closing: an open consultation past its closing instant goes to review as if
 * its facilitator had closed it then, so that moderators see it in review and retention counts
 * from that instant. Recorded as the system's act.
 */
export async function closeDue(db: Db, now = new Date()): Promise<{ closed: number }> {
	const due = await db
		.select({ id: consultations.id, closesAt: consultations.closesAt })
		.from(consultations)
		.where(and(eq(consultations.state, 'open'), lte(consultations.closesAt, now)))
		.for('update', { skipLocked: true });
	for (const consultation of due) {
		await db.update(consultations).set({ state: 'in_review', closedAt: consultation.closesAt, updatedAt: now }).where(eq(consultations.id, consultation.id));
		await audit.record(db, { actorId: null, action: 'consultation.in_review', objectType: 'consultation', objectId: consultation.id, details: { from: 'open', reason: 'closing-time' } });
	}
	return { closed: due.length };
}

/** The participation counts: no answer and no row per child, only these numbers. */
export async function counters(db: Db, actor: Actor, id: string) {
	if (!(await membership(db, actor, id))) return null;
	const [row] = await db.select().from(consultationCounters).where(eq(consultationCounters.consultationId, id));
	return row ? { started: row.started, waitingForGuardian: row.waitingForGuardian, finished: row.finished, withdrew: row.withdrew } : null;
}

export interface QuestionChange {
	/** Choices for single, multiple and ranking questions (2–20); options past it are removed. */
	optionCount?: number;
	maxChoices?: number | null;
	maxLength?: number | null;
	ageBands?: string[] | null;
	sensitive?: boolean;
}

/** Changes a question's settings; its kind stays (delete and add to change that). */
export async function updateQuestion(
	db: Db,
	actor: Actor,
	id: string,
	questionId: string,
	change: QuestionChange,
	now = new Date()
): Promise<Result<object, Refusal | 'max-choices'>> {
	return db.transaction(async (tx) => {
		const found = await editable(tx as unknown as Db, actor, id, now);
		if (typeof found === 'string') return { ok: false as const, reason: found };
		const question = (await questionsOf(tx as unknown as Db, id)).find((q) => q.id === questionId);
		if (!question) return { ok: false as const, reason: 'not-found' as const };
		const count = question.kind === 'smiley' ? 5 : optionCountFor(question.kind, change.optionCount ?? question.options.length);
		const maxChoices = question.kind === 'multiple' ? (change.maxChoices === undefined ? question.maxChoices : change.maxChoices) : null;
		if (maxChoices !== null && maxChoices > count) return { ok: false as const, reason: 'max-choices' as const };
		await tx
			.update(questions)
			.set({
				maxChoices,
				maxLength: question.kind === 'free-text' ? (change.maxLength ?? question.maxLength ?? 500) : null,
				ageBands: change.ageBands === undefined ? question.ageBands : change.ageBands?.length ? change.ageBands : null,
				sensitive: change.sensitive ?? question.sensitive
			})
			.where(eq(questions.id, questionId));
		const surplus = question.options.slice(count).map((option) => option.id);
		if (surplus.length > 0) {
			await tx.delete(consultationTexts).where(and(eq(consultationTexts.consultationId, id), inArray(consultationTexts.subjectId, surplus)));
			await tx.delete(questionOptions).where(inArray(questionOptions.id, surplus));
		}
		if (count > question.options.length) {
			await tx
				.insert(questionOptions)
				.values(Array.from({ length: count - question.options.length }, (_, index) => ({ questionId, position: question.options.length + index + 1 })));
		}
		await tx.update(consultations).set({ state: 'draft', updatedAt: now }).where(eq(consultations.id, id));
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'consultation.question_changed', objectType: 'consultation', objectId: id, details: { question: questionId } });
		return { ok: true as const };
	});
}

export interface Member {
	userId: string;
	email: string;
	role: 'owner' | 'collaborator';
}

/** Who works on a consultation; only its members may ask. */
export async function members(db: Db, actor: Actor, id: string): Promise<Member[] | null> {
	if (!(await membership(db, actor, id))) return null;
	return db
		.select({ userId: consultationMembers.userId, email: staffUsers.email, role: consultationMembers.role })
		.from(consultationMembers)
		.innerJoin(staffUsers, eq(staffUsers.id, consultationMembers.userId))
		.where(eq(consultationMembers.consultationId, id))
		.orderBy(asc(consultationMembers.role), asc(staffUsers.email));
}

/**
 * An owner adds a facilitator (by e-mail address) as owner or collaborator, or changes their
 * role. Any address that is not an active facilitator is answered alike, so the form does not
 * tell who has an account.
 */
export async function addMember(
	db: Db,
	actor: Actor,
	id: string,
	email: string,
	role: 'owner' | 'collaborator'
): Promise<Result<object, 'not-found' | 'not-owner' | 'not-facilitator' | 'last-owner'>> {
	return db.transaction(async (tx) => {
		const mine = await membership(tx as unknown as Db, actor, id);
		if (!mine) return { ok: false as const, reason: 'not-found' as const };
		if (mine !== 'owner') return { ok: false as const, reason: 'not-owner' as const };
		const [person] = await tx
			.select({ id: staffUsers.id })
			.from(staffUsers)
			.where(and(eq(staffUsers.email, email.trim().toLowerCase()), isNull(staffUsers.disabledAt), sql`'facilitator' = any(${staffUsers.roles})`));
		if (!person) return { ok: false as const, reason: 'not-facilitator' as const };
		if (person.id === actor.id && role !== 'owner' && (await ownerCount(tx as unknown as Db, id)) <= 1) {
			return { ok: false as const, reason: 'last-owner' as const };
		}
		await tx
			.insert(consultationMembers)
			.values({ consultationId: id, userId: person.id, role })
			.onConflictDoUpdate({ target: [consultationMembers.consultationId, consultationMembers.userId], set: { role } });
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'consultation.member_added', objectType: 'consultation', objectId: id, details: { user: person.id, role } });
		return { ok: true as const };
	});
}

/** An owner removes a member; the last owner stays. */
export async function removeMember(db: Db, actor: Actor, id: string, userId: string): Promise<Result<object, 'not-found' | 'not-owner' | 'last-owner'>> {
	return db.transaction(async (tx) => {
		const mine = await membership(tx as unknown as Db, actor, id);
		if (!mine) return { ok: false as const, reason: 'not-found' as const };
		if (mine !== 'owner') return { ok: false as const, reason: 'not-owner' as const };
		if (!/^[0-9a-f-]{36}$/.test(userId)) return { ok: false as const, reason: 'not-found' as const };
		const [target] = await tx
			.select({ role: consultationMembers.role })
			.from(consultationMembers)
			.where(and(eq(consultationMembers.consultationId, id), eq(consultationMembers.userId, userId)))
			.for('update');
		if (!target) return { ok: false as const, reason: 'not-found' as const };
		if (target.role === 'owner' && (await ownerCount(tx as unknown as Db, id)) <= 1) return { ok: false as const, reason: 'last-owner' as const };
		await tx.delete(consultationMembers).where(and(eq(consultationMembers.consultationId, id), eq(consultationMembers.userId, userId)));
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'consultation.member_removed', objectType: 'consultation', objectId: id, details: { user: userId } });
		return { ok: true as const };
	});
}

async function ownerCount(db: Db, id: string): Promise<number> {
	const [row] = await db
		.select({ count: sql<number>`count(*)::int` })
		.from(consultationMembers)
		.where(and(eq(consultationMembers.consultationId, id), eq(consultationMembers.role, 'owner')));
	return Number(row.count);
}

/**
 * A new draft from an existing consultation: its settings, questions, options and texts, under
 * a new title. What belongs to one run stays behind: the window, the ethics approval and DPIA
 * references, the confirmations of the checklist (its notes are kept to start from), codes and
 * counts. The facilitator who copies owns the copy.
 */
export async function copyAsTemplate(
	db: Db,
	actor: Actor,
	id: string,
	title: string
): Promise<Result<{ id: string }, 'not-found' | 'title'>> {
	const source = await readForMember(db, actor, id);
	if (!source) return { ok: false, reason: 'not-found' };
	const newTitle = title.trim();
	if (newTitle.length === 0 || newTitle.length > 200) return { ok: false, reason: 'title' };
	const { consultation } = source;
	return db.transaction(async (tx) => {
		const [copy] = await tx
			.insert(consultations)
			.values({
				sourceLanguage: consultation.sourceLanguage,
				languages: consultation.languages,
				countries: consultation.countries,
				ageBands: consultation.ageBands,
				consentPolicy: consultation.consentPolicy,
				suppressionThreshold: consultation.suppressionThreshold,
				retentionDays: consultation.retentionDays,
				timeZone: consultation.timeZone,
				safeguardingLeadId: consultation.safeguardingLeadId,
				guardianContact: consultation.guardianContact,
				ethicsChecklist: Object.fromEntries(Object.entries(consultation.ethicsChecklist).map(([key, entry]) => [key, { confirmed: false, note: entry.note }]))
			})
			.returning({ id: consultations.id });
		await tx.insert(consultationMembers).values({ consultationId: copy.id, userId: actor.id, role: 'owner' });
		await tx.insert(consultationCounters).values({ consultationId: copy.id });
		const subjects = new Map<string | null, string | null>([[null, null]]);
		for (const question of source.questions) {
			const { id: questionId, consultationId: _, options, ...rest } = question;
			const [inserted] = await tx.insert(questions).values({ ...rest, consultationId: copy.id }).returning({ id: questions.id });
			subjects.set(questionId, inserted.id);
			for (const option of options) {
				const [newOption] = await tx.insert(questionOptions).values({ questionId: inserted.id, position: option.position }).returning({ id: questionOptions.id });
				subjects.set(option.id, newOption.id);
			}
		}
		const texts = source.texts
			.filter((text) => subjects.has(text.subjectId) && !(text.subjectId === null && text.field === 'title'))
			.map(({ subjectId, field, language, level, text }) => ({ consultationId: copy.id, subjectId: subjects.get(subjectId) ?? null, field, language, level, text }));
		texts.push({ consultationId: copy.id, subjectId: null, field: 'title', language: consultation.sourceLanguage, level: 'adult', text: newTitle });
		await tx.insert(consultationTexts).values(texts);
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'consultation.copied', objectType: 'consultation', objectId: copy.id, details: { from: id } });
		return { ok: true as const, id: copy.id };
	});
}

/** Active moderators, who alone may be a consultation's safeguarding lead. */
export async function moderators(db: Db): Promise<{ id: string; email: string }[]> {
	return db
		.select({ id: staffUsers.id, email: staffUsers.email })
		.from(staffUsers)
		.where(and(isNull(staffUsers.disabledAt), sql`'moderator' = any(${staffUsers.roles})`))
		.orderBy(asc(staffUsers.email));
}
