import { createHmac, randomBytes } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '../db/index.ts';
import { dailySalts, rateLimits } from '../db/schema/index.ts';
import type { Keyring } from '../crypto/keyring.ts';
import { utcDay as today } from '../days.ts';

/**
 * Failed attempts, counted in PostgreSQL so that every app process sees the same numbers. Only
 * failures count: a class of thirty signing in correctly from one school router never adds up
 * to anything. An account is keyed by an HMAC of its lower-cased e-mail address (so unknown
 * addresses are limited like known ones); a client by an HMAC of its address with a random
 * secret of the day, deleted after it.
 */
export const LIMITS = {
	/** Per account: after 10 failures in 15 minutes, no more tries for the rest of them. */
	account: { points: 10, duration: 15 * 60 },
	/** Per client address: generous, since many people may share one. */
	client: { points: 100, duration: 15 * 60 }
} as const;

export type Scope = 'sign-in' | 'second-factor' | 'password-reset' | 'code' | 'guardian-mail';

function limiter(db: Db, scope: Scope, kind: keyof typeof LIMITS): RateLimiterDrizzle {
	return new RateLimiterDrizzle({
		storeClient: db,
		schema: rateLimits,
		keyPrefix: `${scope}:${kind}`,
		points: LIMITS[kind].points,
		duration: LIMITS[kind].duration,
		// expired rows are removed by a job of ours, not by a timer in every limiter
		clearExpiredByTimeout: false
	});
}

async function saltOfDay(db: Db, now: Date): Promise<string> {
	const day = today(now);
	await db.insert(dailySalts).values({ day, salt: randomBytes(32).toString('base64') }).onConflictDoNothing();
	const [row] = await db.select().from(dailySalts).where(eq(dailySalts.day, day));
	return row.salt;
}

export interface Subject {
	/** An account identifier (e-mail address, user id); absent for attempts at codes. */
	account?: string;
	/** The client's address as the proxy reports it; never stored. */
	clientAddress: string;
}

async function keys(db: Db, keyring: Keyring, subject: Subject, now: Date) {
	const salt = await saltOfDay(db, now);
	return {
		account: subject.account ? keyring.hmac('rate-limit-account', subject.account.toLowerCase()) : undefined,
		client: createHmac('sha256', salt).update(subject.clientAddress).digest('hex')
	};
}

export type LimitState = { blocked: false } | { blocked: true; retryAfterSeconds: number };

/** Whether attempts from this subject are blocked now. */
export async function checkLimit(db: Db, keyring: Keyring, scope: Scope, subject: Subject, now = new Date()): Promise<LimitState> {
	const k = await keys(db, keyring, subject, now);
	const checks: [keyof typeof LIMITS, string | undefined][] = [
		['account', k.account],
		['client', k.client]
	];
	let wait = 0;
	for (const [kind, key] of checks) {
		if (!key) continue;
		const state = await limiter(db, scope, kind).get(key);
		if (state && state.consumedPoints >= LIMITS[kind].points) wait = Math.max(wait, state.msBeforeNext);
	}
	return wait > 0 ? { blocked: true, retryAfterSeconds: Math.ceil(wait / 1000) } : { blocked: false };
}

/** Counts one failed attempt against the account and the client. */
export async function recordFailure(db: Db, keyring: Keyring, scope: Scope, subject: Subject, now = new Date()): Promise<void> {
	const k = await keys(db, keyring, subject, now);
	for (const [kind, key] of [['account', k.account], ['client', k.client]] as const) {
		if (!key) continue;
		try {
			await limiter(db, scope, kind).consume(key, 1);
		} catch (error) {
			// over the limit already: the rejection only says so
			if (!(error instanceof RateLimiterRes)) throw error;
		}
	}
}

/**
 * One attempt, unless the subject is blocked already; it counts against the limit when `counts`
 * says so: a failure for codes of every kind, every message sent for guardian e-mail.
 */
export async function limitedAttempt<T>(
	db: Db,
	keyring: Keyring,
	scope: Scope,
	subject: Subject,
	attempt: () => Promise<T>,
	counts: (result: T) => boolean,
	now = new Date()
): Promise<{ blocked: true; retryAfterSeconds: number } | { blocked: false; result: T }> {
	const limit = await checkLimit(db, keyring, scope, subject, now);
	if (limit.blocked) return limit;
	const result = await attempt();
	if (counts(result)) await recordFailure(db, keyring, scope, subject, now);
	return { blocked: false, result };
}

/** A success clears the account's count (the client's stays: others share the address). */
export async function clearAccount(db: Db, keyring: Keyring, scope: Scope, account: string): Promise<void> {
	await limiter(db, scope, 'account').delete(keyring.hmac('rate-limit-account', account.toLowerCase()));
}

/** Removes counters that have run out and salts of past days; a job runs it. */
export async function purgeRateLimits(db: Db, now = new Date()): Promise<number> {
	const removed = await db.delete(rateLimits).where(lt(rateLimits.expire, now)).returning({ key: rateLimits.key });
	await db.delete(dailySalts).where(lt(dailySalts.day, today(now)));
	return removed.length;
}
