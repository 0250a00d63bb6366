/** Staff roles (DESIGN.md "Who uses it"); a person may hold several. */
export const ROLES = ['admin', 'facilitator', 'moderator', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose holders must use a second factor (unless the demo or a setting turns it off). */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['admin', 'moderator'];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
