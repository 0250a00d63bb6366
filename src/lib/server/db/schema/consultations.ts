import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { staffUsers } from './auth.ts';

/**
 * Consultations as facilitators design them. Every text a participant reads lives in
 * `consultation_text`, per language and wording level, so that translation completeness is a
 * query and not a convention.
 */
export const consultations = pgTable(
	'consultation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		state: text('state', { enum: ['draft', 'ready', 'open', 'closed', 'in_review', 'released', 'archived'] })
			.notNull()
			.default('draft'),
		/** The language the facilitator writes in; the others are translations of it. */
		sourceLanguage: text('source_language').notNull().default('en'),
		/** Languages the consultation is to be offered in; a language is offered once complete. */
		languages: text('languages').array().notNull(),
		countries: text('countries').array().notNull(),
		/** A run of the stored age bands. */
		ageBands: text('age_bands').array().notNull(),
		consentPolicy: text('consent_policy', { enum: ['country-table', 'everyone-under-18'] })
			.notNull()
			.default('country-table'),
		/** Below this count nothing is published. */
		suppressionThreshold: smallint('suppression_threshold').notNull().default(10),
		retentionDays: integer('retention_days').notNull().default(365),
		timeZone: text('time_zone').notNull().default('Europe/Stockholm'),
		opensAt: timestamp('opens_at', { withTimezone: true }),
		closesAt: timestamp('closes_at', { withTimezone: true }),
		/** When a facilitator closed it before its closing instant; retention counts from the earlier of the two. */
		closedAt: timestamp('closed_at', { withTimezone: true }),
		/** The legal basis of the processing, as the record of processing states it (GDPR Art. 6 and 9). */
		legalBasis: text('legal_basis'),
		/** Whom guardians can ask about the consultation (an organisation, an e-mail address or a phone number): on their sheet and slips. */
		guardianContact: text('guardian_contact'),
		safeguardingLeadId: uuid('safeguarding_lead_id').references(() => staffUsers.id),
		/** Four eyes: a second moderator confirms each redaction or rejection of a flagged answer. */
		fourEyes: boolean('four_eyes').notNull().default(false),
		ethicsReference: text('ethics_reference'),
		dpiaReference: text('dpia_reference'),
		/** The nine basic requirements of UN CRC General Comment 12, each confirmed with a note. */
		ethicsChecklist: jsonb('ethics_checklist').$type<Record<string, { confirmed: boolean; note: string }>>().notNull().default({}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		check('consultation_threshold', sql`${table.suppressionThreshold} >= 5`),
		check('consultation_retention', sql`${table.retentionDays} between 1 and 3650`),
		check('consultation_window', sql`${table.closesAt} is null or ${table.opensAt} is null or ${table.closesAt} > ${table.opensAt}`)
	]
);

export const consultationMembers = pgTable(
	'consultation_member',
	{
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultations.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => staffUsers.id, { onDelete: 'cascade' }),
		role: text('role', { enum: ['owner', 'collaborator'] }).notNull()
	},
	(table) => [primaryKey({ columns: [table.consultationId, table.userId] }), index('consultation_member_user').on(table.userId)]
);

export const QUESTION_KINDS = ['single', 'multiple', 'smiley', 'yes-no', 'free-text', 'ranking', 'info'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const questions = pgTable(
	'question',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultations.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		kind: text('kind', { enum: QUESTION_KINDS }).notNull(),
		/** Multiple choice: the most a participant may pick; null for no limit. */
		maxChoices: smallint('max_choices'),
		/** Free text: the longest answer, in characters. */
		maxLength: integer('max_length'),
		/** Shown only to these bands; null for everyone in the consultation's range. */
		ageBands: text('age_bands').array(),
		/** Whether the text may suggest a child is at risk, so that its answers are screened for it. */
		sensitive: boolean('sensitive').notNull().default(false)
	},
	(table) => [
		unique('question_position').on(table.consultationId, table.position),
		check('question_max_length', sql`${table.maxLength} is null or ${table.maxLength} between 1 and 5000`),
		check('question_max_choices', sql`${table.maxChoices} is null or ${table.maxChoices} >= 1`)
	]
);

export const questionOptions = pgTable(
	'question_option',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		questionId: uuid('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		position: integer('position').notNull()
	},
	(table) => [unique('question_option_position').on(table.questionId, table.position)]
);

/**
 * Every participant-facing text: `field` names what it is (`title`, `purpose`, `audience`,
 * `feedbackPlan`, `prompt`, `hint`, `label`, `body`), `subjectId` the question or option it
 * belongs to (null for the consultation's own texts).
 */
export const consultationTexts = pgTable(
	'consultation_text',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultations.id, { onDelete: 'cascade' }),
		subjectId: uuid('subject_id'),
		field: text('field').notNull(),
		language: text('language').notNull(),
		level: text('level', { enum: ['child', 'teen', 'adult'] }).notNull(),
		text: text('text').notNull()
	},
	(table) => [
		unique('consultation_text_entry').on(table.consultationId, table.subjectId, table.field, table.language, table.level).nullsNotDistinct(),
		check('consultation_text_length', sql`char_length(${table.text}) between 1 and 5000`)
	]
);

/** Per-consultation counts, so that dashboards need no row per child. */
export const consultationCounters = pgTable('consultation_counter', {
	consultationId: uuid('consultation_id')
		.primaryKey()
		.references(() => consultations.id, { onDelete: 'cascade' }),
	started: integer('started').notNull().default(0),
	waitingForGuardian: integer('waiting_for_guardian').notNull().default(0),
	finished: integer('finished').notNull().default(0),
	withdrew: integer('withdrew').notNull().default(0)
});

export type Consultation = typeof consultations.$inferSelect;
export type Question = typeof questions.$inferSelect;

/**
 * Codes that let a child join: one shared code per consultation (public within its group, so
 * kept readable for the facilitator) and single-use slip codes (secret: only their HMAC is kept,
 * and they are shown once). Looked up by `code_hash` either way.
 */
export const accessCodes = pgTable(
	'access_code',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultations.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: ['shared', 'single-use'] }).notNull(),
		/** The shared code itself; null for single-use codes. */
		code: text('code'),
		codeHash: text('code_hash').notNull().unique(),
		/** The printed batch a single-use code belongs to. */
		batchId: uuid('batch_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** When a child joined with it: the start of that day only (UTC). */
		usedAt: timestamp('used_at', { withTimezone: true }),
		/** The day a guardian's consent for this slip was recorded (signed slip, online, or attestation). */
		consentedOn: date('consented_on')
	},
	(table) => [
		index('access_code_consultation').on(table.consultationId),
		check('access_code_plain_only_shared', sql`(${table.kind} = 'shared') = (${table.code} is not null)`)
	]
);
