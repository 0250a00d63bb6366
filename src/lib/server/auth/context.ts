import type { RequestEvent } from '@sveltejs/kit';
import { config } from '../config.ts';
import { keyring } from '../crypto/index.ts';
import { database } from '../db/index.ts';

/** What staff routes hand to the auth commands. */
export async function authContext(event: RequestEvent) {
	return {
		db: (await database()).db,
		keyring: keyring(),
		origin: config().ORIGIN ?? event.url.origin,
		requireSecondFactor: config().REQUIRE_SECOND_FACTOR
	};
}
