import { check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { staffUsers } from './auth.ts';
import { questions } from './consultations.ts';
import { answers, safeguardingFlags } from './participation.ts';

/**
 * Moderation (DESIGN.md "Moderators first"): one decision per free-text answer. The primary key
 * makes two moderators deciding one answer at once end with one decision. A redaction keeps the
 * text as published (spans replaced by `[removed]`); the stored answer itself is never changed.
 * Under four eyes, a redaction or rejection of a flagged answer waits for a second moderator.
 */
export const moderationDecisions = pgTable(
	'moderation_decision',
	{
		answerId: uuid('answer_id')
			.primaryKey()
			.references(() => answers.id, { onDelete: 'cascade' }),
		decision: text('decision', { enum: ['approve', 'redact', 'reject'] }).notNull(),
		/** The text as it may be published: the answer's, or with the removed spans replaced. Null when rejected. */
		text: text('text'),
		decidedBy: uuid('decided_by').references(() => staffUsers.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
		/** Four eyes: null while the decision waits for a second moderator. */
		confirmedBy: uuid('confirmed_by').references(() => staffUsers.id, { onDelete: 'set null' }),
		state: text('state', { enum: ['final', 'awaiting-confirmation'] }).notNull().default('final')
	},
	(table) => [check('moderation_text_length', sql`char_length(${table.text}) <= 20000`)]
);

/** What moderators did about a safeguarding flag; a flag with an action is handled. */
export const safeguardingActions = pgTable('safeguarding_action', {
	flagId: uuid('flag_id')
		.primaryKey()
		.references(() => safeguardingFlags.id, { onDelete: 'cascade' }),
	action: text('action').notNull(),
	handledBy: uuid('handled_by').references(() => staffUsers.id, { onDelete: 'set null' }),
	handledAt: timestamp('handled_at', { withTimezone: true }).notNull().defaultNow()
});

/** Themes moderators define per question, and the approved answers tagged with them. */
export const themes = pgTable(
	'theme',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		questionId: uuid('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		label: text('label').notNull(),
		createdBy: uuid('created_by').references(() => staffUsers.id, { onDelete: 'set null' })
	},
	(table) => [index('theme_question').on(table.questionId), check('theme_label_length', sql`char_length(${table.label}) between 1 and 80`)]
);

export const answerThemes = pgTable(
	'answer_theme',
	{
		answerId: uuid('answer_id')
			.notNull()
			.references(() => answers.id, { onDelete: 'cascade' }),
		themeId: uuid('theme_id')
			.notNull()
			.references(() => themes.id, { onDelete: 'cascade' })
	},
	(table) => [primaryKey({ columns: [table.answerId, table.themeId] }), index('answer_theme_theme').on(table.themeId)]
);
