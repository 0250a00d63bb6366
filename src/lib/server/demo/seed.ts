import { hashPassword } from '../auth/passwords.ts';
import type { Db } from '../db/index.ts';
import { staffUsers } from '../db/schema/index.ts';
import type { Role } from '../../roles.ts';

/** The demo's staff (DESIGN.md "Running it"); never seeded in production unless asked for. */
export const DEMO_PASSWORD = 'voices-demo-2026';

export const DEMO_STAFF: { email: string; roles: Role[] }[] = [
	{ email: 'admin@demo.voices', roles: ['admin'] },
	{ email: 'facilitator@demo.voices', roles: ['facilitator'] },
	{ email: 'moderator@demo.voices', roles: ['moderator'] },
	{ email: 'moderator2@demo.voices', roles: ['moderator'] },
	{ email: 'reviewer@demo.voices', roles: ['reviewer'] }
];

/** Adds the demo accounts that are absent (second factor off); returns how many it added. */
export async function seedDemo(db: Db): Promise<number> {
	const existing = new Set((await db.select({ email: staffUsers.email }).from(staffUsers)).map((row) => row.email));
	const missing = DEMO_STAFF.filter((person) => !existing.has(person.email));
	if (missing.length === 0) return 0;
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	await db
		.insert(staffUsers)
		.values(missing.map((person) => ({ ...person, passwordHash, secondFactorRequired: false })))
		.onConflictDoNothing();
	return missing.length;
}
