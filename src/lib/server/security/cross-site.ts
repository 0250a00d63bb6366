/**
 * Cross-site request forgery protection that works with `Referrer-Policy: no-referrer`.
 *
 * Under that policy browsers send `Origin: null` with every form POST, even from our own
 * pages, so SvelteKit's Origin comparison would refuse every form. Browsers since 2023 also
 * send `Sec-Fetch-Site`, which the referrer policy does not touch: that decides first (the
 * approach of Go's net/http CrossOriginProtection). An Origin other than our own or `null` is
 * refused as well. Where a browser sends neither (old phones), public forms are accepted, as
 * SameSite cookies already keep state out of cross-site requests; staff forms are not.
 */

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestFacts {
	method: string;
	/** Our own origin, as the app sees it (`ORIGIN` behind a proxy). */
	origin: string;
	pathname: string;
	headers: Headers;
}

export function isCrossSiteRequest({ method, origin, pathname, headers }: RequestFacts): boolean {
	if (!UNSAFE_METHODS.has(method)) return false;
	const site = headers.get('sec-fetch-site');
	if (site !== null) return site !== 'same-origin' && site !== 'none';
	const sentOrigin = headers.get('origin');
	if (sentOrigin !== null && sentOrigin !== 'null') return sentOrigin !== origin;
	// neither header tells us where the request came from
	return isStaffPath(pathname);
}

function isStaffPath(pathname: string): boolean {
	return pathname === '/staff' || pathname.startsWith('/staff/');
}
