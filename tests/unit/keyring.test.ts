import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Keyring } from '../../src/lib/server/crypto/keyring.ts';
import { parseSecrets } from '../../src/lib/server/crypto/secrets.ts';

const key = () => randomBytes(32).toString('base64');
const hmacSecret = key();

describe('the keyring', () => {
	it('seals with AES-256-GCM under the current key id, and opens what it sealed', () => {
		const keyring = new Keyring(parseSecrets(`k2:${key()},k1:${key()}`, hmacSecret));
		const sealed = keyring.seal('guardian@example.org', 'guardian-email');
		expect(sealed).toMatch(/^k2\.[A-Za-z0-9_-]+$/);
		expect(sealed).not.toContain('guardian');
		expect(keyring.open(sealed, 'guardian-email')).toBe('guardian@example.org');
		// a fresh IV every time
		expect(keyring.seal('same', 'p')).not.toBe(keyring.seal('same', 'p'));
	});

	it('still opens what an older key sealed after a new key is put first', () => {
		const oldKey = key();
		const before = new Keyring(parseSecrets(`k1:${oldKey}`, hmacSecret));
		const sealed = before.seal('a secret', 'totp');
		const after = new Keyring(parseSecrets(`k2:${key()},k1:${oldKey}`, hmacSecret));
		expect(after.open(sealed, 'totp')).toBe('a secret');
		expect(after.seal('new', 'totp')).toMatch(/^k2\./);
	});

	it('does not open a value for another purpose, with an unknown key, or tampered with', () => {
		const keyring = new Keyring(parseSecrets(`k1:${key()}`, hmacSecret));
		const sealed = keyring.seal('a secret', 'totp');
		expect(keyring.open(sealed, 'mail-recipient')).toBeNull();
		expect(new Keyring(parseSecrets(`k1:${key()}`, hmacSecret)).open(sealed, 'totp')).toBeNull();
		expect(keyring.open(`k9.${sealed.slice(3)}`, 'totp')).toBeNull();
		const body = Buffer.from(sealed.slice(3), 'base64url');
		body[14] ^= 1;
		expect(keyring.open(`k1.${body.toString('base64url')}`, 'totp')).toBeNull();
		expect(keyring.open('garbage', 'totp')).toBeNull();
		expect(keyring.open('k1.', 'totp')).toBeNull();
	});

	it('keys HMACs with the server secret and the purpose', () => {
		const a = new Keyring(parseSecrets(`k1:${key()}`, hmacSecret));
		const b = new Keyring(parseSecrets(`k1:${key()}`, key()));
		expect(a.hmac('code', 'ABCDEF')).toMatch(/^[0-9a-f]{64}$/);
		expect(a.hmac('code', 'ABCDEF')).toBe(a.hmac('code', 'ABCDEF'));
		expect(a.hmac('code', 'ABCDEF')).not.toBe(a.hmac('receipt', 'ABCDEF'));
		expect(a.hmac('code', 'ABCDEF')).not.toBe(b.hmac('code', 'ABCDEF'));
	});

	it('refuses a key that is not 32 bytes', () => {
		expect(() => parseSecrets(`k1:${randomBytes(16).toString('base64')}`, hmacSecret)).toThrow(/not 32 bytes/);
	});
});
