import { noStore } from '$lib/server/participation/route';
import { interpretCode } from '../read-code';
import type { PageServerLoad } from './$types';

// The QR code and printed links point here. Opening the link changes nothing (a link preview
// or a mail scanner may open it too): the page asks the child to start, which posts the code.
export const load: PageServerLoad = (event) => {
	const { params, locals } = event;
	noStore(event);
	const outcome = interpretCode(params.code, locals.t);
	return outcome.kind === 'invalid'
		? { code: params.code.slice(0, 40), error: outcome.message }
		: { code: params.code.slice(0, 40), ready: outcome.display };
};
