import { error } from '@sveltejs/kit';
import { designContext } from '$lib/server/consultations/route';
import { findings } from '$lib/server/results';
import { dateText, textIn } from '$lib/results/view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, actor } = await designContext(event);
	const list = await findings(db, actor);
	if (!list) error(403, event.locals.t('error.forbidden.body'));
	const language = event.locals.language;
	return {
		releases: list.map((release) => ({
			consultationId: release.consultationId,
			title: textIn(release.snapshot.title, language, release.snapshot),
			version: release.version,
			published: dateText(release.publishedAt!, language),
			respondents: release.snapshot.respondents.find((row) => row.dimension === 'all')?.count ?? null
		}))
	};
};
