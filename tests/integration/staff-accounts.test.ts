import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../src/lib/server/auth/totp.ts';
import { LIMITS } from '../../src/lib/server/auth/rate-limit.ts';
import {
	ABSOLUTE_MS,
	IDLE_MS,
	createSession,
	generateSessionToken,
	listUserSessions,
	validateSessionToken
} from '../../src/lib/server/auth/sessions.ts';
import * as staff from '../../src/lib/server/auth/staff.ts';
import type { Db } from '../../src/lib/server/db/index.ts';
import { auditEvents, mailOutbox, rateLimits, staffUsers } from '../../src/lib/server/db/schema/index.ts';
import { testKeyring } from '../support/keyring.ts';
import { DRIVERS, useMigratedDatabase } from './databases.ts';

const ORIGIN = 'https://voices.example';
const PASSWORD = 'correct horse battery staple';
const SYSTEM = null;

async function newAdmin(db: Db, keyring = testKeyring(), email = 'first.admin@example.org') {
	const invited = await staff.invite(db, keyring, SYSTEM, { email, roles: ['admin'], language: 'en' }, { origin: ORIGIN, send: false });
	if (!invited.ok) throw new Error(invited.reason);
	const token = invited.link.split('/').pop()!;
	const accepted = await staff.acceptInvite(db, keyring, token, PASSWORD);
	if (!accepted.ok) throw new Error(accepted.reason);
	return { id: invited.userId, roles: ['admin'] as string[], keyring, email };
}

describe.each(DRIVERS)('staff sessions on %s', (driver) => {
	const test = useMigratedDatabase(driver);

	it('stores only the SHA-256 of the token and finds the session by the token', async () => {
		const admin = await newAdmin(test.db);
		const token = generateSessionToken();
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		await createSession(test.db, token, admin.id, { secondFactorVerified: true });
		const rows = await test.db.execute(sql`select id from staff_session`);
		const ids = JSON.stringify(rows);
		expect(ids).not.toContain(token);
		const { session, user } = await validateSessionToken(test.db, token);
		expect(session?.userId).toBe(admin.id);
		expect(user?.roles).toEqual(['admin']);
		expect((await validateSessionToken(test.db, generateSessionToken())).session).toBeNull();
	});

	it('ends after 30 minutes unused, and use pushes that forward', async () => {
		const admin = await newAdmin(test.db);
		const token = generateSessionToken();
		const start = new Date('2026-11-28T08:00:00Z');
		await createSession(test.db, token, admin.id, { secondFactorVerified: true, now: start });
		const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
		expect((await validateSessionToken(test.db, token, at(20))).session).not.toBeNull();
		// used at 20 minutes: valid until 50
		expect((await validateSessionToken(test.db, token, at(45))).session).not.toBeNull();
		expect((await validateSessionToken(test.db, token, at(45 + IDLE_MS / 60_000 + 1))).session).toBeNull();
	});

	it('ends after 12 hours however much it is used', async () => {
		const admin = await newAdmin(test.db);
		const token = generateSessionToken();
		const start = new Date('2026-11-28T08:00:00Z');
		await createSession(test.db, token, admin.id, { secondFactorVerified: true, now: start });
		for (let minutes = 20; minutes < ABSOLUTE_MS / 60_000; minutes += 20) {
			expect((await validateSessionToken(test.db, token, new Date(start.getTime() + minutes * 60_000))).session, `${minutes}`).not.toBeNull();
		}
		expect((await validateSessionToken(test.db, token, new Date(start.getTime() + ABSOLUTE_MS))).session).toBeNull();
	});

	it('ends every session of a person who is disabled, and refuses their token', async () => {
		const admin = await newAdmin(test.db);
		const other = await staff.invite(test.db, admin.keyring, admin, { email: 'fac@example.org', roles: ['facilitator'], language: 'de' }, { origin: ORIGIN, send: false });
		if (!other.ok) throw new Error(other.reason);
		const token = generateSessionToken();
		await createSession(test.db, token, other.userId, { secondFactorVerified: true });
		expect(await staff.setDisabled(test.db, admin, other.userId, true)).toEqual({ ok: true });
		expect((await validateSessionToken(test.db, token)).session).toBeNull();
		expect(await listUserSessions(test.db, other.userId)).toEqual([]);
	});

	it('signs out one session, or every other one', async () => {
		const admin = await newAdmin(test.db);
		const tokens = [generateSessionToken(), generateSessionToken(), generateSessionToken()];
		const sessions = [];
		for (const token of tokens) sessions.push(await createSession(test.db, token, admin.id, { secondFactorVerified: true }));
		expect(await staff.endOwnSessions(test.db, sessions[0], sessions[1].id)).toEqual({ ok: true, ended: 1 });
		expect(await staff.endOwnSessions(test.db, sessions[0])).toEqual({ ok: true, ended: 1 });
		expect((await validateSessionToken(test.db, tokens[0])).session).not.toBeNull();
		expect((await validateSessionToken(test.db, tokens[2])).session).toBeNull();
		await staff.signOut(test.db, sessions[0]);
		expect((await validateSessionToken(test.db, tokens[0])).session).toBeNull();
	});
});

describe.each(DRIVERS)('signing in on %s', (driver) => {
	const test = useMigratedDatabase(driver);
	const signIn = (db: Db, keyring: ReturnType<typeof testKeyring>, email: string, password: string, clientAddress = '198.51.100.7') =>
		staff.signIn(db, keyring, { email, password, clientAddress }, { requireSecondFactor: true });

	it('answers the same for an unknown address and a wrong password', async () => {
		const admin = await newAdmin(test.db);
		expect(await signIn(test.db, admin.keyring, 'nobody@example.org', PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
		expect(await signIn(test.db, admin.keyring, admin.email, 'wrong password!!')).toEqual({ ok: false, reason: 'invalid' });
		// addresses are read case-insensitively
		expect(await signIn(test.db, admin.keyring, admin.email.toUpperCase(), PASSWORD)).toMatchObject({ ok: true });
	});

	it('asks an admin without a second factor to enrol, and to verify once enrolled', async () => {
		const admin = await newAdmin(test.db);
		expect(await signIn(test.db, admin.keyring, admin.email, PASSWORD)).toMatchObject({ ok: true, secondFactor: 'enrol' });
		const secret = staff.newTotpSecret();
		const now = Date.now();
		const enrolled = await staff.enrolSecondFactor(test.db, admin.keyring, admin.id, secret, totpCodeAt(Buffer.from(secret, 'base64'), now), new Date(now));
		expect(enrolled.ok && enrolled.recoveryCodes).toHaveLength(10);
		expect(await signIn(test.db, admin.keyring, admin.email, PASSWORD)).toMatchObject({ ok: true, secondFactor: 'verify' });
	});

	it('lets a facilitator without a second factor straight in', async () => {
		const admin = await newAdmin(test.db);
		const invited = await staff.invite(test.db, admin.keyring, admin, { email: 'fac@example.org', roles: ['facilitator'], language: 'en' }, { origin: ORIGIN, send: false });
		if (!invited.ok) throw new Error();
		await staff.acceptInvite(test.db, admin.keyring, invited.link.split('/').pop()!, PASSWORD);
		expect(await signIn(test.db, admin.keyring, 'fac@example.org', PASSWORD)).toMatchObject({ ok: true, secondFactor: 'none' });
	});

	it('blocks an account after 10 failures in 15 minutes, even with the right password', async () => {
		const admin = await newAdmin(test.db);
		for (let i = 0; i < LIMITS.account.points; i++) {
			expect(await signIn(test.db, admin.keyring, admin.email, `wrong password ${i}`, `203.0.113.${i}`)).toMatchObject({ reason: 'invalid' });
		}
		const blocked = await signIn(test.db, admin.keyring, admin.email, PASSWORD, '203.0.113.200');
		expect(blocked).toMatchObject({ ok: false, reason: 'blocked' });
		expect(blocked.ok === false && blocked.reason === 'blocked' && blocked.retryAfterSeconds).toBeGreaterThan(14 * 60);
	});

	it('never blocks a class of thirty signing in correctly from one school router', async () => {
		const keyring = testKeyring();
		const admin = await newAdmin(test.db, keyring);
		const router = '192.0.2.10';
		for (let i = 0; i < 30; i++) {
			const email = `teacher${i}@school.example`;
			const invited = await staff.invite(test.db, keyring, admin, { email, roles: ['facilitator'], language: 'en' }, { origin: ORIGIN, send: false });
			if (!invited.ok) throw new Error();
			await staff.acceptInvite(test.db, keyring, invited.link.split('/').pop()!, PASSWORD);
		}
		for (let round = 0; round < 4; round++) {
			for (let i = 0; i < 30; i++) {
				expect(await signIn(test.db, keyring, `teacher${i}@school.example`, PASSWORD, router), `${round}/${i}`).toMatchObject({ ok: true });
			}
		}
	});

	it('never stores a client address, only keys that cannot be traced back after the day', async () => {
		const admin = await newAdmin(test.db);
		await signIn(test.db, admin.keyring, admin.email, 'wrong password one', '198.51.100.77');
		const rows = JSON.stringify(await test.db.select().from(rateLimits));
		expect(rows).not.toContain('198.51.100.77');
		expect(rows).not.toContain(admin.email);
		expect(JSON.stringify(await test.db.select().from(auditEvents))).not.toContain('198.51.100.77');
	});
});

describe.each(DRIVERS)('second factor on %s', (driver) => {
	const test = useMigratedDatabase(driver);

	async function enrolled() {
		const admin = await newAdmin(test.db);
		const secret = staff.newTotpSecret();
		const key = Buffer.from(secret, 'base64');
		const start = Date.now() - 5 * 60_000;
		const result = await staff.enrolSecondFactor(test.db, admin.keyring, admin.id, secret, totpCodeAt(key, start), new Date(start));
		if (!result.ok) throw new Error(result.reason);
		return { ...admin, key, recoveryCodes: result.recoveryCodes };
	}

	it('keeps the TOTP secret sealed', async () => {
		const admin = await enrolled();
		const [row] = await test.db.select().from(staffUsers).where(eq(staffUsers.id, admin.id));
		expect(row.totpSecret).toMatch(/^k1\./);
		expect(row.totpSecret).not.toContain(Buffer.from(admin.key).toString('base64'));
	});

	it('accepts a current code once, and not the same code again', async () => {
		const admin = await enrolled();
		const now = new Date();
		const code = totpCodeAt(admin.key, now.getTime());
		expect(await staff.verifySecondFactor(test.db, admin.keyring, admin.id, code, '198.51.100.1', now)).toEqual({ ok: true, usedRecoveryCode: false });
		expect(await staff.verifySecondFactor(test.db, admin.keyring, admin.id, code, '198.51.100.1', now)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('refuses a code from ten minutes ago', async () => {
		const admin = await enrolled();
		const now = new Date();
		const old = totpCodeAt(admin.key, now.getTime() - 10 * 60_000);
		expect(await staff.verifySecondFactor(test.db, admin.keyring, admin.id, old, '198.51.100.1', now)).toMatchObject({ ok: false });
	});

	it('accepts each recovery code once', async () => {
		const admin = await enrolled();
		const [code] = admin.recoveryCodes;
		expect(await staff.verifySecondFactor(test.db, admin.keyring, admin.id, code, '198.51.100.1')).toEqual({ ok: true, usedRecoveryCode: true });
		expect(await staff.verifySecondFactor(test.db, admin.keyring, admin.id, code, '198.51.100.1')).toEqual({ ok: false, reason: 'invalid' });
	});

	it('is reset by an admin, who must be another admin or the system', async () => {
		const admin = await enrolled();
		const helper = await staff.invite(test.db, admin.keyring, admin, { email: 'mod@example.org', roles: ['moderator'], language: 'en' }, { origin: ORIGIN, send: false });
		if (!helper.ok) throw new Error();
		const moderator = { id: helper.userId, roles: ['moderator'] };
		expect(await staff.resetSecondFactor(test.db, moderator, admin.id)).toEqual({ ok: false, reason: 'forbidden' });
		expect(await staff.resetSecondFactor(test.db, admin, admin.id)).toEqual({ ok: true });
		expect(await staff.signIn(test.db, admin.keyring, { email: admin.email, password: PASSWORD, clientAddress: '198.51.100.1' }, { requireSecondFactor: true })).toMatchObject({
			ok: true,
			secondFactor: 'enrol'
		});
	});
});

describe.each(DRIVERS)('invitations and password resets on %s', (driver) => {
	const test = useMigratedDatabase(driver);

	it('queues the invitation e-mail, sealed, in the same transaction as the account', async () => {
		const admin = await newAdmin(test.db);
		const invited = await staff.invite(test.db, admin.keyring, admin, { email: 'new@example.org', roles: ['reviewer'], language: 'lt' }, { origin: ORIGIN });
		expect(invited.ok).toBe(true);
		const outbox = await test.db.select().from(mailOutbox);
		expect(outbox).toHaveLength(1);
		expect(outbox[0]).toMatchObject({ template: 'invite', language: 'lt' });
		expect(JSON.stringify(outbox[0])).not.toContain('new@example.org');
		expect(JSON.stringify(outbox[0])).not.toContain(invited.ok && invited.link);
	});

	it('refuses a second account for the same address, and invitations from non-admins', async () => {
		const admin = await newAdmin(test.db);
		const input = { email: 'Same@Example.org', roles: ['reviewer' as const], language: 'en' };
		expect((await staff.invite(test.db, admin.keyring, admin, input, { origin: ORIGIN, send: false })).ok).toBe(true);
		expect(await staff.invite(test.db, admin.keyring, admin, { ...input, email: 'same@example.org' }, { origin: ORIGIN, send: false })).toEqual({ ok: false, reason: 'exists' });
		expect(await staff.invite(test.db, admin.keyring, { id: admin.id, roles: ['facilitator'] }, { ...input, email: 'x@example.org' }, { origin: ORIGIN, send: false })).toEqual({
			ok: false,
			reason: 'forbidden'
		});
	});

	it('uses an invitation link once, and not after a week', async () => {
		const keyring = testKeyring();
		const now = new Date('2026-11-28T10:00:00Z');
		const invited = await staff.invite(test.db, keyring, SYSTEM, { email: 'a@example.org', roles: ['admin'], language: 'en' }, { origin: ORIGIN, send: false, now });
		const other = await staff.invite(test.db, keyring, SYSTEM, { email: 'b@example.org', roles: ['admin'], language: 'en' }, { origin: ORIGIN, send: false, now });
		if (!invited.ok || !other.ok) throw new Error();
		const token = invited.link.split('/').pop()!;
		expect(await staff.acceptInvite(test.db, keyring, token, 'short', now)).toEqual({ ok: false, reason: 'short' });
		expect((await staff.acceptInvite(test.db, keyring, token, PASSWORD, now)).ok).toBe(true);
		expect(await staff.acceptInvite(test.db, keyring, token, PASSWORD, now)).toEqual({ ok: false, reason: 'invalid-link' });
		const late = new Date(now.getTime() + staff.INVITE_DAYS * 24 * 60 * 60_000);
		expect(await staff.acceptInvite(test.db, keyring, other.link.split('/').pop()!, PASSWORD, late)).toEqual({ ok: false, reason: 'invalid-link' });
	});

	it('resets a password through a single-use link, ending every session', async () => {
		const admin = await newAdmin(test.db);
		const token = generateSessionToken();
		await createSession(test.db, token, admin.id, { secondFactorVerified: true });
		await staff.requestPasswordReset(test.db, admin.keyring, admin.email, { origin: ORIGIN });
		// the link only travels in the e-mail: read it back from the sealed outbox as the job would
		const [mail] = await test.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'password-reset'));
		const params = JSON.parse(admin.keyring.open(mail.params!, 'mail-params')!);
		const resetToken = params.link.split('/').pop();
		expect((await staff.resetPassword(test.db, admin.keyring, resetToken, 'a brand new passphrase')).ok).toBe(true);
		expect((await validateSessionToken(test.db, token)).session).toBeNull();
		expect(await staff.resetPassword(test.db, admin.keyring, resetToken, 'another new passphrase')).toEqual({ ok: false, reason: 'invalid-link' });
		expect(await staff.signIn(test.db, admin.keyring, { email: admin.email, password: 'a brand new passphrase', clientAddress: '198.51.100.1' }, { requireSecondFactor: false })).toMatchObject({ ok: true });
	});

	it('answers a reset request for an unknown address without sending anything', async () => {
		const keyring = testKeyring();
		await staff.requestPasswordReset(test.db, keyring, 'nobody@example.org', { origin: ORIGIN });
		expect(await test.db.select().from(mailOutbox)).toEqual([]);
	});

	it('keeps at least one active admin', async () => {
		const admin = await newAdmin(test.db);
		expect(await staff.changeRoles(test.db, admin, admin.id, ['facilitator'])).toEqual({ ok: false, reason: 'last-admin' });
		expect(await staff.setDisabled(test.db, admin, admin.id, true)).toEqual({ ok: false, reason: 'self' });
		const second = await newAdmin(test.db, admin.keyring, 'second.admin@example.org');
		expect(await staff.changeRoles(test.db, second, admin.id, ['facilitator', 'reviewer'])).toEqual({ ok: true });
		expect(await staff.setDisabled(test.db, { id: admin.id, roles: ['facilitator'] }, second.id, true)).toEqual({ ok: false, reason: 'forbidden' });
	});

	it('audits every command without personal data', async () => {
		const admin = await newAdmin(test.db);
		const invited = await staff.invite(test.db, admin.keyring, admin, { email: 'audited.person@example.org', roles: ['moderator'], language: 'en' }, { origin: ORIGIN });
		if (!invited.ok) throw new Error();
		await staff.changeRoles(test.db, admin, invited.userId, ['moderator', 'reviewer']);
		await staff.setDisabled(test.db, admin, invited.userId, true);
		await staff.requestPasswordReset(test.db, admin.keyring, admin.email, { origin: ORIGIN });
		const events = await test.db.select().from(auditEvents);
		expect(events.map((event) => event.action)).toEqual(
			expect.arrayContaining(['staff.invited', 'staff.invite_accepted', 'staff.roles_changed', 'staff.disabled', 'auth.password_reset_requested'])
		);
		const text = JSON.stringify(events);
		for (const secret of ['audited.person@example.org', admin.email, 'example.org', invited.link]) expect(text).not.toContain(secret);
	});
});
