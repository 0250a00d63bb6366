import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { errorsOf, fields } from '$lib/server/auth/forms';
import { addMember, members, removeMember } from '$lib/server/consultations';
import { designContext, designFor } from '$lib/server/consultations/route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, actor, found } = await designFor(event);
	return { members: (await members(db, actor, found.consultation.id)) ?? [], me: actor.id };
};

const addForm = z.object({
	email: z.string().default('').pipe(z.string().trim().min(1, 'login.emailRequired').max(320, 'users.emailInvalid').pipe(z.email('users.emailInvalid'))),
	role: z.enum(['owner', 'collaborator'], 'invalidValue')
});
const removeForm = z.object({ user: z.uuid('invalidValue') });

const reasons: Record<string, string> = {
	'not-found': 'consultations.notFound',
	'not-owner': 'consultations.team.notOwner',
	'not-facilitator': 'consultations.team.notFacilitator',
	'last-owner': 'consultations.team.lastOwner'
};

export const actions: Actions = {
	add: async (event) => {
		const values = fields(await event.request.formData());
		const parsed = addForm.safeParse(values);
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error), email: String(values.email ?? '').slice(0, 320) });
		const { db, actor } = await designContext(event);
		const added = await addMember(db, actor, event.params.id, parsed.data.email, parsed.data.role);
		return added.ok ? { done: 'consultations.team.added' } : fail(added.reason === 'not-found' ? 404 : 400, { errors: { email: reasons[added.reason] }, email: parsed.data.email });
	},
	remove: async (event) => {
		const parsed = removeForm.safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error) });
		const { db, actor } = await designContext(event);
		const removed = await removeMember(db, actor, event.params.id, parsed.data.user);
		return removed.ok ? { done: 'consultations.team.removed' } : fail(removed.reason === 'not-found' ? 404 : 400, { errors: { form: reasons[removed.reason] } });
	}
};
