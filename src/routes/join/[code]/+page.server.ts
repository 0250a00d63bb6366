import { interpretCode } from '../read-code';
import type { PageServerLoad } from './$types';

// The QR code and printed links point here; the code in the path is the consultation's shared
// code, which is public within its group.
export const load: PageServerLoad = ({ params, locals }) => {
	const outcome = interpretCode(params.code, locals.t);
	return outcome.kind === 'invalid'
		? { code: params.code.slice(0, 40), error: outcome.message }
		: { code: params.code.slice(0, 40), unknown: outcome.display };
};
