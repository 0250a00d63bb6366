import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { publicRelease } from '$lib/server/results';
import { childView } from '$lib/results/child';
import type { PageServerLoad } from './$types';

/** A released consultation's page for children, public because its facilitator made it so. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await database();
	const release = await publicRelease(db, params.slug);
	if (!release) error(404, locals.t('results:findings.notFound'));
	return { view: childView(release.snapshot, release.texts, locals.language, release.snapshot.sourceLanguage, locals.t) };
};
