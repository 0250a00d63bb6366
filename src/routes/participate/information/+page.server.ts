import { redirect } from '@sveltejs/kit';
import { assent } from '$lib/server/participation';
import { clearParticipationCookie, requireParticipation } from '$lib/server/participation/route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals }) => {
	const { journey } = await parent();
	if (!journey.knowsBand) redirect(303, '/participate/about-you');
	// the privacy notices' own strings are not sent to the browser on every page: only these two links
	return { privacy: { children: locals.t('privacy:children.title'), full: locals.t('privacy:children.fullLink') } };
};

export const actions: Actions = {
	default: async (event) => {
		const { db, participation } = await requireParticipation(event);
		if (participation.step !== 'information') redirect(303, '/participate');
		const decision = (await event.request.formData()).get('decision');
		if (decision !== 'yes' && decision !== 'no') redirect(303, '/participate/information');
		const next = await assent(db, participation, decision);
		if (next === 'ended') {
			clearParticipationCookie(event.cookies);
			redirect(303, '/stopped?declined');
		}
		redirect(303, next === 'guardian' ? '/participate/guardian' : '/participate');
	}
};
