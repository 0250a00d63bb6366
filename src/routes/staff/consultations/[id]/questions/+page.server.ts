import { fail } from '@sveltejs/kit';
import { errorsOf, fields } from '$lib/server/auth/forms';
import { addQuestion, deleteQuestion, moveQuestion, updateQuestion } from '$lib/server/consultations';
import { moveForm, newQuestionForm, questionChangeForm, questionRef } from '$lib/server/consultations/forms';
import { designContext, designFor } from '$lib/server/consultations/route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { found } = await designFor(event);
	const { consultation, texts } = found;
	const sourceText = (subjectId: string, field: string) =>
		(['adult', 'teen', 'child'] as const)
			.map((level) => texts.find((t) => t.subjectId === subjectId && t.field === field && t.language === consultation.sourceLanguage && t.level === level)?.text)
			.find((text) => text !== undefined) ?? null;
	return {
		bands: consultation.ageBands,
		questions: found.questions.map((question) => ({
			id: question.id,
			position: question.position,
			kind: question.kind,
			maxChoices: question.maxChoices,
			maxLength: question.maxLength,
			ageBands: question.ageBands,
			sensitive: question.sensitive,
			prompt: sourceText(question.id, 'prompt'),
			options: question.options.map((option) => sourceText(option.id, 'label'))
		}))
	};
};

const reasons: Record<string, string> = {
	'not-found': 'consultations.questions.notFound',
	locked: 'consultations.locked',
	'max-choices': 'consultation.maxChoicesTooMany'
};

/** A refusal, shown beside the form it came from. */
const refused = (reason: string, question: string | null = null) =>
	fail(reason === 'not-found' ? 404 : 400, { errors: { [question ? `question-${question}` : 'kind']: reasons[reason] ?? 'invalidValue' }, question });

export const actions: Actions = {
	add: async (event) => {
		const parsed = newQuestionForm.safeParse(fields(await event.request.formData(), ['ageBands']));
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error), question: null });
		const { db, actor } = await designContext(event);
		const added = await addQuestion(db, actor, event.params.id, parsed.data);
		return added.ok ? { done: 'consultations.questions.added', question: added.questionId } : refused(added.reason);
	},
	update: async (event) => {
		const values = fields(await event.request.formData(), ['ageBands']);
		const ref = questionRef.safeParse(values);
		if (!ref.success) return fail(400, { errors: errorsOf(ref.error), question: null });
		const parsed = questionChangeForm.safeParse(values);
		if (!parsed.success) {
			const [message] = Object.values(errorsOf(parsed.error));
			return fail(400, { errors: { [`question-${ref.data.question}`]: message }, question: ref.data.question });
		}
		const { db, actor } = await designContext(event);
		const changed = await updateQuestion(db, actor, event.params.id, ref.data.question, parsed.data);
		return changed.ok ? { done: 'consultations.questions.saved', question: ref.data.question } : refused(changed.reason, ref.data.question);
	},
	move: async (event) => {
		const parsed = moveForm.safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error), question: null });
		const { db, actor } = await designContext(event);
		const moved = await moveQuestion(db, actor, event.params.id, parsed.data.question, parsed.data.direction);
		return moved.ok ? { done: 'consultations.questions.moved', question: parsed.data.question } : refused(moved.reason, parsed.data.question);
	},
	delete: async (event) => {
		const parsed = questionRef.safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error), question: null });
		const { db, actor } = await designContext(event);
		const deleted = await deleteQuestion(db, actor, event.params.id, parsed.data.question);
		return deleted.ok ? { done: 'consultations.questions.deleted', question: null } : refused(deleted.reason, parsed.data.question);
	}
};
