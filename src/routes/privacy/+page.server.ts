import { levelOfBand, WORDING_LEVELS, type AgeBand, type WordingLevel } from '$lib/ages';
import { current } from '$lib/server/participation';
import { PARTICIPATION_COOKIE, participationContext } from '$lib/server/participation/route';
import type { PageServerLoad } from './$types';

const SECTIONS = ['asked', 'readers', 'keep', 'choices', 'worried'] as const;

/**
 * The layered notice for children (issue #10): short, at the wording level of the reader's age
 * — a child taking part gets their own level; anyone can switch between the three.
 */
export const load: PageServerLoad = async (event) => {
	const asked = event.url.searchParams.get('level');
	let level: WordingLevel = 'child';
	if ((WORDING_LEVELS as readonly string[]).includes(asked ?? '')) level = asked as WordingLevel;
	else if (event.cookies.get(PARTICIPATION_COOKIE)) {
		const { db, keyring } = await participationContext(event);
		const participation = await current(db, keyring, event.cookies.get(PARTICIPATION_COOKIE));
		if (participation?.ageBand) level = levelOfBand(participation.ageBand as AgeBand);
	}
	const t = (key: string) => event.locals.t(`privacy:children.${key}`);
	// the notice's strings come with the page: the browser is not sent the whole namespace on every page
	return {
		title: t('title'),
		levelsLabel: t('levels'),
		fullLink: t('fullLink'),
		level,
		levels: WORDING_LEVELS.map((name) => ({ name, label: t(`level.${name}`) })),
		intro: t(`${level}.intro`),
		sections: SECTIONS.map((name) => ({ name, title: t(`${level}.${name}.title`), body: t(`${level}.${name}.body`) }))
	};
};
