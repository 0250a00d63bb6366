import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { config } from '../config.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** What domain code sees: one type for both drivers, and for a transaction inside either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Driver = 'pglite' | 'postgres';

export interface Database {
	readonly db: Db;
	readonly driver: Driver;
	/** True when the database answers a trivial query within the time given. */
	ping(timeoutMs?: number): Promise<boolean>;
	close(): Promise<void>;
}

export interface OpenOptions {
	/** postgres:// URL of a server; without one, PGlite opens `pgliteDataDir`. */
	url?: string;
	pgliteDataDir?: string;
	poolSize?: number;
	/** An already open PGlite instance (tests clone a migrated template). */
	pglite?: PGlite;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
	if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
	const client = options.pglite ?? (await openPglite(options.pgliteDataDir ?? 'memory://'));
	return wrapPglite(client);
}

async function openPglite(dataDir: string): Promise<PGlite> {
	if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
	return PGlite.create(dataDir);
}

export function wrapPglite(client: PGlite): Database {
	const db = drizzlePglite(client, { schema }) as unknown as Db;
	return {
		db,
		driver: 'pglite',
		ping: (timeoutMs) => ping(db, timeoutMs),
		close: () => client.close()
	};
}

function openPostgres(url: string, poolSize: number): Database {
	const client = postgres(url, {
		max: poolSize,
		// a database that is down must make /healthz answer within seconds, not after 30
		connect_timeout: 5,
		idle_timeout: 60,
		max_lifetime: 60 * 30,
		onnotice: () => {}
	});
	const db = drizzlePostgres(client, { schema }) as unknown as Db;
	return {
		db,
		driver: 'postgres',
		ping: (timeoutMs) => ping(db, timeoutMs),
		close: () => client.end({ timeout: 5 })
	};
}

async function ping(db: Db, timeoutMs = 2000): Promise<boolean> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<false>((resolve) => {
		timer = setTimeout(() => resolve(false), timeoutMs);
	});
	const query = db.execute(sql`select 1`).then(
		() => true,
		() => false
	);
	try {
		return await Promise.race([query, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

// Under `vite dev` modules reload; the handle lives on globalThis so that a reload never opens
// the PGlite data folder a second time (only one process or instance may hold it).
const holder = globalThis as typeof globalThis & { __voicesDatabase?: Promise<Database> };

/** The database of this process, opened on first use from the configuration. */
export function database(): Promise<Database> {
	holder.__voicesDatabase ??= (async () => {
		const settings = config();
		return openDatabase({
			url: settings.DATABASE_URL,
			pgliteDataDir: settings.pgliteDataDir,
			poolSize: settings.DATABASE_POOL_SIZE
		});
	})().catch((error: unknown) => {
		// a failed open (a locked data folder, say) may be retried rather than cached
		holder.__voicesDatabase = undefined;
		throw error;
	});
	return holder.__voicesDatabase;
}

/** Closes the process's database, if it was opened; called once on shutdown. */
export async function closeDatabase(): Promise<void> {
	const opened = holder.__voicesDatabase;
	holder.__voicesDatabase = undefined;
	if (opened) await (await opened).close();
}
