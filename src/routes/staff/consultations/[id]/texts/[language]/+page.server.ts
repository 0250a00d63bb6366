import { error, fail } from '@sveltejs/kit';
import { WORDING_LEVELS } from '$lib/ages';
import { setTexts, writableTexts } from '$lib/server/consultations';
import { MAX_TEXT_LENGTH, type TextEntry } from '$lib/server/consultations/forms';
import { designFor } from '$lib/server/consultations/route';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The form field of one text at one wording level. */
const fieldName = (subjectId: string | null, field: string, level: string) => `${subjectId ?? 'consultation'}.${field}.${level}`;

async function languageOf(event: RequestEvent) {
	const context = await designFor(event);
	if (!context.found.consultation.languages.includes(event.params.language)) error(404, event.locals.t('staff:consultations.texts.languageNotOffered'));
	return context;
}

export const load: PageServerLoad = async (event) => {
	const { found } = await languageOf(event);
	const { consultation, texts } = found;
	const language = event.params.language;
	const versions = (lang: string, subjectId: string | null, field: string) =>
		Object.fromEntries(WORDING_LEVELS.map((level) => [level, texts.find((t) => t.language === lang && t.subjectId === subjectId && t.field === field && t.level === level)?.text ?? '']));
	const item = (subjectId: string | null, field: string) => ({
		names: Object.fromEntries(WORDING_LEVELS.map((level) => [level, fieldName(subjectId, field, level)])),
		field,
		current: versions(language, subjectId, field),
		source: language === consultation.sourceLanguage ? null : versions(consultation.sourceLanguage, subjectId, field)
	});
	const writable = writableTexts(found.questions);
	const has = (subjectId: string | null, field: string) => writable.some((w) => w.subjectId === subjectId && w.field === field);
	return {
		language,
		groups: [
			{ id: 'consultation', question: null, texts: ['title', 'purpose', 'audience', 'feedbackPlan'].map((field) => item(null, field)) },
			...found.questions.map((question) => ({
				id: `q-${question.id}`,
				question: { position: question.position, kind: question.kind },
				texts: [
					...(['prompt', 'body', 'hint'] as const).filter((field) => has(question.id, field)).map((field) => item(question.id, field)),
					...question.options.map((option) => item(option.id, 'label'))
				]
			}))
		]
	};
};

export const actions: Actions = {
	save: async (event) => {
		const data = await event.request.formData();
		const { db, actor, found } = await languageOf(event);
		const language = event.params.language as TextEntry['language'];
		const errors: Record<string, string> = {};
		const entries: TextEntry[] = [];
		for (const { subjectId, field } of writableTexts(found.questions)) {
			for (const level of WORDING_LEVELS) {
				const name = fieldName(subjectId, field, level);
				const posted = data.get(name);
				if (typeof posted !== 'string') continue;
				const text = posted.replace(/\r\n/g, '\n').trim();
				if ([...text].length > MAX_TEXT_LENGTH) {
					errors[name] = 'consultation.textTooLong';
					continue;
				}
				const current = found.texts.find((t) => t.language === language && t.subjectId === subjectId && t.field === field && t.level === level)?.text ?? '';
				if (text !== current) entries.push({ subjectId, field: field as TextEntry['field'], language, level, text });
			}
		}
		if (Object.keys(errors).length > 0) return fail(400, { errors, posted: Object.fromEntries([...data.entries()].map(([key, value]) => [key, String(value).slice(0, MAX_TEXT_LENGTH + 100)])) });
		if (entries.length === 0) return { done: 'consultations.texts.unchanged', count: 0 };
		const saved = await setTexts(db, actor, event.params.id, entries);
		if (!saved.ok) return fail(saved.reason === 'not-found' ? 404 : 400, { errors: { form: saved.reason === 'locked' ? 'consultations.locked' : 'invalidValue' } });
		return { done: 'consultations.texts.saved', count: saved.changed };
	}
};
