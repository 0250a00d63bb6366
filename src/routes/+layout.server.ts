import { resourcesFor } from '$lib/i18n/resources';
import { config } from '$lib/server/config';
import { helplinesForVisitor } from '$lib/server/reference/helplines';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => ({
	language: locals.language,
	resources: resourcesFor(locals.language, ['common', 'participant']),
	helplines: await helplinesForVisitor(locals.country, locals.language, locals.t),
	quickExitUrl: config().QUICK_EXIT_URL
});
