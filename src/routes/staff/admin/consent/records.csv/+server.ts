import { error } from '@sveltejs/kit';
import { consentRecordRows, consentRecordsCsv } from '$lib/server/consent';
import { designContext } from '$lib/server/consultations/route';
import type { RequestHandler } from './$types';

/** Every consent record as CSV, for admins. */
export const GET: RequestHandler = async (event) => {
	const { db, actor } = await designContext(event);
	const rows = await consentRecordRows(db, actor);
	if (!rows) error(403, event.locals.t('error.forbidden.body'));
	return new Response(consentRecordsCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="consent-records-${new Date().toISOString().slice(0, 10)}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
