import { error, fail, redirect } from '@sveltejs/kit';
import { readConsultation } from '$lib/server/consultations';
import { questionsFor, saveAnswer, type AnswerInput } from '$lib/server/participation';
import { requireParticipation } from '$lib/server/participation/route';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function position(event: Pick<RequestEvent, 'params'>, total: number): number {
	const n = /^\d{1,3}$/.test(event.params.n) ? Number(event.params.n) : 0;
	return n >= 1 && n <= total ? n : 0;
}

export const load: PageServerLoad = async (event) => {
	const { journey } = await event.parent();
	if (journey.step !== 'questions' && journey.step !== 'check') redirect(303, '/participate');
	const n = position(event, journey.questions.length);
	if (!n) error(404, event.locals.t('participant:journey.question.notFound'));
	return { n };
};

const MESSAGES: Record<string, string> = {
	empty: 'journey.question.empty',
	choice: 'journey.question.choice',
	'too-many': 'journey.question.tooMany',
	rank: 'journey.question.rank',
	'too-long': 'journey.question.tooLong',
	'not-shown': 'journey.question.notFound',
	closed: 'journey.question.closed'
};

export const actions: Actions = {
	default: async (event) => {
		const { db, participation } = await requireParticipation(event);
		if (participation.step !== 'questions' && participation.step !== 'check') redirect(303, '/participate');
		const design = await readConsultation(db, participation.consultationId);
		const journey = design ? { questions: questionsFor(design, participation.ageBand ?? ''), step: participation.step } : null;
		const data = await event.request.formData();
		const questionId = String(data.get('question') ?? '');
		const choices = data.getAll('choice').map(String);
		const input: AnswerInput = {
			skipped: data.get('skip') === 'yes' || choices.includes('skip'),
			choices: choices.filter((choice) => choice !== 'skip'),
			ranks: Object.fromEntries([...data.entries()].filter(([key]) => key.startsWith('rank-')).map(([key, value]) => [key.slice(5), String(value)])),
			text: typeof data.get('text') === 'string' ? String(data.get('text')).slice(0, 20_000) : undefined
		};
		const saved = await saveAnswer(db, participation, questionId, input);
		if (!saved.ok) {
			return fail(saved.reason === 'not-shown' ? 404 : 400, { error: MESSAGES[saved.reason], text: input.text?.slice(0, 5000), count: 0 });
		}
		const next = nextPage(event, journey);
		// the child sees what screening removed, and kind words with the help line for a risk
		if (saved.draft.redactions?.length || saved.risk) return { saved: { redactions: saved.draft.redactions ?? [], risk: saved.risk, text: saved.draft.text ?? '' }, next };
		redirect(303, next);
	}
};

function nextPage(event: Pick<RequestEvent, 'params'>, journey: { questions: unknown[]; step: string } | null): string {
	const n = journey ? position(event, journey.questions.length) : 0;
	if (!journey || !n || journey.step === 'check' || n >= journey.questions.length) return '/participate/check';
	return `/participate/question/${n + 1}`;
}
