import { error } from '@sveltejs/kit';
import { designContext } from '$lib/server/consultations/route';
import { exportLanguage } from '$lib/server/consultations/xliff';
import type { RequestHandler } from './$types';

/** `<language>.xlf`: the consultation's texts for a translator, as XLIFF 2.0. */
export const GET: RequestHandler = async (event) => {
	const language = /^([a-z]{2})\.xlf$/.exec(event.params.file)?.[1];
	if (!language) error(404, event.locals.t('staff:consultations.notFound'));
	const { db, actor } = await designContext(event);
	const exported = await exportLanguage(db, actor, event.params.id, language);
	if (!exported.ok) error(404, event.locals.t(exported.reason === 'language' ? 'staff:consultations.texts.languageNotOffered' : 'staff:consultations.notFound'));
	return new Response(exported.xml, {
		headers: {
			'content-type': 'application/xliff+xml; charset=utf-8',
			'content-disposition': `attachment; filename="${exported.filename}"`,
			'cache-control': 'no-store'
		}
	});
};
