import { fail } from '@sveltejs/kit';
import { LANGUAGES, normaliseLanguage } from '$lib/i18n/languages';
import { authContext } from '$lib/server/auth/context';
import { errorFor, errorsOf, fields, inviteForm } from '$lib/server/auth/forms';
import { invite, listStaff } from '$lib/server/auth/staff';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = await authContext(event);
	const staff = await listStaff(db);
	return {
		staff: staff.map((person) => ({
			id: person.id,
			email: person.email,
			roles: person.roles,
			status: person.disabledAt ? 'disabled' : person.hasPassword ? 'active' : 'invited',
			hasSecondFactor: person.hasSecondFactor
		})),
		languages: [...LANGUAGES]
	};
};

export const actions: Actions = {
	invite: async (event) => {
		const parsed = inviteForm.safeParse(fields(await event.request.formData(), ['roles']));
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error), invited: false });
		const context = await authContext(event);
		const staff = event.locals.user!;
		const result = await invite(
			context.db,
			context.keyring,
			{ id: staff.id, roles: staff.roles },
			{ ...parsed.data, language: normaliseLanguage(parsed.data.language) ?? event.locals.language },
			{ origin: context.origin }
		);
		if (!result.ok) {
			const key = result.reason === 'exists' ? 'users.exists' : result.reason === 'no-roles' ? 'users.noRoles' : 'invalidValue';
			return fail(result.reason === 'forbidden' ? 403 : 400, { errors: errorFor('email', key), invited: false });
		}
		return { invited: true, errors: undefined };
	}
};
