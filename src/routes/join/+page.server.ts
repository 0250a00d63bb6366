import { fail, redirect } from '@sveltejs/kit';
import { checkLimit, recordFailure } from '$lib/server/auth/rate-limit';
import { join, resume } from '$lib/server/participation';
import { participationContext, setParticipationCookie } from '$lib/server/participation/route';
import { interpretCode, joinForm } from './read-code';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const { request, locals } = event;
		const parsed = joinForm.safeParse(Object.fromEntries(await request.formData()));
		const code = parsed.success ? parsed.data.code : '';
		const outcome = interpretCode(code, locals.t);
		if (outcome.kind === 'invalid') {
			return fail(400, { values: { code: code.slice(0, 40) }, errors: { code: outcome.message } });
		}
		const { db, keyring } = await participationContext(event);
		// failed attempts are counted per client, as at the staff sign-in; the address is never stored
		const subject = { clientAddress: event.getClientAddress() };
		if ((await checkLimit(db, keyring, 'code', subject)).blocked) {
			return fail(429, { values: { code: code.slice(0, 40) }, errors: { code: locals.t('participant:join.error.tooMany') } });
		}
		const joined = await join(db, keyring, code, locals.language);
		if (joined.ok) {
			setParticipationCookie(event.cookies, joined.token);
			redirect(303, '/participate');
		}
		// a secret code that opens no consultation may be a resume code
		if (joined.reason === 'unknown' && outcome.secret) {
			const resumed = await resume(db, keyring, code);
			if (resumed.ok) {
				setParticipationCookie(event.cookies, resumed.token);
				redirect(303, '/participate');
			}
		}
		await recordFailure(db, keyring, 'code', subject);
		if (joined.reason === 'used') {
			return fail(409, { values: { code: code.slice(0, 40) }, errors: { code: locals.t('participant:join.error.used') } });
		}
		return fail(404, { values: { code: code.slice(0, 40) }, unknown: outcome.display });
	}
};
