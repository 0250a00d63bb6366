import { fail } from '@sveltejs/kit';
import { decideByLink, readLink, type Decision } from '$lib/server/consent';
import { guardianSheet } from '$lib/server/consent/presentation';
import { noStore, participationContext } from '$lib/server/participation/route';
import type { Actions, PageServerLoad } from './$types';

/**
 * A guardian's link. Opening it changes nothing (mail scanners open links too): only a
 * decision posted from the page counts.
 */
export const load: PageServerLoad = async (event) => {
	noStore(event);
	const { db, keyring } = await participationContext(event);
	const found = await readLink(db, keyring, event.params.token);
	if (!found) return { sheet: null, consented: false, decided: false };
	// after a "No" the link says so again, and shows nothing of the consultation any more
	if (found.state === 'decided') return { sheet: null, consented: false, decided: true };
	return { sheet: guardianSheet(found.design, event.locals.language), consented: found.state === 'consented', decided: false };
};

const DECISIONS: readonly string[] = ['yes', 'no', 'withdraw'] satisfies Decision[];

export const actions: Actions = {
	default: async (event) => {
		const decision = String((await event.request.formData()).get('decision') ?? '');
		if (!DECISIONS.includes(decision)) return fail(400, { error: 'guardian.error.decision' });
		const { db, keyring } = await participationContext(event);
		const result = await decideByLink(db, keyring, event.params.token, decision as Decision, event.locals.language);
		if (!result.ok) return fail(result.reason === 'gone' ? 404 : 409, { error: `guardian.error.${result.reason}` });
		return { decided: decision as Decision };
	}
};
