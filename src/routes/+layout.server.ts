import { dev } from '$app/environment';
import { resourcesFor } from '$lib/i18n/resources';
import { helplinesForVisitor } from '$lib/server/reference/helplines';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, route }) => {
	// staff pages carry no help line or quick exit: those are for children and guardians
	if (route.id?.startsWith('/staff')) {
		return {
			area: 'staff' as const,
			language: locals.language,
			resources: resourcesFor(locals.language, ['common', 'staff', 'results']),
			staff: locals.user ? { email: locals.user.email, roles: locals.user.roles } : null,
			development: dev,
			helplines: []
		};
	}
	return {
		area: 'public' as const,
		language: locals.language,
		resources: resourcesFor(locals.language, ['common', 'participant', 'results']),
		staff: null,
		development: dev,
		helplines: await helplinesForVisitor(locals.country, locals.language, locals.t)
	};
};
