import { fail } from '@sveltejs/kit';
import { formatCode } from '$lib/codes';
import { submit } from '$lib/server/participation';
import { clearParticipationCookie, noStore, PARTICIPATION_COOKIE, participationContext } from '$lib/server/participation/route';
import type { Actions, PageServerLoad } from './$types';

/**
 * "Yes, share": outside the journey's pages, because the participation is gone once it is done.
 * The receipt is the answer to the POST itself (shown once); a repeated POST with the same
 * submission token is shown the same receipt.
 */
export const load: PageServerLoad = (event) => {
	noStore(event);
	// come to by address, or from a check page whose participation had already gone (its cookie
	// cleared then): no answers are waiting in this browser
	return { inProgress: event.cookies.get(PARTICIPATION_COOKIE) !== undefined };
};

export const actions: Actions = {
	default: async (event) => {
		const { db, keyring } = await participationContext(event);
		const token = String((await event.request.formData()).get('submission') ?? '');
		const result = await submit(db, keyring, event.cookies.get(PARTICIPATION_COOKIE), token);
		if (!result.ok) {
			// shared already (past the retry window), or a page out of date: said kindly, with the
			// ways on, and nothing about whose answers these were
			if (result.reason === 'gone') clearParticipationCookie(event.cookies);
			return fail(result.reason === 'closed' ? 409 : result.reason === 'gone' ? 410 : 400, { problem: result.reason });
		}
		clearParticipationCookie(event.cookies);
		return { receipt: formatCode(result.receipt) };
	}
};
