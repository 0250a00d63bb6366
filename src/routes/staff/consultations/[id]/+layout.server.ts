import { effectiveState, isEditable, staffTitle } from '$lib/server/consultations';
import { designFor } from '$lib/server/consultations/route';
import type { LayoutServerLoad } from './$types';

/** The consultation's name, state and languages for its pages' navigation; 404 for non-members. */
export const load: LayoutServerLoad = async (event) => {
	const { found } = await designFor(event);
	const { consultation, texts, role } = found;
	const title = staffTitle(
		Object.fromEntries(texts.filter((t) => t.subjectId === null && t.field === 'title' && t.language === consultation.sourceLanguage).map((t) => [t.level, t.text]))
	);
	return {
		design: {
			id: consultation.id,
			title,
			state: effectiveState(consultation),
			editable: isEditable(consultation),
			role,
			sourceLanguage: consultation.sourceLanguage,
			languages: consultation.languages
		}
	};
};
