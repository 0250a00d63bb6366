import { randomBytes } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { ROLES, SECOND_FACTOR_ROLES, type Role } from '../../roles.ts';
import * as audit from '../audit/index.ts';
import type { Keyring } from '../crypto/keyring.ts';
import type { Db } from '../db/index.ts';
import { recoveryCodes, staffSessions, staffTokens, staffUsers, type StaffUser } from '../db/schema/index.ts';
import { enqueue } from '../mail/outbox.ts';
import { hashPassword, passwordProblem, spendVerificationTime, verifyPassword, type PasswordProblem } from './passwords.ts';
import { checkLimit, clearAccount, recordFailure } from './rate-limit.ts';
import { invalidateUserSessions } from './sessions.ts';
import { generateTotpSecret, matchTotp } from './totp.ts';

/** Commands and queries of staff accounts. Each command checks who may run it, writes in one
 * transaction with its audit event, and answers with a result rather than an exception. */

export const INVITE_DAYS = 7;
export const RESET_MINUTES = 30;
const RECOVERY_CODE_COUNT = 10;
const TOTP_PURPOSE = 'staff-totp-secret';

export interface Actor {
	id: string;
	roles: readonly string[];
}

export type Result<T = object, R extends string = string> = ({ ok: true } & T) | { ok: false; reason: R };

const isAdmin = (actor: Actor | null) => actor === null || actor.roles.includes('admin');

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

const TOKEN_LIFETIME_MS = { invite: INVITE_DAYS * 24 * 60 * 60_000, reset: RESET_MINUTES * 60_000 } as const;

/** A new single-use link token of a kind; only its HMAC is stored. Returns the token. */
async function issueToken(db: Db, keyring: Keyring, kind: 'invite' | 'reset', userId: string, now: Date): Promise<string> {
	const token = encodeBase32LowerCaseNoPadding(randomBytes(20));
	await db.insert(staffTokens).values({
		id: keyring.hmac('staff-token', token),
		kind,
		userId,
		createdAt: now,
		expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[kind])
	});
	return token;
}

/** Whether this person must use a second factor before any staff page opens. */
export function secondFactorRequired(user: Pick<StaffUser, 'roles' | 'secondFactorRequired'>, settingOn: boolean): boolean {
	return settingOn && user.secondFactorRequired && user.roles.some((role) => SECOND_FACTOR_ROLES.includes(role as Role));
}

// ——— invitations ———

export interface InviteInput {
	email: string;
	roles: Role[];
	language: string;
}

/**
 * An admin (or the command line, `actor` null) invites a person: an account without a password,
 * and a single-use link, valid for a week, e-mailed unless `send` is false (the command line
 * prints it instead).
 */
export async function invite(
	db: Db,
	keyring: Keyring,
	actor: Actor | null,
	input: InviteInput,
	{ origin, send = true, now = new Date() }: { origin: string; send?: boolean; now?: Date }
): Promise<Result<{ userId: string; link: string }, 'forbidden' | 'exists' | 'no-roles'>> {
	if (!isAdmin(actor)) return { ok: false, reason: 'forbidden' };
	const roles = [...new Set(input.roles)].filter((role) => ROLES.includes(role));
	if (roles.length === 0) return { ok: false, reason: 'no-roles' };
	const email = normaliseEmail(input.email);
	return db.transaction(async (tx) => {
		const [existing] = await tx.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, email));
		if (existing) return { ok: false as const, reason: 'exists' as const };
		const [user] = await tx
			.insert(staffUsers)
			.values({ email, roles, language: input.language })
			.returning({ id: staffUsers.id });
		const token = await issueToken(tx as unknown as Db, keyring, 'invite', user.id, now);
		const link = `${origin}/staff/invite/${token}`;
		if (send) {
			await enqueue(tx as unknown as Db, keyring, {
				to: email,
				template: 'invite',
				language: input.language,
				params: { link, roles: roles.join(', '), days: String(INVITE_DAYS) }
			});
		}
		await audit.record(tx as unknown as Db, {
			actorId: actor?.id ?? null,
			action: 'staff.invited',
			objectType: 'staff_user',
			objectId: user.id,
			details: { roles, emailed: send }
		});
		return { ok: true as const, userId: user.id, link };
	});
}

/** The person a valid, unused link belongs to; null for anything else. */
export async function readToken(
	db: Db,
	keyring: Keyring,
	kind: 'invite' | 'reset',
	token: string,
	now = new Date()
): Promise<Pick<StaffUser, 'id' | 'email' | 'roles' | 'secondFactorRequired' | 'totpSecret'> | null> {
	if (!/^[a-z2-7]{20,64}$/.test(token)) return null;
	const [row] = await db
		.select({ id: staffUsers.id, email: staffUsers.email, roles: staffUsers.roles, secondFactorRequired: staffUsers.secondFactorRequired, totpSecret: staffUsers.totpSecret })
		.from(staffTokens)
		.innerJoin(staffUsers, eq(staffUsers.id, staffTokens.userId))
		.where(
			and(
				eq(staffTokens.id, keyring.hmac('staff-token', token)),
				eq(staffTokens.kind, kind),
				isNull(staffTokens.usedAt),
				gt(staffTokens.expiresAt, now),
				isNull(staffUsers.disabledAt)
			)
		);
	return row ?? null;
}

async function useToken(db: Db, keyring: Keyring, kind: 'invite' | 'reset', token: string, now: Date): Promise<string | null> {
	const [used] = await db
		.update(staffTokens)
		.set({ usedAt: now })
		.where(
			and(
				eq(staffTokens.id, keyring.hmac('staff-token', token)),
				eq(staffTokens.kind, kind),
				isNull(staffTokens.usedAt),
				gt(staffTokens.expiresAt, now)
			)
		)
		.returning({ userId: staffTokens.userId });
	return used?.userId ?? null;
}

/**
 * Sets a password through a single-use link (an invitation or a reset), using the link up in the
 * same transaction as the password and whatever `finish` adds.
 */
async function setPasswordThroughLink(
	db: Db,
	keyring: Keyring,
	kind: 'invite' | 'reset',
	token: string,
	password: string,
	now: Date,
	finish: (tx: Db, userId: string) => Promise<void>
): Promise<Result<{ userId: string }, 'invalid-link' | PasswordProblem>> {
	const person = await readToken(db, keyring, kind, token, now);
	if (!person) return { ok: false, reason: 'invalid-link' };
	const problem = passwordProblem(password, person.email);
	if (problem) return { ok: false, reason: problem };
	const passwordHash = await hashPassword(password);
	return db.transaction(async (tx) => {
		// a link used in another request meanwhile: the update finds nothing, and nothing changes
		const userId = await useToken(tx as unknown as Db, keyring, kind, token, now);
		if (!userId) return { ok: false as const, reason: 'invalid-link' as const };
		await tx.update(staffUsers).set({ passwordHash }).where(eq(staffUsers.id, userId));
		await finish(tx as unknown as Db, userId);
		return { ok: true as const, userId };
	});
}

/** Sets the first password through an invitation link, which is then used up. */
export function acceptInvite(db: Db, keyring: Keyring, token: string, password: string, now = new Date()) {
	return setPasswordThroughLink(db, keyring, 'invite', token, password, now, (tx, userId) =>
		audit.record(tx, { actorId: userId, action: 'staff.invite_accepted', objectType: 'staff_user', objectId: userId })
	);
}

// ——— signing in ———

export interface SignInInput {
	email: string;
	password: string;
	clientAddress: string;
}

export type SignedIn = { userId: string; secondFactor: 'verify' | 'enrol' | 'none' };

/**
 * Checks an e-mail address and password. The answer never tells whether an account exists:
 * unknown, disabled and wrong all read "invalid", and take the same time.
 */
export async function signIn(
	db: Db,
	keyring: Keyring,
	input: SignInInput,
	{ requireSecondFactor }: { requireSecondFactor: boolean }
): Promise<Result<SignedIn, 'invalid'> | { ok: false; reason: 'blocked'; retryAfterSeconds: number }> {
	const email = normaliseEmail(input.email);
	const subject = { account: email, clientAddress: input.clientAddress };
	const limit = await checkLimit(db, keyring, 'sign-in', subject);
	if (limit.blocked) return { ok: false, reason: 'blocked', retryAfterSeconds: limit.retryAfterSeconds };
	const [user] = await db.select().from(staffUsers).where(eq(staffUsers.email, email));
	const valid =
		user?.passwordHash && !user.disabledAt
			? await verifyPassword(user.passwordHash, input.password)
			: (await spendVerificationTime(input.password), false);
	if (!valid || !user) {
		await recordFailure(db, keyring, 'sign-in', subject);
		if (user) {
			await audit.record(db, { actorId: null, action: 'auth.sign_in_failed', objectType: 'staff_user', objectId: user.id });
		}
		return { ok: false, reason: 'invalid' };
	}
	await clearAccount(db, keyring, 'sign-in', email);
	const secondFactor = user.totpSecret ? 'verify' : secondFactorRequired(user, requireSecondFactor) ? 'enrol' : 'none';
	if (secondFactor === 'none') {
		await audit.record(db, { actorId: user.id, action: 'auth.signed_in', objectType: 'staff_user', objectId: user.id });
	}
	return { ok: true, userId: user.id, secondFactor };
}

/** Checks a TOTP code or an unused recovery code for the person signing in. */
export async function verifySecondFactor(
	db: Db,
	keyring: Keyring,
	userId: string,
	code: string,
	clientAddress: string,
	now = new Date()
): Promise<Result<{ usedRecoveryCode: boolean }, 'invalid'> | { ok: false; reason: 'blocked'; retryAfterSeconds: number }> {
	const subject = { account: `user:${userId}`, clientAddress };
	const limit = await checkLimit(db, keyring, 'second-factor', subject, now);
	if (limit.blocked) return { ok: false, reason: 'blocked', retryAfterSeconds: limit.retryAfterSeconds };
	const [user] = await db.select().from(staffUsers).where(eq(staffUsers.id, userId));
	const secret = user?.totpSecret ? keyring.open(user.totpSecret, TOTP_PURPOSE) : null;
	if (user && secret) {
		const key = Buffer.from(secret, 'base64');
		const step = matchTotp(key, code, user.totpLastStep, now.getTime());
		if (step !== null) {
			// only one request may use a step: the update wins only if nobody used it meanwhile
			const [claimed] = await db
				.update(staffUsers)
				.set({ totpLastStep: step })
				.where(and(eq(staffUsers.id, userId), sql`coalesce(${staffUsers.totpLastStep}, -1) < ${step}`))
				.returning({ id: staffUsers.id });
			if (claimed) return succeed(false);
		}
		const recovery = code.replace(/[\s-]/g, '').toLowerCase();
		if (/^[a-z2-7]{10,16}$/.test(recovery)) {
			const [used] = await db
				.update(recoveryCodes)
				.set({ usedAt: now })
				.where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, keyring.hmac('recovery-code', recovery)), isNull(recoveryCodes.usedAt)))
				.returning({ id: recoveryCodes.id });
			if (used) return succeed(true);
		}
	}
	await recordFailure(db, keyring, 'second-factor', subject, now);
	return { ok: false, reason: 'invalid' };

	async function succeed(usedRecoveryCode: boolean) {
		await clearAccount(db, keyring, 'second-factor', `user:${userId}`);
		await audit.record(db, {
			actorId: userId,
			action: 'auth.signed_in',
			objectType: 'staff_user',
			objectId: userId,
			details: { secondFactor: usedRecoveryCode ? 'recovery-code' : 'totp' }
		});
		return { ok: true as const, usedRecoveryCode };
	}
}

// ——— second factor enrolment ———

export function newTotpSecret(): string {
	return Buffer.from(generateTotpSecret()).toString('base64');
}

/** Confirms enrolment with a first code; answers the recovery codes, shown once. */
export async function enrolSecondFactor(
	db: Db,
	keyring: Keyring,
	userId: string,
	secretBase64: string,
	code: string,
	now = new Date()
): Promise<Result<{ recoveryCodes: string[] }, 'invalid-code'>> {
	const step = matchTotp(Buffer.from(secretBase64, 'base64'), code, null, now.getTime());
	if (step === null) return { ok: false, reason: 'invalid-code' };
	const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => encodeBase32LowerCaseNoPadding(randomBytes(8)).slice(0, 12));
	await db.transaction(async (tx) => {
		await tx
			.update(staffUsers)
			.set({ totpSecret: keyring.seal(secretBase64, TOTP_PURPOSE), totpLastStep: step })
			.where(eq(staffUsers.id, userId));
		await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
		await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: keyring.hmac('recovery-code', c) })));
		await audit.record(tx as unknown as Db, { actorId: userId, action: 'staff.second_factor_enrolled', objectType: 'staff_user', objectId: userId });
	});
	return { ok: true, recoveryCodes: codes.map((c) => c.replace(/(.{4})(?=.)/g, '$1-')) };
}

/** An admin resets a person's lost second factor; they enrol again at their next sign-in. */
export async function resetSecondFactor(db: Db, actor: Actor, userId: string): Promise<Result<object, 'forbidden' | 'not-found'>> {
	if (!isAdmin(actor)) return { ok: false, reason: 'forbidden' };
	return db.transaction(async (tx) => {
		const [user] = await tx
			.update(staffUsers)
			.set({ totpSecret: null, totpLastStep: null })
			.where(eq(staffUsers.id, userId))
			.returning({ id: staffUsers.id });
		if (!user) return { ok: false as const, reason: 'not-found' as const };
		await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
		const ended = await invalidateUserSessions(tx as unknown as Db, userId);
		await audit.record(tx as unknown as Db, {
			actorId: actor.id,
			action: 'staff.second_factor_reset',
			objectType: 'staff_user',
			objectId: userId,
			details: { sessionsEnded: ended }
		});
		return { ok: true as const };
	});
}

// ——— passwords ———

/**
 * Sends a reset link if an active account with a password has this address; answers the same
 * either way, so the form does not reveal who has an account.
 */
export async function requestPasswordReset(
	db: Db,
	keyring: Keyring,
	emailInput: string,
	{ origin, now = new Date() }: { origin: string; now?: Date }
): Promise<void> {
	const email = normaliseEmail(emailInput);
	const [user] = await db.select().from(staffUsers).where(eq(staffUsers.email, email));
	if (!user || user.disabledAt || !user.passwordHash) return;
	await db.transaction(async (tx) => {
		const token = await issueToken(tx as unknown as Db, keyring, 'reset', user.id, now);
		await enqueue(tx as unknown as Db, keyring, {
			to: email,
			template: 'password-reset',
			language: user.language,
			params: { link: `${origin}/staff/password/reset/${token}`, minutes: String(RESET_MINUTES) }
		});
		await audit.record(tx as unknown as Db, { actorId: null, action: 'auth.password_reset_requested', objectType: 'staff_user', objectId: user.id });
	});
}

/** Sets a new password through a reset link (used up) and ends every session of the person. */
export function resetPassword(db: Db, keyring: Keyring, token: string, password: string, now = new Date()) {
	return setPasswordThroughLink(db, keyring, 'reset', token, password, now, async (tx, userId) => {
		const ended = await invalidateUserSessions(tx, userId);
		await audit.record(tx, {
			actorId: userId,
			action: 'auth.password_reset',
			objectType: 'staff_user',
			objectId: userId,
			details: { sessionsEnded: ended }
		});
	});
}

// ——— administration ———

const staffSummary = {
	id: staffUsers.id,
	email: staffUsers.email,
	roles: staffUsers.roles,
	disabledAt: staffUsers.disabledAt,
	hasPassword: sql<boolean>`${staffUsers.passwordHash} is not null`,
	hasSecondFactor: sql<boolean>`${staffUsers.totpSecret} is not null`,
	createdAt: staffUsers.createdAt
};

export async function listStaff(db: Db) {
	return db.select(staffSummary).from(staffUsers).orderBy(asc(staffUsers.email));
}

export async function getStaff(db: Db, id: string) {
	// a malformed id in the address is "not found", not a database error
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) return null;
	const [row] = await db.select(staffSummary).from(staffUsers).where(eq(staffUsers.id, id));
	return row ?? null;
}

async function otherActiveAdmins(db: Db, userId: string): Promise<number> {
	const rows = await db
		.select({ id: staffUsers.id })
		.from(staffUsers)
		.where(and(sql`'admin' = any(${staffUsers.roles})`, isNull(staffUsers.disabledAt), sql`${staffUsers.id} <> ${userId}`));
	return rows.length;
}

/** An admin changes a person's roles; the last active admin cannot lose theirs. */
export async function changeRoles(
	db: Db,
	actor: Actor,
	userId: string,
	rolesInput: Role[]
): Promise<Result<object, 'forbidden' | 'not-found' | 'no-roles' | 'last-admin'>> {
	if (!isAdmin(actor)) return { ok: false, reason: 'forbidden' };
	const roles = ROLES.filter((role) => rolesInput.includes(role));
	if (roles.length === 0) return { ok: false, reason: 'no-roles' };
	return db.transaction(async (tx) => {
		const [user] = await tx.select().from(staffUsers).where(eq(staffUsers.id, userId)).for('update');
		if (!user) return { ok: false as const, reason: 'not-found' as const };
		if (user.roles.includes('admin') && !roles.includes('admin') && (await otherActiveAdmins(tx as unknown as Db, userId)) === 0) {
			return { ok: false as const, reason: 'last-admin' as const };
		}
		await tx.update(staffUsers).set({ roles }).where(eq(staffUsers.id, userId));
		await audit.record(tx as unknown as Db, {
			actorId: actor.id,
			action: 'staff.roles_changed',
			objectType: 'staff_user',
			objectId: userId,
			details: { from: user.roles, to: roles }
		});
		return { ok: true as const };
	});
}

/** An admin disables (ending every session) or enables an account; nobody disables themselves. */
export async function setDisabled(
	db: Db,
	actor: Actor,
	userId: string,
	disabled: boolean,
	now = new Date()
): Promise<Result<object, 'forbidden' | 'not-found' | 'self' | 'last-admin'>> {
	if (!isAdmin(actor)) return { ok: false, reason: 'forbidden' };
	if (disabled && actor.id === userId) return { ok: false, reason: 'self' };
	return db.transaction(async (tx) => {
		const [user] = await tx.select().from(staffUsers).where(eq(staffUsers.id, userId)).for('update');
		if (!user) return { ok: false as const, reason: 'not-found' as const };
		if (disabled && user.roles.includes('admin') && (await otherActiveAdmins(tx as unknown as Db, userId)) === 0) {
			return { ok: false as const, reason: 'last-admin' as const };
		}
		await tx.update(staffUsers).set({ disabledAt: disabled ? now : null }).where(eq(staffUsers.id, userId));
		const ended = disabled ? await invalidateUserSessions(tx as unknown as Db, userId) : 0;
		await audit.record(tx as unknown as Db, {
			actorId: actor.id,
			action: disabled ? 'staff.disabled' : 'staff.enabled',
			objectType: 'staff_user',
			objectId: userId,
			details: { sessionsEnded: ended }
		});
		return { ok: true as const };
	});
}

// ——— sessions ———

/** Ends the session in use. */
export async function signOut(db: Db, session: { id: string; userId: string }): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.delete(staffSessions).where(eq(staffSessions.id, session.id));
		await audit.record(tx as unknown as Db, { actorId: session.userId, action: 'auth.signed_out', objectType: 'staff_user', objectId: session.userId });
	});
}

/** Ends one of a person's own other sessions, or all of them (`sessionId` undefined). */
export async function endOwnSessions(
	db: Db,
	current: { id: string; userId: string },
	sessionId?: string
): Promise<Result<{ ended: number }, 'not-found'>> {
	return db.transaction(async (tx) => {
		const ended = sessionId
			? (
					await tx
						.delete(staffSessions)
						.where(and(eq(staffSessions.id, sessionId), eq(staffSessions.userId, current.userId), sql`${staffSessions.id} <> ${current.id}`))
						.returning({ id: staffSessions.id })
				).length
			: await invalidateUserSessions(tx as unknown as Db, current.userId, current.id);
		if (sessionId && ended === 0) return { ok: false as const, reason: 'not-found' as const };
		await audit.record(tx as unknown as Db, {
			actorId: current.userId,
			action: 'auth.sessions_ended',
			objectType: 'staff_user',
			objectId: current.userId,
			details: { count: ended }
		});
		return { ok: true as const, ended };
	});
}
