import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import type { Keyring } from '../crypto/keyring.ts';
import { seedDemoConsultation } from '../demo/consultation/index.ts';
import { seedReleasedDemo } from '../demo/released.ts';
import { seedDemo } from '../demo/seed.ts';
import { seedReferenceData } from '../reference/seed.ts';
import type { Database, Db } from './index.ts';
import * as schema from './schema/index.ts';

/** Any fixed 64-bit number of our own; every process that starts up waits on the same one. */
const STARTUP_LOCK = 7_263_845_120_001n;

export interface PrepareOptions {
	/** Folder of the generated SQL migrations; relative paths resolve from the working dir. */
	migrationsFolder: string;
	/** postgres:// URL when `database` is a server: the lock needs a connection of its own. */
	url?: string;
	/** Also add the demo's staff accounts and consultation where absent. */
	demo?: boolean;
	/** Hashes the demo consultation's code; needed with `demo`. */
	keyring?: Pick<Keyring, 'hmac'>;
}

/**
 * Applies the migrations and seeds the reference data, under a PostgreSQL advisory lock so that
 * several app processes starting together do not race: the first does the work, the others
 * wait and then find nothing left to do.
 */
export async function prepareDatabase(database: Database, options: PrepareOptions): Promise<void> {
	const migrationsFolder = resolve(options.migrationsFolder);
	if (database.driver === 'pglite') {
		// one process holds a PGlite folder, so there is nobody to race
		await migratePglite(database.db as unknown as PgliteDatabase<typeof schema>, {
			migrationsFolder
		});
		await seed(database.db, options);
		return;
	}
	if (!options.url) throw new Error('prepareDatabase needs the server URL for its lock');
	// a session-level advisory lock belongs to one connection: hold it on a pool of one
	const client = postgres(options.url, { max: 1, onnotice: () => {} });
	const db = drizzlePostgres(client, { schema });
	try {
		await db.execute(sql`select pg_advisory_lock(${STARTUP_LOCK})`);
		try {
			await migratePostgres(db, { migrationsFolder });
			await seed(db as unknown as Db, options);
		} finally {
			await db.execute(sql`select pg_advisory_unlock(${STARTUP_LOCK})`);
		}
	} finally {
		await client.end({ timeout: 5 });
	}
}

async function seed(db: Db, options: PrepareOptions): Promise<void> {
	await db.transaction(async (tx) => {
		await seedReferenceData(tx as unknown as Db);
		if (options.demo) {
			if (!options.keyring) throw new Error('the demo seed needs the keyring for its code');
			await seedDemo(tx as unknown as Db);
			await seedDemoConsultation(tx as unknown as Db, options.keyring);
			await seedReleasedDemo(tx as unknown as Db);
		}
	});
}
