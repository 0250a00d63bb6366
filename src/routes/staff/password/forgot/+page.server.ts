import { fail } from '@sveltejs/kit';
import { authContext } from '$lib/server/auth/context';
import { emailForm, errorsOf, fields } from '$lib/server/auth/forms';
import { checkLimit, recordFailure } from '$lib/server/auth/rate-limit';
import { requestPasswordReset, RESET_MINUTES } from '$lib/server/auth/staff';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ minutes: RESET_MINUTES });

export const actions: Actions = {
	default: async (event) => {
		const parsed = emailForm.safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error), sent: false });
		const context = await authContext(event);
		const subject = { account: parsed.data.email, clientAddress: event.getClientAddress() };
		// every request counts: this form sends e-mail, and must not become a way to flood someone
		const limit = await checkLimit(context.db, context.keyring, 'password-reset', subject);
		if (!limit.blocked) {
			await recordFailure(context.db, context.keyring, 'password-reset', subject);
			await requestPasswordReset(context.db, context.keyring, parsed.data.email, { origin: context.origin });
		}
		// the same answer whether or not the address has an account (or was limited)
		return { sent: true, errors: undefined };
	}
};
