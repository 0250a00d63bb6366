import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { errorsOf, fields } from '$lib/server/auth/forms';
import { create, listForMember } from '$lib/server/consultations';
import { designContext } from '$lib/server/consultations/route';
import { LANGUAGES } from '$lib/i18n/languages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, actor } = await designContext(event);
	return { consultations: await listForMember(db, actor) };
};

const createForm = z.object({
	title: z.string().default('').pipe(z.string().trim().min(1, 'consultation.titleRequired').max(200, 'consultation.titleTooLong')),
	language: z.enum(LANGUAGES, 'invalidValue')
});

export const actions: Actions = {
	create: async (event) => {
		const values = fields(await event.request.formData());
		const parsed = createForm.safeParse(values);
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error), title: String(values.title ?? '').slice(0, 200) });
		const { db, actor } = await designContext(event);
		const created = await create(db, actor, parsed.data);
		if (!created.ok) return fail(400, { errors: { title: 'consultation.titleRequired' }, title: parsed.data.title });
		redirect(303, `/staff/consultations/${created.id}/settings`);
	}
};
