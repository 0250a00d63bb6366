import { redirect } from '@sveltejs/kit';
import { passGate } from '$lib/server/participation';
import { requireParticipation } from '$lib/server/participation/route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, participation } = await requireParticipation(event);
	if (participation.step !== 'guardian') redirect(303, '/participate');
	// consent recorded meanwhile (a signed slip came back): on to the questions
	if (await passGate(db, participation)) redirect(303, '/participate');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const { db, participation } = await requireParticipation(event);
		if (await passGate(db, participation)) redirect(303, '/participate');
		return { stillWaiting: true };
	}
};
