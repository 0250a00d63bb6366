import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Secrets } from './secrets.ts';

/**
 * What must be readable later (staff TOTP secrets, e-mail recipients until delivery, guardian
 * addresses) is sealed with AES-256-GCM. The key id travels with each ciphertext, so keys can
 * be rotated: add a new key first in ENCRYPTION_KEYS and old ciphertexts still open.
 *
 * Format: `<keyId>.<base64url(iv ‖ ciphertext ‖ tag)>`. The `purpose` is bound in as additional
 * data, so a ciphertext moved to another column does not open there.
 */
export class Keyring {
	private readonly secrets: Secrets;

	constructor(secrets: Secrets) {
		this.secrets = secrets;
	}

	seal(plaintext: string, purpose: string): string {
		const key = this.secrets.keys.get(this.secrets.currentKeyId)!;
		const iv = randomBytes(12);
		const cipher = createCipheriv('aes-256-gcm', key, iv);
		cipher.setAAD(Buffer.from(purpose));
		const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
		const sealed = Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
		return `${this.secrets.currentKeyId}.${sealed}`;
	}

	/** The plaintext, or null when the value was not sealed by a key we hold for this purpose. */
	open(sealed: string, purpose: string): string | null {
		const dot = sealed.indexOf('.');
		const key = this.secrets.keys.get(sealed.slice(0, dot));
		if (dot < 1 || !key) return null;
		const bytes = Buffer.from(sealed.slice(dot + 1), 'base64url');
		if (bytes.length < 12 + 16) return null;
		try {
			const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
			decipher.setAAD(Buffer.from(purpose));
			decipher.setAuthTag(bytes.subarray(bytes.length - 16));
			return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString(
				'utf8'
			);
		} catch {
			return null;
		}
	}

	/**
	 * HMAC-SHA-256 of a secret code or token with the server secret: what is stored instead of
	 * the code, so that a database copy alone does not let anyone brute-force short codes.
	 */
	hmac(purpose: string, value: string): string {
		return createHmac('sha256', this.secrets.hmacSecret).update(`${purpose}\0${value}`).digest('hex');
	}
}
