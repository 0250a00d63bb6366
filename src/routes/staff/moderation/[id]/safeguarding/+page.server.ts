import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { fields } from '$lib/server/auth/forms';
import { designContext } from '$lib/server/consultations/route';
import { recordAction, safeguardingQueue } from '$lib/server/moderation';
import { moderatorTexts } from '$lib/server/moderation/route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, actor } = await designContext(event);
	const found = await safeguardingQueue(db, actor, event.params.id);
	if (!found) error(404, event.locals.t('staff:moderation.notFound'));
	const texts = moderatorTexts(found.design, event);
	// open flags first, then those already handled
	const flags = found.flags.map((flag) => ({ ...flag, prompt: texts.prompt(flag.questionId) })).sort((a, b) => Number(a.action !== null) - Number(b.action !== null));
	return { title: texts.title, flags };
};

const actionForm = z.object({ flag: z.uuid(), action: z.string().trim().min(1, 'moderation.actionRequired').max(1000, 'moderation.actionTooLong') });

export const actions: Actions = {
	handle: async (event) => {
		const parsed = actionForm.safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { error: parsed.error.issues[0]?.message.startsWith('moderation.') ? parsed.error.issues[0].message : 'moderation.answerGone' });
		const { db, actor } = await designContext(event);
		const result = await recordAction(db, actor, event.params.id, parsed.data.flag, parsed.data.action);
		if (!result.ok) return fail(result.reason === 'not-found' ? 404 : 409, { error: result.reason === 'not-found' ? 'moderation.answerGone' : 'moderation.alreadyHandled' });
		return { done: 'moderation.handled' };
	}
};
