import { sql } from 'drizzle-orm';
import type { Keyring } from '../../src/lib/server/crypto/keyring.ts';
import type { Db } from '../../src/lib/server/db/index.ts';

/**
 * The purposes the app seals values with (mail/outbox.ts, auth/staff.ts, participation): a
 * sealed value opens only with its own purpose, so a search must know them all. A sealed value
 * that none of them opens is reported, so that a new sealed column cannot hide from the search:
 * add its purpose here.
 */
export const SEALING_PURPOSES = ['mail-recipient', 'mail-params', 'staff-totp-secret', 'receipt-code'] as const;

/** A value as Keyring.seal writes it: `<keyId>.<base64url(iv ‖ ciphertext ‖ tag)>`, at least 28 bytes after the dot. */
const SEALED_IN_TEXT = /[A-Za-z0-9_-]{1,32}\.[A-Za-z0-9_-]{38,}/g;
const SEALED_SHAPE = '[A-Za-z0-9_-]\\.[A-Za-z0-9_-]{38,}';

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
	const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
	return Array.isArray(result) ? result : result.rows;
}

/**
 * Every column of the database that holds `needle`, as the app could read it: written plainly in
 * any text, JSON or array value (`table.column`), or sealed by the keyring (`table.column
 * (sealed)`). A whole value shaped like a sealed one that no known purpose opens is reported as
 * `table.column (sealed, unreadable)`.
 */
export async function whereHeld(db: Db, keyring: Keyring, needle: string): Promise<string[]> {
	const columns = await rows<{ table_name: string; column_name: string }>(
		db,
		sql`select table_name, column_name from information_schema.columns
			where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')
			order by table_name, column_name`
	);
	const wanted = needle.toLowerCase();
	const found = new Set<string>();
	for (const { table_name, column_name } of columns) {
		const [table, column] = [sql.identifier(table_name), sql.identifier(column_name)];
		const plain = await rows(db, sql`select 1 from ${table} where ${column}::text ilike ${`%${needle}%`} limit 1`);
		if (plain.length > 0) found.add(`${table_name}.${column_name}`);
		const values = await rows<{ value: string }>(db, sql`select ${column}::text as value from ${table} where ${column}::text ~ ${SEALED_SHAPE}`);
		for (const { value } of values) {
			for (const candidate of value.match(SEALED_IN_TEXT) ?? []) {
				const opened = SEALING_PURPOSES.map((purpose) => keyring.open(candidate, purpose)).find((text) => text !== null);
				if (opened === undefined && candidate === value) found.add(`${table_name}.${column_name} (sealed, unreadable)`);
				if (opened?.toLowerCase().includes(wanted)) found.add(`${table_name}.${column_name} (sealed)`);
			}
		}
	}
	return [...found];
}
