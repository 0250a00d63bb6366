import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { dev } from '$app/environment';
import { COUNTRY_COOKIE, isCountryCode } from '$lib/countries';
import { chooseLanguage, LANGUAGE_COOKIE, textDirection } from '$lib/i18n/languages';
import { RESOURCES } from '$lib/i18n/resources';
import { createTranslator } from '$lib/i18n/translator';
import { config } from '$lib/server/config';
import { closeDatabase, database } from '$lib/server/db';
import { prepareDatabase } from '$lib/server/db/prepare';
import { describeError, log } from '$lib/server/log';
import { isCrossSiteRequest } from '$lib/server/security/cross-site';

export const init: ServerInit = async () => {
	const settings = config();
	const db = await database();
	await prepareDatabase(db, { migrationsFolder: settings.MIGRATIONS_DIR, url: settings.DATABASE_URL });
	process.once('sveltekit:shutdown', () => {
		void closeDatabase();
	});
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

	const crossSite = isCrossSiteRequest({
		method: request.method,
		origin: url.origin,
		pathname: url.pathname,
		headers: request.headers
	});
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
