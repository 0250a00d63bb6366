import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { errorsOf, fields } from '$lib/server/auth/forms';
import { copyAsTemplate, counters, gate, transition } from '$lib/server/consultations';
import { designContext, designFor } from '$lib/server/consultations/route';
import { published, publicSlug, setPublic } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, actor, found } = await designFor(event);
	const { consultation } = found;
	return {
		counts: await counters(db, actor, consultation.id),
		missing: (await gate(db, actor, consultation.id)) ?? [],
		window: { opensAt: consultation.opensAt, closesAt: consultation.closesAt, timeZone: consultation.timeZone },
		results: { released: (await published(db, consultation.id)) !== null, slug: await publicSlug(db, consultation.id), origin: event.url.origin }
	};
};

const transitionForm = z.object({ to: z.enum(['ready', 'open', 'close'], 'invalidValue') });
const copyForm = z.object({
	title: z.string().default('').pipe(z.string().trim().min(1, 'consultation.titleRequired').max(200, 'consultation.titleTooLong'))
});

export const actions: Actions = {
	transition: async (event) => {
		const parsed = transitionForm.safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error) });
		const { db, actor } = await designContext(event);
		const result = await transition(db, actor, event.params.id, parsed.data.to);
		if (result.ok) return { done: `consultations.lifecycle.done.${parsed.data.to}` };
		if (result.reason === 'gate') return fail(400, { errors: { to: 'consultations.gate.refused' }, missing: result.missing });
		return fail(result.reason === 'not-found' ? 404 : 400, { errors: { to: result.reason === 'not-found' ? 'consultations.notFound' : 'consultations.lifecycle.notAllowed' } });
	},
	publish: async (event) => {
		const wanted = (await event.request.formData()).get('public');
		if (wanted !== 'on' && wanted !== 'off') return fail(400, { errors: { to: 'consultations.lifecycle.notAllowed' } });
		const on = wanted === 'on';
		const { db, actor } = await designContext(event);
		const result = await setPublic(db, actor, event.params.id, on);
		if (!result.ok) return fail(result.reason === 'not-found' ? 404 : 400, { errors: { to: result.reason === 'not-found' ? 'consultations.notFound' : 'consultations.lifecycle.notAllowed' } });
		return {};
	},
	copy: async (event) => {
		const parsed = copyForm.safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error) });
		const { db, actor } = await designContext(event);
		const copied = await copyAsTemplate(db, actor, event.params.id, parsed.data.title);
		if (!copied.ok) return fail(copied.reason === 'not-found' ? 404 : 400, { errors: { title: copied.reason === 'not-found' ? 'consultations.notFound' : 'consultation.titleRequired' } });
		redirect(303, `/staff/consultations/${copied.id}`);
	}
};
