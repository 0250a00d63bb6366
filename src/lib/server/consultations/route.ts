import { error, type RequestEvent } from '@sveltejs/kit';
import type { Actor } from '../auth/staff.ts';
import { database } from '../db/index.ts';
import { readForMember } from './index.ts';

/** What the consultation pages hand to the domain: the database and who is acting. */
export async function designContext(event: RequestEvent): Promise<{ db: Awaited<ReturnType<typeof database>>['db']; actor: Actor }> {
	const user = event.locals.user!;
	return { db: (await database()).db, actor: { id: user.id, roles: user.roles } };
}

/**
 * The consultation of the route's `[id]` for a member of it; 404 for everyone else, the same
 * answer as for an id that does not exist, so that no page tells which consultations exist.
 */
export async function designFor(event: RequestEvent & { params: { id: string } }) {
	const { db, actor } = await designContext(event);
	const found = await readForMember(db, actor, event.params.id);
	if (!found) error(404, event.locals.t('staff:consultations.notFound'));
	return { db, actor, found };
}
