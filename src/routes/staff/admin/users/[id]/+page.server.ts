import { error, fail } from '@sveltejs/kit';
import { authContext } from '$lib/server/auth/context';
import { errorFor, errorsOf, fields, rolesForm } from '$lib/server/auth/forms';
import { changeRoles, getStaff, resetSecondFactor, setDisabled } from '$lib/server/auth/staff';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = await authContext(event);
	const person = await getStaff(db, event.params.id);
	if (!person) error(404, event.locals.t('staff:user.notFound'));
	return {
		person: {
			id: person.id,
			email: person.email,
			roles: person.roles,
			disabled: person.disabledAt !== null,
			hasSecondFactor: person.hasSecondFactor,
			self: person.id === event.locals.user!.id
		}
	};
};

const reasons: Record<string, string> = {
	'last-admin': 'user.lastAdmin',
	self: 'user.self',
	'no-roles': 'users.noRoles',
	'not-found': 'user.notFound',
	forbidden: 'invalidValue'
};

const actor = (locals: App.Locals) => ({ id: locals.user!.id, roles: locals.user!.roles });

export const actions: Actions = {
	roles: async (event) => {
		const parsed = rolesForm.safeParse(fields(await event.request.formData(), ['roles']));
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error), done: null });
		const { db } = await authContext(event);
		const result = await changeRoles(db, actor(event.locals), event.params.id, parsed.data.roles);
		return result.ok ? { done: 'user.rolesSaved', errors: undefined } : fail(400, { errors: errorFor('roles', reasons[result.reason]), done: null });
	},
	disable: async (event) => {
		const { db } = await authContext(event);
		const result = await setDisabled(db, actor(event.locals), event.params.id, true);
		return result.ok ? { done: 'user.disabled', errors: undefined } : fail(400, { errors: errorFor('disable', reasons[result.reason]), done: null });
	},
	enable: async (event) => {
		const { db } = await authContext(event);
		const result = await setDisabled(db, actor(event.locals), event.params.id, false);
		return result.ok ? { done: 'user.enabled', errors: undefined } : fail(400, { errors: errorFor('disable', reasons[result.reason]), done: null });
	},
	resetSecondFactor: async (event) => {
		const { db } = await authContext(event);
		const result = await resetSecondFactor(db, actor(event.locals), event.params.id);
		return result.ok ? { done: 'user.secondFactorReset', errors: undefined } : fail(400, { errors: errorFor('reset', reasons[result.reason]), done: null });
	}
};
