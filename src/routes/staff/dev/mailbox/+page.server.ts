import { keyring } from '$lib/server/crypto';
import { database } from '$lib/server/db';
import { listDevMailbox } from '$lib/server/mail/outbox';
import type { PageServerLoad } from './$types';

// reachable only in development (src/lib/server/auth/access.ts)
export const load: PageServerLoad = async () => {
	const messages = await listDevMailbox((await database()).db, keyring());
	return { messages: messages.map((message) => ({ ...message, createdAt: message.createdAt.toISOString() })) };
};
