import { fail, redirect } from '@sveltejs/kit';
import { LANGUAGE_COOKIE, type Language } from '$lib/i18n/languages';
import { offeredLanguages, setLanguage } from '$lib/server/participation';
import { readConsultation } from '$lib/server/consultations';
import { requireParticipation } from '$lib/server/participation/route';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const { db, participation } = await requireParticipation(event);
		const language = String((await event.request.formData()).get('language') ?? '');
		const design = (await readConsultation(db, participation.consultationId))!;
		if (!offeredLanguages(design).includes(language as Language)) return fail(400, { error: true });
		await setLanguage(db, participation, language as Language);
		event.cookies.set(LANGUAGE_COOKIE, language, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 365 * 86_400 });
		redirect(303, '/participate/about-you');
	}
};
