import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { fields } from '$lib/server/auth/forms';
import { designContext } from '$lib/server/consultations/route';
import { addTheme, queue, tagAnswer, themesOf } from '$lib/server/moderation';
import { moderatorTexts } from '$lib/server/moderation/route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, actor } = await designContext(event);
	const found = await themesOf(db, actor, event.params.id);
	if (!found) error(404, event.locals.t('staff:moderation.notFound'));
	const texts = moderatorTexts(found.design, event);
	const page = Math.max(1, Number(event.url.searchParams.get('page')) || 1);
	const approved = [...((await queue(db, actor, event.params.id, { state: 'approved', page }))?.items ?? []), ...((await queue(db, actor, event.params.id, { state: 'redacted', page }))?.items ?? [])];
	return {
		title: texts.title,
		questions: texts.questions.map((question) => ({
			...question,
			themes: found.themes.filter((theme) => theme.questionId === question.id),
			answers: approved
				.filter((item) => item.questionId === question.id)
				.map((item) => ({ answerId: item.answerId, text: item.decision?.text ?? item.text, tags: found.tags.filter((tag) => tag.answerId === item.answerId).map((tag) => tag.themeId) }))
		}))
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
