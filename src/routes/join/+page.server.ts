import { fail } from '@sveltejs/kit';
import { interpretCode, joinForm } from './read-code';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const parsed = joinForm.safeParse(Object.fromEntries(await request.formData()));
		const code = parsed.success ? parsed.data.code : '';
		const outcome = interpretCode(code, locals.t);
		if (outcome.kind === 'invalid') {
			return fail(400, { values: { code: code.slice(0, 40) }, errors: { code: outcome.message } });
		}
		return fail(404, { values: { code: code.slice(0, 40) }, unknown: outcome.display });
	}
};
