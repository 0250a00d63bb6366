import type { Cookies } from '@sveltejs/kit';

/**
 * The staff session cookie: HttpOnly, SameSite=Lax; outside development also Secure with the
 * `__Host-` prefix, which browsers accept only from a secure origin, for path / and no domain.
 */
export function sessionCookieName(secure: boolean): string {
	return secure ? '__Host-voices_session' : 'voices_session';
}

export function setSessionCookie(cookies: Cookies, secure: boolean, token: string, expiresAt: Date): void {
	cookies.set(sessionCookieName(secure), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.delete(sessionCookieName(secure), { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
