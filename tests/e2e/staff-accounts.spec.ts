import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { DEMO, linkIn, mailCount, mailTo, nextTotpStep, signIn, totpFor } from './support/staff.ts';

test('an invited person gets the e-mail, sets a password and a second factor, signs in, resets a forgotten password and signs out', async ({ browser }) => {
	test.setTimeout(150_000);
	const email = `invited.${Date.now()}@example.org`;
	const before = await mailCount();

	// an admin invites a moderator
	const adminContext = await browser.newContext();
	const admin = await adminContext.newPage();
	await signIn(admin, DEMO.admin);
	await admin.goto('/staff/admin/users?lang=en');
	await expectAccessible(admin);
	await admin.getByLabel('E-mail address').fill(email);
	await admin.getByLabel('Moderator').check();
	await admin.getByRole('button', { name: 'Send the invitation' }).click();
	await expect(admin.getByRole('status')).toHaveText('The invitation is on its way.');
	await adminContext.close();

	// the e-mail really went out over SMTP, in the chosen language (the admin's: English)
	const invitation = await mailTo(email, before);
	expect(invitation).toContain('Subject: Your invitation to Voices');
	const link = linkIn(invitation, '/staff/invite');

	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${link}?lang=en`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Voices');
	await page.getByLabel('New password', { exact: true }).fill('short');
	await page.getByLabel('The new password again').fill('short');
	await page.getByRole('button', { name: 'Create my account' }).click();
	await expect(page.getByRole('alert')).toContainText('at least 12 characters');
	const password = 'lighthouse pebble tundra 42';
	await page.getByLabel('New password', { exact: true }).fill(password);
	await page.getByLabel('The new password again').fill(password);
	await page.getByRole('button', { name: 'Create my account' }).click();

	// moderators must set up a second factor before anything else
	await expect(page).toHaveURL(/\/staff\/enrol$/);
	await expect(page.getByText('Your role needs a second factor before you can continue.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Not now' })).toHaveCount(0);
	await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
	await expectAccessible(page);
	const key = (await page.getByTestId('totp-key').textContent())!;
	await page.getByLabel('Code from the app').fill(totpFor(key));
	await page.getByRole('button', { name: 'Turn on the second factor' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your second factor is on');
	const recoveryCodes = await page.locator('.recovery-codes code').allTextContents();
	expect(recoveryCodes).toHaveLength(10);
	await page.getByRole('link', { name: 'Continue to Voices' }).click();

	// only what a moderator may see
	await expect(page.locator('[data-role]')).toHaveCount(1);
	await expect(page.locator('[data-role="moderator"]')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Staff accounts' })).toHaveCount(0);
	expect((await page.goto('/staff/admin/users'))?.status()).toBe(403);

	// sign out, and in again with the password and a new TOTP code
	await page.goto('/staff?lang=en');
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('status')).toHaveText('You are signed out.');
	expect((await page.goto('/staff'))?.url()).toMatch(/\/staff\/login$/);
	await nextTotpStep();
	await signIn(page, email, password);
	await expect(page).toHaveURL(/\/staff\/login\/second-factor$/);
	await expectAccessible(page);
	await page.getByLabel('Code').fill('000000');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await page.getByLabel('Code').fill(totpFor(key));
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page).toHaveURL(/\/staff$/);
	await page.getByRole('button', { name: 'Sign out' }).click();

	// forgotten password: a link by e-mail, a new password, and every session ends
	const beforeReset = await mailCount();
	await page.goto('/staff/login?lang=en');
	await page.getByRole('link', { name: 'Forgot your password?' }).click();
	// the sign-in page has an e-mail field too: wait for the page the link leads to
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reset your password');
	await page.getByLabel('E-mail address').fill(email);
	await page.getByRole('button', { name: 'Send the link' }).click();
	await expect(page.getByRole('status')).toContainText('If this address has an account');
	const reset = linkIn(await mailTo(email, beforeReset), '/staff/password/reset');
	await page.goto(`${reset}?lang=en`);
	const newPassword = 'harbour lantern meadow 7';
	await page.getByLabel('New password', { exact: true }).fill(newPassword);
	await page.getByLabel('The new password again').fill(newPassword);
	await page.getByRole('button', { name: 'Save the password' }).click();
	await expect(page).toHaveURL(/\/staff\/login\?password-changed$/);
	// the link works once
	await page.goto(`${reset}?lang=en`);
	await expect(page.getByText('This link has expired or was used already.')).toBeVisible();

	// the old password no longer works; the new one with a recovery code does
	await signIn(page, email, password);
	await expect(page.getByRole('alert')).toContainText('The e-mail address or the password is not right.');
	await signIn(page, email, newPassword);
	await page.getByLabel('Code').fill(recoveryCodes[0]);
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page).toHaveURL(/\/staff\/account\?recovery-code-used$/);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/staff\/login\?signed-out$/);
	await context.close();
});

test('sign-in errors do not tell whether an account exists', async ({ page }) => {
	await signIn(page, 'nobody.here@example.org', 'some password 123');
	const unknown = await page.getByRole('alert').textContent();
	await signIn(page, DEMO.reviewer, 'wrong password 123');
	expect(await page.getByRole('alert').textContent()).toBe(unknown);
	await expect(page).toHaveTitle(/^Error: /);
	await expectAccessible(page);
});

test('an admin sees the audit trail of what happened, without personal data in it', async ({ page }) => {
	await signIn(page, DEMO.admin);
	await page.goto('/staff/admin/audit?lang=en');
	await expect(page.getByRole('table')).toContainText('auth.signed_in');
	await expectAccessible(page);
	await page.goto('/staff/admin/audit?lang=en&from=yesterday');
	await expect(page.getByRole('alert')).toContainText('Enter a day as YYYY-MM-DD');
	await page.getByLabel('Action').selectOption('auth.signed_in');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/[?&]action=auth\.signed_in/);
	await expect(page.getByLabel('Action')).toHaveValue('auth.signed_in');
	await expect
		.poll(async () => [...new Set(await page.locator('tbody td:nth-child(3)').allTextContents())])
		.toEqual(['auth.signed_in']);
});

test('an expired or forged link is a clear message, never an error', async ({ page }) => {
	for (const path of ['/staff/invite/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '/staff/invite/%3Cscript%3E', '/staff/password/reset/zzzz']) {
		const response = await page.goto(`${path}?lang=en`);
		expect(response?.status(), path).toBe(200);
		await expect(page.getByRole('main')).toContainText(/expired or was used already/);
	}
});

test('a forged session cookie reads as signed out, and signing in always brings a new token', async ({ page, context }) => {
	const planted = 'forgedforgedforgedforgedforged12';
	await context.addCookies([
		{ name: '__Host-voices_session', value: planted, domain: '127.0.0.1', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' }
	]);
	const response = await page.goto('/staff');
	expect(response?.status()).toBe(200);
	await expect(page).toHaveURL(/\/staff\/login$/);
	const session = async () => (await context.cookies()).find((cookie) => cookie.name === '__Host-voices_session')?.value;
	await signIn(page, DEMO.facilitator);
	await expect(page).toHaveURL(/\/staff$/);
	const first = await session();
	expect(first).toBeDefined();
	expect(first).not.toBe(planted);
	await page.getByRole('button', { name: 'Sign out' }).click();
	await signIn(page, DEMO.facilitator);
	await expect(page).toHaveURL(/\/staff$/);
	expect(await session()).not.toBe(first);
});
