import { fail } from '@sveltejs/kit';
import { limitedAttempt } from '$lib/server/auth/rate-limit';
import { decideBySlip, readSlip, type Decision } from '$lib/server/consent';
import { guardianSheet } from '$lib/server/consent/presentation';
import { noStore, participationContext } from '$lib/server/participation/route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	noStore(event);
	return {};
};

/** The code as typed, cut to what a code can be; POSTed, so it never lands in an address. */
const codeOf = (data: FormData) => String(data.get('code') ?? '').slice(0, 40);
const DECISIONS: readonly string[] = ['yes', 'no', 'withdraw'] satisfies Decision[];

export const actions: Actions = {
	/** A slip's code typed by a guardian: the information and the decision, or what is wrong with the code. */
	look: async (event) => {
		const code = codeOf(await event.request.formData());
		const { db, keyring } = await participationContext(event);
		// attempts at slip codes count with every other code from this client
		const attempt = await limitedAttempt(db, keyring, 'code', { clientAddress: event.getClientAddress() }, () => readSlip(db, keyring, code), (found) => !found.ok && found.reason === 'unknown');
		if (attempt.blocked) return fail(429, { code, error: 'guardian.slip.tooMany' });
		const found = attempt.result;
		if (!found.ok) return fail(found.reason === 'unknown' ? 404 : 400, { code, error: found.reason === 'check' ? 'join.error.check' : found.reason === 'unknown' ? 'guardian.slip.unknown' : 'guardian.slip.invalid' });
		// a used code with no child taking part any more: nothing to decide, and nothing said of why
		if (found.state === 'closed') return { closed: true as const };
		return { code, sheet: guardianSheet(found.design, event.locals.language), consented: found.state === 'consented' };
	},
	decide: async (event) => {
		const data = await event.request.formData();
		const code = codeOf(data);
		const decision = String(data.get('decision') ?? '');
		if (!DECISIONS.includes(decision)) return fail(400, { code, error: 'guardian.error.decision' });
		const { db, keyring } = await participationContext(event);
		const attempt = await limitedAttempt(db, keyring, 'code', { clientAddress: event.getClientAddress() }, () => decideBySlip(db, keyring, code, decision as Decision, event.locals.language), (result) => !result.ok && result.reason === 'gone');
		if (attempt.blocked) return fail(429, { code, error: 'guardian.slip.tooMany' });
		if (!attempt.result.ok) {
			if (attempt.result.reason === 'closed') return fail(409, { closed: true as const });
			return fail(409, { code, error: `guardian.error.${attempt.result.reason}` });
		}
		return { decided: decision as Decision };
	}
};
