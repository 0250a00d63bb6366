import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { auditEvents, type AuditEvent } from '../db/schema/index.ts';

export type AuditDetails = Record<string, string | number | boolean | string[]>;

export interface AuditEntry {
	/** The staff member who acted; null for the system. */
	actorId: string | null;
	/** `area.verb`, e.g. `staff.invited`. */
	action: string;
	objectType: string;
	objectId?: string | null;
	/** Ids, kinds and counts only: never an address, a name, a code or any text a person wrote. */
	details?: AuditDetails;
}

/** Records one audit event, in the caller's transaction so that it stands or falls with it. */
export async function record(db: Db, entry: AuditEntry): Promise<void> {
	await db.insert(auditEvents).values({
		actorId: entry.actorId,
		action: entry.action,
		objectType: entry.objectType,
		objectId: entry.objectId ?? null,
		details: entry.details ?? null
	});
}

export interface AuditFilter {
	action?: string;
	actorId?: string;
	/** UTC days, `YYYY-MM-DD`, both inclusive. */
	from?: string;
	to?: string;
	/** Events older than this id: the next page. */
	before?: number;
	limit?: number;
}

/** The newest events first, filtered; a page at a time. */
export async function list(db: Db, filter: AuditFilter = {}): Promise<AuditEvent[]> {
	const conditions: SQL[] = [];
	if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
	if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
	if (filter.from) conditions.push(gte(auditEvents.at, new Date(`${filter.from}T00:00:00Z`)));
	if (filter.to) {
		const next = new Date(`${filter.to}T00:00:00Z`);
		next.setUTCDate(next.getUTCDate() + 1);
		conditions.push(lt(auditEvents.at, next));
	}
	if (filter.before) conditions.push(lt(auditEvents.id, filter.before));
	return db
		.select()
		.from(auditEvents)
		.where(conditions.length ? and(...conditions) : undefined)
		.orderBy(desc(auditEvents.id))
		.limit(filter.limit ?? 50);
}

/** The actions that have been recorded, for the filter's choices. */
export async function actions(db: Db): Promise<string[]> {
	const rows = await db.selectDistinct({ action: auditEvents.action }).from(auditEvents).orderBy(auditEvents.action);
	return rows.map((row) => row.action);
}
