import { isAgeBand } from '$lib/ages';
import { readConsultation } from '$lib/server/consultations';
import { present } from '$lib/server/consultations/presentation';
import { offeredLanguages, setLanguage } from '$lib/server/participation';
import { noStore, requireParticipation } from '$lib/server/participation/route';
import type { Language } from '$lib/i18n/languages';
import type { LayoutServerLoad } from './$types';

/** Every step of the journey: the child's participation, the consultation in their words. */
export const load: LayoutServerLoad = async (event) => {
	noStore(event);
	const { db, participation } = await requireParticipation(event);
	const design = (await readConsultation(db, participation.consultationId))!;
	const offered = offeredLanguages(design);
	let language = participation.language as Language;
	// the language menu switches the consultation's texts too, when it offers that language
	if (event.locals.language !== language && offered.includes(event.locals.language)) {
		await setLanguage(db, participation, event.locals.language);
		language = event.locals.language;
	}
	const band = isAgeBand(participation.ageBand) ? participation.ageBand : '13-15';
	const shown = present(design, language, band);
	return {
		journey: {
			step: participation.step,
			language,
			offered,
			knowsBand: isAgeBand(participation.ageBand),
			title: shown.title ?? '',
			purpose: shown.purpose ?? '',
			audience: shown.audience ?? '',
			feedbackPlan: shown.feedbackPlan ?? '',
			level: shown.level,
			questions: shown.questions,
			drafts: participation.drafts
		}
	};
};
