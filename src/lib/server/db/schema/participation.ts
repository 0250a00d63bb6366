import { sql } from 'drizzle-orm';
import { boolean, check, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accessCodes, consultations, questions } from './consultations.ts';

/**
 * Taking part (DESIGN.md "Where the data lives"). A participation is a child in progress; it is
 * deleted when the child shares, stops or lets it expire (after a guardian's "No", it is emptied
 * first and kept, declined, until it expires). Responses are written apart from it,
 * with a fresh random id, and nothing joins the two: no column, no time finer than a day, no
 * shared transaction with anything but the answers and the counters.
 */

/** What a child has answered so far, per question id; kept only in the participation. */
export interface Draft {
	/** Option ids (single, multiple, smiley), or `yes` / `no` / `not-sure`. */
	choices?: string[];
	/** Ranking: option id → place (1 is first). */
	ranks?: Record<string, number>;
	/** Free text, already screened and redacted. */
	text?: string;
	/** What screening removed, by kind: shown to the child, kept with the answer. */
	redactions?: string[];
	/** Safeguarding flags raised for this answer, to be linked to it if the child shares. */
	flags?: string[];
	/** The risk categories already flagged, so that saving again raises no second flag. */
	riskCategories?: string[];
	skipped?: boolean;
}

/** `declined`: a guardian said no; the row is emptied and kept only to tell the child so (endByGuardian). */
export const PARTICIPATION_STEPS = ['about-you', 'information', 'assent', 'guardian', 'questions', 'check', 'declined'] as const;

export const participations = pgTable(
	'participation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultations.id, { onDelete: 'cascade' }),
		/** HMAC of the random token in the participant's cookie. */
		tokenHash: text('token_hash').notNull().unique(),
		/** HMAC of the resume code, once the child asks to continue later. */
		resumeHash: text('resume_hash').unique(),
		/** The single-use code the child joined with, if any: its guardian consent opens the gate. */
		accessCodeId: uuid('access_code_id').references(() => accessCodes.id, { onDelete: 'set null' }),
		language: text('language').notNull(),
		country: text('country'),
		ageBand: text('age_band'),
		/** Decided once, from the exact age at join (then forgotten). */
		guardianRequired: boolean('guardian_required'),
		step: text('step', { enum: PARTICIPATION_STEPS }).notNull().default('about-you'),
		drafts: jsonb('drafts').$type<Record<string, Draft>>().notNull().default({}),
		/** The day it was last used (UTC); it expires when unused past the resume lifetime. */
		activeOn: date('active_on').notNull().default(sql`current_date`)
	},
	(table) => [index('participation_active_on').on(table.activeOn)]
);

/** A child's own decision to take part, apart from everything else (no link to anyone). */
export const assents = pgTable('assent', {
	id: uuid('id').primaryKey().defaultRandom(),
	consultationId: uuid('consultation_id')
		.notNull()
		.references(() => consultations.id, { onDelete: 'cascade' }),
	decision: text('decision', { enum: ['yes', 'no'] }).notNull(),
	/** Which wording of the information sheet the child read: its level and the consultation's version. */
	textVersion: text('text_version').notNull(),
	language: text('language').notNull(),
	day: date('day').notNull().default(sql`current_date`)
});

/**
 * A sign that a child may be at risk: what kind, where, which day. Raised when screening finds a
 * risk phrase in a draft, and kept (without any text) even if the child never shares; an
 * answer that is shared names its flags.
 */
export const safeguardingFlags = pgTable(
	'safeguarding_flag',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultations.id, { onDelete: 'cascade' }),
		questionId: uuid('question_id').references(() => questions.id, { onDelete: 'set null' }),
		category: text('category', { enum: ['abuse', 'neglect', 'violence', 'self-harm', 'suicide'] }).notNull(),
		source: text('source', { enum: ['screening', 'moderator'] }).notNull().default('screening'),
		day: date('day').notNull().default(sql`current_date`),
		/** Whether the consultation's safeguarding lead has been told (a job sends a link, never text). */
		leadNotified: boolean('lead_notified').notNull().default(false)
	},
	(table) => [index('safeguarding_flag_consultation').on(table.consultationId)]
);

/** A shared set of answers. Its id is a fresh UUIDv4; its only time is the day. */
export const responses = pgTable(
	'response',
	{
		id: uuid('id').primaryKey(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultations.id, { onDelete: 'cascade' }),
		language: text('language').notNull(),
		country: text('country').notNull(),
		ageBand: text('age_band').notNull(),
		day: date('day').notNull(),
		/** HMAC of the receipt code, so that the child can withdraw. */
		receiptHash: text('receipt_hash').notNull().unique()
	},
	(table) => [index('response_consultation').on(table.consultationId)]
);

export const answers = pgTable(
	'answer',
	{
		id: uuid('id').primaryKey(),
		responseId: uuid('response_id')
			.notNull()
			.references(() => responses.id, { onDelete: 'cascade' }),
		questionId: uuid('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		/** "I'd rather not say": kept so that it can be reported apart, never counted as an answer. */
		skipped: boolean('skipped').notNull().default(false),
		choices: text('choices').array(),
		ranks: jsonb('ranks').$type<Record<string, number>>(),
		/** Free text, screened and redacted before it was ever stored. */
		text: text('text'),
		redactions: text('redactions').array(),
		flagIds: uuid('flag_ids').array()
	},
	(table) => [index('answer_response').on(table.responseId), index('answer_question').on(table.questionId), check('answer_text_length', sql`char_length(${table.text}) <= 20000`)]
);

/** Receipt code → consultation and language, with no link to the response: outlives the purge. */
export const receipts = pgTable('receipt', {
	hash: text('hash').primaryKey(),
	consultationId: uuid('consultation_id')
		.notNull()
		.references(() => consultations.id, { onDelete: 'cascade' }),
	language: text('language').notNull()
});

/**
 * A submission in flight: its token's HMAC → the receipt code (sealed), so that a retry after a
 * network error shows the same receipt. Kept a few minutes; written outside the submission's
 * own transaction.
 */
export const submissions = pgTable('submission', {
	tokenHash: text('token_hash').primaryKey(),
	sealedReceipt: text('sealed_receipt').notNull(),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
});

export type Participation = typeof participations.$inferSelect;
