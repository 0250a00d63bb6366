import type { sql } from 'drizzle-orm';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { openDatabase, wrapPglite, type Database, type Db, type Driver } from '../../src/lib/server/db/index.ts';
import { prepareDatabase } from '../../src/lib/server/db/prepare.ts';
import { createDatabase, dropDatabase, throwawayName } from '../support/postgres-server.ts';

export const MIGRATIONS = 'drizzle';

/** The databases every integration test runs against: PGlite, and the server when it answers. */
export const DRIVERS: Driver[] = inject('postgresServer') ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
	readonly database: Database;
	readonly db: Db;
	/** The server URL of this test's database; undefined on PGlite. */
	readonly url: string | undefined;
}

interface Copy {
	database: Database;
	url?: string;
	/** The throwaway database on the server, dropped after use. */
	name?: string;
}

/**
 * Registers the hooks that give each test (or each file) a database from `open`, and hands
 * the tests the one that is current.
 */
function provide(open: () => Promise<Copy>, isolation: 'test' | 'file'): TestDatabase {
	let current: Copy | undefined;
	const [setUp, tearDown] = isolation === 'test' ? [beforeEach, afterEach] : [beforeAll, afterAll];
	setUp(async () => {
		current = await open();
	});
	tearDown(async () => {
		await current?.database.close();
		if (current?.name) await dropDatabase(current.name);
		current = undefined;
	});
	return {
		get database() {
			if (!current) throw new Error('no database outside a test');
			return current.database;
		},
		get db() {
			return this.database.db;
		},
		get url() {
			return current?.url;
		}
	};
}

async function serverDatabase(template?: string): Promise<Copy> {
	const name = throwawayName();
	const url = await createDatabase(name, template);
	return { database: await openDatabase({ url, poolSize: 4 }), url, name };
}

/**
 * A migrated, seeded database for each test, fresh every time: one template per file (PGlite's
 * clone, or the server's `create database … template`), copied before each test and thrown away
 * after it. Read-only suites may share one copy per file: a PGlite clone costs about a second.
 */
export function useMigratedDatabase(
	driver: Driver,
	{ isolation = 'test' }: { isolation?: 'test' | 'file' } = {}
): TestDatabase {
	let template: PGlite | string | undefined;

	beforeAll(async () => {
		if (driver === 'pglite') {
			const pglite = await PGlite.create('memory://');
			await prepareDatabase(wrapPglite(pglite), { migrationsFolder: MIGRATIONS });
			template = pglite;
		} else {
			const { database, url, name } = await serverDatabase();
			await prepareDatabase(database, { migrationsFolder: MIGRATIONS, url });
			await database.close();
			template = name;
		}
	});

	afterAll(async () => {
		if (template instanceof PGlite) await template.close();
		else if (template) await dropDatabase(template);
	});

	return provide(
		async () =>
			template instanceof PGlite
				? { database: wrapPglite((await template.clone()) as PGlite) }
				: serverDatabase(template),
		isolation
	);
}

/** An empty database (not migrated) for each test, for tests of start-up itself. */
export function useEmptyDatabase(driver: Driver): TestDatabase {
	return provide(
		async () =>
			driver === 'pglite'
				? { database: await openDatabase({ pgliteDataDir: 'memory://' }) }
				: serverDatabase(),
		'test'
	);
}

/** Rows of a raw query, from either driver (postgres.js answers an array, PGlite an object). */
export async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
	const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
	return Array.isArray(result) ? result : result.rows;
}
