import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { formatCode } from '$lib/codes';
import { LANGUAGES } from '$lib/i18n/languages';
import { RESOURCES } from '$lib/i18n/resources';
import { createTranslator } from '$lib/i18n/translator';
import { errorsOf, fields } from '$lib/server/auth/forms';
import { config } from '$lib/server/config';
import { keyring } from '$lib/server/crypto';
import { createSlipBatch, existingSharedCode, MAX_BATCH, sharedCode, slipBatches } from '$lib/server/consultations/codes';
import { designContext, designFor } from '$lib/server/consultations/route';
import { textOrSource } from '$lib/server/consultations/presentation';
import { qrDataUrl } from '$lib/server/qr';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, actor, found } = await designFor(event);
	const code = await existingSharedCode(db, actor, found.consultation.id);
	const origin = config().ORIGIN ?? event.url.origin;
	return {
		shared: code ? { code: formatCode(code), url: `${origin}/join/${code}`, qr: qrDataUrl(`${origin}/join/${code}`) } : null,
		batches: await slipBatches(db, actor, found.consultation.id),
		maxBatch: MAX_BATCH
	};
};

const slipForm = z.object({
	count: z.preprocess((value) => (value === '' || value === undefined ? undefined : Number(value)), z.number('consultations.codes.countRange').int('consultations.codes.countRange').min(1, 'consultations.codes.countRange').max(MAX_BATCH, 'consultations.codes.countRange')),
	language: z.enum(LANGUAGES, 'invalidValue')
});

export const actions: Actions = {
	shared: async (event) => {
		const { db, actor } = await designContext(event);
		const made = await sharedCode(db, keyring(), actor, event.params.id);
		return made.ok ? { done: 'consultations.codes.sharedMade' } : fail(404, { errors: { form: 'consultations.notFound' } });
	},
	slips: async (event) => {
		const parsed = slipForm.safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error) });
		const { db, actor, found } = await designFor(event);
		const { consultation } = found;
		const language = consultation.languages.includes(parsed.data.language) ? parsed.data.language : consultation.sourceLanguage;
		const made = await createSlipBatch(db, keyring(), actor, consultation.id, parsed.data.count);
		if (!made.ok) return fail(400, { errors: { count: 'consultations.codes.countRange' } });
		// the slips speak the language chosen for them, whatever the facilitator's own
		const t = createTranslator(language as (typeof LANGUAGES)[number], RESOURCES).t;
		const text = (field: string) => textOrSource(found, null, field, language, 'adult');
		const origin = config().ORIGIN ?? event.url.origin;
		return {
			slips: {
				language,
				heading: text('title'),
				labels: {
					code: t('participant:slip.code'),
					how: t('participant:slip.how', { address: `${origin.replace(/^https?:\/\//, '')}/join` }),
					online: t('participant:slip.online', { address: `${origin.replace(/^https?:\/\//, '')}/guardian` }),
					guardianHeading: t('participant:slip.guardianHeading'),
					guardianIntro: t('participant:slip.guardianIntro', { title: text('title') }),
					purpose: text('purpose'),
					anonymous: t('participant:slip.anonymous'),
					consent: t('participant:slip.consent'),
					signature: t('participant:slip.signature'),
					date: t('participant:slip.date')
				},
				codes: made.codes.map((code) => ({ code: formatCode(code), qr: qrDataUrl(`${origin}/join/${code}`) }))
			}
		};
	}
};
