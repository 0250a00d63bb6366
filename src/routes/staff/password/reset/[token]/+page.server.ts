import { fail, redirect } from '@sveltejs/kit';
import { authContext } from '$lib/server/auth/context';
import { errorFor, errorsOf, fields, newPasswordForm } from '$lib/server/auth/forms';
import { readToken, resetPassword } from '$lib/server/auth/staff';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, keyring } = await authContext(event);
	return { valid: (await readToken(db, keyring, 'reset', event.params.token)) !== null };
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = newPasswordForm.safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error) });
		const { db, keyring } = await authContext(event);
		const result = await resetPassword(db, keyring, event.params.token, parsed.data.password);
		if (!result.ok) {
			return fail(400, { errors: result.reason === 'invalid-link' ? errorFor('form', 'password.invalidLink') : errorFor('password', `password.${result.reason}`) });
		}
		redirect(303, '/staff/login?password-changed');
	}
};
