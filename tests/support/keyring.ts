import { randomBytes } from 'node:crypto';
import { Keyring } from '../../src/lib/server/crypto/keyring.ts';
import { parseSecrets } from '../../src/lib/server/crypto/secrets.ts';

/** A keyring with fresh random keys, as a deployment would have. */
export function testKeyring(): Keyring {
	return new Keyring(parseSecrets(`k1:${randomBytes(32).toString('base64')}`, randomBytes(32).toString('base64')));
}
