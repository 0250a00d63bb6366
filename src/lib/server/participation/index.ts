import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, gt, gte, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { bandOfAge, levelOfBand, type AgeBand } from '../../ages.ts';
import { generateSecretCode, readCode } from '../../codes.ts';
import { isCountryCode, type CountryCode } from '../../countries.ts';
import type { Language } from '../../i18n/languages.ts';
import { accessCodeHash, lookUp } from '../consultations/codes.ts';
import { effectiveState, missingTexts, readConsultation, textsToTranslate, type ConsultationDesign } from '../consultations/index.ts';
import type { Keyring } from '../crypto/keyring.ts';
import type { Db } from '../db/index.ts';
import {
	accessCodes,
	answers,
	assents,
	consentRequests,
	consultationCounters,
	participations,
	receipts,
	responses,
	safeguardingFlags,
	submissions,
	type Draft,
	type Participation
} from '../db/schema/index.ts';
import { digitalConsentAge } from '../reference/queries.ts';
import { eraseMessage } from '../mail/outbox.ts';
import { screen } from '../screening/index.ts';
import { startOfUtcDay as startOfDay, utcDay as today } from '../days.ts';

/**
 * A child taking part, step by step (DESIGN.md "How a child takes part"). The participation is
 * the only record of a child in progress: language, country, age band, whether a guardian must
 * agree, and drafts. It is deleted when the child shares, stops, says no, or leaves it unused
 * past the resume lifetime; a guardian's "No" empties it and marks it declined until then
 * (endByGuardian). Nothing here records an address, a browser or a time finer than
 * a day.
 */

/** DESIGN.md: resume codes live at least 14 days (they cover the wait for a guardian). */
export const RESUME_DAYS = 14;
/** A retried submission is shown the same receipt for this long. */
export const RETRY_MINUTES = 15;

const TOKEN_PURPOSE = 'participation-token';
const RESUME_PURPOSE = 'resume-code';
const RECEIPT_PURPOSE = 'receipt-code';
const SUBMISSION_PURPOSE = 'submission-token';

/** The first day a participation must have been used on to be alive now (see RESUME_DAYS). */
const resumeCutoff = (now: Date) => today(new Date(now.getTime() - RESUME_DAYS * 86_400_000));

/**
 * A visit keeps a participation alive for another resume lifetime — except one a guardian
 * declined: its last day was set at the decision, so that coming back never keeps it longer.
 */
const touched = (now: Date) => sql`case when ${participations.step} = 'declined' then ${participations.activeOn} else ${today(now)}::date end`;

type Counter = 'started' | 'waitingForGuardian' | 'finished' | 'withdrew';

async function count(db: Db, consultationId: string, counter: Counter, by: 1 | -1 = 1): Promise<void> {
	const column = {
		started: consultationCounters.started,
		waitingForGuardian: consultationCounters.waitingForGuardian,
		finished: consultationCounters.finished,
		withdrew: consultationCounters.withdrew
	}[counter];
	await db
		.update(consultationCounters)
		.set({ [counter]: sql`greatest(${column} + ${by}, 0)` })
		.where(eq(consultationCounters.consultationId, consultationId));
}

/** Languages a consultation is offered in: those of its languages with every text. */
export function offeredLanguages(design: ConsultationDesign): Language[] {
	const missing = missingTexts(design.consultation.languages, textsToTranslate(design), design.texts);
	return design.consultation.languages.filter((language) => missing[language].length === 0) as Language[];
}

/** Open now: past its opening instant, before its closing one, and opened by its facilitator. */
export function isOpen(design: Pick<ConsultationDesign, 'consultation'>, now: Date): boolean {
	const { consultation } = design;
	return effectiveState(consultation, now) === 'open' && (!consultation.opensAt || consultation.opensAt <= now);
}

export type JoinRefusal = 'invalid' | 'check' | 'unknown' | 'not-open' | 'used';

/**
 * Joining with a code: a shared code opens a new participation each time; a single-use code is
 * used up here, at join. Answers the token for the participant's cookie.
 */
export async function join(
	db: Db,
	keyring: Keyring,
	typed: string,
	language: Language,
	now = new Date()
): Promise<{ ok: true; token: string } | { ok: false; reason: JoinRefusal }> {
	const found = await lookUp(db, keyring, typed);
	if (!found.found) return { ok: false, reason: found.reason };
	const design = await readConsultation(db, found.consultationId);
	// a consultation that is not open is, to a child, one that has no such code
	if (!design || !isOpen(design, now)) return { ok: false, reason: 'not-open' };
	const token = randomBytes(32).toString('base64url');
	return db.transaction(async (tx) => {
		let accessCodeId: string | null = null;
		if (found.kind === 'single-use') {
			const reading = readCode(typed);
			const [used] = await tx
				.update(accessCodes)
				// the day only: the moment a slip was used would say when its child began
				.set({ usedAt: startOfDay(now) })
				.where(and(eq(accessCodes.codeHash, accessCodeHash(keyring, reading.ok ? reading.code : '')), sql`${accessCodes.usedAt} is null`))
				.returning({ id: accessCodes.id });
			if (!used) return { ok: false as const, reason: 'used' as const };
			accessCodeId = used.id;
		}
		await tx.insert(participations).values({
			consultationId: found.consultationId,
			tokenHash: keyring.hmac(TOKEN_PURPOSE, token),
			accessCodeId,
			language: offeredLanguages(design).includes(language) ? language : offeredLanguages(design)[0] ?? language,
			activeOn: today(now)
		});
		return { ok: true as const, token };
	});
}

/** The participation of a cookie's token, touched for today; null for an unknown token. */
export async function current(db: Db, keyring: Keyring, token: string | undefined, now = new Date()): Promise<Participation | null> {
	if (!token || token.length > 100) return null;
	const [found] = await db
		.update(participations)
		.set({ activeOn: touched(now) })
		.where(eq(participations.tokenHash, keyring.hmac(TOKEN_PURPOSE, token)))
		.returning();
	return found ?? null;
}

export async function setLanguage(db: Db, participation: Participation, language: Language): Promise<void> {
	await db.update(participations).set({ language }).where(eq(participations.id, participation.id));
}

export type AboutRefusal = 'country' | 'age' | 'age-outside' | 'decided';

/**
 * The steps before the child's assent: until then the child may still correct their country or
 * age. Once they have said yes, the guardian decision and the counters rest on that answer.
 */
const BEFORE_ASSENT = ['about-you', 'information', 'assent'] as const satisfies readonly Participation['step'][];

export function isBeforeAssent(step: Participation['step']): boolean {
	return (BEFORE_ASSENT as readonly string[]).includes(step);
}

/**
 * Country and age in years. From the exact age the journey decides, once, the age band and
 * whether a guardian must agree; the age itself is never stored. After assent the decision
 * stands: a new age then would reopen the guardian gate's question and count the child twice.
 */
export async function aboutYou(
	db: Db,
	participation: Participation,
	input: { country: string; age: number },
	now = new Date()
): Promise<{ ok: true; band: AgeBand } | { ok: false; reason: AboutRefusal }> {
	if (!isBeforeAssent(participation.step)) return { ok: false, reason: 'decided' };
	if (!isCountryCode(input.country)) return { ok: false, reason: 'country' };
	if (!Number.isInteger(input.age) || input.age < 1 || input.age > 120) return { ok: false, reason: 'age' };
	const design = await readConsultation(db, participation.consultationId);
	const band = bandOfAge(input.age);
	if (!design || !band || !design.consultation.ageBands.includes(band)) return { ok: false, reason: 'age-outside' };
	const consentAge = (await digitalConsentAge(db, input.country as CountryCode, today(now))) ?? 16;
	const guardianRequired = design.consultation.consentPolicy === 'everyone-under-18' ? input.age < 18 : input.age < consentAge;
	// the step is checked again in the update itself: an assent may have come in meanwhile
	const [updated] = await db
		.update(participations)
		.set({ country: input.country, ageBand: band, guardianRequired, step: 'information' })
		.where(and(eq(participations.id, participation.id), inArray(participations.step, [...BEFORE_ASSENT])))
		.returning({ id: participations.id });
	return updated ? { ok: true, band } : { ok: false, reason: 'decided' };
}

/** Whether a guardian's consent is on record for this participation: a consented slip code or e-mail link. */
export async function guardianConsented(db: Db, participation: Participation): Promise<boolean> {
	const [request] = await db
		.select({ id: consentRequests.id })
		.from(consentRequests)
		.where(and(eq(consentRequests.participationId, participation.id), isNotNull(consentRequests.consentedOn)));
	if (request) return true;
	if (!participation.accessCodeId) return false;
	const [code] = await db
		.select({ consented: sql<boolean>`${accessCodes.consentedOn} is not null` })
		.from(accessCodes)
		.where(eq(accessCodes.id, participation.accessCodeId));
	return code?.consented ?? false;
}

/**
 * Before participations go: the messages of their guardian requests are erased (the address in
 * the outbox and the development mailbox), since the request itself goes with them.
 */
async function eraseGuardianMessages(db: Db, participationIds: string[]): Promise<void> {
	if (participationIds.length === 0) return;
	const requests = await db.select({ outboxId: consentRequests.outboxId }).from(consentRequests).where(inArray(consentRequests.participationId, participationIds));
	for (const { outboxId } of requests) if (outboxId) await eraseMessage(db, outboxId);
}

/**
 * The child's own decision, recorded apart from everything else. "Yes" goes on to the questions
 * (or to the guardian gate); "No" ends the participation and keeps nothing of it.
 */
export async function assent(db: Db, participation: Participation, decision: 'yes' | 'no', now = new Date()): Promise<'questions' | 'guardian' | 'ended'> {
	const design = await readConsultation(db, participation.consultationId);
	const version = `${design?.consultation.updatedAt.toISOString().slice(0, 10) ?? 'unknown'}/${levelOfBand((participation.ageBand ?? '13-15') as AgeBand)}`;
	const waits = decision === 'yes' && participation.guardianRequired === true && !(await guardianConsented(db, participation));
	await db.transaction(async (tx) => {
		// once only: of two requests that both read a step before assent (a double click), the
		// second finds the decision taken and records and counts nothing
		const undecided = and(eq(participations.id, participation.id), inArray(participations.step, [...BEFORE_ASSENT]));
		const record = () => tx.insert(assents).values({ consultationId: participation.consultationId, decision, textVersion: version, language: participation.language, day: today(now) });
		if (decision === 'no') {
			const [ended] = await tx.delete(participations).where(undecided).returning({ id: participations.id });
			if (ended) await record();
			return;
		}
		const [moved] = await tx.update(participations).set({ step: waits ? 'guardian' : 'questions' }).where(undecided).returning({ id: participations.id });
		if (!moved) return;
		await record();
		await count(tx as unknown as Db, participation.consultationId, 'started');
		if (waits) await count(tx as unknown as Db, participation.consultationId, 'waitingForGuardian');
	});
	return decision === 'no' ? 'ended' : waits ? 'guardian' : 'questions';
}

/** Past the gate once consent is on record; answers whether the child may go on. */
export async function passGate(db: Db, participation: Participation): Promise<boolean> {
	if (participation.step !== 'guardian') return participation.step === 'questions' || participation.step === 'check';
	if (!(await guardianConsented(db, participation))) return false;
	await db.transaction(async (tx) => {
		await openGate(tx as unknown as Db, { participationId: participation.id });
	});
	return true;
}

/**
 * Consent has arrived — a link's "Yes", a slip agreed online or marked, an attestation: the
 * children waiting at the gate with it go on, and "waiting for a guardian" falls. It falls in
 * the statement that moves each child off the gate, so that however many routes bring consent
 * (or the child's own "check again"), a child is counted out once. An e-mail request still
 * waiting for them is moot, and its address goes now. Answers how many children went on.
 */
export async function openGate(db: Db, which: { participationId: string } | { accessCodeIds: string[] }): Promise<number> {
	if ('accessCodeIds' in which && which.accessCodeIds.length === 0) return 0;
	const holding = 'participationId' in which ? eq(participations.id, which.participationId) : inArray(participations.accessCodeId, which.accessCodeIds);
	const moved = await db
		.update(participations)
		.set({ step: 'questions' })
		.where(and(holding, eq(participations.step, 'guardian')))
		.returning({ id: participations.id, consultationId: participations.consultationId });
	for (const { consultationId } of moved) await count(db, consultationId, 'waitingForGuardian', -1);
	if (moved.length === 0) return 0;
	const pending = and(inArray(consentRequests.participationId, moved.map((row) => row.id)), isNull(consentRequests.consentedOn));
	const requests = await db.select({ outboxId: consentRequests.outboxId }).from(consentRequests).where(pending);
	for (const { outboxId } of requests) if (outboxId) await eraseMessage(db, outboxId);
	if (requests.length > 0) await db.delete(consentRequests).where(pending);
	return moved.length;
}

/**
 * A guardian's "No", or their withdrawal: the participation ends and nothing the child entered
 * is kept — answers, country, age band, the slip it came with, every guardian message. Only the
 * emptied row stays, marked 'declined', with the HMACs of the child's own cookie and resume code,
 * so that a child who comes back is told kindly what happened instead of meeting an unknown
 * code. Its last day is the day of the decision: the purge removes it with the unused
 * participations, and no visit keeps it longer. `keepRequest` keeps the deciding link's request
 * (its address erased), so that a second decision posted there is told it came too late.
 * Counts as a stop does; answers false when there was nothing left to end.
 */
export async function endByGuardian(db: Db, participationId: string, { keepRequest, now = new Date() }: { keepRequest?: string; now?: Date } = {}): Promise<boolean> {
	return db.transaction(async (tx) => {
		const txDb = tx as unknown as Db;
		const [row] = await tx.select({ step: participations.step, consultationId: participations.consultationId }).from(participations).where(eq(participations.id, participationId)).for('update');
		if (!row || row.step === 'declined') return false;
		const requests = await tx.select({ id: consentRequests.id, outboxId: consentRequests.outboxId }).from(consentRequests).where(eq(consentRequests.participationId, participationId));
		for (const { outboxId } of requests) if (outboxId) await eraseMessage(txDb, outboxId);
		const others = requests.filter((request) => request.id !== keepRequest).map((request) => request.id);
		if (others.length > 0) await tx.delete(consentRequests).where(inArray(consentRequests.id, others));
		await tx
			.update(participations)
			.set({ step: 'declined', drafts: {}, country: null, ageBand: null, guardianRequired: null, accessCodeId: null, activeOn: today(now) })
			.where(eq(participations.id, participationId));
		if (row.step === 'guardian') await count(txDb, row.consultationId, 'waitingForGuardian', -1);
		if (row.step === 'guardian' || row.step === 'questions' || row.step === 'check') await count(txDb, row.consultationId, 'withdrew');
		return true;
	});
}

export interface AnswerInput {
	choices?: string[];
	ranks?: Record<string, string>;
	text?: string;
	skipped?: boolean;
}

export type AnswerRefusal = 'not-shown' | 'choice' | 'too-many' | 'rank' | 'too-long' | 'empty' | 'closed';

/** The questions this child sees, in order: those for every age and those for their band. */
export function questionsFor(design: ConsultationDesign, band: string) {
	return design.questions.filter((question) => !question.ageBands || question.ageBands.includes(band));
}

/**
 * Saves one answer as a draft: checked against the question (its options, its limits, whether
 * this child is shown it), free text screened before it is kept. A risk finding raises a
 * safeguarding flag at once — category, consultation, question, day — which survives even if
 * the child never shares.
 */
export async function saveAnswer(
	db: Db,
	participation: Participation,
	questionId: string,
	input: AnswerInput,
	now = new Date()
): Promise<{ ok: true; draft: Draft; risk: boolean } | { ok: false; reason: AnswerRefusal }> {
	const design = await readConsultation(db, participation.consultationId);
	if (!design || !isOpen(design, now)) return { ok: false, reason: 'closed' };
	const question = questionsFor(design, participation.ageBand ?? '').find((q) => q.id === questionId);
	if (!question || question.kind === 'info') return { ok: false, reason: 'not-shown' };
	const previous = participation.drafts[questionId];
	let draft: Draft;
	if (input.skipped) {
		draft = { skipped: true, flags: previous?.flags };
	} else if (question.kind === 'free-text') {
		const text = (input.text ?? '').trim();
		if (text === '') return { ok: false, reason: 'empty' };
		if ([...text].length > (question.maxLength ?? 500)) return { ok: false, reason: 'too-long' };
		const screened = screen(text, { language: participation.language as Language, country: participation.country });
		const flags = [...(previous?.flags ?? [])];
		if (screened.risks.length > 0) {
			const known = new Set(previous?.riskCategories ?? []);
			const fresh = screened.risks.filter((risk) => !known.has(risk.category));
			if (fresh.length > 0) {
				const inserted = await db
					.insert(safeguardingFlags)
					.values(fresh.map((risk) => ({ consultationId: design.consultation.id, questionId, category: risk.category, day: today(now) })))
					.returning({ id: safeguardingFlags.id });
				flags.push(...inserted.map((row) => row.id));
			}
		}
		draft = {
			text: screened.text,
			redactions: [...new Set(screened.redactions.map((r) => r.kind))],
			flags,
			riskCategories: [...new Set([...(previous?.riskCategories ?? []), ...screened.risks.map((r) => r.category)])]
		};
	} else if (question.kind === 'ranking') {
		const ids = new Set(question.options.map((option) => option.id));
		const ranks: Record<string, number> = {};
		for (const [optionId, place] of Object.entries(input.ranks ?? {})) {
			if (place === '') continue;
			const value = Number(place);
			if (!ids.has(optionId) || !Number.isInteger(value) || value < 1 || value > ids.size) return { ok: false, reason: 'rank' };
			ranks[optionId] = value;
		}
		// two choices in one place would say nothing about their order
		if (new Set(Object.values(ranks)).size !== Object.values(ranks).length) return { ok: false, reason: 'rank' };
		if (Object.keys(ranks).length === 0) return { ok: false, reason: 'empty' };
		draft = { ranks, flags: previous?.flags };
	} else {
		const allowed = question.kind === 'yes-no' ? new Set(['yes', 'no', 'not-sure']) : new Set(question.options.map((option) => option.id));
		const choices = [...new Set(input.choices ?? [])];
		if (choices.length === 0) return { ok: false, reason: 'empty' };
		if (choices.some((choice) => !allowed.has(choice))) return { ok: false, reason: 'choice' };
		if (question.kind !== 'multiple' && choices.length > 1) return { ok: false, reason: 'choice' };
		if (question.kind === 'multiple' && question.maxChoices && choices.length > question.maxChoices) return { ok: false, reason: 'too-many' };
		draft = { choices, flags: previous?.flags };
	}
	await db
		.update(participations)
		.set({ drafts: sql`${participations.drafts} || ${JSON.stringify({ [questionId]: draft })}::jsonb` })
		.where(eq(participations.id, participation.id));
	return { ok: true, draft, risk: (draft.riskCategories?.length ?? 0) > 0 };
}

/** "Continue later": a resume code, shown once; the participation keeps its drafts. */
export async function pause(db: Db, keyring: Keyring, participation: Participation): Promise<string> {
	const code = generateSecretCode();
	await db.update(participations).set({ resumeHash: keyring.hmac(RESUME_PURPOSE, code) }).where(eq(participations.id, participation.id));
	return code;
}

/** A resume code back to its participation, with a new cookie token (the old one stops working). */
export async function resume(
	db: Db,
	keyring: Keyring,
	typed: string,
	now = new Date()
): Promise<{ ok: true; token: string } | { ok: false; reason: 'invalid' | 'check' | 'unknown' }> {
	const reading = readCode(typed);
	if (!reading.ok || reading.kind !== 'secret') return { ok: false, reason: reading.ok ? 'invalid' : reading.reason === 'check' ? 'check' : 'invalid' };
	const token = randomBytes(32).toString('base64url');
	// past the resume lifetime a code stops working, whether or not the job has removed it yet
	const [found] = await db
		.update(participations)
		.set({ tokenHash: keyring.hmac(TOKEN_PURPOSE, token), activeOn: touched(now) })
		.where(and(eq(participations.resumeHash, keyring.hmac(RESUME_PURPOSE, reading.code)), gte(participations.activeOn, resumeCutoff(now))))
		.returning({ id: participations.id });
	return found ? { ok: true, token } : { ok: false, reason: 'unknown' };
}

/**
 * What a child types at `/join`: a code that opens a consultation or, failing that, a resume
 * code of a participation left for later.
 */
export async function enter(
	db: Db,
	keyring: Keyring,
	typed: string,
	language: Language,
	now = new Date()
): Promise<{ ok: true; token: string } | { ok: false; reason: JoinRefusal }> {
	const joined = await join(db, keyring, typed, language, now);
	if (joined.ok || joined.reason !== 'unknown') return joined;
	const resumed = await resume(db, keyring, typed, now);
	return resumed.ok ? resumed : joined;
}

/** "Stop": the participation ends and nothing of it is kept (flags already raised stay, textless). */
export async function stop(db: Db, participation: Participation): Promise<void> {
	await db.transaction(async (tx) => {
		await eraseGuardianMessages(tx as unknown as Db, [participation.id]);
		const [deleted] = await tx.delete(participations).where(eq(participations.id, participation.id)).returning({ step: participations.step });
		if (!deleted) return;
		if (deleted.step === 'guardian') await count(tx as unknown as Db, participation.consultationId, 'waitingForGuardian', -1);
		if (deleted.step === 'guardian' || deleted.step === 'questions' || deleted.step === 'check') await count(tx as unknown as Db, participation.consultationId, 'withdrew');
	});
}

export type SubmitOutcome = { ok: true; receipt: string } | { ok: false; reason: 'closed' | 'gone' | 'incomplete' };

/**
 * "Yes, share": one transaction writes the response (a fresh random id, language, country, age
 * band, day), its answers, the participation's deletion and the counters — nothing else, so
 * that no other row shares its transaction id. The receipt and the retry record are written
 * before it, in a transaction of their own. A retry with the same submission token after the
 * commit finds the participation gone and is shown the same receipt.
 */
export async function submit(db: Db, keyring: Keyring, participationToken: string | undefined, submissionToken: string, now = new Date()): Promise<SubmitOutcome> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(submissionToken)) return { ok: false, reason: 'gone' };
	const submissionHash = keyring.hmac(SUBMISSION_PURPOSE, submissionToken);
	const participation = await current(db, keyring, participationToken, now);
	if (!participation) {
		// already shared: the same receipt, if the retry comes soon enough and a response carries it
		// (a form of another tab that lost the race to share has a record but no response)
		const [earlier] = await db.select().from(submissions).where(and(eq(submissions.tokenHash, submissionHash), gt(submissions.expiresAt, now)));
		const receipt = earlier ? keyring.open(earlier.sealedReceipt, RECEIPT_PURPOSE) : null;
		const [stored] = receipt ? await db.select({ id: responses.id }).from(responses).where(eq(responses.receiptHash, keyring.hmac(RECEIPT_PURPOSE, receipt))) : [];
		return receipt && stored ? { ok: true, receipt } : { ok: false, reason: 'gone' };
	}
	const design = await readConsultation(db, participation.consultationId);
	if (!design || !isOpen(design, now)) return { ok: false, reason: 'closed' };
	if (participation.step !== 'check' || !participation.country || !participation.ageBand) return { ok: false, reason: 'incomplete' };

	// 1. the receipt and the retry record, in a transaction of their own. The participation's row
	// is locked first, so that two posts of one form (a double click without JavaScript) queue
	// here: the second finds the first one's record and takes the same receipt.
	const receipt = await db.transaction(async (tx) => {
		const [still] = await tx.select({ id: participations.id }).from(participations).where(eq(participations.id, participation.id)).for('update');
		const [earlier] = await tx.select().from(submissions).where(eq(submissions.tokenHash, submissionHash));
		const known = earlier ? keyring.open(earlier.sealedReceipt, RECEIPT_PURPOSE) : null;
		if (known || !still) return known;
		const code = generateSecretCode();
		// a quarter of an hour, rounded up: the record says nothing finer about when
		const quarter = 15 * 60_000;
		const expiresAt = new Date(Math.ceil((now.getTime() + RETRY_MINUTES * 60_000) / quarter) * quarter);
		const [recorded] = await tx
			.insert(submissions)
			.values({ tokenHash: submissionHash, sealedReceipt: keyring.seal(code, RECEIPT_PURPOSE), expiresAt })
			.onConflictDoNothing()
			.returning({ tokenHash: submissions.tokenHash });
		// the token is already another participation's: its receipt is not this child's to see
		if (!recorded) return null;
		await tx.insert(receipts).values({ hash: keyring.hmac(RECEIPT_PURPOSE, code), consultationId: participation.consultationId, language: participation.language });
		return code;
	});
	if (!receipt) return { ok: false, reason: 'gone' };

	// 2. the response, its answers, the participation's deletion and the counters — only these
	const shown = new Set(questionsFor(design, participation.ageBand).map((q) => q.id));
	return db.transaction(async (tx): Promise<SubmitOutcome> => {
		const [gone] = await tx.delete(participations).where(eq(participations.id, participation.id)).returning({ id: participations.id });
		if (!gone) {
			// another post of this form got here first (its response carries this receipt), or the
			// child stopped meanwhile: a receipt is shown only with a response behind it
			const [stored] = await tx.select({ id: responses.id }).from(responses).where(eq(responses.receiptHash, keyring.hmac(RECEIPT_PURPOSE, receipt)));
			return stored ? { ok: true, receipt } : { ok: false, reason: 'gone' };
		}
		const responseId = randomUUID();
		await tx.insert(responses).values({
			id: responseId,
			consultationId: participation.consultationId,
			language: participation.language,
			country: participation.country!,
			ageBand: participation.ageBand!,
			day: today(now),
			receiptHash: keyring.hmac(RECEIPT_PURPOSE, receipt)
		});
		const rows = Object.entries(participation.drafts)
			.filter(([questionId]) => shown.has(questionId))
			.map(([questionId, draft]) => ({
				id: randomUUID(),
				responseId,
				questionId,
				skipped: draft.skipped ?? false,
				choices: draft.skipped ? null : (draft.choices ?? null),
				ranks: draft.skipped ? null : (draft.ranks ?? null),
				text: draft.skipped ? null : (draft.text ?? null),
				redactions: draft.redactions?.length ? draft.redactions : null,
				// a flag is linked to the answer only when the child shares its text; skipped, it stays a flag alone
				flagIds: !draft.skipped && draft.text && draft.flags?.length ? draft.flags : null
			}));
		// in a random order, so that nothing in the table follows the order of answering
		rows.sort((a, b) => a.id.localeCompare(b.id));
		if (rows.length > 0) await tx.insert(answers).values(rows);
		await count(tx as unknown as Db, participation.consultationId, 'finished');
		return { ok: true as const, receipt };
	});
}

/** "No, don't share": everything goes; only flags already raised remain, without any text. */
export async function discard(db: Db, participation: Participation): Promise<void> {
	await stop(db, participation);
}

/** What a receipt code opens: its consultation and language, and whether its answers still exist. */
export async function readReceipt(db: Db, keyring: Keyring, typed: string) {
	const reading = readCode(typed);
	if (!reading.ok || reading.kind !== 'secret') return { ok: false as const, reason: reading.ok ? ('invalid' as const) : reading.reason === 'check' ? ('check' as const) : ('invalid' as const) };
	const hash = keyring.hmac(RECEIPT_PURPOSE, reading.code);
	const [receipt] = await db.select().from(receipts).where(eq(receipts.hash, hash));
	if (!receipt) return { ok: false as const, reason: 'unknown' as const };
	const [response] = await db.select({ id: responses.id }).from(responses).where(eq(responses.receiptHash, hash));
	return { ok: true as const, consultationId: receipt.consultationId, language: receipt.language, answersKept: response !== undefined };
}

/** Withdrawal with the receipt code while the consultation is open: the response and its answers go. */
export async function withdraw(db: Db, keyring: Keyring, typed: string, now = new Date()): Promise<{ ok: true } | { ok: false; reason: 'invalid' | 'check' | 'unknown' | 'closed' }> {
	const found = await readReceipt(db, keyring, typed);
	if (!found.ok) return found;
	if (!found.answersKept) return { ok: false, reason: 'unknown' };
	const design = await readConsultation(db, found.consultationId);
	if (!design || effectiveState(design.consultation, now) !== 'open') return { ok: false, reason: 'closed' };
	const reading = readCode(typed);
	const hash = keyring.hmac(RECEIPT_PURPOSE, reading.ok ? reading.code : '');
	await db.transaction(async (tx) => {
		const deleted = await tx.delete(responses).where(eq(responses.receiptHash, hash)).returning({ id: responses.id });
		if (deleted.length === 0) return;
		await count(tx as unknown as Db, found.consultationId, 'finished', -1);
		await count(tx as unknown as Db, found.consultationId, 'withdrew');
	});
	return { ok: true };
}

/** The job: participations unused past the resume lifetime, and expired retry records, go. */
export async function purgeExpired(db: Db, now = new Date()): Promise<{ participations: number; submissions: number }> {
	const cutoff = resumeCutoff(now);
	const going = await db.select({ id: participations.id }).from(participations).where(lt(participations.activeOn, cutoff));
	await eraseGuardianMessages(db, going.map((row) => row.id));
	const expired = await db.delete(participations).where(lt(participations.activeOn, cutoff)).returning({ consultationId: participations.consultationId, step: participations.step });
	for (const row of expired) {
		if (row.step === 'guardian') await count(db, row.consultationId, 'waitingForGuardian', -1);
	}
	const stale = await db.delete(submissions).where(lt(submissions.expiresAt, now)).returning({ tokenHash: submissions.tokenHash });
	return { participations: expired.length, submissions: stale.length };
}

/**
 * A consultation's raw data at the end of its retention period (issue #10): the participations
 * still in progress (with their guardians' messages), the responses with their answers, their
 * moderation decisions and theme tags, and the safeguarding flags. Receipts, counters, consent
 * and assent records, and releases stay: none of them holds an answer. Counts only.
 */
export async function eraseRawData(db: Db, consultationId: string): Promise<{ participations: number; responses: number; answers: number; flags: number }> {
	const going = await db.select({ id: participations.id }).from(participations).where(eq(participations.consultationId, consultationId));
	await eraseGuardianMessages(db, going.map((row) => row.id));
	const left = await db.delete(participations).where(eq(participations.consultationId, consultationId)).returning({ id: participations.id });
	const [{ n: answerCount }] = await db
		.select({ n: sql<number>`count(*)`.mapWith(Number) })
		.from(answers)
		.innerJoin(responses, eq(responses.id, answers.responseId))
		.where(eq(responses.consultationId, consultationId));
	const gone = await db.delete(responses).where(eq(responses.consultationId, consultationId)).returning({ id: responses.id });
	const flags = await db.delete(safeguardingFlags).where(eq(safeguardingFlags.consultationId, consultationId)).returning({ id: safeguardingFlags.id });
	return { participations: left.length, responses: gone.length, answers: answerCount, flags: flags.length };
}

/** The child has reached the check page: from now on "OK to share?" may be answered. */
export async function reachCheck(db: Db, participation: Participation): Promise<void> {
	if (participation.step === 'questions') await db.update(participations).set({ step: 'check' }).where(eq(participations.id, participation.id));
}
