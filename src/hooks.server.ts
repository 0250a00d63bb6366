import { error, redirect, type Handle, type HandleServerError, type RequestEvent, type ServerInit } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { dev } from '$app/environment';
import { COUNTRY_COOKIE, isCountryCode } from '$lib/countries';
import { chooseLanguage, LANGUAGE_COOKIE, textDirection } from '$lib/i18n/languages';
import { RESOURCES } from '$lib/i18n/resources';
import { createTranslator } from '$lib/i18n/translator';
import { config } from '$lib/server/config';
import { keyring } from '$lib/server/crypto';
import { decide, STAFF_ACCESS } from '$lib/server/auth/access';
import { deleteSessionCookie, sessionCookieName, setSessionCookie } from '$lib/server/auth/cookie';
import { validateSessionToken } from '$lib/server/auth/sessions';
import { closeDatabase, database } from '$lib/server/db';
import { JOBS } from '$lib/server/jobs';
import { startJobRunner } from '$lib/server/jobs/runner';
import { prepareDatabase } from '$lib/server/db/prepare';
import { describeError, log } from '$lib/server/log';
import { isCrossSiteRequest } from '$lib/server/security/cross-site';

export const init: ServerInit = async () => {
	const settings = config();
	const db = await database();
	await prepareDatabase(db, {
		migrationsFolder: settings.MIGRATIONS_DIR,
		url: settings.DATABASE_URL,
		demo: settings.seedDemo,
		keyring: keyring()
	});
	const stopJobs = startJobRunner(db, JOBS, settings.JOB_INTERVAL_SECONDS * 1000);
	process.once('sveltekit:shutdown', () => {
		void stopJobs().finally(() => closeDatabase());
	});
	if (settings.seedDemo) {
		log().info('Demo: staff accounts admin@, facilitator@, moderator@, moderator2@ and reviewer@demo.voices, password voices-demo-2026, no second factor');
		log().info('Demo: children join the open consultation with the code DEMO2026; a closed, released one shows its results at /staff/findings and /results/feeling-safe-online-2026');
	}
	if (settings.NODE_ENV === 'production' && !settings.SMTP_URL) {
		log().warn('SMTP_URL is not set: e-mail waits in the outbox until it is');
	}
	log().info(
		{ driver: db.driver, ...(db.driver === 'pglite' ? { dataDir: settings.pgliteDataDir } : {}) },
		db.driver === 'pglite'
			? 'Voices is ready on embedded PostgreSQL (PGlite)'
			: 'Voices is ready on the PostgreSQL server'
	);
};

const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Permissions-Policy':
		'geolocation=(), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()'
};

export const handle: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const { url, cookies, request } = event;

	const choice = chooseLanguage({
		query: url.searchParams.get('lang'),
		cookie: cookies.get(LANGUAGE_COOKIE),
		acceptLanguage: request.headers.get('accept-language')
	});
	if (choice.chosenInQuery) {
		cookies.set(LANGUAGE_COOKIE, choice.language, {
			path: '/',
			maxAge: 60 * 60 * 24 * 365,
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:'
		});
	}
	const language = choice.language;
	const country = cookies.get(COUNTRY_COOKIE);
	event.locals.language = language;
	event.locals.country = isCountryCode(country) ? country : null;
	event.locals.t = createTranslator(language, RESOURCES).t;
	event.locals.session = null;
	event.locals.sessionUser = null;
	event.locals.user = null;

	const crossSite = isCrossSiteRequest({
		method: request.method,
		origin: url.origin,
		pathname: url.pathname,
		headers: request.headers
	});
	if (!crossSite && event.route.id?.startsWith('/staff')) await guardStaffRoute(event);
	const response = crossSite
		? new Response(event.locals.t('error.crossSite'), {
				status: 403,
				headers: { 'content-type': 'text/plain; charset=utf-8' }
			})
		: await resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%voices.lang%', language).replace('%voices.dir%', textDirection(language))
			});

	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		response.headers.set(name, value);
	}
	if (url.protocol === 'https:') {
		response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
	}
	// pages differ by language cookie and header: shared caches must not mix them up
	response.headers.append('Vary', 'Accept-Language, Cookie');

	log().info(
		{
			route: event.route.id,
			method: request.method,
			status: response.status,
			ms: Math.round(performance.now() - started)
		},
		'request'
	);
	return response;
};

/**
 * Every request to a staff route: reads the session, then applies the route's access rule
 * (src/lib/server/auth/access.ts) before any load or action runs.
 */
async function guardStaffRoute(event: RequestEvent): Promise<void> {
	const { cookies, locals } = event;
	const secure = !dev;
	const token = cookies.get(sessionCookieName(secure));
	if (token) {
		const { session, user } = await validateSessionToken((await database()).db, token);
		if (session) {
			setSessionCookie(cookies, secure, token, session.expiresAt);
			locals.session = session;
			locals.sessionUser = user;
			if (session.secondFactorVerified) locals.user = user;
		} else {
			deleteSessionCookie(cookies, secure);
		}
	}
	const decision = decide(
		event.route.id!,
		{ hasSession: locals.session !== null, verified: locals.user !== null, roles: locals.user?.roles ?? [] },
		dev
	);
	if (decision === 'sign-in') redirect(303, '/staff/login');
	if (decision === 'second-factor') {
		redirect(303, locals.sessionUser?.totpSecret ? '/staff/login/second-factor' : '/staff/enrol');
	}
	if (decision === 'forbidden') {
		if (!(event.route.id! in STAFF_ACCESS)) log().warn({ route: event.route.id }, 'staff route without an access rule');
		error(403, locals.t('error.forbidden.body'));
	}
	if (decision === 'not-found') error(404, locals.t('error.notFound.title'));
}

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) {
		return { message: event.locals.t?.('error.notFound.title') ?? 'Not found' };
	}
	const reference = randomUUID().slice(0, 8);
	log().error({ route: event.route.id, status, reference, err: describeError(error) }, 'unexpected error');
	if (dev) console.error(error);
	return {
		message: event.locals.t?.('error.unexpected.title') ?? 'Something went wrong',
		reference
	};
};
