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

/**
 * A migrated, seeded database for each test, fresh every time: one template per file (PGlite's
 * clone, or the server's `create database … template`), copied before each test and thrown away
 * after it.
 */
export function useMigratedDatabase(
	driver: Driver,
	{ isolation = 'test' }: { isolation?: 'test' | 'file' } = {}
): TestDatabase {
	let template: PGlite | string | undefined;
	let current: { database: Database; url?: string; name?: string } | undefined;
	// read-only suites share one copy per file: a PGlite clone costs about a second
	const [setUp, tearDown] = isolation === 'test' ? [beforeEach, afterEach] : [beforeAll, afterAll];

	beforeAll(async () => {
		if (driver === 'pglite') {
			const pglite = await PGlite.create('memory://');
			await prepareDatabase(wrapPglite(pglite), { migrationsFolder: MIGRATIONS });
			template = pglite;
		} else {
			const name = throwawayName();
			const url = await createDatabase(name);
			const database = await openDatabase({ url });
			await prepareDatabase(database, { migrationsFolder: MIGRATIONS, url });
			await database.close();
			template = name;
		}
	});

	setUp(async () => {
		if (template instanceof PGlite) {
			current = { database: wrapPglite((await template.clone()) as PGlite) };
		} else {
			const name = throwawayName();
			const url = await createDatabase(name, template);
			current = { database: await openDatabase({ url, poolSize: 4 }), url, name };
		}
	});

	tearDown(async () => {
		await current?.database.close();
		if (current?.name) await dropDatabase(current.name);
		current = undefined;
	});

	afterAll(async () => {
		if (template instanceof PGlite) await template.close();
		else if (template) await dropDatabase(template);
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

/** An empty database (not migrated) for each test, for tests of start-up itself. */
export function useEmptyDatabase(driver: Driver): TestDatabase {
	let current: { database: Database; url?: string; name?: string } | undefined;

	beforeEach(async () => {
		if (driver === 'pglite') {
			current = { database: await openDatabase({ pgliteDataDir: 'memory://' }) };
		} else {
			const name = throwawayName();
			const url = await createDatabase(name);
			current = { database: await openDatabase({ url, poolSize: 4 }), url, name };
		}
	});

	afterEach(async () => {
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
