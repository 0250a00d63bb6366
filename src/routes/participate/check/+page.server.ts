import { randomBytes } from 'node:crypto';
import { redirect } from '@sveltejs/kit';
import { current, discard, reachCheck } from '$lib/server/participation';
import { clearParticipationCookie, PARTICIPATION_COOKIE, participationContext, requireParticipation } from '$lib/server/participation/route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, participation } = await requireParticipation(event);
	if (participation.step !== 'questions' && participation.step !== 'check') redirect(303, '/participate');
	await reachCheck(db, participation);
	// a fresh token per showing: a retried or repeated "Yes" stores one response
	return { submission: randomBytes(24).toString('base64url') };
};

export const actions: Actions = {
	discard: async (event) => {
		const context = await participationContext(event);
		// a check page left open after its answers were shared or deleted (another tab, the back
		// button): said kindly on the page that explains it, rather than a silent start page
		if (!(await current(context.db, context.keyring, event.cookies.get(PARTICIPATION_COOKIE)))) {
			clearParticipationCookie(event.cookies);
			redirect(303, '/shared');
		}
		const { db, participation } = await requireParticipation(event);
		await discard(db, participation);
		clearParticipationCookie(event.cookies);
		redirect(303, '/stopped?discarded');
	}
};
