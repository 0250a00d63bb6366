import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { fields } from '$lib/server/auth/forms';
import { designContext } from '$lib/server/consultations/route';
import { ANSWER_STATES, answerText, approveShown, bulkCandidates, confirm, decide, FLAG_CATEGORIES, flagAnswer, PAGE_SIZE, progress, queue, setFourEyes, type AnswerState, type QueueFilter } from '$lib/server/moderation';
import { spansFrom, spansOf } from '$lib/server/moderation/redaction';
import { moderatorTexts } from '$lib/server/moderation/route';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The queue's filters from the address: a bad value is ignored, never an error. */
function filterOf(url: URL): QueueFilter {
	const state = url.searchParams.get('state') ?? 'pending';
	const page = Number(url.searchParams.get('page') ?? '1');
	return {
		question: url.searchParams.get('question') || undefined,
		language: url.searchParams.get('language')?.slice(0, 5) || undefined,
		state: state === 'all' ? undefined : (ANSWER_STATES as string[]).includes(state) ? (state as AnswerState) : 'pending',
		page: Number.isSafeInteger(page) && page > 0 ? page : 1
	};
}

export const load: PageServerLoad = async (event) => {
	const { db, actor } = await designContext(event);
	const filter = filterOf(event.url);
	const shown = await queue(db, actor, event.params.id, filter);
	if (!shown) error(404, event.locals.t('staff:moderation.notFound'));
	const texts = moderatorTexts(shown.design, event);
	return {
		title: texts.title,
		questions: texts.questions,
		languages: shown.design.consultation.languages,
		filter: { question: filter.question ?? '', language: filter.language ?? '', state: event.url.searchParams.get('state') === 'all' ? 'all' : (filter.state ?? 'pending'), page: filter.page ?? 1 },
		items: shown.items.map((item) => ({ ...item, prompt: texts.prompt(item.questionId) })),
		bulk: bulkCandidates(shown.items),
		more: shown.more,
		fourEyes: shown.fourEyes,
		progress: await progress(db, event.params.id),
		categories: FLAG_CATEGORIES
	};
};

const answerField = z.object({ answer: z.uuid() });
const REASONS: Record<string, string> = {
	'not-found': 'moderation.answerGone',
	'already-decided': 'moderation.alreadyDecided',
	span: 'moderation.spanMismatch',
	own: 'moderation.ownDecision',
	changed: 'moderation.queueChanged'
};
const refused = (reason: string) => fail(reason === 'not-found' ? 404 : 409, { error: REASONS[reason] ?? 'invalidValue' });

async function decideWith(event: RequestEvent, build: (data: Record<string, unknown>, text: string) => Parameters<typeof decide>[4] | null) {
	const data = fields(await event.request.formData());
	const parsed = answerField.safeParse(data);
	if (!parsed.success) return fail(400, { error: 'moderation.answerGone' });
	const { db, actor } = await designContext(event);
	const input = build(data, (await answerText(db, event.params.id, parsed.data.answer)) ?? '');
	if (!input) return fail(400, { error: 'moderation.spanMismatch' });
	const result = await decide(db, actor, event.params.id, parsed.data.answer, input);
	if (!result.ok) return refused(result.reason);
	return { done: result.state === 'awaiting-confirmation' ? 'moderation.sentForConfirmation' : `moderation.done.${input.decision}` };
}

export const actions: Actions = {
	approve: (event) => decideWith(event, () => ({ decision: 'approve' })),
	reject: (event) => decideWith(event, () => ({ decision: 'reject' })),
	redact: (event) =>
		decideWith(event, (data, text) => {
			const spans = typeof data.spans === 'string' && data.spans ? spansFrom(data.spans) : typeof data.words === 'string' ? spansOf(text, data.words.slice(0, 2000)) : null;
			return spans && spans.length > 0 ? { decision: 'redact', spans } : null;
		}),
	confirm: async (event) => {
		const data = fields(await event.request.formData());
		const parsed = answerField.extend({ accept: z.enum(['yes', 'no']) }).safeParse(data);
		if (!parsed.success) return fail(400, { error: 'moderation.answerGone' });
		const { db, actor } = await designContext(event);
		const result = await confirm(db, actor, event.params.id, parsed.data.answer, parsed.data.accept === 'yes');
		if (!result.ok) return refused(result.reason);
		return { done: parsed.data.accept === 'yes' ? 'moderation.confirmed' : 'moderation.sentBack' };
	},
	approveShown: async (event) => {
		const data = fields(await event.request.formData(), ['ids']);
		const ids = z.array(z.uuid()).max(PAGE_SIZE).safeParse(data.ids);
		// ids the page never showed (forged, or from another page) approve nothing
		if (!ids.success) return refused('changed');
		const { db, actor } = await designContext(event);
		const result = await approveShown(db, actor, event.params.id, filterOf(event.url), ids.data);
		if (!result.ok) return refused(result.reason);
		return { done: 'moderation.approvedShown', count: result.approved };
	},
	fourEyes: async (event) => {
		const on = (await event.request.formData()).get('on') === 'yes';
		const { db, actor } = await designContext(event);
		const result = await setFourEyes(db, actor, event.params.id, on);
		if (!result.ok) return refused(result.reason);
		return { done: on ? 'moderation.fourEyesOn' : 'moderation.fourEyesOff' };
	},
	flag: async (event) => {
		const data = fields(await event.request.formData());
		const parsed = answerField.extend({ category: z.enum(FLAG_CATEGORIES) }).safeParse(data);
		if (!parsed.success) return fail(400, { error: 'moderation.categoryRequired' });
		const { db, actor } = await designContext(event);
		const result = await flagAnswer(db, actor, event.params.id, parsed.data.answer, parsed.data.category);
		if (!result.ok) return refused(result.reason);
		return { done: 'moderation.flaggedDone' };
	}
};
