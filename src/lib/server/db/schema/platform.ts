import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** When each periodic job last ran, so that many processes together run it once per interval. */
export const jobRuns = pgTable('job_run', {
	name: text('name').primaryKey(),
	lastStartedAt: timestamp('last_started_at', { withTimezone: true }).notNull(),
	lastFinishedAt: timestamp('last_finished_at', { withTimezone: true })
});

/**
 * Counters of failed attempts (rate-limiter-flexible's Drizzle store). Keys are HMACs — of an
 * account, or of a client address with a secret that changes daily — never an address.
 */
export const rateLimits = pgTable(
	'rate_limit',
	{
		key: text('key').primaryKey(),
		points: integer('points').notNull().default(0),
		expire: timestamp('expire', { withTimezone: true })
	},
	(table) => [index('rate_limit_expire').on(table.expire)]
);

/**
 * E-mail waiting to go out. The recipient and the parameters (which may hold a link's token)
 * are sealed by the keyring and erased once the message is delivered or given up.
 */
export const mailOutbox = pgTable(
	'mail_outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		template: text('template').notNull(),
		language: text('language').notNull(),
		recipient: text('recipient'),
		params: text('params'),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		failedAt: timestamp('failed_at', { withTimezone: true }),
		/** A class of error (`EAUTH`, `ECONNECTION`), never a server's message. */
		lastError: text('last_error')
	},
	(table) => [index('mail_outbox_due').on(table.nextAttemptAt)]
);

/** Development only: what would have been sent, readable at /staff/dev/mailbox for a day. */
export const devMailbox = pgTable('dev_mailbox', {
	id: uuid('id').primaryKey().defaultRandom(),
	outboxId: uuid('outbox_id').notNull(),
	/** Sealed by the keyring, like the outbox's. */
	recipient: text('recipient'),
	subject: text('subject').notNull(),
	body: text('body').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * A random secret per UTC day for keying clients by address in `rate_limit`. Deleted after the
 * day, so that nobody — not even with the server's secrets — can tell later which address a
 * stored key stood for.
 */
export const dailySalts = pgTable('daily_salt', {
	day: text('day').primaryKey(),
	salt: text('salt').notNull()
});
