import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';

export interface Secrets {
	/** Key id → 32-byte AES key; `currentKeyId` encrypts. */
	keys: Map<string, Buffer>;
	currentKeyId: string;
	hmacSecret: Buffer;
}

/**
 * The keyring's keys and the HMAC secret: from ENCRYPTION_KEYS and HMAC_SECRET, or — for the
 * demo and development only — generated once into `<DATA_DIR>/secrets.json` (mode 600), so that
 * data encrypted by one run can be read by the next.
 */
export function loadSecrets(settings: Config): Secrets {
	let keySpec = settings.ENCRYPTION_KEYS;
	let hmac = settings.HMAC_SECRET;
	if (!keySpec || !hmac) {
		const file = join(settings.DATA_DIR, 'secrets.json');
		let stored: { encryptionKeys: string; hmacSecret: string };
		if (existsSync(file)) {
			stored = JSON.parse(readFileSync(file, 'utf8'));
		} else {
			stored = {
				encryptionKeys: `demo1:${randomBytes(32).toString('base64')}`,
				hmacSecret: randomBytes(32).toString('base64')
			};
			mkdirSync(settings.DATA_DIR, { recursive: true });
			writeFileSync(file, JSON.stringify(stored, null, '\t'), { mode: 0o600 });
			chmodSync(file, 0o600);
		}
		keySpec ??= stored.encryptionKeys;
		hmac ??= stored.hmacSecret;
	}
	return parseSecrets(keySpec, hmac);
}

export function parseSecrets(keySpec: string, hmacSecret: string): Secrets {
	const keys = new Map<string, Buffer>();
	for (const pair of keySpec.split(',')) {
		const [id, key] = pair.split(':');
		const bytes = Buffer.from(key, 'base64');
		if (bytes.length !== 32) throw new Error(`encryption key ${id} is not 32 bytes`);
		keys.set(id, bytes);
	}
	return { keys, currentKeyId: keySpec.split(':')[0], hmacSecret: Buffer.from(hmacSecret, 'base64') };
}
