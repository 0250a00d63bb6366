import { fail } from '@sveltejs/kit';
import { missingTexts, textsToTranslate } from '$lib/server/consultations';
import { designContext, designFor } from '$lib/server/consultations/route';
import { importLanguage } from '$lib/server/consultations/xliff';
import type { Actions, PageServerLoad } from './$types';

/** The largest file accepted, in bytes: far above any consultation's texts. */
const LARGEST_UPLOAD = 2_000_000;

export const load: PageServerLoad = async (event) => {
	const { found } = await designFor(event);
	const { consultation, texts } = found;
	const needed = textsToTranslate(found);
	const missing = missingTexts(consultation.languages, needed, texts);
	const positions = new Map<string, { question: number; option?: number }>();
	for (const question of found.questions) {
		positions.set(question.id, { question: question.position });
		for (const option of question.options) positions.set(option.id, { question: question.position, option: option.position });
	}
	return {
		rows: needed.map((need) => ({
			key: `${need.subjectId ?? 'consultation'}.${need.field}`,
			field: need.field,
			where: need.subjectId ? (positions.get(need.subjectId) ?? null) : null,
			missingIn: consultation.languages.filter((language) => missing[language].some((m) => m.subjectId === need.subjectId && m.field === need.field))
		})),
		missingCount: Object.fromEntries(Object.entries(missing).map(([language, lacking]) => [language, lacking.length]))
	};
};

const reasons: Record<string, string> = {
	'not-found': 'consultations.notFound',
	malformed: 'consultations.translations.malformed',
	foreign: 'consultations.translations.foreign',
	language: 'consultations.translations.wrongLanguage',
	'missing-units': 'consultations.translations.missingUnits',
	'unknown-units': 'consultations.translations.unknownUnits',
	locked: 'consultations.locked',
	'unknown-text': 'consultations.translations.unknownUnits'
};

export const actions: Actions = {
	upload: async (event) => {
		const file = (await event.request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { errors: { file: 'consultations.translations.fileRequired' } });
		if (file.size > LARGEST_UPLOAD) return fail(400, { errors: { file: 'consultations.translations.tooLarge' } });
		const { db, actor } = await designContext(event);
		const imported = await importLanguage(db, actor, event.params.id, await file.text());
		if (imported.ok) return { imported: { language: imported.language, changed: imported.changed } };
		return fail(imported.reason === 'not-found' ? 404 : 400, {
			errors: { file: reasons[imported.reason] },
			count: 'units' in imported ? imported.units.length : 0
		});
	}
};
