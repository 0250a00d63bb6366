import { fail, redirect } from '@sveltejs/kit';
import { COUNTRY_COOKIE } from '$lib/countries';
import { aboutYou, isBeforeAssent } from '$lib/server/participation';
import { requireParticipation } from '$lib/server/participation/route';
import type { Actions, PageServerLoad } from './$types';

/**
 * Once the child has said yes, their age has decided whether a guardian must agree: the page (a
 * back button, an old tab) leads on to where they are, rather than asking again what no longer
 * changes anything.
 */
export const load: PageServerLoad = async ({ parent }) => {
	const { journey } = await parent();
	if (!isBeforeAssent(journey.step)) redirect(303, '/participate');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const { db, participation } = await requireParticipation(event);
		if (!isBeforeAssent(participation.step)) redirect(303, '/participate');
		const data = await event.request.formData();
		const country = String(data.get('country') ?? '');
		const ageText = String(data.get('age') ?? '').trim();
		const age = /^\d{1,3}$/.test(ageText) ? Number(ageText) : Number.NaN;
		const errors: Record<string, string> = {};
		if (!country) errors.country = 'journey.about.countryRequired';
		if (!ageText) errors.age = 'journey.about.ageRequired';
		else if (Number.isNaN(age)) errors.age = 'journey.about.ageNumber';
		if (Object.keys(errors).length > 0) return fail(400, { errors, country, age: ageText.slice(0, 3) });
		const result = await aboutYou(db, participation, { country, age });
		if (!result.ok) {
			// an assent came in meanwhile (another tab): the decision stands
			if (result.reason === 'decided') redirect(303, '/participate');
			if (result.reason === 'age-outside') return fail(400, { outside: true, errors: undefined, country, age: '' });
			return fail(400, { errors: { [result.reason === 'country' ? 'country' : 'age']: result.reason === 'country' ? 'journey.about.countryRequired' : 'journey.about.ageNumber' }, country, age: ageText.slice(0, 3) });
		}
		// the help line of the child's own country, from now on
		event.cookies.set(COUNTRY_COOKIE, country, { path: '/', httpOnly: true, sameSite: 'lax' });
		redirect(303, '/participate/information');
	}
};
