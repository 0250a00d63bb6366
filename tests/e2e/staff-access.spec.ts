import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { en as demo } from '../../src/lib/server/demo/consultation/en.ts';
import { DEMO_RELEASED_ID } from '../../src/lib/server/demo/released.ts';
import { BASE_URL } from './support/app.ts';
import { DEMO, DEMO_PASSWORD } from './support/staff.ts';

/**
 * Every staff route and every form action on it, for anonymous visitors and for each role,
 * against what each role may do (DESIGN.md "Who uses it"), written out by hand here — not read
 * from the guards. A route or action that appears in src/routes/staff without a row here fails.
 *
 * allow: the page or action runs (a form may still answer 400 for its empty input)
 * sign-in: sent to /staff/login
 * forbidden: 403
 * not-found: 404 (development-only pages in production)
 */
type Outcome = 'allow' | 'sign-in' | 'forbidden' | 'not-found';
type Who = 'anonymous' | 'admin' | 'facilitator' | 'moderator' | 'reviewer';
type Row = Record<Who, Outcome>;

const everyone: Row = { anonymous: 'allow', admin: 'allow', facilitator: 'allow', moderator: 'allow', reviewer: 'allow' };
const staff: Row = { anonymous: 'sign-in', admin: 'allow', facilitator: 'allow', moderator: 'allow', reviewer: 'allow' };
const adminOnly: Row = { anonymous: 'sign-in', admin: 'allow', facilitator: 'forbidden', moderator: 'forbidden', reviewer: 'forbidden' };
// a facilitator sees only the consultations they belong to; the table's [id] is the demo's, theirs
const facilitatorOnly: Row = { anonymous: 'sign-in', admin: 'forbidden', facilitator: 'allow', moderator: 'forbidden', reviewer: 'forbidden' };
const moderatorOnly: Row = { anonymous: 'sign-in', admin: 'forbidden', facilitator: 'forbidden', moderator: 'allow', reviewer: 'forbidden' };
// findings: the Expert Group's reviewers, and the moderators who approve releases (DESIGN.md "Who uses it")
const findingsReaders: Row = { anonymous: 'sign-in', admin: 'forbidden', facilitator: 'forbidden', moderator: 'allow', reviewer: 'allow' };
const nobody: Row = { anonymous: 'not-found', admin: 'not-found', facilitator: 'not-found', moderator: 'not-found', reviewer: 'not-found' };

/** route id → the page (GET) and each action (POST), by name; `default` for the unnamed one. */
const EXPECTED: Record<string, { page: Row; actions: Record<string, Row> }> = {
	'/staff': { page: staff, actions: {} },
	'/staff/login': { page: everyone, actions: { default: everyone } },
	// half-way through signing in counts as a session; the demo accounts sign in fully
	'/staff/login/second-factor': { page: staff, actions: { default: staff } },
	'/staff/enrol': { page: staff, actions: { confirm: staff, skip: staff } },
	'/staff/logout': { page: staff, actions: { default: staff } },
	'/staff/account': { page: staff, actions: { end: staff, endOthers: staff } },
	'/staff/password/forgot': { page: everyone, actions: { default: everyone } },
	'/staff/password/reset/[token]': { page: everyone, actions: { default: everyone } },
	'/staff/invite/[token]': { page: everyone, actions: { default: everyone } },
	'/staff/admin/users': { page: adminOnly, actions: { invite: adminOnly } },
	'/staff/admin/users/[id]': { page: adminOnly, actions: { roles: adminOnly, disable: adminOnly, enable: adminOnly, resetSecondFactor: adminOnly } },
	'/staff/admin/audit': { page: adminOnly, actions: {} },
	'/staff/admin/consent': { page: adminOnly, actions: {} },
	'/staff/admin/countries': { page: adminOnly, actions: { age: adminOnly, helpline: adminOnly, remove: adminOnly } },
	'/staff/admin/retention': { page: adminOnly, actions: {} },
	'/staff/admin/retention/[id]': { page: adminOnly, actions: {} },
	'/staff/consultations/[id]/record': { page: facilitatorOnly, actions: {} },
	'/staff/admin/consent/records.csv': { page: adminOnly, actions: {} },
	'/staff/dev/mailbox': { page: nobody, actions: {} },
	'/staff/moderation': { page: moderatorOnly, actions: {} },
	'/staff/moderation/[id]': {
		page: moderatorOnly,
		actions: { approve: moderatorOnly, reject: moderatorOnly, redact: moderatorOnly, confirm: moderatorOnly, approveShown: moderatorOnly, fourEyes: moderatorOnly, flag: moderatorOnly }
	},
	'/staff/moderation/[id]/safeguarding': { page: moderatorOnly, actions: { handle: moderatorOnly } },
	'/staff/moderation/[id]/themes': { page: moderatorOnly, actions: { add: moderatorOnly, tag: moderatorOnly } },
	'/staff/moderation/[id]/release': { page: moderatorOnly, actions: { prepare: moderatorOnly, texts: moderatorOnly, approve: moderatorOnly } },
	'/staff/findings': { page: findingsReaders, actions: {} },
	'/staff/findings/[id]': { page: findingsReaders, actions: {} },
	'/staff/findings/[id]/export.csv': { page: findingsReaders, actions: {} },
	'/staff/findings/[id]/report': { page: findingsReaders, actions: {} },
	'/staff/consultations': { page: facilitatorOnly, actions: { create: facilitatorOnly } },
	'/staff/consultations/[id]': { page: facilitatorOnly, actions: { transition: facilitatorOnly, publish: facilitatorOnly, copy: facilitatorOnly } },
	'/staff/consultations/[id]/settings': { page: facilitatorOnly, actions: { save: facilitatorOnly } },
	'/staff/consultations/[id]/questions': {
		page: facilitatorOnly,
		actions: { add: facilitatorOnly, update: facilitatorOnly, move: facilitatorOnly, delete: facilitatorOnly }
	},
	'/staff/consultations/[id]/texts/[language]': { page: facilitatorOnly, actions: { save: facilitatorOnly } },
	'/staff/consultations/[id]/translations': { page: facilitatorOnly, actions: { upload: facilitatorOnly } },
	'/staff/consultations/[id]/translations/[file]': { page: facilitatorOnly, actions: {} },
	'/staff/consultations/[id]/ethics': { page: facilitatorOnly, actions: { save: facilitatorOnly } },
	'/staff/consultations/[id]/codes': { page: facilitatorOnly, actions: { shared: facilitatorOnly, slips: facilitatorOnly } },
	'/staff/consultations/[id]/consent': { page: facilitatorOnly, actions: { mark: facilitatorOnly, attest: facilitatorOnly } },
	'/staff/consultations/[id]/team': { page: facilitatorOnly, actions: { add: facilitatorOnly, remove: facilitatorOnly } },
	'/staff/consultations/[id]/preview': { page: facilitatorOnly, actions: {} }
};

/** The staff routes and their actions as the source tree has them. */
function routesInSource(): Record<string, string[]> {
	const found: Record<string, string[]> = {};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (/^\+(page|server)(\.server)?\.(ts|js|svelte)$/.test(name)) {
				const id = `/${dir.replace(/^src\/routes\/?/, '')}`.replace(/\/\([^)]+\)/g, '');
				found[id] ??= [];
				if (name === '+page.server.ts') {
					const source = readFileSync(path, 'utf8');
					const block = /export const actions[^=]*=\s*\{([\s\S]*)\};?\s*$/.exec(source)?.[1] ?? '';
					for (const match of block.matchAll(/^\t(\w+):/gm)) found[id].push(match[1]);
				}
			}
		}
	};
	walk('src/routes/staff');
	return found;
}

async function sessionCookie(email: string): Promise<string> {
	const response = await fetch(`${BASE_URL}/staff/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: BASE_URL, 'sec-fetch-site': 'same-origin', accept: 'text/html' },
		body: new URLSearchParams({ email, password: DEMO_PASSWORD })
	});
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('__Host-voices_session='));
	if (!cookie) throw new Error(`${email} could not sign in (${response.status})`);
	return cookie.split(';')[0];
}

function outcomeOf(response: Response): Outcome | string {
	const location = response.headers.get('location') ?? '';
	if (response.status === 303 && location.endsWith('/staff/login')) return 'sign-in';
	if (response.status === 403) return 'forbidden';
	if (response.status === 404) return 'not-found';
	if (response.status < 500) return 'allow';
	return `status ${response.status}`;
}

test('the table names every staff route and action, and nothing more', () => {
	const source = routesInSource();
	expect(Object.keys(source).sort()).toEqual(Object.keys(EXPECTED).sort());
	for (const [id, actions] of Object.entries(source)) {
		expect(actions.sort(), id).toEqual(Object.keys(EXPECTED[id].actions).sort());
	}
});

test('every staff route and action answers each role as the table says', async () => {
	test.setTimeout(180_000);
	const who: Who[] = ['anonymous', 'admin', 'facilitator', 'moderator', 'reviewer'];
	// a throwaway account to act on, so that no demo account is disabled or changed
	const admin = await sessionCookie(DEMO.admin);
	const target = `matrix.${Date.now()}@example.org`;
	await fetch(`${BASE_URL}/staff/admin/users?/invite`, {
		method: 'POST',
		headers: { cookie: admin, 'content-type': 'application/x-www-form-urlencoded', origin: BASE_URL, 'sec-fetch-site': 'same-origin' },
		body: new URLSearchParams({ email: target, roles: 'reviewer', language: 'en' })
	});
	const list = await (await fetch(`${BASE_URL}/staff/admin/users`, { headers: { cookie: admin } })).text();
	const targetId = new RegExp(`/staff/admin/users/([0-9a-f-]{36})">${target.replace(/\./g, '\\.')}`).exec(list)?.[1];
	expect(targetId).toBeDefined();
	// the demo consultation (open, so that no empty form can change it) stands in for [id]
	const facilitator = await sessionCookie(DEMO.facilitator);
	const mine = await (await fetch(`${BASE_URL}/staff/consultations`, { headers: { cookie: facilitator } })).text();
	const consultationId = new RegExp(`/staff/consultations/([0-9a-f-]{36})">${demo.title.adult}<`).exec(mine)?.[1];
	expect(consultationId).toBeDefined();
	// results pages read the released demo consultation (its forms refuse an empty post and change nothing)
	const path = (id: string) =>
		id
			.replace('/staff/findings/[id]', `/staff/findings/${DEMO_RELEASED_ID}`)
			.replace('/staff/moderation/[id]/release', `/staff/moderation/${DEMO_RELEASED_ID}/release`)
			.replace('/staff/consultations/[id]', `/staff/consultations/${consultationId}`)
			.replace('/staff/admin/retention/[id]', `/staff/admin/retention/${consultationId}`)
			.replace('/staff/moderation/[id]', `/staff/moderation/${consultationId}`)
			.replace('[id]', targetId!)
			.replace('[token]', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')
			.replace('[language]', 'de')
			.replace('[file]', 'de.xlf');

	const mismatches: string[] = [];
	for (const person of who) {
		for (const [id, expected] of Object.entries(EXPECTED)) {
			const requests: [string, string | null, Outcome][] = [
				['GET', null, expected.page[person]],
				...Object.entries(expected.actions).map(([name, row]) => ['POST', name, row[person]] as [string, string, Outcome])
			];
			for (const [method, action, want] of requests) {
				// a fresh session for every request: sign-out and "end other sessions" are on the list
				const cookie = person === 'anonymous' ? '' : await sessionCookie(DEMO[person]);
				const url = `${BASE_URL}${path(id)}${action && action !== 'default' ? `?/${action}` : ''}`;
				const response = await fetch(url, {
					method,
					redirect: 'manual',
					headers: {
						cookie,
						accept: 'text/html',
						...(method === 'POST'
							? { 'content-type': 'application/x-www-form-urlencoded', origin: BASE_URL, 'sec-fetch-site': 'same-origin' }
							: {})
					},
					body: method === 'POST' ? '' : undefined
				});
				const got = outcomeOf(response);
				if (got !== want) mismatches.push(`${person} ${method} ${id}${action ? ` ${action}` : ''}: expected ${want}, got ${got}`);
			}
		}
	}
	expect(mismatches).toEqual([]);
});

test('a staff form without Origin or Sec-Fetch-Site is refused, and one from another site too', async () => {
	const cookie = await sessionCookie(DEMO.admin);
	const variants: Record<string, string>[] = [{}, { origin: 'null' }, { origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }];
	for (const headers of variants) {
		const response = await fetch(`${BASE_URL}/staff/admin/users?/invite`, {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
			body: new URLSearchParams({ email: 'csrf@example.org', roles: 'admin' })
		});
		expect(response.status, JSON.stringify(headers)).toBe(403);
	}
	const list = await (await fetch(`${BASE_URL}/staff/admin/users`, { headers: { cookie } })).text();
	expect(list).not.toContain('csrf@example.org');
});

test('tampered form fields change nothing', async () => {
	const cookie = await sessionCookie(DEMO.admin);
	const post = (body: string) =>
		fetch(`${BASE_URL}/staff/admin/users?/invite`, {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: BASE_URL, 'sec-fetch-site': 'same-origin' },
			body
		});
	for (const body of ['email=x%40example.org&roles=superuser', 'email=not-an-address&roles=admin', 'roles=admin', `email=${'a'.repeat(5000)}%40example.org&roles=admin`]) {
		const response = await post(body);
		expect(response.status, body.slice(0, 40)).toBe(400);
	}
	const list = await (await fetch(`${BASE_URL}/staff/admin/users`, { headers: { cookie } })).text();
	expect(list).not.toContain('x@example.org');
});
