import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { fields } from '$lib/server/auth/forms';
import { designContext } from '$lib/server/consultations/route';
import { addTheme, queue, tagAnswer, themesOf } from '$lib/server/moderation';
import { moderatorTexts } from '$lib/server/moderation/route';
import type { Actions, PageServerLoad } from './$types';

/**
 * One question at a time, a page of its kept (approved or redacted) answers at a time: a
 * consultation can have hundreds, and every one of them may need its themes.
 */
export const load: PageServerLoad = async (event) => {
	const { db, actor } = await designContext(event);
	const found = await themesOf(db, actor, event.params.id);
	if (!found) error(404, event.locals.t('staff:moderation.notFound'));
	const texts = moderatorTexts(found.design, event);
	const asked = event.url.searchParams.get('question');
	const question = texts.questions.find((q) => q.id === asked) ?? texts.questions[0];
	const requested = Number(event.url.searchParams.get('page') ?? '1');
	const page = Number.isSafeInteger(requested) && requested > 0 ? requested : 1;
	const kept = question ? await queue(db, actor, event.params.id, { question: question.id, state: 'kept', page }) : null;
	const tagsOf = (answerId: string) => found.tags.filter((tag) => tag.answerId === answerId).map((tag) => tag.themeId);
	return {
		title: texts.title,
		questions: texts.questions.map((q) => ({ id: q.id, prompt: q.prompt, themes: found.themes.filter((theme) => theme.questionId === q.id).length })),
		question: question
			? {
					id: question.id,
					prompt: question.prompt,
					themes: found.themes.filter((theme) => theme.questionId === question.id),
					answers: (kept?.items ?? []).map((item) => ({ answerId: item.answerId, text: item.decision?.text ?? item.text, tags: tagsOf(item.answerId) }))
				}
			: null,
		page: kept?.page ?? 1,
		more: kept?.more ?? false
	};
};

const themeForm = z.object({ question: z.uuid(), label: z.string().trim().min(1, 'moderation.themeRequired').max(80, 'moderation.themeTooLong') });

export const actions: Actions = {
	add: async (event) => {
		const parsed = themeForm.safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { error: parsed.error.issues[0]?.message.startsWith('moderation.') ? parsed.error.issues[0].message : 'moderation.answerGone' });
		const { db, actor } = await designContext(event);
		const result = await addTheme(db, actor, event.params.id, parsed.data.question, parsed.data.label);
		if (!result.ok) return fail(400, { error: result.reason === 'duplicate' ? 'moderation.themeDuplicate' : 'moderation.answerGone' });
		return { done: 'moderation.themeAdded' };
	},
	tag: async (event) => {
		const data = fields(await event.request.formData(), ['themes']);
		const parsed = z.object({ answer: z.uuid(), themes: z.array(z.uuid()).max(50) }).safeParse(data);
		if (!parsed.success) return fail(400, { error: 'moderation.answerGone' });
		const { db, actor } = await designContext(event);
		const result = await tagAnswer(db, actor, event.params.id, parsed.data.answer, parsed.data.themes);
		if (!result.ok) return fail(400, { error: result.reason === 'not-approved' ? 'moderation.tagApprovedOnly' : 'moderation.answerGone' });
		return { done: 'moderation.tagged' };
	}
};
