import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { expect, type Browser, type Page } from '@playwright/test';
import { MAIL_URL } from './app.ts';

export const DEMO_PASSWORD = 'voices-demo-2026';
export const DEMO = {
	admin: 'admin@demo.voices',
	facilitator: 'facilitator@demo.voices',
	moderator: 'moderator@demo.voices',
	reviewer: 'reviewer@demo.voices'
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
	await page.goto('/staff/login?lang=en');
	await page.getByLabel('E-mail address').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The current code for a key as the enrolment page shows it (Base32 in groups of four). */
export function totpFor(manualKey: string, at = Date.now()): string {
	const key = decodeBase32IgnorePadding(manualKey.replace(/\s/g, ''));
	return generateHOTP(key, BigInt(Math.floor(at / 30_000)), 6);
}

/** Waits until the next 30-second TOTP step, so that a new code exists. */
export async function nextTotpStep(): Promise<void> {
	const wait = 30_000 - (Date.now() % 30_000) + 500;
	await new Promise((resolve) => setTimeout(resolve, wait));
}

/** Quoted-printable back to text: the escaped bytes are UTF-8, as the message's charset says. */
function decodeQuotedPrintable(raw: string): string {
	const joined = raw.replace(/=\r?\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < joined.length; i++) {
		const escaped = joined[i] === '=' && /^[0-9A-F]{2}$/.test(joined.slice(i + 1, i + 3));
		if (escaped) {
			bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
			i += 2;
		} else {
			bytes.push(...Buffer.from(joined[i], 'utf8'));
		}
	}
	return Buffer.from(bytes).toString('utf8');
}

/** The newest e-mail the test SMTP server received for an address, once it has arrived. */
/**
 * The newest mail to an address sent after the first `after` mails, decoded; with `containing`,
 * the newest that holds that text (other tests running at once may write to the same person).
 */
export async function mailTo(address: string, after = 0, containing?: string): Promise<string> {
	let found: string | undefined;
	await expect
		.poll(
			async () => {
				const mail = (await (await fetch(MAIL_URL)).json()) as { to: string[]; raw: string }[];
				found = mail
					.slice(after)
					.reverse()
					.find((m) => m.to.includes(address) && (containing === undefined || decodeQuotedPrintable(m.raw).includes(containing)))?.raw;
				return found !== undefined;
			},
			// the safeguarding-lead job runs every 30 s and mail goes out every 5 s: up to 35 s after the cause
			{ timeout: 45_000 }
		)
		.toBe(true);
	return decodeQuotedPrintable(found!);
}

export async function mailCount(): Promise<number> {
	return ((await (await fetch(MAIL_URL)).json()) as unknown[]).length;
}

export function linkIn(mail: string, path: string): string {
	const match = new RegExp(`https?://[^\\s]+${path}/[a-z2-7]+`).exec(mail);
	if (!match) throw new Error(`no ${path} link in the e-mail`);
	return match[0];
}

/**
 * A new staff member with one role, invited by the demo admin and signed in (with a second
 * factor where the role needs one), on a page of its own context. For tests that need a
 * person the demo does not have, such as a second facilitator.
 */
export async function newStaffMember(browser: Browser, role: 'facilitator' | 'moderator' | 'reviewer'): Promise<{ page: Page; email: string }> {
	const email = `${role}.${Date.now()}.${Math.floor(Math.random() * 1000)}@example.org`;
	const before = await mailCount();
	const adminContext = await browser.newContext();
	const admin = await adminContext.newPage();
	await signIn(admin, DEMO.admin);
	await admin.goto('/staff/admin/users?lang=en');
	await admin.getByLabel('E-mail address').fill(email);
	await admin.getByLabel(role[0].toUpperCase() + role.slice(1), { exact: true }).check();
	await admin.getByRole('button', { name: 'Send the invitation' }).click();
	await expect(admin.getByRole('status')).toHaveText('The invitation is on its way.');
	await adminContext.close();

	const link = linkIn(await mailTo(email, before), '/staff/invite');
	const page = await (await browser.newContext()).newPage();
	await page.goto(`${link}?lang=en`);
	const password = 'lighthouse pebble tundra 42';
	await page.getByLabel('New password', { exact: true }).fill(password);
	await page.getByLabel('The new password again').fill(password);
	await page.getByRole('button', { name: 'Create my account' }).click();
	await page.waitForURL(/\/staff(\/enrol)?$/);
	if (page.url().endsWith('/staff/enrol')) {
		const key = (await page.getByTestId('totp-key').textContent())!;
		await page.getByLabel('Code from the app').fill(totpFor(key));
		await page.getByRole('button', { name: 'Turn on the second factor' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your second factor is on');
	}
	return { page, email };
}
