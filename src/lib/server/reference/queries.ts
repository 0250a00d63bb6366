import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { CountryCode } from '../../countries.ts';
import type { Db } from '../db/index.ts';
import { countries, digitalConsentAges, helplines, type Helpline } from '../db/schema/index.ts';

export async function listCountries(db: Db): Promise<CountryCode[]> {
	const rows = await db.select({ code: countries.code }).from(countries).orderBy(asc(countries.sortOrder));
	return rows.map((row) => row.code as CountryCode);
}

/** The help lines of a country, its main line first. */
export async function listHelplines(db: Db, country: CountryCode): Promise<Helpline[]> {
	return db
		.select()
		.from(helplines)
		.where(eq(helplines.countryCode, country))
		.orderBy(asc(helplines.sortOrder), asc(helplines.id));
}

/**
 * The age of digital consent in a country on a day (a UTC date, `YYYY-MM-DD`): the row with the
 * latest start on or before that day. Null when the table has no row for that day.
 */
export async function digitalConsentAge(
	db: Db,
	country: CountryCode,
	day: string
): Promise<number | null> {
	const [row] = await db
		.select({ age: digitalConsentAges.age })
		.from(digitalConsentAges)
		.where(and(eq(digitalConsentAges.countryCode, country), lte(digitalConsentAges.validFrom, day)))
		.orderBy(desc(digitalConsentAges.validFrom))
		.limit(1);
	return row?.age ?? null;
}
