import { expect, test } from '@playwright/test';
import { QUICK_EXIT_URL } from './support/app.ts';
import { LANGUAGES, text } from './support/locales.ts';

test.describe('security headers', () => {
	test('are on every page', async ({ request }) => {
		for (const path of ['/', '/join', '/no-such-page']) {
			const response = await request.get(path);
			const headers = response.headers();
			const csp = headers['content-security-policy'];
			expect(csp, path).toBeDefined();
			const directives = new Map(
				csp.split(';').map((d) => {
					const [name, ...values] = d.trim().split(/\s+/);
					return [name, values] as const;
				})
			);
			const scripts = directives.get('script-src') ?? [];
			expect(scripts).toContain("'self'");
			expect(scripts.some((v) => v.startsWith("'nonce-") || v.startsWith("'sha256-"))).toBe(true);
			expect(scripts).not.toContain("'unsafe-inline'");
			expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toBe('no-referrer');
			const permissions = headers['permissions-policy'];
			for (const feature of ['geolocation=()', 'camera=()', 'microphone=()']) {
				expect(permissions).toContain(feature);
			}
			// the app is served over plain http here: no HSTS (the https case is in health.spec)
			expect(headers['strict-transport-security']).toBeUndefined();
		}
	});
});

test('JavaScript runs under the CSP without a single violation', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`Content Security Policy violation: ${event.violatedDirective}`);
		});
	});
	await page.goto('/');
	// only hydration sets this attribute
	await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'true');
	await page.goto('/join/ABCDEFGH');
	await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'true');
	expect(violations).toEqual([]);
});

test('the browser receives the strings of its page’s language only, never the locale files of all thirteen', async ({ page }) => {
	const bodies: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.url().endsWith('.js')) bodies.push(response.text());
	});
	await page.goto('/join?lang=en');
	await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'true');
	const scripts = await Promise.all(bodies);
	expect(scripts.length).toBeGreaterThan(5);
	// a Finnish staff text and an Icelandic participant text: neither has any business on an English join page
	for (const foreign of [text('fi', 'staff:moderation.themesIntro'), text('is', 'participant:journey.check.explain')]) {
		expect(scripts.some((script) => script.includes(foreign)), foreign).toBe(false);
	}
});

test.describe('quick exit', () => {
	test('is a link that leaves without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/?lang=en');
		const exit = page.getByRole('link', { name: text('en', 'common:quickExit.label') });
		await expect(exit).toHaveAttribute('href', '/exit');
		await exit.click();
		await expect(page).toHaveURL(QUICK_EXIT_URL);
		await context.close();
	});

	test('answers Esc and leaves no way Back to the page it left', async ({ page }) => {
		await page.goto('/?lang=en');
		await page.goto('/join');
		await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'true');
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(QUICK_EXIT_URL);
		await page.goBack();
		// /join was replaced by the neutral page; Back reaches the page before it
		await expect(page).not.toHaveURL(/\/join$/);
	});

	test('replaces the history entry when clicked with JavaScript', async ({ page }) => {
		await page.goto('/?lang=en');
		await page.goto('/join');
		await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'true');
		await page.getByRole('link', { name: text('en', 'common:quickExit.label') }).click();
		await expect(page).toHaveURL(QUICK_EXIT_URL);
		await page.goBack();
		await expect(page).not.toHaveURL(/\/join$/);
	});

	test('ends a participation in progress, as stop does, and leaves no cookie behind, without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/join/DEMO2026?lang=en');
		await page.getByRole('button', { name: text('en', 'participant:code.submit') }).click();
		await expect(page).toHaveURL(/\/participate\//);
		const cookie = (await context.cookies()).find((c) => c.name === 'voices_participation');
		expect(cookie).toBeDefined();
		const response = await page.request.get('/exit', { maxRedirects: 0 });
		expect(response.status()).toBe(303);
		expect(response.headers()['location']).toBe(QUICK_EXIT_URL);
		expect(response.headers()['cache-control']).toBe('no-store');
		expect(response.headers()['clear-site-data']).toBe('"cache", "cookies"');
		expect((await context.cookies()).find((c) => c.name === 'voices_participation')).toBeUndefined();
		// the participation itself is gone: its old cookie, put back, leads to the join page
		await context.addCookies([cookie!]);
		await page.goto('/participate/about-you?lang=en');
		await expect(page).toHaveURL(/\/join$/);
		await context.close();
	});

	test('is on every page in every language', async ({ page }) => {
		for (const language of LANGUAGES) {
			await page.goto(`/no-such-page?lang=${language}`);
			await expect(page.getByRole('link', { name: text(language, 'common:quickExit.label') })).toHaveAttribute('href', '/exit');
		}
	});
});

test.describe('the help line', () => {
	test('is 116 111 until the visitor’s country is known', async ({ page }) => {
		await page.goto('/?lang=en');
		const footer = page.getByRole('contentinfo');
		await expect(footer.getByRole('heading', { name: text('en', 'common:helpline.heading') })).toBeVisible();
		await expect(footer.getByRole('link', { name: 'Call 116 111' })).toHaveAttribute('href', 'tel:116111');
	});

	test('is the country’s own once the country is known', async ({ page, context, baseURL }) => {
		await context.addCookies([{ name: 'voices_country', value: 'IS', url: baseURL! }]);
		await page.goto('/?lang=is');
		const footer = page.getByRole('contentinfo');
		await expect(footer.getByRole('link', { name: /1717/ }).first()).toHaveAttribute('href', 'tel:1717');
		await expect(footer).toContainText('Hjálparsími Rauða krossins');
	});

	test('puts the line that speaks the page’s language first', async ({ page, context, baseURL }) => {
		await context.addCookies([{ name: 'voices_country', value: 'FI', url: baseURL! }]);
		await page.goto('/?lang=sv');
		const calls = page.getByRole('contentinfo').locator('a[href^="tel:"]');
		await expect(calls.first()).toHaveAttribute('href', 'tel:080096116');
		await page.goto('/?lang=fi');
		await expect(calls.first()).toHaveAttribute('href', 'tel:116111');
	});

	test('shows opening hours in the page’s language', async ({ page, context, baseURL }) => {
		await context.addCookies([{ name: 'voices_country', value: 'DE', url: baseURL! }]);
		await page.goto('/?lang=de');
		await expect(page.getByRole('contentinfo')).toContainText('Montag–Samstag 14:00–20:00');
	});

	test('ignores a country it does not know', async ({ page, context, baseURL }) => {
		await context.addCookies([{ name: 'voices_country', value: 'RU', url: baseURL! }]);
		await page.goto('/?lang=en');
		await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Call 116 111' })).toBeVisible();
	});
});

test.describe('the error pages', () => {
	for (const language of LANGUAGES) {
		test(`say "page not found" in ${language}, without technical detail`, async ({ page }) => {
			const response = await page.goto(`/no/such/page?lang=${language}`);
			expect(response?.status()).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', language);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(language, 'common:error.notFound.title'));
			const body = await page.locator('body').innerText();
			expect(body).not.toMatch(/\bat \S+:\d+|node_modules|\.ts:\d+|Error:/);
		});
	}
});
