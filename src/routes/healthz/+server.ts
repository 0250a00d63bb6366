import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import type { RequestHandler } from './$types';

// For load balancers: 200 while the app and its database answer, 503 otherwise. A pooled
// connection that died with the database is replaced on the next ping, so the answer goes
// back to 200 by itself when the database returns.
export const GET: RequestHandler = async () => {
	const ok = await (await database()).ping(2000).catch(() => false);
	return json(
		{ status: ok ? 'ok' : 'unavailable' },
		{ status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } }
	);
};
