import { fail, redirect } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { authContext } from '$lib/server/auth/context';
import { errorFor, errorsOf, fields, newPasswordForm } from '$lib/server/auth/forms';
import { createSession, generateSessionToken } from '$lib/server/auth/sessions';
import { acceptInvite, readToken } from '$lib/server/auth/staff';
import type { Actions, PageServerLoad } from './$types';

// Opening the link (a mail scanner may) changes nothing; only the form posted from it does.
export const load: PageServerLoad = async (event) => {
	const { db, keyring } = await authContext(event);
	const person = await readToken(db, keyring, 'invite', event.params.token);
	return { invitee: person ? { email: person.email, roles: person.roles } : null };
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = newPasswordForm.safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error) });
		const { db, keyring } = await authContext(event);
		const result = await acceptInvite(db, keyring, event.params.token, parsed.data.password);
		if (!result.ok) {
			return fail(400, { errors: result.reason === 'invalid-link' ? errorFor('form', 'invite.invalidLink') : errorFor('password', `password.${result.reason}`) });
		}
		// signed in with the password just chosen; the second factor is set up next
		const token = generateSessionToken();
		const session = await createSession(db, token, result.userId, { secondFactorVerified: false });
		setSessionCookie(event.cookies, !dev, token, session.expiresAt);
		redirect(303, '/staff/enrol');
	}
};
