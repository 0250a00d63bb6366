import { findingsCsv } from '$lib/server/results/export';
import { findingsFor } from '$lib/server/results/route';
import type { RequestHandler } from './$types';

/** A release's tables as CSV, exactly as published: hidden counts say so and are not in it. */
export const GET: RequestHandler = async (event) => {
	const found = await findingsFor(event);
	return new Response(findingsCsv(found.snapshot, event.locals.language, event.locals.t), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="findings-release-${found.version}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
