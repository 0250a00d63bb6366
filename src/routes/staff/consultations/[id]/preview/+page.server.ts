import { AGE_BANDS, isAgeBand, type AgeBand } from '$lib/ages';
import { resourcesFor } from '$lib/i18n/resources';
import type { Language } from '$lib/i18n/languages';
import { designFor } from '$lib/server/consultations/route';
import { present } from '$lib/server/consultations/presentation';
import type { PageServerLoad } from './$types';

/**
 * The participant journey as a child of one age band would see it in one language, page by
 * page. Only GET: a preview stores nothing, and leaves no trace in any counter.
 */
export const load: PageServerLoad = async (event) => {
	const { found } = await designFor(event);
	const { consultation } = found;
	const query = event.url.searchParams;
	const language = consultation.languages.includes(query.get('language') ?? '') ? query.get('language')! : consultation.sourceLanguage;
	const bands = AGE_BANDS.filter((band) => consultation.ageBands.includes(band));
	const wanted = query.get('band');
	const band: AgeBand = isAgeBand(wanted) && bands.includes(wanted) ? wanted : (bands[0] ?? '13-15');
	const presentation = present(found, language, band);
	const last = presentation.questions.length + 1;
	const step = Math.min(Math.max(Number.parseInt(query.get('page') ?? '0', 10) || 0, 0), last);
	// the participant's own words ("I'd rather not say", "Question 3 of 8") in the previewed language
	const strings = resourcesFor(language as Language, ['common', 'participant']);
	return { language: language as Language, band, bands, presentation, step, last, strings };
};
