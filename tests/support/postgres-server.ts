import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/**
 * The PostgreSQL server that tests may use: they connect to its maintenance database only to
 * create and drop throwaway databases named `voices_t_<random>`, and never touch any other.
 */
export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function throwawayName(): string {
	return `voices_t_${randomBytes(6).toString('hex')}`;
}

export function urlFor(database: string): string {
	const url = new URL(ADMIN_URL);
	url.pathname = `/${database}`;
	return url.toString();
}

async function withAdmin<T>(run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
	const sql = postgres(ADMIN_URL, { max: 1, onnotice: () => {}, connect_timeout: 5 });
	try {
		return await run(sql);
	} finally {
		await sql.end({ timeout: 5 });
	}
}

/** True when the server answers; never throws. */
export async function serverAvailable(): Promise<boolean> {
	try {
		await withAdmin((sql) => sql`select 1`);
		return true;
	} catch {
		return false;
	}
}

function assertThrowaway(name: string): void {
	if (!/^voices_t_[0-9a-f]+$/.test(name)) throw new Error(`refusing to touch database ${name}`);
}

export async function createDatabase(name: string, template?: string): Promise<string> {
	assertThrowaway(name);
	if (template) assertThrowaway(template);
	await withAdmin((sql) =>
		template
			? sql.unsafe(`create database "${name}" template "${template}"`)
			: sql.unsafe(`create database "${name}"`)
	);
	return urlFor(name);
}

export async function dropDatabase(name: string): Promise<void> {
	assertThrowaway(name);
	await withAdmin((sql) => sql.unsafe(`drop database if exists "${name}" with (force)`));
}
