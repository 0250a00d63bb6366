import { fail, redirect } from '@sveltejs/kit';
import { limitedAttempt } from '$lib/server/auth/rate-limit';
import { enter, RESUME_DAYS } from '$lib/server/participation';
import { noStore, participationContext, setParticipationCookie } from '$lib/server/participation/route';
import { interpretCode, joinForm } from './read-code';
import type { Actions, PageServerLoad } from './$types';

// never cached, nor the answer to a POST (it runs this too): on a shared computer the back
// button must not show the code the previous child typed
export const load: PageServerLoad = (event) => {
	noStore(event);
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const { request, locals } = event;
		const parsed = joinForm.safeParse(Object.fromEntries(await request.formData()));
		const code = parsed.success ? parsed.data.code : '';
		const values = { code: code.slice(0, 40) };
		const outcome = interpretCode(code, locals.t);
		if (outcome.kind === 'invalid') return fail(400, { values, errors: { code: outcome.message } });
		const { db, keyring } = await participationContext(event);
		// failed attempts are counted per client, as at the staff sign-in; the address is never stored
		const attempt = await limitedAttempt(db, keyring, 'code', { clientAddress: event.getClientAddress() }, () => enter(db, keyring, code, locals.language), (entered) => !entered.ok);
		if (attempt.blocked) return fail(429, { values, errors: { code: locals.t('participant:join.error.tooMany') } });
		const entered = attempt.result;
		if (entered.ok) {
			setParticipationCookie(event.cookies, entered.token);
			redirect(303, '/participate');
		}
		if (entered.reason === 'used') return fail(409, { values, errors: { code: locals.t('participant:join.error.used') } });
		// one answer for every code that is not found, whichever kind it might have been; a long
		// one may be a code to continue later that has lapsed, so the page says how long they last
		return fail(404, { values, unknown: outcome.display, resumeDays: outcome.secret ? RESUME_DAYS : undefined });
	}
};
