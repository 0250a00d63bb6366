import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { staffUsers } from './auth.ts';
import { consultations } from './consultations.ts';
import { participations } from './participation.ts';
import { mailOutbox } from './platform.ts';

/**
 * Guardian consent (DESIGN.md "Where the data lives": consent). A request by e-mail belongs to
 * a participation waiting at the gate and goes with it: when the child shares, stops or the
 * participation expires, the link stops working. The guardian's address is never here: it is
 * sealed in the outbox message, which is erased when the guardian decides or the link expires.
 */
export const consentRequests = pgTable(
	'consent_request',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		participationId: uuid('participation_id')
			.notNull()
			.unique()
			.references(() => participations.id, { onDelete: 'cascade' }),
		/** HMAC of the random token in the guardian's link. */
		tokenHash: text('token_hash').notNull().unique(),
		/** The message that carries the link (and, until it is erased, the sealed address). */
		outboxId: uuid('outbox_id').references(() => mailOutbox.id, { onDelete: 'set null' }),
		/** How many times the child asked for a message: limited per participation. */
		sends: integer('sends').notNull().default(1),
		/** The link works until the end of this day (UTC), or until the child shares. */
		expiresOn: date('expires_on').notNull(),
		/** The day the guardian agreed; the link then still withdraws until the child shares. */
		consentedOn: date('consented_on')
	},
	(table) => [index('consent_request_expires_on').on(table.expiresOn)]
);

export const CONSENT_METHODS = ['email', 'slip', 'slip-online', 'attestation'] as const;
export const CONSENT_DECISIONS = ['yes', 'no', 'withdrawn'] as const;

/**
 * Each guardian decision, kept for accountability: how it was given, what, on which version of
 * the information, in which language, on which day. No column leads to a participation or a
 * response. An attestation names its batch of slips, how and when consent was collected, and
 * the facilitator who recorded it.
 */
export const consentRecords = pgTable(
	'consent_record',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultations.id, { onDelete: 'cascade' }),
		method: text('method', { enum: CONSENT_METHODS }).notNull(),
		decision: text('decision', { enum: CONSENT_DECISIONS }).notNull(),
		textVersion: text('text_version').notNull(),
		language: text('language').notNull(),
		day: date('day').notNull().default(sql`current_date`),
		/** Attestations only: the batch, how many codes, how and when, and who recorded it. */
		batchId: uuid('batch_id'),
		codes: integer('codes'),
		how: text('how'),
		collectedOn: date('collected_on'),
		attestedBy: uuid('attested_by').references(() => staffUsers.id, { onDelete: 'set null' })
	},
	(table) => [
		index('consent_record_consultation').on(table.consultationId),
		check('consent_record_attestation', sql`(${table.method} = 'attestation') = (${table.how} is not null and ${table.collectedOn} is not null and ${table.batchId} is not null)`),
		check('consent_record_how_length', sql`char_length(${table.how}) <= 500`)
	]
);
