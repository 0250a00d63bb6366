import { fail } from '@sveltejs/kit';
import { errorsOf, fields } from '$lib/server/auth/forms';
import { gate, updateSettings } from '$lib/server/consultations';
import { checklistForm, checklistFromForm } from '$lib/server/consultations/forms';
import { designFor } from '$lib/server/consultations/route';
import { ETHICS_REQUIREMENTS } from '$lib/server/consultations/rules';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, actor, found } = await designFor(event);
	const { consultation } = found;
	return {
		checklist: ETHICS_REQUIREMENTS.map((requirement) => ({
			requirement,
			confirmed: consultation.ethicsChecklist[requirement]?.confirmed ?? false,
			note: consultation.ethicsChecklist[requirement]?.note ?? ''
		})),
		missing: (await gate(db, actor, consultation.id)) ?? []
	};
};

export const actions: Actions = {
	save: async (event) => {
		const values = fields(await event.request.formData());
		const parsed = checklistForm.safeParse(checklistFromForm(values));
		if (!parsed.success) {
			const errors = Object.fromEntries(Object.entries(errorsOf(parsed.error)).map(([requirement, message]) => [`note-${requirement}`, message]));
			return fail(400, { errors, values: Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value).slice(0, 2100)])) });
		}
		const { db, actor } = await designFor(event);
		const saved = await updateSettings(db, actor, event.params.id, { ethicsChecklist: parsed.data });
		if (!saved.ok) return fail(saved.reason === 'not-found' ? 404 : 400, { errors: { form: saved.reason === 'locked' ? 'consultations.locked' : 'invalidValue' } });
		return { done: 'consultations.ethics.saved' };
	}
};
