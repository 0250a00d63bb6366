import { fail } from '@sveltejs/kit';
import { listUserSessions } from '$lib/server/auth/sessions';
import { endOwnSessions } from '$lib/server/auth/staff';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = await database();
	const sessions = await listUserSessions(db, locals.user!.id);
	return {
		sessions: sessions.map((session) => ({
			id: session.id,
			current: session.id === locals.session!.id,
			createdAt: session.createdAt.toISOString(),
			expiresAt: session.expiresAt.toISOString()
		})),
		hasSecondFactor: Boolean(locals.user!.totpSecret),
		recoveryCodeUsed: url.searchParams.has('recovery-code-used')
	};
};

export const actions: Actions = {
	endOthers: async ({ locals }) => {
		const result = await endOwnSessions((await database()).db, locals.session!);
		return { ended: result.ok ? result.ended : 0 };
	},
	end: async ({ locals, request }) => {
		const sessionId = (await request.formData()).get('session');
		if (typeof sessionId !== 'string' || !/^[0-9a-f]{64}$/.test(sessionId)) return fail(400, { ended: 0 });
		const result = await endOwnSessions((await database()).db, locals.session!, sessionId);
		return result.ok ? { ended: result.ended } : fail(404, { ended: 0 });
	}
};
