import { fail, redirect } from '@sveltejs/kit';
import { config } from '$lib/server/config';
import { askGuardian } from '$lib/server/consent';
import { passGate } from '$lib/server/participation';
import { requireParticipation } from '$lib/server/participation/route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, participation } = await requireParticipation(event);
	if (participation.step !== 'guardian') redirect(303, '/participate');
	// consent recorded meanwhile (a signed slip came back, a guardian agreed): on to the questions
	if (await passGate(db, participation)) redirect(303, '/participate');
	return {};
};

export const actions: Actions = {
	check: async (event) => {
		const { db, participation } = await requireParticipation(event);
		if (await passGate(db, participation)) redirect(303, '/participate');
		return { stillWaiting: true };
	},
	email: async (event) => {
		const { db, keyring, participation } = await requireParticipation(event);
		// the address is never sent back to the page, logged or kept outside the sealed message
		const address = String((await event.request.formData()).get('address') ?? '').slice(0, 320);
		const origin = config().ORIGIN ?? event.url.origin;
		// messages sent from one client count against one limit, as failed codes do
		const sent = await askGuardian(db, keyring, participation, address, { origin, clientAddress: event.getClientAddress() });
		if (!sent.ok) {
			if (sent.reason === 'client-limit') return fail(429, { emailError: 'journey.guardian.email.tooMany' });
			if (sent.reason === 'not-waiting') redirect(303, '/participate');
			return fail(400, { emailError: sent.reason === 'address' ? 'journey.guardian.email.invalid' : 'journey.guardian.email.tooMany' });
		}
		return { sent: true, expiresOn: sent.expiresOn };
	}
};
