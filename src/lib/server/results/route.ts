import { error, type RequestEvent } from '@sveltejs/kit';
import { designContext } from '../consultations/route.ts';
import { dateText, textIn } from '../../results/view.ts';
import { findingsOf } from './index.ts';

/**
 * The release a findings page reads: the published one, or an earlier one by `?release=<n>`. A
 * version that is not a whole number, or does not exist, is the same 404 as an unknown id.
 */
export async function findingsFor(event: RequestEvent & { params: { id: string } }) {
	const { db, actor } = await designContext(event);
	const asked = event.url.searchParams.get('release');
	const version = asked === null ? undefined : /^[1-9][0-9]{0,5}$/.test(asked) ? Number(asked) : NaN;
	const found = Number.isNaN(version) ? null : await findingsOf(db, actor, event.params.id, version);
	if (!found) error(404, event.locals.t('results:findings.notFound'));
	const { release, history } = found;
	const language = event.locals.language;
	return {
		snapshot: release.snapshot,
		texts: release.texts,
		title: textIn(release.snapshot.title, language, release.snapshot),
		version: release.version,
		current: release.state === 'published',
		published: dateText(release.publishedAt!, language),
		history: history.map((entry) => ({ version: entry.version, state: entry.state, published: dateText(entry.publishedAt!, language) }))
	};
}
