import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, gt, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { staffSessions, staffUsers, type StaffSession, type StaffUser } from '../db/schema/index.ts';

/**
 * Staff sessions in the Lucia design (lucia-auth.com/sessions): a random token in the cookie,
 * only its SHA-256 in the database. ASVS level 2: a session ends after 30 minutes unused and
 * after 12 hours in any case; use pushes the idle limit forward.
 */
export const IDLE_MS = 30 * 60 * 1000;
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;
// writing the new expiry on every request would cost a write per page; once a minute is enough
const REFRESH_AFTER_MS = 60 * 1000;

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdOf(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(
	db: Db,
	token: string,
	userId: string,
	{ secondFactorVerified, now = new Date() }: { secondFactorVerified: boolean; now?: Date }
): Promise<StaffSession> {
	const [session] = await db
		.insert(staffSessions)
		.values({
			id: sessionIdOf(token),
			userId,
			createdAt: now,
			expiresAt: new Date(now.getTime() + IDLE_MS),
			absoluteExpiresAt: new Date(now.getTime() + ABSOLUTE_MS),
			secondFactorVerified
		})
		.returning();
	return session;
}

export type SessionUser = Pick<StaffUser, 'id' | 'email' | 'roles' | 'language' | 'totpSecret' | 'secondFactorRequired'>;
export type Validated = { session: StaffSession; user: SessionUser } | { session: null; user: null };

/**
 * The session and its user for a token, or nulls when the token is unknown, expired, or its
 * user disabled. A valid session's idle limit moves forward (never past the absolute one).
 */
export async function validateSessionToken(db: Db, token: string, now = new Date()): Promise<Validated> {
	const id = sessionIdOf(token);
	const [row] = await db
		.select({
			session: staffSessions,
			user: {
				id: staffUsers.id,
				email: staffUsers.email,
				roles: staffUsers.roles,
				language: staffUsers.language,
				totpSecret: staffUsers.totpSecret,
				secondFactorRequired: staffUsers.secondFactorRequired,
				disabledAt: staffUsers.disabledAt
			}
		})
		.from(staffSessions)
		.innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
		.where(eq(staffSessions.id, id));
	if (!row) return { session: null, user: null };
	const { session, user } = row;
	const end = Math.min(session.expiresAt.getTime(), session.absoluteExpiresAt.getTime());
	if (now.getTime() >= end || user.disabledAt) {
		await db.delete(staffSessions).where(eq(staffSessions.id, id));
		return { session: null, user: null };
	}
	const renewed = Math.min(now.getTime() + IDLE_MS, session.absoluteExpiresAt.getTime());
	if (renewed - session.expiresAt.getTime() >= REFRESH_AFTER_MS) {
		session.expiresAt = new Date(renewed);
		await db.update(staffSessions).set({ expiresAt: session.expiresAt }).where(eq(staffSessions.id, id));
	}
	const { disabledAt: _disabled, ...sessionUser } = user;
	return { session, user: sessionUser };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(staffSessions).where(eq(staffSessions.id, sessionId));
}

/** Ends every session of a person, or every one but `except` (the one in use). */
export async function invalidateUserSessions(db: Db, userId: string, except?: string): Promise<number> {
	const ended = await db
		.delete(staffSessions)
		.where(and(eq(staffSessions.userId, userId), except ? ne(staffSessions.id, except) : undefined))
		.returning({ id: staffSessions.id });
	return ended.length;
}

export async function markSecondFactorVerified(db: Db, sessionId: string): Promise<void> {
	await db.update(staffSessions).set({ secondFactorVerified: true }).where(eq(staffSessions.id, sessionId));
}

/** A person's live sessions, newest first. */
export async function listUserSessions(db: Db, userId: string, now = new Date()): Promise<StaffSession[]> {
	const rows = await db
		.select()
		.from(staffSessions)
		.where(and(eq(staffSessions.userId, userId), gt(staffSessions.expiresAt, now), gt(staffSessions.absoluteExpiresAt, now)));
	return rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Removes expired sessions; a job runs it. */
export async function purgeExpiredSessions(db: Db, now = new Date()): Promise<number> {
	const removed = await db
		.delete(staffSessions)
		.where(or(lt(staffSessions.expiresAt, now), lt(staffSessions.absoluteExpiresAt, now)))
		.returning({ id: staffSessions.id });
	return removed.length;
}
