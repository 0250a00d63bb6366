import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	index,
	integer,
	pgTable,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';

/**
 * Staff accounts (never participants: children have no account). The e-mail address is a
 * staff member's work address; it never reaches a log line or an audit event.
 */
export const staffUsers = pgTable(
	'staff_user',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Lower-cased. */
		email: text('email').notNull().unique(),
		/** argon2id; null until the invitation is accepted. */
		passwordHash: text('password_hash'),
		roles: text('roles').array().notNull(),
		/** UI language for e-mails to this person. */
		language: text('language').notNull().default('en'),
		/** TOTP secret sealed by the keyring; null until enrolled. */
		totpSecret: text('totp_secret'),
		/** The last TOTP time step used, so that a code works once. */
		totpLastStep: bigint('totp_last_step', { mode: 'number' }),
		/** Whether this person uses a second factor; required roles force it. */
		secondFactorRequired: boolean('second_factor_required').notNull().default(true),
		disabledAt: timestamp('disabled_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [check('staff_user_email_lower', sql`${table.email} = lower(${table.email})`)]
);

export const staffSessions = pgTable(
	'staff_session',
	{
		/** SHA-256 (hex) of the token in the cookie; the token itself is never stored. */
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => staffUsers.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** Sliding: pushed forward while the session is used, never past `absoluteExpiresAt`. */
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
		/** False between password and second factor: such a session opens no staff page. */
		secondFactorVerified: boolean('second_factor_verified').notNull().default(false)
	},
	(table) => [index('staff_session_user').on(table.userId)]
);

export const recoveryCodes = pgTable(
	'staff_recovery_code',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		userId: uuid('user_id')
			.notNull()
			.references(() => staffUsers.id, { onDelete: 'cascade' }),
		/** HMAC of the code. */
		codeHash: text('code_hash').notNull().unique(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(table) => [index('staff_recovery_code_user').on(table.userId)]
);

/** Single-use links sent by e-mail: invitations and password resets. */
export const staffTokens = pgTable(
	'staff_token',
	{
		/** HMAC of the token in the link. */
		id: text('id').primaryKey(),
		kind: text('kind', { enum: ['invite', 'reset'] }).notNull(),
		userId: uuid('user_id')
			.notNull()
			.references(() => staffUsers.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(table) => [index('staff_token_user').on(table.userId)]
);

export type StaffUser = typeof staffUsers.$inferSelect;
export type StaffSession = typeof staffSessions.$inferSelect;
