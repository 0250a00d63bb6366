import type { Role } from '../../roles.ts';

/**
 * Who may open each staff route — its page, its data and every form action on it. The handle
 * hook applies this to every request under /staff before any load or action runs; a route
 * missing here is refused (403) for everyone, so a new page cannot go live unguarded.
 *
 * - `public`: anyone (signing in, links from e-mails)
 * - `session`: someone half-way through signing in (password given, second factor pending)
 * - `staff`: any signed-in staff member
 * - roles: a signed-in staff member with at least one of them
 * - `development`: only while developing (404 in production)
 */
export type Access = 'public' | 'session' | 'staff' | 'development' | readonly Role[];

export const STAFF_ACCESS: Readonly<Record<string, Access>> = {
	'/staff': 'staff',
	'/staff/login': 'public',
	'/staff/login/second-factor': 'session',
	'/staff/enrol': 'session',
	'/staff/logout': 'session',
	'/staff/account': 'staff',
	'/staff/password/forgot': 'public',
	'/staff/password/reset/[token]': 'public',
	'/staff/invite/[token]': 'public',
	'/staff/admin/users': ['admin'],
	'/staff/admin/users/[id]': ['admin'],
	'/staff/admin/audit': ['admin'],
	'/staff/dev/mailbox': 'development',
	// a facilitator sees only the consultations they belong to: the pages check membership
	'/staff/consultations': ['facilitator'],
	'/staff/consultations/[id]': ['facilitator'],
	'/staff/consultations/[id]/settings': ['facilitator'],
	'/staff/consultations/[id]/questions': ['facilitator'],
	'/staff/consultations/[id]/texts/[language]': ['facilitator'],
	'/staff/consultations/[id]/translations': ['facilitator'],
	'/staff/consultations/[id]/translations/[file]': ['facilitator'],
	'/staff/consultations/[id]/ethics': ['facilitator'],
	'/staff/consultations/[id]/codes': ['facilitator'],
	'/staff/consultations/[id]/consent': ['facilitator'],
	'/staff/admin/consent': ['admin'],
	'/staff/admin/countries': ['admin'],
	'/staff/admin/retention': ['admin'],
	'/staff/admin/retention/[id]': ['admin'],
	'/staff/consultations/[id]/record': ['facilitator'],
	'/staff/moderation': ['moderator'],
	'/staff/moderation/[id]': ['moderator'],
	'/staff/moderation/[id]/safeguarding': ['moderator'],
	'/staff/moderation/[id]/themes': ['moderator'],
	'/staff/admin/consent/records.csv': ['admin'],
	'/staff/consultations/[id]/team': ['facilitator'],
	'/staff/consultations/[id]/preview': ['facilitator'],
	'/staff/moderation/[id]/release': ['moderator'],
	// findings: released results only, for the Expert Group and the moderators who approve them
	'/staff/findings': ['reviewer', 'moderator'],
	'/staff/findings/[id]': ['reviewer', 'moderator'],
	'/staff/findings/[id]/export.csv': ['reviewer', 'moderator'],
	'/staff/findings/[id]/report': ['reviewer', 'moderator']
};

export type Decision = 'allow' | 'sign-in' | 'second-factor' | 'forbidden' | 'not-found';

export interface Visitor {
	/** A session exists (perhaps with the second factor still to come). */
	hasSession: boolean;
	/** The session passed every factor the person needs. */
	verified: boolean;
	roles: readonly string[];
}

export function decide(routeId: string, visitor: Visitor, development: boolean): Decision {
	const access = STAFF_ACCESS[routeId];
	if (access === undefined) return 'forbidden';
	if (access === 'public') return 'allow';
	if (access === 'development') return development ? 'allow' : 'not-found';
	if (!visitor.hasSession) return 'sign-in';
	if (access === 'session') return 'allow';
	if (!visitor.verified) return 'second-factor';
	if (access === 'staff') return 'allow';
	return access.some((role) => visitor.roles.includes(role)) ? 'allow' : 'forbidden';
}
