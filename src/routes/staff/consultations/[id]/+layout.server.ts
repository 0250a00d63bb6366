import { effectiveState, isEditable } from '$lib/server/consultations';
import { consultationText } from '$lib/server/consultations/presentation';
import { designFor } from '$lib/server/consultations/route';
import type { LayoutServerLoad } from './$types';

/** The consultation's name, state and languages for its pages' navigation; 404 for non-members. */
export const load: LayoutServerLoad = async (event) => {
	const { found } = await designFor(event);
	const { consultation, texts, role } = found;
	const title = consultationText(texts, 'title', consultation.sourceLanguage, 'adult') ?? '';
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
