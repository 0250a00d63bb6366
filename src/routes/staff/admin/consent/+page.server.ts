import { error } from '@sveltejs/kit';
import { consentRecordRows } from '$lib/server/consent';
import { designContext } from '$lib/server/consultations/route';
import type { PageServerLoad } from './$types';

/** Consent records, counted per consultation, method and decision; the full list as CSV. */
export const load: PageServerLoad = async (event) => {
	const { db, actor } = await designContext(event);
	const rows = await consentRecordRows(db, actor);
	if (!rows) error(403, event.locals.t('error.forbidden.body'));
	const counts = new Map<string, { consultation: string; method: string; decision: string; count: number }>();
	for (const row of rows) {
		const key = `${row.consultationId}/${row.method}/${row.decision}`;
		const entry = counts.get(key) ?? { consultation: row.consultation, method: row.method, decision: row.decision, count: 0 };
		entry.count += row.codes ?? 1;
		counts.set(key, entry);
	}
	return { total: rows.length, counts: [...counts.values()] };
};
