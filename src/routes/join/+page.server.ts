import { fail, redirect } from '@sveltejs/kit';
import { limitedAttempt } from '$lib/server/auth/rate-limit';
import { enter } from '$lib/server/participation';
import { participationContext, setParticipationCookie } from '$lib/server/participation/route';
import { interpretCode, joinForm } from './read-code';
import type { Actions } from './$types';

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
		return fail(404, { values, unknown: outcome.display });
	}
};
