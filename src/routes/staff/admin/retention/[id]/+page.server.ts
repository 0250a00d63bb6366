import { error } from '@sveltejs/kit';
import { readConsultation } from '$lib/server/consultations';
import { consultationText } from '$lib/server/consultations/presentation';
import { designContext } from '$lib/server/consultations/route';
import { whatIsKept } from '$lib/server/retention';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, actor } = await designContext(event);
	const kept = await whatIsKept(db, actor, event.params.id);
	if (!kept) error(404, event.locals.t('consultations.notFound'));
	const design = (await readConsultation(db, event.params.id))!;
	// days as the consultation counts them, in its own time zone
	const date = (value: Date) => new Intl.DateTimeFormat(event.locals.language, { dateStyle: 'long', timeZone: kept.consultation.timeZone }).format(value);
	return {
		title: consultationText(design.texts, 'title', kept.consultation.sourceLanguage, 'adult') ?? '',
		archived: kept.consultation.state === 'archived',
		retentionDays: kept.consultation.retentionDays,
		closedOn: kept.closedOn ? date(kept.closedOn) : null,
		rows: kept.rows.map((row) => ({ kind: row.kind, rows: row.rows, rule: row.rule, purgeOn: row.purgeOn ? date(row.purgeOn) : null }))
	};
};
