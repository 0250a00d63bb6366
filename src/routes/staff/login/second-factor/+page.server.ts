import { fail, redirect } from '@sveltejs/kit';
import { authContext } from '$lib/server/auth/context';
import { codeForm, errorFor, errorsOf, fields } from '$lib/server/auth/forms';
import { markSecondFactorVerified } from '$lib/server/auth/sessions';
import { verifySecondFactor } from '$lib/server/auth/staff';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, '/staff');
	if (!locals.sessionUser?.totpSecret) redirect(303, '/staff/enrol');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const { locals } = event;
		if (!locals.session || !locals.sessionUser) redirect(303, '/staff/login');
		const parsed = codeForm.safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error), minutes: 0 });
		const context = await authContext(event);
		const result = await verifySecondFactor(
			context.db,
			context.keyring,
			locals.sessionUser.id,
			parsed.data.code,
			event.getClientAddress()
		);
		if (!result.ok) {
			return fail(result.reason === 'blocked' ? 429 : 400, {
				errors: errorFor('code', result.reason === 'blocked' ? 'login.blocked' : 'secondFactor.invalid'),
				minutes: result.reason === 'blocked' ? Math.ceil(result.retryAfterSeconds / 60) : 0
			});
		}
		await markSecondFactorVerified(context.db, locals.session.id);
		redirect(303, result.usedRecoveryCode ? '/staff/account?recovery-code-used' : '/staff');
	}
};
