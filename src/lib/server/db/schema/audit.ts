import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Who did what to which object, and when. Never personal data: ids, actions, kinds and
 * counts only — no e-mail addresses, names, codes, tokens or answer text.
 */
export const auditEvents = pgTable(
	'audit_event',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		/** The staff member who acted; null for the system (jobs, start-up, the command line). */
		actorId: uuid('actor_id'),
		action: text('action').notNull(),
		objectType: text('object_type').notNull(),
		objectId: text('object_id'),
		details: jsonb('details').$type<Record<string, string | number | boolean | string[]>>()
	},
	(table) => [
		index('audit_event_at').on(table.at),
		index('audit_event_actor').on(table.actorId),
		index('audit_event_action').on(table.action)
	]
);

export type AuditEvent = typeof auditEvents.$inferSelect;
