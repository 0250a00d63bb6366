import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { LANGUAGES } from '$lib/i18n/languages';
import { errorsOf, fields } from '$lib/server/auth/forms';
import { attest, attestationForm, codesIn, markSlipsConsented, slipConsent } from '$lib/server/consent';
import { designContext, designFor } from '$lib/server/consultations/route';
import { keyring } from '$lib/server/crypto';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, actor, found } = await designFor(event);
	return { batches: (await slipConsent(db, actor, found.consultation.id)) ?? [], today: new Date().toISOString().slice(0, 10) };
};

const markForm = z.object({
	codes: z.string().default('').pipe(z.string().max(50_000, 'consultations.consent.codesRequired')),
	language: z.enum(LANGUAGES, 'invalidValue')
});

export const actions: Actions = {
	/** Returned, signed slips: their codes typed or scanned, one per line. */
	mark: async (event) => {
		const values = fields(await event.request.formData());
		const parsed = markForm.safeParse(values);
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error) });
		const codes = codesIn(parsed.data.codes);
		if (codes.length === 0) return fail(400, { errors: { codes: 'consultations.consent.codesRequired' } });
		const { db, actor } = await designContext(event);
		const marked = await markSlipsConsented(db, keyring(), actor, event.params.id, codes, parsed.data.language);
		if (!marked.ok) return fail(404, { errors: { form: 'consultations.notFound' } });
		return { marked: { marked: marked.marked, already: marked.already, closed: marked.closed, notFound: marked.notFound } };
	},
	/** Consent collected through the school's or organisation's own process, for a batch of slips. */
	attest: async (event) => {
		const values = fields(await event.request.formData());
		const parsed = attestationForm.safeParse(values);
		const how = String(values.how ?? '').slice(0, 500);
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error), how });
		const { db, actor } = await designContext(event);
		const result = await attest(db, actor, event.params.id, { batchId: parsed.data.batch, how: parsed.data.how, collectedOn: parsed.data.collectedOn, language: parsed.data.language });
		if (!result.ok) {
			if (result.reason === 'not-found') return fail(404, { errors: { form: 'consultations.notFound' } });
			const field = result.reason === 'future' ? 'collectedOn' : 'batch';
			return fail(400, { errors: { [field]: result.reason === 'future' ? 'consultations.consent.collectedOnFuture' : 'consultations.consent.batchNothing' }, how });
		}
		return { attested: { codes: result.codes, closed: result.closed } };
	}
};
