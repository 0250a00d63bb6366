import { countries, digitalConsentAges, helplines } from '../db/schema/index.ts';
import type { Db } from '../db/index.ts';
import { CONSENT_AGES, COUNTRIES, HELPLINES } from './data.ts';

/**
 * Inserts the reference rows that are absent and leaves every present row as it is, so that
 * admins' edits survive restarts. Idempotent; runs at every start-up under the start-up lock.
 */
export async function seedReferenceData(db: Db): Promise<void> {
	await db.insert(countries).values(COUNTRIES).onConflictDoNothing();
	await db.insert(digitalConsentAges).values([...CONSENT_AGES]).onConflictDoNothing();
	await db.insert(helplines).values([...HELPLINES]).onConflictDoNothing();
}
