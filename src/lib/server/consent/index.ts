import { randomBytes } from 'node:crypto';
import { and, asc, eq, getTableName, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { readCode } from '../../codes.ts';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import * as audit from '../audit/index.ts';
import { limitedAttempt } from '../auth/rate-limit.ts';
import type { Actor, Result } from '../auth/staff.ts';
import { accessCodeHash } from '../consultations/codes.ts';
import { readConsultation, readForMember } from '../consultations/index.ts';
import { consultationText, textOrSource } from '../consultations/presentation.ts';
import type { Keyring } from '../crypto/keyring.ts';
import type { Db } from '../db/index.ts';
import { accessCodes, consentRecords, consentRequests, participations, staffUsers, type Participation } from '../db/schema/index.ts';
import { enqueue, eraseMessage } from '../mail/outbox.ts';
import { endByGuardian, openGate } from '../participation/index.ts';
import { addDays, startOfUtcDay, utcDay as today } from '../days.ts';

/**
 * Guardian consent (DESIGN.md "How a child takes part"): by an e-mail link, by a paper slip
 * (signed and marked by the facilitator, or agreed online with its code), or by a facilitator's
 * attestation for a batch of slips. Every decision is recorded apart from participations and
 * responses (consent_record). A guardian's address lives only sealed in the outbox message and
 * is erased when the guardian decides, the link expires or the child stops.
 */

/** DESIGN.md / issue #7: a link works for seven days, or until the child shares. */
export const LINK_DAYS = 7;
/** A child may ask for a message this many times (a typo, a lost mail). */
export const MAX_SENDS = 3;
const LINK_PURPOSE = 'guardian-link';
const LINK_TOKEN = /^[A-Za-z0-9_-]{43}$/;


/** Which information a guardian was shown: the consultation's version (the day it last changed) and the guardian sheet. */
const textVersion = (updatedAt: Date) => `${updatedAt.toISOString().slice(0, 10)}/guardian`;

export const guardianAddress = z.email().max(254);

// ─── E-mail link ──────────────────────────────────────────────────────────────────────────────

export type RequestRefusal = 'not-waiting' | 'address' | 'too-many';

/**
 * The child, waiting at the gate, asks a guardian by e-mail. A second request replaces the
 * first (its message is erased, its link stops working), up to MAX_SENDS per participation.
 */
export async function requestByEmail(
	db: Db,
	keyring: Keyring,
	participation: Participation,
	address: string,
	{ origin, now = new Date() }: { origin: string; now?: Date }
): Promise<Result<{ expiresOn: string }, RequestRefusal>> {
	if (participation.step !== 'guardian') return { ok: false, reason: 'not-waiting' };
	const parsed = guardianAddress.safeParse(address.trim());
	if (!parsed.success) return { ok: false, reason: 'address' };
	const design = await readConsultation(db, participation.consultationId);
	if (!design) return { ok: false, reason: 'not-waiting' };
	const [existing] = await db.select().from(consentRequests).where(eq(consentRequests.participationId, participation.id));
	if (existing && existing.sends >= MAX_SENDS) return { ok: false, reason: 'too-many' };
	const token = randomBytes(32).toString('base64url');
	const expiresOn = addDays(today(now), LINK_DAYS);
	const language = participation.language;
	const title = textOrSource(design, null, 'title', language, 'adult');
	await db.transaction(async (tx) => {
		const txDb = tx as unknown as Db;
		if (existing?.outboxId) await eraseMessage(txDb, existing.outboxId);
		const outboxId = await enqueue(txDb, keyring, {
			to: parsed.data,
			template: 'guardian-consent',
			language,
			// the page opens in the language the mail is written in, whatever the guardian's browser says
			params: { link: `${origin}/guardian/${token}?lang=${language}`, title, expiresOn }
		});
		const values = { tokenHash: keyring.hmac(LINK_PURPOSE, token), outboxId, expiresOn, consentedOn: null };
		if (existing) await tx.update(consentRequests).set({ ...values, sends: existing.sends + 1 }).where(eq(consentRequests.id, existing.id));
		else await tx.insert(consentRequests).values({ ...values, participationId: participation.id });
	});
	return { ok: true, expiresOn };
}

/**
 * The request as the gate's form sends it: messages from one client count against one limit
 * (rate-limit.ts `LIMITS.client`), whichever children they are for — a class shares a router,
 * a script does too. Only messages that go out count.
 */
export async function askGuardian(
	db: Db,
	keyring: Keyring,
	participation: Participation,
	address: string,
	{ origin, clientAddress, now = new Date() }: { origin: string; clientAddress: string; now?: Date }
): Promise<Result<{ expiresOn: string }, RequestRefusal | 'client-limit'>> {
	const attempt = await limitedAttempt(db, keyring, 'guardian-mail', { clientAddress }, () => requestByEmail(db, keyring, participation, address, { origin, now }), (sent) => sent.ok, now);
	return attempt.blocked ? { ok: false, reason: 'client-limit' } : attempt.result;
}

/**
 * What a link shows: `open` asks for a decision, `consented` offers withdrawal until the child
 * shares, `decided` says a "No" (or a withdrawal) has been recorded — the request of the link
 * that decided stays with its declined participation until it expires.
 */
export type LinkState = 'open' | 'consented' | 'decided';

/** What a guardian's link opens, while it works: the consultation, and where the decision stands. */
export async function readLink(db: Db, keyring: Keyring, token: string, now = new Date()) {
	// anything that is not a token as we make them (too long, other characters) is simply not one
	if (!LINK_TOKEN.test(token)) return null;
	const [row] = await db
		.select({ request: consentRequests, participation: participations })
		.from(consentRequests)
		.innerJoin(participations, eq(participations.id, consentRequests.participationId))
		.where(eq(consentRequests.tokenHash, keyring.hmac(LINK_PURPOSE, token)));
	if (!row || row.request.expiresOn < today(now)) return null;
	const design = await readConsultation(db, row.participation.consultationId);
	if (!design) return null;
	const state: LinkState = row.participation.step === 'declined' ? 'decided' : row.request.consentedOn !== null ? 'consented' : 'open';
	return { request: row.request, participation: row.participation, design, state };
}

export type Decision = 'yes' | 'no' | 'withdraw';
export type DecisionRefusal = 'gone' | 'already' | 'not-consented' | 'closed';

/** Which decisions a state takes: a first one while open, a withdrawal after a yes. */
function refusalFor(state: 'open' | 'consented', decision: Decision): DecisionRefusal | null {
	if (decision === 'withdraw') return state === 'consented' ? null : 'not-consented';
	return state === 'open' ? null : 'already';
}

/**
 * A guardian's decision on the link's page. "Yes" opens the gate; "No" ends the child's
 * participation kindly and keeps nothing of it; "Withdraw" (after a yes, until the child
 * shares) does the same. The address is erased at the first decision.
 */
export async function decideByLink(db: Db, keyring: Keyring, token: string, decision: Decision, language: Language, now = new Date()): Promise<Result<object, DecisionRefusal>> {
	const found = await readLink(db, keyring, token, now);
	if (!found) return { ok: false, reason: 'gone' };
	if (found.state === 'decided') return { ok: false, reason: 'already' };
	const refusal = refusalFor(found.state, decision);
	if (refusal) return { ok: false, reason: refusal };
	const record = {
		consultationId: found.participation.consultationId,
		method: 'email' as const,
		decision: decision === 'withdraw' ? ('withdrawn' as const) : decision,
		textVersion: textVersion(found.design.consultation.updatedAt),
		language,
		day: today(now)
	};
	const outcome = await db.transaction(async (tx): Promise<DecisionRefusal | null> => {
		const txDb = tx as unknown as Db;
		if (decision === 'yes') {
			// only the first of two decisions posted at once changes anything
			const updated = await tx
				.update(consentRequests)
				.set({ consentedOn: today(now), outboxId: null })
				.where(and(eq(consentRequests.id, found.request.id), isNull(consentRequests.consentedOn)))
				.returning({ id: consentRequests.id });
			if (updated.length === 0) return 'already';
			await openGate(txDb, { participationId: found.participation.id });
		} else if (!(await endByGuardian(txDb, found.participation.id, { keepRequest: found.request.id, now }))) {
			// a decision posted twice finds the participation declined already; a child who left, none
			const [left] = await tx.select({ step: participations.step }).from(participations).where(eq(participations.id, found.participation.id));
			return left ? 'already' : 'gone';
		}
		if (found.request.outboxId) await eraseMessage(txDb, found.request.outboxId);
		await tx.insert(consentRecords).values(record);
		return null;
	});
	return outcome ? { ok: false, reason: outcome } : { ok: true };
}

/** The job: links past their day go, and with them the messages that carried the address. */
export async function expireRequests(db: Db, now = new Date()): Promise<{ requests: number }> {
	const expired = await db.select({ id: consentRequests.id, outboxId: consentRequests.outboxId }).from(consentRequests).where(and(lt(consentRequests.expiresOn, today(now)), isNull(consentRequests.consentedOn)));
	for (const { outboxId } of expired) if (outboxId) await eraseMessage(db, outboxId);
	if (expired.length > 0) await db.delete(consentRequests).where(inArray(consentRequests.id, expired.map((row) => row.id)));
	return { requests: expired.length };
}

// ─── Paper slips ──────────────────────────────────────────────────────────────────────────────

/**
 * Where a slip's code stands for a guardian. `closed`: it has been used and no child takes part
 * with it any more — the child shared, stopped or let it expire, or a guardian said no (a
 * declined participation holds no code). Nothing is left to decide with it then: answers that
 * were shared are anonymous, and no code of a guardian's reaches them.
 */
export type SlipState = 'open' | 'consented' | 'closed';

/** A column with its table's name: drizzle leaves columns bare in a one-table select, which a subquery would misread. */
const qualified = (column: AnyPgColumn) => sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;

/** Whether a participation still holds the code (selected beside the code's row). */
const heldByParticipation = sql<boolean>`exists (select 1 from ${participations} where ${qualified(participations.accessCodeId)} = ${qualified(accessCodes.id)})`;

function slipState(code: { usedAt: Date | null; consentedOn: string | null; held: boolean }): SlipState {
	if (code.usedAt !== null && !code.held) return 'closed';
	return code.consentedOn !== null ? 'consented' : 'open';
}

/** A slip's code as a guardian types it at `/guardian`: its consultation and where it stands. */
export async function readSlip(db: Db, keyring: Keyring, typed: string) {
	const reading = readCode(typed);
	if (!reading.ok) return { ok: false as const, reason: reading.reason === 'check' ? ('check' as const) : ('invalid' as const) };
	if (reading.kind !== 'secret') return { ok: false as const, reason: 'unknown' as const };
	const [code] = await db
		.select({ id: accessCodes.id, consultationId: accessCodes.consultationId, usedAt: accessCodes.usedAt, consentedOn: accessCodes.consentedOn, held: heldByParticipation })
		.from(accessCodes)
		.where(and(eq(accessCodes.codeHash, accessCodeHash(keyring, reading.code)), eq(accessCodes.kind, 'single-use')));
	if (!code) return { ok: false as const, reason: 'unknown' as const };
	const design = await readConsultation(db, code.consultationId);
	if (!design) return { ok: false as const, reason: 'unknown' as const };
	return { ok: true as const, code, design, state: slipState(code) };
}

/**
 * A guardian's decision with a slip's code. "Yes" marks the code consented and lets a child
 * waiting with it go on; "No" uses the code up (nobody can join with it) and ends a
 * participation holding it; "Withdraw" does the same after a yes. A closed code takes no
 * decision: what a child has already shared cannot be reached from here.
 */
export async function decideBySlip(db: Db, keyring: Keyring, typed: string, decision: Decision, language: Language, now = new Date()): Promise<Result<object, DecisionRefusal>> {
	const found = await readSlip(db, keyring, typed);
	if (!found.ok) return { ok: false, reason: 'gone' };
	if (found.state === 'closed') return { ok: false, reason: 'closed' };
	const refusal = refusalFor(found.state, decision);
	if (refusal) return { ok: false, reason: refusal };
	const outcome = await db.transaction(async (tx): Promise<DecisionRefusal | null> => {
		const txDb = tx as unknown as Db;
		// the code's row, locked: of two decisions posted at once, the second sees the first's
		const [code] = await tx
			.select({ id: accessCodes.id, consultationId: accessCodes.consultationId, usedAt: accessCodes.usedAt, consentedOn: accessCodes.consentedOn, held: heldByParticipation })
			.from(accessCodes)
			.where(eq(accessCodes.id, found.code.id))
			.for('update');
		if (!code) return 'gone';
		const state = slipState(code);
		if (state !== found.state) return state === 'closed' ? 'closed' : 'already';
		if (decision === 'yes') {
			await tx.update(accessCodes).set({ consentedOn: today(now) }).where(eq(accessCodes.id, code.id));
			await openGate(txDb, { accessCodeIds: [code.id] });
		} else {
			await tx
				.update(accessCodes)
				.set({ consentedOn: null, usedAt: code.usedAt ?? startOfUtcDay(now) })
				.where(eq(accessCodes.id, code.id));
			const holding = await tx.select({ id: participations.id }).from(participations).where(eq(participations.accessCodeId, code.id));
			for (const { id } of holding) await endByGuardian(txDb, id, { now });
		}
		await tx.insert(consentRecords).values({
			consultationId: code.consultationId,
			method: 'slip-online',
			decision: decision === 'withdraw' ? 'withdrawn' : decision,
			textVersion: textVersion(found.design.consultation.updatedAt),
			language,
			day: today(now)
		});
		return null;
	});
	return outcome ? { ok: false, reason: outcome } : { ok: true };
}

/** The codes in what a facilitator typed or scanned: one per line (or comma), bare or as the slip's QR address. */
export function codesIn(typed: string): string[] {
	return typed
		.split(/[\n,;]+/)
		.map((entry) => entry.trim().replace(/^.*\/join\//, ''))
		.filter((entry) => entry.length > 0)
		.slice(0, 1000);
}

export interface MarkedSlips {
	marked: number;
	already: number;
	/**
	 * Closed codes, left as they are: used, without consent, and no child takes part with them —
	 * a guardian said no or withdrew online (a signed slip must not override that), or the child
	 * stopped or finished. The records cannot tell these apart, and need not: such a code admits
	 * nobody, so marking it could only record a consent that a guardian may have refused.
	 */
	closed: number;
	/** As typed: not a code of this consultation's slips, or mistyped. */
	notFound: string[];
}

/** Returned, signed slips: their codes marked as consented, each recorded; the facilitator's act audited. */
export async function markSlipsConsented(
	db: Db,
	keyring: Keyring,
	actor: Actor,
	consultationId: string,
	typed: string[],
	language: Language,
	now = new Date()
): Promise<Result<MarkedSlips, 'not-found'>> {
	const found = await readForMember(db, actor, consultationId);
	if (!found) return { ok: false, reason: 'not-found' };
	const result: MarkedSlips = { marked: 0, already: 0, closed: 0, notFound: [] };
	await db.transaction(async (tx) => {
		for (const entry of typed) {
			const reading = readCode(entry);
			const hash = reading.ok && reading.kind === 'secret' ? accessCodeHash(keyring, reading.code) : null;
			const [code] = hash
				? await tx
						.select({ id: accessCodes.id, usedAt: accessCodes.usedAt, consentedOn: accessCodes.consentedOn, held: heldByParticipation })
						.from(accessCodes)
						.where(and(eq(accessCodes.codeHash, hash), eq(accessCodes.consultationId, consultationId), eq(accessCodes.kind, 'single-use')))
						.for('update')
				: [];
			if (!code) {
				result.notFound.push(entry.slice(0, 40));
				continue;
			}
			if (code.consentedOn) {
				result.already++;
				continue;
			}
			if (slipState(code) === 'closed') {
				result.closed++;
				continue;
			}
			await tx.update(accessCodes).set({ consentedOn: today(now) }).where(eq(accessCodes.id, code.id));
			await tx.insert(consentRecords).values({ consultationId, method: 'slip', decision: 'yes', textVersion: textVersion(found.consultation.updatedAt), language, day: today(now) });
			await openGate(tx as unknown as Db, { accessCodeIds: [code.id] });
			result.marked++;
		}
		if (result.marked > 0 || result.closed > 0) {
			await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'consultation.slips_consented', objectType: 'consultation', objectId: consultationId, details: { count: result.marked, closed: result.closed } });
		}
	});
	return { ok: true, ...result };
}

// ─── Attestation ──────────────────────────────────────────────────────────────────────────────

export const attestationForm = z.object({
	batch: z.uuid('consultations.consent.batchRequired'),
	how: z.string().trim().min(1, 'consultations.consent.howRequired').max(500, 'consultations.consent.howTooLong'),
	collectedOn: z.iso.date('consultations.consent.collectedOnInvalid'),
	language: z.enum(LANGUAGES, 'invalidValue')
});

export type AttestationRefusal = 'not-found' | 'batch' | 'future';

/**
 * A facilitator records that consent for a batch of slips was collected through the school's
 * or organisation's own process: how, and when. Every code of the batch passes the gate, but
 * for closed ones (see MarkedSlips.closed): they are left as they are, and counted.
 */
export async function attest(
	db: Db,
	actor: Actor,
	consultationId: string,
	input: { batchId: string; how: string; collectedOn: string; language: Language },
	now = new Date()
): Promise<Result<{ codes: number; closed: number }, AttestationRefusal>> {
	const found = await readForMember(db, actor, consultationId);
	if (!found) return { ok: false, reason: 'not-found' };
	if (input.collectedOn > today(now)) return { ok: false, reason: 'future' };
	let codes = 0;
	let closed = 0;
	await db.transaction(async (tx) => {
		const unconsented = await tx
			.select({ id: accessCodes.id, usedAt: accessCodes.usedAt, consentedOn: accessCodes.consentedOn, held: heldByParticipation })
			.from(accessCodes)
			.where(and(eq(accessCodes.consultationId, consultationId), eq(accessCodes.batchId, input.batchId), isNull(accessCodes.consentedOn)))
			.for('update');
		const consenting = unconsented.filter((code) => slipState(code) !== 'closed').map((code) => code.id);
		closed = unconsented.length - consenting.length;
		codes = consenting.length;
		if (codes === 0) return;
		await tx.update(accessCodes).set({ consentedOn: input.collectedOn }).where(inArray(accessCodes.id, consenting));
		await openGate(tx as unknown as Db, { accessCodeIds: consenting });
		await tx.insert(consentRecords).values({
			consultationId,
			method: 'attestation',
			decision: 'yes',
			textVersion: textVersion(found.consultation.updatedAt),
			language: input.language,
			day: today(now),
			batchId: input.batchId,
			codes,
			how: input.how,
			collectedOn: input.collectedOn,
			attestedBy: actor.id
		});
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'consultation.consent_attested', objectType: 'consultation', objectId: consultationId, details: { batch: input.batchId, count: codes, closed } });
	});
	return codes > 0 || closed > 0 ? { ok: true, codes, closed } : { ok: false, reason: 'batch' };
}

/** Per batch of slips: how many codes, how many consented, how many used — for the facilitator. */
export async function slipConsent(db: Db, actor: Actor, consultationId: string) {
	if (!(await readForMember(db, actor, consultationId))) return null;
	const rows = await db
		.select({ batchId: accessCodes.batchId, consentedOn: accessCodes.consentedOn, usedAt: accessCodes.usedAt, createdAt: accessCodes.createdAt })
		.from(accessCodes)
		.where(and(eq(accessCodes.consultationId, consultationId), eq(accessCodes.kind, 'single-use')))
		.orderBy(asc(accessCodes.createdAt));
	const batches = new Map<string, { batchId: string; createdOn: string; codes: number; consented: number; used: number }>();
	for (const row of rows) {
		if (!row.batchId) continue;
		const batch = batches.get(row.batchId) ?? { batchId: row.batchId, createdOn: row.createdAt.toISOString().slice(0, 10), codes: 0, consented: 0, used: 0 };
		batch.codes++;
		if (row.consentedOn) batch.consented++;
		if (row.usedAt) batch.used++;
		batches.set(row.batchId, batch);
	}
	return [...batches.values()];
}

// ─── Records ──────────────────────────────────────────────────────────────────────────────────

/** Every consent record, for admins' accountability export; nothing in it leads to a child. */
export async function consentRecordRows(db: Db, actor: Actor) {
	if (!actor.roles.includes('admin')) return null;
	const rows = await db
		.select({
			day: consentRecords.day,
			consultationId: consentRecords.consultationId,
			method: consentRecords.method,
			decision: consentRecords.decision,
			language: consentRecords.language,
			textVersion: consentRecords.textVersion,
			batchId: consentRecords.batchId,
			codes: consentRecords.codes,
			how: consentRecords.how,
			collectedOn: consentRecords.collectedOn,
			attestedBy: staffUsers.email
		})
		.from(consentRecords)
		.leftJoin(staffUsers, eq(staffUsers.id, consentRecords.attestedBy))
		.orderBy(asc(consentRecords.day), asc(consentRecords.consultationId), asc(consentRecords.method));
	const titles = new Map<string, string>();
	for (const id of new Set(rows.map((row) => row.consultationId))) {
		const design = await readConsultation(db, id);
		titles.set(id, design ? (consultationText(design.texts, 'title', design.consultation.sourceLanguage, 'adult') ?? '') : '');
	}
	return rows.map((row) => ({ ...row, consultation: titles.get(row.consultationId) ?? '' }));
}

const CSV_COLUMNS = ['day', 'consultationId', 'consultation', 'method', 'decision', 'language', 'textVersion', 'batchId', 'codes', 'how', 'collectedOn', 'attestedBy'] as const;

/** The records as CSV for a spreadsheet: a cell that would run as a formula is escaped. */
export function consentRecordsCsv(rows: NonNullable<Awaited<ReturnType<typeof consentRecordRows>>>): string {
	return stringify(
		rows.map((row) => CSV_COLUMNS.map((column) => row[column] ?? '')),
		{ header: true, columns: [...CSV_COLUMNS], escape_formulas: true, bom: true }
	);
}
