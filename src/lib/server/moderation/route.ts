import type { RequestEvent } from '@sveltejs/kit';
import type { ConsultationDesign } from '../consultations/index.ts';
import { textOrSource } from '../consultations/presentation.ts';

/** A consultation's title and question prompts for a moderator: in their language, else the source language. */
export function moderatorTexts(design: ConsultationDesign, event: Pick<RequestEvent, 'locals'>) {
	const language = event.locals.language;
	const text = (subjectId: string | null, field: string) =>
		textOrSource(design, subjectId, field, language, 'adult');
	return {
		title: text(null, 'title'),
		questions: design.questions.filter((question) => question.kind === 'free-text').map((question) => ({ id: question.id, prompt: text(question.id, 'prompt') })),
		prompt: (questionId: string | null) => (questionId ? text(questionId, 'prompt') : '')
	};
}
