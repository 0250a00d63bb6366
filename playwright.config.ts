import { defineConfig } from '@playwright/test';
import { BASE_URL } from './tests/e2e/support/app.ts';
import { CHROMIUM } from './tests/e2e/support/chromium.ts';

export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	forbidOnly: !!process.env.CI,
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		baseURL: BASE_URL,
		browserName: 'chromium',
		launchOptions: {
			executablePath: CHROMIUM,
			// as root in a container, and with no network beyond this machine
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		},
		trace: 'off'
	},
	projects: [
		{ name: 'main', testIgnore: /staff-access\.spec\.ts/ },
		// signs demo accounts in and out by the dozen, and ends their other sessions: after the rest
		{ name: 'access', testMatch: /staff-access\.spec\.ts/, dependencies: ['main'] }
	]
});
