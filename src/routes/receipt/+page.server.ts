import { fail } from '@sveltejs/kit';
import { checkLimit, recordFailure } from '$lib/server/auth/rate-limit';
import { readConsultation } from '$lib/server/consultations';
import { consultationText } from '$lib/server/consultations/presentation';
import { isOpen, readReceipt, withdraw } from '$lib/server/participation';
import { participationContext } from '$lib/server/participation/route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return {};
};

/** The code as typed, cut to what a code can be; POSTed, so it never lands in a URL. */
const codeOf = async (request: Request) => String((await request.formData()).get('code') ?? '').slice(0, 40);

export const actions: Actions = {
	look: async (event) => {
		const code = await codeOf(event.request);
		const { db, keyring } = await participationContext(event);
		const subject = { clientAddress: event.getClientAddress() };
		if ((await checkLimit(db, keyring, 'code', subject)).blocked) return fail(429, { code, error: 'receipt.tooMany' });
		const found = await readReceipt(db, keyring, code);
		if (!found.ok) {
			if (found.reason === 'unknown') await recordFailure(db, keyring, 'code', subject);
			return fail(found.reason === 'unknown' ? 404 : 400, { code, error: found.reason === 'check' ? 'join.error.check' : found.reason === 'unknown' ? 'receipt.unknown' : 'receipt.invalid' });
		}
		const design = (await readConsultation(db, found.consultationId))!;
		const texts = (field: string) => consultationText(design.texts, field, found.language, 'teen') ?? '';
		return {
			code,
			found: {
				title: texts('title'),
				feedbackPlan: texts('feedbackPlan'),
				language: found.language,
				answersKept: found.answersKept,
				canWithdraw: found.answersKept && isOpen(design, new Date())
			}
		};
	},
	withdraw: async (event) => {
		const code = await codeOf(event.request);
		const { db, keyring } = await participationContext(event);
		const subject = { clientAddress: event.getClientAddress() };
		if ((await checkLimit(db, keyring, 'code', subject)).blocked) return fail(429, { code, error: 'receipt.tooMany' });
		const result = await withdraw(db, keyring, code);
		if (!result.ok) {
			if (result.reason === 'unknown') await recordFailure(db, keyring, 'code', subject);
			return fail(400, { code, error: result.reason === 'closed' ? 'receipt.closed' : result.reason === 'check' ? 'join.error.check' : 'receipt.unknown' });
		}
		return { withdrawn: true, code: '' };
	}
};
