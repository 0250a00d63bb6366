import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { errorsOf, fields } from '$lib/server/auth/forms';
import { designContext } from '$lib/server/consultations/route';
import { consentAgeForm, countryTable, helplineForm, removeHelpline, saveHelpline, setConsentAge } from '$lib/server/reference/admin';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = await designContext(event);
	return { countries: await countryTable(db) };
};

const REASONS: Record<string, string> = {
	forbidden: 'error.forbidden.body',
	'not-found': 'countries.helplineGone',
	duplicate: 'countries.numberTaken',
	last: 'countries.lastHelpline'
};

export const actions: Actions = {
	age: async (event) => {
		const parsed = consentAgeForm.safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { form: 'age', errors: errorsOf(parsed.error) });
		const { db, actor } = await designContext(event);
		const result = await setConsentAge(db, actor, parsed.data);
		if (!result.ok) return fail(403, { form: 'age', errors: { form: REASONS[result.reason] } });
		return { done: 'countries.ageSaved' };
	},
	helpline: async (event) => {
		const values = fields(await event.request.formData(), ['languages']);
		const parsed = helplineForm.safeParse(values);
		const formId = `helpline-${String(values.id ?? values.country ?? '')}`.slice(0, 40);
		if (!parsed.success) return fail(400, { form: formId, errors: errorsOf(parsed.error) });
		const { db, actor } = await designContext(event);
		const result = await saveHelpline(db, actor, parsed.data);
		if (!result.ok) return fail(result.reason === 'forbidden' ? 403 : 400, { form: formId, errors: { number: REASONS[result.reason] } });
		return { done: 'countries.helplineSaved' };
	},
	remove: async (event) => {
		const parsed = z.object({ id: z.coerce.number().int().positive() }).safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { form: 'remove', errors: { form: 'invalidValue' } });
		const { db, actor } = await designContext(event);
		const result = await removeHelpline(db, actor, parsed.data.id);
		if (!result.ok) return fail(result.reason === 'forbidden' ? 403 : 400, { form: 'remove', errors: { form: REASONS[result.reason] } });
		return { done: 'countries.helplineRemoved' };
	}
};
