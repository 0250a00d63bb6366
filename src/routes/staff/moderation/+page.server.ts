import { error } from '@sveltejs/kit';
import { readConsultation } from '$lib/server/consultations';
import { designContext } from '$lib/server/consultations/route';
import { overview } from '$lib/server/moderation';
import { moderatorTexts } from '$lib/server/moderation/route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, actor } = await designContext(event);
	const list = await overview(db, actor);
	if (!list) error(403, event.locals.t('error.forbidden.body'));
	const consultations = [];
	for (const entry of list) {
		const design = (await readConsultation(db, entry.id))!;
		consultations.push({ ...entry, title: moderatorTexts(design, event).title });
	}
	return { consultations };
};
