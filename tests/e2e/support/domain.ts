import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { Keyring } from '../../../src/lib/server/crypto/keyring.ts';
import { parseSecrets } from '../../../src/lib/server/crypto/secrets.ts';
import type { Db } from '../../../src/lib/server/db/index.ts';
import * as schema from '../../../src/lib/server/db/schema/index.ts';
import { E2E_SECRETS } from './app.ts';

export interface AppDatabase {
	db: Db;
	keyring: Keyring;
	/** A staff member's id by e-mail address (the demo staff's, usually). */
	staffId(email: string): Promise<string>;
}

/**
 * The running app's database and keys, for a test that prepares data through the domain code as
 * the app would (many children's answers at once, say); the connection is closed afterwards.
 */
export async function withAppDatabase<T>(work: (app: AppDatabase) => Promise<T>): Promise<T> {
	const client = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
	try {
		return await work({
			db: drizzle(client, { schema }) as unknown as Db,
			keyring: new Keyring(parseSecrets(E2E_SECRETS.encryptionKeys, E2E_SECRETS.hmacSecret)),
			async staffId(email) {
				const [row] = await client<{ id: string }[]>`select id from staff_user where email = ${email}`;
				if (!row) throw new Error('no such staff member');
				return row.id;
			}
		});
	} finally {
		await client.end();
	}
}
