import { redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { keyring } from '../crypto/index.ts';
import { database } from '../db/index.ts';
import type { Participation } from '../db/schema/index.ts';
import { current } from './index.ts';

/** The participant's cookie: a random token, its HMAC the participation's key. Ends with the browser. */
export const PARTICIPATION_COOKIE = 'voices_participation';

export function setParticipationCookie(cookies: Cookies, token: string): void {
	// no maxAge: a session cookie, gone when a shared computer's browser closes
	cookies.set(PARTICIPATION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: !dev });
}

export function clearParticipationCookie(cookies: Cookies): void {
	cookies.delete(PARTICIPATION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: !dev });
}

/** Pages of a child in progress: never cached, so the back button shows nothing of a previous child. */
export function noStore(event: Pick<RequestEvent, 'setHeaders'>): void {
	event.setHeaders({ 'cache-control': 'no-store' });
}

export async function participationContext(event: RequestEvent) {
	return { db: (await database()).db, keyring: keyring() };
}

/** Where a child whose guardian said no is told so, kindly, each time they come back. */
export const DECLINED_PAGE = '/stopped?guardian';

/**
 * The participation of this browser, or a redirect: to the join page when there is none, to
 * the kind page when a guardian said no (every step's load and action passes here, so none
 * of them goes on with a declined participation).
 */
export async function requireParticipation(event: RequestEvent): Promise<{ participation: Participation } & Awaited<ReturnType<typeof participationContext>>> {
	const context = await participationContext(event);
	const participation = await current(context.db, context.keyring, event.cookies.get(PARTICIPATION_COOKIE));
	if (!participation) {
		clearParticipationCookie(event.cookies);
		redirect(303, '/join');
	}
	if (participation.step === 'declined') redirect(303, DECLINED_PAGE);
	return { ...context, participation };
}
