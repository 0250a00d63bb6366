import { redirect } from '@sveltejs/kit';
import { stop } from '$lib/server/participation';
import { clearParticipationCookie, PARTICIPATION_COOKIE, participationContext } from '$lib/server/participation/route';
import { current } from '$lib/server/participation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/participate');

export const actions: Actions = {
	default: async (event) => {
		const { db, keyring } = await participationContext(event);
		const participation = await current(db, keyring, event.cookies.get(PARTICIPATION_COOKIE));
		if (participation) await stop(db, participation);
		clearParticipationCookie(event.cookies);
		redirect(303, '/stopped');
	}
};
