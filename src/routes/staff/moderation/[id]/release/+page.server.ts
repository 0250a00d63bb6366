import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { designContext } from '$lib/server/consultations/route';
import { moderatorTexts } from '$lib/server/moderation/route';
import { approve, digestOf, missingTexts, nextVersion, prepare, releaseWork, saveTexts, TEXT_LIMIT } from '$lib/server/results';
import { dateText } from '$lib/results/view';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, actor } = await designContext(event);
	const work = await releaseWork(db, actor, event.params.id);
	if (!work) error(404, event.locals.t('results:release.error.notFound'));
	const language = event.locals.language;
	const { draft, published } = work;
	return {
		title: moderatorTexts(work.design, event).title,
		released: work.state === 'released',
		unfinished: work.state !== 'released' && (work.moderation.pending > 0 || work.moderation.awaiting > 0 || work.moderation.openFlags > 0),
		ageBands: work.design.consultation.ageBands,
		nextVersion: nextVersion(work),
		draft: draft && {
			version: draft.version,
			prepared: dateText(draft.preparedAt, language),
			own: draft.preparedBy === actor.id,
			snapshot: draft.snapshot,
			texts: draft.texts,
			missing: missingTexts(draft),
			digest: digestOf(draft)
		},
		published: published && { version: published.version, date: dateText(published.publishedAt!, language) }
	};
};

const textsForm = (languages: string[]) =>
	z.object(Object.fromEntries(languages.flatMap((language) => [`heard-${language}`, `next-${language}`].map((name) => [name, z.string().max(TEXT_LIMIT, 'tooLong').default('')]))));

export const actions: Actions = {
	prepare: async (event) => {
		const version = Number((await event.request.formData()).get('version'));
		const { db, actor } = await designContext(event);
		const result = await prepare(db, actor, event.params.id, Number.isSafeInteger(version) ? version : -1);
		if (!result.ok) return fail(400, { error: `release.error.${result.reason === 'moderation-unfinished' ? 'moderationUnfinished' : result.reason === 'changed' ? 'changed' : 'notFound'}` });
		redirect(303, `/staff/moderation/${event.params.id}/release?prepared`);
	},
	texts: async (event) => {
		const { db, actor } = await designContext(event);
		const work = await releaseWork(db, actor, event.params.id);
		if (!work?.draft) return fail(400, { error: 'release.error.notFound' });
		const languages = work.draft.snapshot.languages;
		const data = Object.fromEntries(await event.request.formData());
		const parsed = textsForm(languages).safeParse(data);
		const values = Object.fromEntries(languages.map((language) => [language, { heard: String(data[`heard-${language}`] ?? ''), next: String(data[`next-${language}`] ?? '') }]));
		if (!parsed.success) return fail(400, { error: 'release.error.tooLong', values });
		const result = await saveTexts(db, actor, event.params.id, values);
		if (!result.ok) return fail(400, { error: 'release.error.notFound' });
		return { done: 'release.textsSaved' };
	},
	approve: async (event) => {
		const digest = String((await event.request.formData()).get('digest') ?? '').slice(0, 64);
		const { db, actor } = await designContext(event);
		const result = await approve(db, actor, event.params.id, digest);
		if (!result.ok) return fail(400, { error: `release.error.${result.reason === 'not-found' ? 'notFound' : result.reason}` });
		redirect(303, `/staff/moderation/${event.params.id}/release?published=${result.version}`);
	}
};
