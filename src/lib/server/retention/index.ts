import { and, count, eq, inArray, isNotNull, notInArray, sql } from 'drizzle-orm';
import * as audit from '../audit/index.ts';
import type { Actor } from '../auth/staff.ts';
import type { Db } from '../db/index.ts';
import {
	accessCodes,
	answers,
	assents,
	consentRecords,
	consentRequests,
	consultations,
	moderationDecisions,
	participations,
	receipts,
	releases,
	responses,
	safeguardingFlags,
	type Consultation
} from '../db/schema/index.ts';
import { eraseRawData } from '../participation/index.ts';

/**
 * Storage limitation (issue #10, GDPR Art. 5(1)(e)): a consultation's raw data — responses,
 * answers, moderation decisions, safeguarding flags, participations still in progress — is kept
 * for its retention period after it closed, then erased by the purge job, and the consultation
 * is archived. What never held an answer stays: the released snapshots, the receipts that lead
 * children to "what happened next", the counters, and the consent and assent records kept for
 * accountability (no column of theirs leads to an answer).
 */

const DAY = 86_400_000;
const NOT_STARTED = ['draft', 'ready'] as const;

/** When the consultation closed: the earlier of its closing instant (once passed) and the moment a facilitator closed it. */
export function closedOn(consultation: Pick<Consultation, 'state' | 'closesAt' | 'closedAt'>, now = new Date()): Date | null {
	if ((NOT_STARTED as readonly string[]).includes(consultation.state)) return null;
	const instants = [consultation.closedAt, consultation.closesAt && consultation.closesAt <= now ? consultation.closesAt : null].filter((d): d is Date => d !== null);
	return instants.length ? new Date(Math.min(...instants.map((d) => d.getTime()))) : null;
}

/** When its raw data is erased; null while it is open. */
export function purgeDate(consultation: Pick<Consultation, 'state' | 'closesAt' | 'closedAt' | 'retentionDays'>, now = new Date()): Date | null {
	const closed = closedOn(consultation, now);
	return closed && new Date(closed.getTime() + consultation.retentionDays * DAY);
}

export interface Purged {
	consultations: number;
	participations: number;
	responses: number;
	answers: number;
	flags: number;
}

/**
 * Erases the raw data of every consultation past its retention period and archives it, one
 * audit event each with the counts (never content). Idempotent: an archived consultation has
 * nothing left to erase, and a second run finds nothing.
 */
export async function purgeExpiredConsultations(db: Db, now = new Date()): Promise<Purged> {
	const total: Purged = { consultations: 0, participations: 0, responses: 0, answers: 0, flags: 0 };
	const candidates = await db
		.select()
		.from(consultations)
		.where(notInArray(consultations.state, ['draft', 'ready', 'archived']));
	for (const consultation of candidates) {
		const due = purgeDate(consultation, now);
		if (!due || due > now) continue;
		const erased = await eraseRawData(db, consultation.id);
		await db.update(consultations).set({ state: 'archived', updatedAt: now }).where(eq(consultations.id, consultation.id));
		await audit.record(db, { actorId: null, action: 'consultation.archived', objectType: 'consultation', objectId: consultation.id, details: { ...erased, retentionDays: consultation.retentionDays } });
		total.consultations++;
		total.participations += erased.participations;
		total.responses += erased.responses;
		total.answers += erased.answers;
		total.flags += erased.flags;
	}
	return total;
}

export type KeptRule = 'retention' | 'with-participation' | 'until-decision' | 'accountability' | 'kept';

export interface KeptRow {
	/** Translation key under `staff:retention.kinds`. */
	kind: string;
	rows: number;
	rule: KeptRule;
	/** For `retention`: the day it goes (null while open). */
	purgeOn: Date | null;
}

/** An admin's view of what a consultation keeps, how many rows, and when each goes. */
export async function whatIsKept(db: Db, actor: Actor, consultationId: string, now = new Date()) {
	if (!actor.roles.includes('admin') || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(consultationId)) return null;
	const [consultation] = await db.select().from(consultations).where(eq(consultations.id, consultationId));
	if (!consultation) return null;
	const counted = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
	const n = sql<number>`count(*)`.mapWith(Number);
	const inThis = eq(responses.consultationId, consultationId);
	const purgeOn = purgeDate(consultation, now);
	const rows: KeptRow[] = [
		{ kind: 'responses', rows: await counted(db.select({ n }).from(responses).where(inThis)), rule: 'retention', purgeOn },
		{ kind: 'answers', rows: await counted(db.select({ n }).from(answers).innerJoin(responses, eq(responses.id, answers.responseId)).where(inThis)), rule: 'retention', purgeOn },
		{
			kind: 'freeText',
			rows: await counted(db.select({ n }).from(answers).innerJoin(responses, eq(responses.id, answers.responseId)).where(and(inThis, isNotNull(answers.text)))),
			rule: 'retention',
			purgeOn
		},
		{ kind: 'decisions', rows: await counted(db.select({ n }).from(moderationDecisions).innerJoin(answers, eq(answers.id, moderationDecisions.answerId)).innerJoin(responses, eq(responses.id, answers.responseId)).where(inThis)), rule: 'retention', purgeOn },
		{ kind: 'flags', rows: await counted(db.select({ n }).from(safeguardingFlags).where(eq(safeguardingFlags.consultationId, consultationId))), rule: 'retention', purgeOn },
		{ kind: 'participations', rows: await counted(db.select({ n }).from(participations).where(eq(participations.consultationId, consultationId))), rule: 'with-participation', purgeOn: null },
		{
			kind: 'guardianRequests',
			rows: await counted(db.select({ n }).from(consentRequests).innerJoin(participations, eq(participations.id, consentRequests.participationId)).where(eq(participations.consultationId, consultationId))),
			rule: 'until-decision',
			purgeOn: null
		},
		{ kind: 'consentRecords', rows: await counted(db.select({ n }).from(consentRecords).where(eq(consentRecords.consultationId, consultationId))), rule: 'accountability', purgeOn: null },
		{ kind: 'assents', rows: await counted(db.select({ n }).from(assents).where(eq(assents.consultationId, consultationId))), rule: 'accountability', purgeOn: null },
		{ kind: 'receipts', rows: await counted(db.select({ n }).from(receipts).where(eq(receipts.consultationId, consultationId))), rule: 'kept', purgeOn: null },
		{ kind: 'releases', rows: await counted(db.select({ n }).from(releases).where(eq(releases.consultationId, consultationId))), rule: 'kept', purgeOn: null },
		{ kind: 'accessCodes', rows: await counted(db.select({ n }).from(accessCodes).where(eq(accessCodes.consultationId, consultationId))), rule: 'kept', purgeOn: null }
	];
	return { consultation, rows, closedOn: closedOn(consultation, now), purgeOn };
}

/** Every consultation with its purge day, for the admin's list. */
export async function retentionOverview(db: Db, actor: Actor, now = new Date()) {
	if (!actor.roles.includes('admin')) return null;
	const list = await db.select().from(consultations).orderBy(consultations.createdAt);
	const responseCounts = await db.select({ consultationId: responses.consultationId, n: count() }).from(responses).where(inArray(responses.consultationId, list.length ? list.map((c) => c.id) : ['00000000-0000-0000-0000-000000000000'])).groupBy(responses.consultationId);
	return list.map((consultation) => ({
		consultation,
		responses: responseCounts.find((row) => row.consultationId === consultation.id)?.n ?? 0,
		purgeOn: purgeDate(consultation, now)
	}));
}
