import { config } from '../config.ts';
import { Keyring } from './keyring.ts';
import { loadSecrets } from './secrets.ts';

export { Keyring } from './keyring.ts';

let instance: Keyring | undefined;

/** The process's keyring, from the configuration (or the demo's generated secrets). */
export function keyring(): Keyring {
	instance ??= new Keyring(loadSecrets(config()));
	return instance;
}
