import { fail, redirect } from '@sveltejs/kit';
import { formatCode } from '$lib/codes';
import { submit } from '$lib/server/participation';
import { clearParticipationCookie, PARTICIPATION_COOKIE, participationContext } from '$lib/server/participation/route';
import type { Actions, PageServerLoad } from './$types';

/**
 * "Yes, share": outside the journey's pages, because the participation is gone once it is done.
 * The receipt is the answer to the POST itself (shown once); a repeated POST with the same
 * submission token is shown the same receipt.
 */
export const load: PageServerLoad = ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const { db, keyring } = await participationContext(event);
		const token = String((await event.request.formData()).get('submission') ?? '');
		const result = await submit(db, keyring, event.cookies.get(PARTICIPATION_COOKIE), token);
		if (!result.ok) {
			if (result.reason === 'gone') {
				clearParticipationCookie(event.cookies);
				redirect(303, '/join');
			}
			return fail(result.reason === 'closed' ? 409 : 400, { problem: result.reason });
		}
		clearParticipationCookie(event.cookies);
		return { receipt: formatCode(result.receipt) };
	}
};
