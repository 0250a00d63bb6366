import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { generateSecretCode, generateSharedCode, readCode } from '../../codes.ts';
import * as audit from '../audit/index.ts';
import type { Actor, Result } from '../auth/staff.ts';
import type { Keyring } from '../crypto/keyring.ts';
import type { Db } from '../db/index.ts';
import { accessCodes } from '../db/schema/index.ts';
import { readForMember } from './index.ts';

/** Codes to hand out: the consultation's shared code, and batches of single-use slip codes. */

export const MAX_BATCH = 500;
const PURPOSE = 'access-code';

/** What is stored of a code: its HMAC, never (for secret codes) the code itself. */
export const accessCodeHash = (keyring: Pick<Keyring, 'hmac'>, code: string) => keyring.hmac(PURPOSE, code);
const hashOf = accessCodeHash;

/** The consultation's shared code if it has been made, for its members. */
export async function existingSharedCode(db: Db, actor: Actor, id: string): Promise<string | null> {
	return (await readForMember(db, actor, id)) ? sharedCodeOf(db, id) : null;
}

async function sharedCodeOf(db: Db, id: string): Promise<string | null> {
	const [existing] = await db
		.select({ code: accessCodes.code })
		.from(accessCodes)
		.where(and(eq(accessCodes.consultationId, id), eq(accessCodes.kind, 'shared')));
	return existing?.code ?? null;
}

/** How many single-use codes each printed batch has, and how many are used. */
export async function slipBatches(db: Db, actor: Actor, id: string) {
	if (!(await readForMember(db, actor, id))) return [];
	return db
		.select({
			batchId: accessCodes.batchId,
			createdAt: sql<Date>`min(${accessCodes.createdAt})`,
			count: sql<number>`count(*)::int`,
			used: sql<number>`count(${accessCodes.usedAt})::int`
		})
		.from(accessCodes)
		.where(and(eq(accessCodes.consultationId, id), eq(accessCodes.kind, 'single-use')))
		.groupBy(accessCodes.batchId)
		.orderBy(sql`min(${accessCodes.createdAt})`);
}

/** The consultation's shared code, made on first request. */
export async function sharedCode(db: Db, keyring: Keyring, actor: Actor, id: string): Promise<Result<{ code: string }, 'not-found'>> {
	if (!(await readForMember(db, actor, id))) return { ok: false, reason: 'not-found' };
	const existing = await sharedCodeOf(db, id);
	if (existing) return { ok: true, code: existing };
	// 32⁸ codes: a clash is rare, and the unique hash turns it into another try
	for (let attempt = 0; attempt < 5; attempt++) {
		const code = generateSharedCode();
		const created = await db.transaction(async (tx) => {
			const inserted = await tx
				.insert(accessCodes)
				.values({ consultationId: id, kind: 'shared', code, codeHash: hashOf(keyring, code) })
				.onConflictDoNothing()
				.returning({ code: accessCodes.code });
			if (inserted.length === 0) return false;
			await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'consultation.shared_code_created', objectType: 'consultation', objectId: id });
			return true;
		});
		if (created) return { ok: true, code };
	}
	throw new Error('no free shared code after five tries');
}

/**
 * A batch of single-use codes for printed slips. The codes are returned this once; only their
 * HMACs are kept.
 */
export async function createSlipBatch(
	db: Db,
	keyring: Keyring,
	actor: Actor,
	id: string,
	count: number
): Promise<Result<{ batchId: string; codes: string[] }, 'not-found' | 'count'>> {
	if (!Number.isInteger(count) || count < 1 || count > MAX_BATCH) return { ok: false, reason: 'count' };
	if (!(await readForMember(db, actor, id))) return { ok: false, reason: 'not-found' };
	const batchId = randomUUID();
	const codes = new Set<string>();
	while (codes.size < count) codes.add(generateSecretCode());
	await db.transaction(async (tx) => {
		await tx.insert(accessCodes).values([...codes].map((code) => ({ consultationId: id, kind: 'single-use' as const, codeHash: hashOf(keyring, code), batchId })));
		await audit.record(tx as unknown as Db, {
			actorId: actor.id,
			action: 'consultation.slips_created',
			objectType: 'consultation',
			objectId: id,
			details: { batch: batchId, count }
		});
	});
	return { ok: true, batchId, codes: [...codes] };
}

export type CodeLookup =
	| { found: true; consultationId: string; kind: 'shared' | 'single-use'; used: boolean }
	| { found: false; reason: 'invalid' | 'check' | 'unknown' };

/** What a typed code opens, read the Crockford way; a typo in a secret code is told apart. */
export async function lookUp(db: Db, keyring: Keyring, typed: string): Promise<CodeLookup> {
	const reading = readCode(typed);
	if (!reading.ok) return { found: false, reason: reading.reason === 'check' ? 'check' : 'invalid' };
	const [row] = await db
		.select({ consultationId: accessCodes.consultationId, kind: accessCodes.kind, usedAt: accessCodes.usedAt })
		.from(accessCodes)
		.where(eq(accessCodes.codeHash, hashOf(keyring, reading.code)));
	return row ? { found: true, consultationId: row.consultationId, kind: row.kind, used: row.usedAt !== null } : { found: false, reason: 'unknown' };
}
