import { fail, redirect } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { authContext } from '$lib/server/auth/context';
import { codeForm, errorFor, errorsOf, fields } from '$lib/server/auth/forms';
import { markSecondFactorVerified } from '$lib/server/auth/sessions';
import { enrolSecondFactor, newTotpSecret, secondFactorRequired } from '$lib/server/auth/staff';
import { totpQrDataUrl, totpSecretForHand, totpUri } from '$lib/server/auth/totp';
import { keyring } from '$lib/server/crypto';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// The secret being enrolled waits in a sealed cookie until a first code confirms it: nothing
// is stored for a person who leaves half-way.
const PENDING = 'voices_totp_pending';
const PURPOSE = 'staff-totp-pending';

function mayEnrol(locals: App.Locals): boolean {
	// with a second factor already set up, only a fully signed-in person may replace it: a
	// password alone must never be enough to swap someone's second factor
	return locals.user !== null || (locals.sessionUser !== null && !locals.sessionUser.totpSecret);
}

function pendingSecret(event: RequestEvent): string {
	const sealed = event.cookies.get(PENDING);
	const opened = sealed ? keyring().open(sealed, `${PURPOSE}:${event.locals.sessionUser!.id}`) : null;
	if (opened) return opened;
	const secret = newTotpSecret();
	event.cookies.set(PENDING, keyring().seal(secret, `${PURPOSE}:${event.locals.sessionUser!.id}`), {
		path: '/staff/enrol',
		httpOnly: true,
		sameSite: 'lax',
		secure: !dev,
		maxAge: 15 * 60
	});
	return secret;
}

export const load: PageServerLoad = async (event) => {
	const { locals } = event;
	if (!mayEnrol(locals)) redirect(303, '/staff/login/second-factor');
	const user = locals.sessionUser!;
	const secret = Buffer.from(pendingSecret(event), 'base64');
	const { requireSecondFactor } = await authContext(event);
	return {
		qr: totpQrDataUrl(totpUri(user.email, secret)),
		manualKey: totpSecretForHand(secret),
		required: secondFactorRequired(user, requireSecondFactor),
		signedIn: locals.user !== null
	};
};

export const actions: Actions = {
	confirm: async (event) => {
		const { locals } = event;
		if (!mayEnrol(locals) || !locals.session) redirect(303, '/staff/login');
		const parsed = codeForm.safeParse(fields(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: errorsOf(parsed.error) });
		const context = await authContext(event);
		const result = await enrolSecondFactor(context.db, context.keyring, locals.sessionUser!.id, pendingSecret(event), parsed.data.code);
		if (!result.ok) return fail(400, { errors: errorFor('code', 'enrol.invalid') });
		event.cookies.delete(PENDING, { path: '/staff/enrol' });
		await markSecondFactorVerified(context.db, locals.session.id);
		return { recoveryCodes: result.recoveryCodes };
	},
	skip: async (event) => {
		const { locals } = event;
		if (!locals.session || !locals.sessionUser) redirect(303, '/staff/login');
		const { requireSecondFactor, db } = await authContext(event);
		// only those whose roles do not need one may go on without
		if (secondFactorRequired(locals.sessionUser, requireSecondFactor) || locals.sessionUser.totpSecret) {
			return fail(400, { errors: errorFor('code', 'enrol.required') });
		}
		event.cookies.delete(PENDING, { path: '/staff/enrol' });
		await markSecondFactorVerified(db, locals.session.id);
		redirect(303, '/staff');
	}
};
