import { hash, verify } from '@node-rs/argon2';

// OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordProblem = 'short' | 'long' | 'common' | 'email';

// the most common passwords of 12 characters or more, which the length rule alone lets through
const COMMON = new Set([
	'123456789012', '1234567890123', 'qwertyuiopas', 'password1234', 'password12345', 'passwordpassword',
	'111111111111', '000000000000', 'qwerty123456', '1q2w3e4r5t6y', 'iloveyou1234', 'abcdefghijkl',
	'123123123123', 'abc123abc123', 'letmein12345', 'welcome12345', 'administrator', 'voices-demo-2026'
]);

/** What is wrong with a new password, or null (ASVS 2.1: length, not composition rules). */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
	const length = [...password].length;
	if (length < MIN_PASSWORD_LENGTH) return 'short';
	if (length > MAX_PASSWORD_LENGTH) return 'long';
	if (COMMON.has(password.toLowerCase())) return 'common';
	if (password.toLowerCase().includes(email.split('@')[0].toLowerCase()) && email.split('@')[0].length >= 4) {
		return 'email';
	}
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password.normalize('NFKC'), ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password.normalize('NFKC'));
	} catch {
		return false;
	}
}

// Verifying against this when no account matches makes a wrong e-mail address cost as long as
// a wrong password, so that timing does not tell whether an account exists.
let dummy: Promise<string> | undefined;
export async function spendVerificationTime(password: string): Promise<void> {
	dummy ??= hashPassword('no account has this password, it only costs time');
	await verifyPassword(await dummy, password);
}
