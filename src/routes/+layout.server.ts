import { dev } from '$app/environment';
import { resourcesFor } from '$lib/i18n/resources';
import { helplinesForVisitor } from '$lib/server/reference/helplines';
import type { LayoutServerLoad } from './$types';

/** Public pages that show released results (a receipt shows "what happened next"): only they need those strings. */
const SHOWS_RESULTS = ['/results/', '/receipt'];

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
		// every page sends its strings along for the browser: only what it can show
		resources: resourcesFor(locals.language, SHOWS_RESULTS.some((prefix) => route.id?.startsWith(prefix)) ? ['common', 'participant', 'results'] : ['common', 'participant']),
		staff: null,
		development: dev,
		helplines: await helplinesForVisitor(locals.country, locals.language, locals.t)
	};
};
