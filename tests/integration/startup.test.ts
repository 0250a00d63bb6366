import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDatabase, type Db } from '../../src/lib/server/db/index.ts';
import { prepareDatabase } from '../../src/lib/server/db/prepare.ts';
import { countries, digitalConsentAges, helplines } from '../../src/lib/server/db/schema/index.ts';
import { DRIVERS, MIGRATIONS, useEmptyDatabase } from './databases.ts';

const rowCounts = async (db: Db) => ({
	countries: (await db.select({ n: count() }).from(countries))[0].n,
	consentAges: (await db.select({ n: count() }).from(digitalConsentAges))[0].n,
	helplines: (await db.select({ n: count() }).from(helplines))[0].n
});

/** The migrations drizzle-kit generated, each of which must be applied exactly once. */
const MIGRATION_COUNT = JSON.parse(readFileSync(`${MIGRATIONS}/meta/_journal.json`, 'utf8')).entries.length;

describe.each(DRIVERS)('start-up on %s', (driver) => {
	const test = useEmptyDatabase(driver);

	const prepare = () =>
		prepareDatabase(test.database, { migrationsFolder: MIGRATIONS, url: test.url });


	it('creates the schema and seeds the reference data of DESIGN.md', async () => {
		await prepare();
		// DK EE FI DE IS LV LT NO PL SE and "other"; 11 consent-age rows plus Denmark's change
		// in 2024; a help line each, and Finland's Swedish-language line beside its 116 111
		expect(await rowCounts(test.db)).toEqual({ countries: 11, consentAges: 12, helplines: 12 });
		const codes = (await test.db.select({ code: countries.code }).from(countries)).map((r) => r.code);
		expect(codes.sort()).toEqual(['DE', 'DK', 'EE', 'FI', 'IS', 'LT', 'LV', 'NO', 'PL', 'SE', 'ZZ']);
	});

	it('is idempotent: a second start adds nothing', async () => {
		await prepare();
		await prepare();
		expect(await rowCounts(test.db)).toEqual({ countries: 11, consentAges: 12, helplines: 12 });
	});

	it('keeps what admins changed when it starts again', async () => {
		await prepare();
		await test.db
			.update(helplines)
			.set({ hours: 'Mo-Fr 10:00-18:00', name: 'Edited by an admin' })
			.where(eq(helplines.countryCode, 'DE'));
		await test.db
			.update(digitalConsentAges)
			.set({ age: 14 })
			.where(eq(digitalConsentAges.countryCode, 'SE'));
		await prepare();
		const [de] = await test.db.select().from(helplines).where(eq(helplines.countryCode, 'DE'));
		expect(de).toMatchObject({ name: 'Edited by an admin', hours: 'Mo-Fr 10:00-18:00' });
		const [se] = await test.db
			.select()
			.from(digitalConsentAges)
			.where(eq(digitalConsentAges.countryCode, 'SE'));
		expect(se.age).toBe(14);
	});
});

// a PGlite folder belongs to one process, so only the server can have several start together
describe.runIf(DRIVERS.includes('postgres'))('start-up of several processes on postgres', () => {
	const test = useEmptyDatabase('postgres');

	it('lets several processes start together: one migrates, the others wait and find it done', async () => {
		const url = test.url!;
		const processes = await Promise.all([1, 2, 3].map(() => openDatabase({ url, poolSize: 2 })));
		try {
			await Promise.all(
				processes.map((database) =>
					prepareDatabase(database, { migrationsFolder: MIGRATIONS, url })
				)
			);
		} finally {
			await Promise.all(processes.map((database) => database.close()));
		}
		expect(await rowCounts(test.db)).toEqual({ countries: 11, consentAges: 12, helplines: 12 });
		const applied = await test.db.execute(
			sql`select count(*)::int as n from drizzle.__drizzle_migrations`
		);
		const rows = Array.isArray(applied) ? applied : (applied as { rows: unknown[] }).rows;
		expect((rows[0] as { n: number }).n).toBe(MIGRATION_COUNT);
	});
});
