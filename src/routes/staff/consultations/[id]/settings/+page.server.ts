import { fail } from '@sveltejs/kit';
import { errorsOf, fields } from '$lib/server/auth/forms';
import { moderators, updateSettings } from '$lib/server/consultations';
import { settingsForm, settingsFromForm } from '$lib/server/consultations/forms';
import { designFor } from '$lib/server/consultations/route';
import { instantToZoned } from '$lib/zoned-time';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, found } = await designFor(event);
	const { consultation } = found;
	return {
		moderators: await moderators(db),
		settings: {
			languages: consultation.languages,
			countries: consultation.countries,
			ageBands: consultation.ageBands,
			consentPolicy: consultation.consentPolicy,
			suppressionThreshold: String(consultation.suppressionThreshold),
			retentionDays: String(consultation.retentionDays),
			timeZone: consultation.timeZone,
			opensAt: consultation.opensAt ? instantToZoned(consultation.opensAt, consultation.timeZone) : '',
			closesAt: consultation.closesAt ? instantToZoned(consultation.closesAt, consultation.timeZone) : '',
			safeguardingLeadId: consultation.safeguardingLeadId ?? '',
			ethicsReference: consultation.ethicsReference ?? '',
			dpiaReference: consultation.dpiaReference ?? '',
			legalBasis: consultation.legalBasis ?? '',
			guardianContact: consultation.guardianContact ?? ''
		}
	};
};

const reasons = {
	'not-found': 'consultations.notFound',
	locked: 'consultations.locked',
	'lead-not-moderator': 'consultation.leadNotModerator',
	'source-language': 'consultation.sourceLanguageRequired'
} as const;

export const actions: Actions = {
	save: async (event) => {
		const values = fields(await event.request.formData(), ['languages', 'countries', 'ageBands']);
		const { db, actor, found } = await designFor(event);
		const { settings, errors } = settingsFromForm(values, found.consultation.ethicsChecklist);
		const parsed = settingsForm.safeParse(settings);
		const echo = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, Array.isArray(value) ? value.map((v) => String(v).slice(0, 40)) : String(value ?? '').slice(0, 300)]));
		if (!parsed.success || Object.keys(errors).length > 0) {
			return fail(400, { errors: { ...(parsed.success ? {} : errorsOf(parsed.error)), ...errors }, values: echo });
		}
		const { ethicsChecklist: _, ...changes } = parsed.data;
		const result = await updateSettings(db, actor, event.params.id, changes);
		if (!result.ok) {
			const field = result.reason === 'lead-not-moderator' ? 'safeguardingLeadId' : result.reason === 'source-language' ? 'languages' : 'form';
			return fail(result.reason === 'not-found' ? 404 : 400, { errors: { [field]: reasons[result.reason] }, values: echo });
		}
		return { done: 'consultations.settings.saved' };
	}
};
