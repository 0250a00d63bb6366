import { config } from '$lib/server/config';
import { describeError, log } from '$lib/server/log';
import { current, stop } from '$lib/server/participation';
import { clearParticipationCookie, PARTICIPATION_COOKIE, participationContext } from '$lib/server/participation/route';
import type { RequestHandler } from './$types';

/**
 * Quick exit. The child's participation ends as "stop" ends it (nothing kept; a flag already
 * raised stays, without text), the browser is told to forget this site's cookies and cached
 * pages, and it leaves for an everyday site. A GET, because quick exit is a plain link that must
 * work without JavaScript. It never fails: if the database cannot be reached, the cookie still
 * goes, the child still leaves, and the participation expires on its own.
 */
export const GET: RequestHandler = async (event) => {
	const token = event.cookies.get(PARTICIPATION_COOKIE);
	if (token) {
		try {
			const { db, keyring } = await participationContext(event);
			const participation = await current(db, keyring, token);
			if (participation) await stop(db, participation);
		} catch (error) {
			log().warn({ route: '/exit', error: describeError(error) }, 'quick exit could not end the participation');
		}
		clearParticipationCookie(event.cookies);
	}
	return new Response(null, {
		status: 303,
		headers: { location: config().QUICK_EXIT_URL, 'cache-control': 'no-store', 'clear-site-data': '"cache", "cookies"' }
	});
};
