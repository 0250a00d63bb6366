import { fail } from '@sveltejs/kit';
import { limitedAttempt } from '$lib/server/auth/rate-limit';
import { readConsultation } from '$lib/server/consultations';
import { consultationText } from '$lib/server/consultations/presentation';
import { isOpen, readReceipt, withdraw } from '$lib/server/participation';
import { published } from '$lib/server/results';
import { childView } from '$lib/results/child';
import { noStore, participationContext } from '$lib/server/participation/route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	noStore(event);
	return {};
};

/** The code as typed, cut to what a code can be; POSTed, so it never lands in a URL. */
const codeOf = async (request: Request) => String((await request.formData()).get('code') ?? '').slice(0, 40);

export const actions: Actions = {
	look: async (event) => {
		const code = await codeOf(event.request);
		const { db, keyring } = await participationContext(event);
		// attempts at receipt codes count with those at joining: one limit per client for codes
		const attempt = await limitedAttempt(db, keyring, 'code', { clientAddress: event.getClientAddress() }, () => readReceipt(db, keyring, code), (found) => !found.ok && found.reason === 'unknown');
		if (attempt.blocked) return fail(429, { code, error: 'receipt.tooMany' });
		const found = attempt.result;
		if (!found.ok) {
			return fail(found.reason === 'unknown' ? 404 : 400, { code, error: found.reason === 'check' ? 'join.error.check' : found.reason === 'unknown' ? 'receipt.unknown' : 'receipt.invalid' });
		}
		const design = (await readConsultation(db, found.consultationId))!;
		const texts = (field: string) => consultationText(design.texts, field, found.language, 'teen') ?? '';
		const release = await published(db, found.consultationId);
		return {
			code,
			found: {
				title: texts('title'),
				feedbackPlan: texts('feedbackPlan'),
				language: found.language,
				answersKept: found.answersKept,
				canWithdraw: found.answersKept && isOpen(design, new Date()),
				// once results are released, "what happened next" is the release's page for children
				release: release && childView(release.snapshot, release.texts, event.locals.language, found.language, event.locals.t)
			}
		};
	},
	withdraw: async (event) => {
		const code = await codeOf(event.request);
		const { db, keyring } = await participationContext(event);
		const attempt = await limitedAttempt(db, keyring, 'code', { clientAddress: event.getClientAddress() }, () => withdraw(db, keyring, code), (result) => !result.ok && result.reason === 'unknown');
		if (attempt.blocked) return fail(429, { code, error: 'receipt.tooMany' });
		const result = attempt.result;
		if (!result.ok) {
			return fail(400, { code, error: result.reason === 'closed' ? 'receipt.closed' : result.reason === 'check' ? 'join.error.check' : 'receipt.unknown' });
		}
		return { withdrawn: true, code: '' };
	}
};
