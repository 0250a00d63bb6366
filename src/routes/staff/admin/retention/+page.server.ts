import { error } from '@sveltejs/kit';
import { consultationText } from '$lib/server/consultations/presentation';
import { readConsultation } from '$lib/server/consultations';
import { designContext } from '$lib/server/consultations/route';
import { effectiveState } from '$lib/server/consultations/rules';
import { retentionOverview } from '$lib/server/retention';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, actor } = await designContext(event);
	const list = await retentionOverview(db, actor);
	if (!list) error(403, event.locals.t('error.forbidden.body'));
	const language = event.locals.language;
	const rows = [];
	for (const entry of list) {
		const design = (await readConsultation(db, entry.consultation.id))!;
		rows.push({
			id: entry.consultation.id,
			title: consultationText(design.texts, 'title', entry.consultation.sourceLanguage, 'adult') ?? '',
			state: effectiveState(entry.consultation),
			responses: entry.responses,
			purgeOn: entry.purgeOn ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: entry.consultation.timeZone }).format(entry.purgeOn) : null,
			retentionDays: entry.consultation.retentionDays
		});
	}
	return { rows };
};
