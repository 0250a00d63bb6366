import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** Where this child is in the journey. */
export const load: PageServerLoad = async ({ parent }) => {
	const { journey } = await parent();
	if (journey.step === 'about-you') redirect(303, journey.offered.includes(journey.language) ? '/participate/about-you' : '/participate/language');
	if (journey.step === 'information' || journey.step === 'assent') redirect(303, '/participate/information');
	if (journey.step === 'guardian') redirect(303, '/participate/guardian');
	if (journey.step === 'check') redirect(303, '/participate/check');
	// from the first page (an information page, perhaps) if nothing is answered yet
	if (Object.keys(journey.drafts).length === 0) redirect(303, '/participate/question/1');
	const next = journey.questions.findIndex((question) => question.kind !== 'info' && !journey.drafts[question.id]);
	redirect(303, next < 0 ? '/participate/check' : `/participate/question/${next + 1}`);
};
