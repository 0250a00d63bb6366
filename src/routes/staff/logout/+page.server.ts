import { redirect } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import { signOut } from '$lib/server/auth/staff';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

// signing out is a POST (a link could be followed by any page); a GET just goes home
export const load: PageServerLoad = () => redirect(303, '/staff');

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		if (locals.session) await signOut((await database()).db, locals.session);
		deleteSessionCookie(cookies, !dev);
		redirect(303, '/staff/login?signed-out');
	}
};
