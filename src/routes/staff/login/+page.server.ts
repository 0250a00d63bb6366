import { fail, redirect } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { authContext } from '$lib/server/auth/context';
import { errorFor, errorsOf, fields, signInForm } from '$lib/server/auth/forms';
import { createSession, generateSessionToken } from '$lib/server/auth/sessions';
import { signIn } from '$lib/server/auth/staff';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, '/staff');
	return { signedOut: url.searchParams.has('signed-out'), passwordChanged: url.searchParams.has('password-changed') };
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = signInForm.safeParse(fields(await event.request.formData()));
		if (!parsed.success) {
			return fail(400, { email: '', errors: errorsOf(parsed.error) });
		}
		const { email, password } = parsed.data;
		const context = await authContext(event);
		const result = await signIn(
			context.db,
			context.keyring,
			{ email, password, clientAddress: event.getClientAddress() },
			{ requireSecondFactor: context.requireSecondFactor }
		);
		if (!result.ok) {
			return fail(result.reason === 'blocked' ? 429 : 400, {
				email: email.slice(0, 320),
				errors: errorFor('email', result.reason === 'blocked' ? 'login.blocked' : 'login.invalid'),
				minutes: result.reason === 'blocked' ? Math.ceil(result.retryAfterSeconds / 60) : 0
			});
		}
		// a new token at every sign-in: a token planted before sign-in is worth nothing after it
		const token = generateSessionToken();
		const session = await createSession(context.db, token, result.userId, {
			secondFactorVerified: result.secondFactor === 'none'
		});
		setSessionCookie(event.cookies, !dev, token, session.expiresAt);
		redirect(303, result.secondFactor === 'verify' ? '/staff/login/second-factor' : result.secondFactor === 'enrol' ? '/staff/enrol' : '/staff');
	}
};
