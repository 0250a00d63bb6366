import { describe, expect, it } from 'vitest';
import { isCrossSiteRequest } from '../../src/lib/server/security/cross-site.ts';

const ORIGIN = 'https://voices.example';

function request(method: string, pathname: string, headers: Record<string, string>) {
	return { method, origin: ORIGIN, pathname, headers: new Headers(headers) };
}

describe('cross-site request protection', () => {
	it('lets reads through whatever their headers say', () => {
		expect(isCrossSiteRequest(request('GET', '/join', { 'sec-fetch-site': 'cross-site' }))).toBe(false);
		expect(isCrossSiteRequest(request('HEAD', '/staff', { origin: 'https://evil.example' }))).toBe(false);
	});

	it('accepts a form from our own pages under Referrer-Policy: no-referrer (Origin: null)', () => {
		expect(
			isCrossSiteRequest(request('POST', '/join', { origin: 'null', 'sec-fetch-site': 'same-origin' }))
		).toBe(false);
	});

	it('refuses a form that the browser says came from another site', () => {
		for (const site of ['cross-site', 'same-site']) {
			expect(isCrossSiteRequest(request('POST', '/join', { origin: 'null', 'sec-fetch-site': site }))).toBe(true);
		}
	});

	it('refuses another Origin when the browser sends no Sec-Fetch-Site', () => {
		expect(isCrossSiteRequest(request('POST', '/join', { origin: 'https://evil.example' }))).toBe(true);
		expect(isCrossSiteRequest(request('POST', '/join', { origin: ORIGIN }))).toBe(false);
	});

	it('accepts public forms from old browsers that send neither header, but never staff forms', () => {
		expect(isCrossSiteRequest(request('POST', '/join', {}))).toBe(false);
		expect(isCrossSiteRequest(request('POST', '/join', { origin: 'null' }))).toBe(false);
		expect(isCrossSiteRequest(request('POST', '/staff/login', {}))).toBe(true);
		expect(isCrossSiteRequest(request('POST', '/staff', { origin: 'null' }))).toBe(true);
		expect(isCrossSiteRequest(request('POST', '/staffing', {}))).toBe(false);
	});
});
