import { z } from 'zod';
import { ROLES } from '../../roles.ts';
import { MAX_PASSWORD_LENGTH } from './passwords.ts';

/** The staff forms, validated at the edge: one schema per form. Messages are i18n keys. */

const text = (max: number) => z.string().max(max).default('');

export const signInForm = z.object({
	email: text(320).pipe(z.string().trim().min(1, 'login.emailRequired')),
	password: text(MAX_PASSWORD_LENGTH * 4).pipe(z.string().min(1, 'login.passwordRequired'))
});

export const codeForm = z.object({
	code: text(64).pipe(z.string().trim().min(1, 'secondFactor.required'))
});

export const emailForm = z.object({
	email: text(320).pipe(z.string().trim().min(1, 'login.emailRequired').pipe(z.email('users.emailInvalid')))
});

export const newPasswordForm = z
	.object({
		password: text(MAX_PASSWORD_LENGTH * 4),
		confirm: text(MAX_PASSWORD_LENGTH * 4)
	})
	.refine((values) => values.password === values.confirm, { path: ['confirm'], message: 'password.mismatch' });

export const inviteForm = z.object({
	email: text(320).pipe(z.string().trim().min(1, 'login.emailRequired').pipe(z.email('users.emailInvalid'))),
	roles: z.array(z.enum(ROLES)).min(1, 'users.noRoles'),
	language: z.string().default('en')
});

export const rolesForm = z.object({
	roles: z.array(z.enum(ROLES)).min(1, 'users.noRoles')
});

/** Form fields as zod expects them: repeated fields (checkboxes) as arrays. */
export function fields(data: FormData, arrays: string[] = []): Record<string, unknown> {
	const values: Record<string, unknown> = {};
	for (const key of new Set(data.keys())) {
		const all = data.getAll(key).filter((value): value is string => typeof value === 'string');
		values[key] = arrays.includes(key) ? all : all[0];
	}
	for (const key of arrays) values[key] ??= [];
	return values;
}

/** The first message per field, as i18n keys. */
export function errorsOf(error: z.ZodError): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		// zod's own messages (a value of the wrong type, say) read as "not valid" for that field
		errors[field] ??= /^[a-zA-Z]+(\.[a-zA-Z]+)+$/.test(issue.message) ? issue.message : 'invalidValue';
	}
	return errors;
}

/** One field's message (an i18n key), typed like errorsOf's result. */
export function errorFor(field: string, key: string): Record<string, string> {
	return { [field]: key };
}
