import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ roles: locals.user!.roles });
