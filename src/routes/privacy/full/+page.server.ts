import type { PageServerLoad } from './$types';

const PARTS = ['controller', 'purpose', 'participants', 'guardians', 'staff', 'recipients', 'retention', 'security', 'rights', 'cookies', 'contact'] as const;

/** The full notice, for parents, carers and guardians and for staff. */
export const load: PageServerLoad = ({ locals }) => ({
	title: locals.t('privacy:full.title'),
	childrenLink: locals.t('privacy:full.childrenLink'),
	intro: locals.t('privacy:full.intro'),
	parts: PARTS.map((name) => ({ name, title: locals.t(`privacy:full.${name}.title`), body: locals.t(`privacy:full.${name}.body`) }))
});
