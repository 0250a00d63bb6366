import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { staffUsers } from './auth.ts';
import { consultations } from './consultations.ts';

import type { ReleaseTexts } from '../../../results/types.ts';

export type { ReleaseTexts };

/**
 * A release (DESIGN.md "Moderators first", "Nobody sees a small number"): one moderator prepares
 * it, a second approves it, and from then on it is never changed. `snapshot` holds the suppressed
 * tables exactly as they are published (see results/snapshot.ts): hidden counts are not in it at
 * all, so that no page can show one by mistake. A later release supersedes the published one;
 * the history stays.
 */
export const releases = pgTable(
	'release',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultations.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		state: text('state', { enum: ['draft', 'published', 'superseded'] }).notNull().default('draft'),
		snapshot: jsonb('snapshot').notNull(),
		texts: jsonb('texts').$type<ReleaseTexts>().notNull().default({}),
		preparedBy: uuid('prepared_by').references(() => staffUsers.id, { onDelete: 'set null' }),
		preparedAt: timestamp('prepared_at', { withTimezone: true }).notNull().defaultNow(),
		approvedBy: uuid('approved_by').references(() => staffUsers.id, { onDelete: 'set null' }),
		publishedAt: timestamp('published_at', { withTimezone: true })
	},
	(table) => [
		unique('release_version').on(table.consultationId, table.version),
		index('release_consultation').on(table.consultationId),
		// at most one release in preparation and one published per consultation
		uniqueIndex('release_one_draft').on(table.consultationId).where(sql`state = 'draft'`),
		uniqueIndex('release_one_published').on(table.consultationId).where(sql`state = 'published'`),
		check('release_published', sql`(${table.state} = 'draft') = (${table.publishedAt} is null)`)
	]
);

/** Whether a consultation's child-friendly results are public at `/results/<slug>`. */
export const publicResults = pgTable(
	'public_results',
	{
		consultationId: uuid('consultation_id')
			.primaryKey()
			.references(() => consultations.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull().unique(),
		madePublicBy: uuid('made_public_by').references(() => staffUsers.id, { onDelete: 'set null' }),
		madePublicAt: timestamp('made_public_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [check('public_results_slug', sql`${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(${table.slug}) between 3 and 80`)]
);
