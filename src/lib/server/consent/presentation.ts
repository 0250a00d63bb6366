import type { Language } from '../../i18n/languages.ts';
import type { ConsultationDesign } from '../consultations/index.ts';
import { textOrSource } from '../consultations/presentation.ts';

/** What a guardian reads before deciding: the consultation's own texts (adult wording) and what is kept. */
export function guardianSheet(design: ConsultationDesign, language: Language) {
	const text = (field: string) => textOrSource(design, null, field, language, 'adult');
	return {
		title: text('title'),
		purpose: text('purpose'),
		audience: text('audience'),
		feedbackPlan: text('feedbackPlan'),
		retentionDays: design.consultation.retentionDays,
		threshold: design.consultation.suppressionThreshold,
		contact: design.consultation.guardianContact
	};
}

export type GuardianSheet = ReturnType<typeof guardianSheet>;
