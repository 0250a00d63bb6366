import { generateHOTP, createTOTPKeyURI } from '@oslojs/otp';
import { qrDataUrl } from '../qr.ts';

// RFC 6238 with the parameters every authenticator app supports
const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** One step either side: a phone clock a little off, or a code typed as it changed. */
const DRIFT_STEPS = 1;

export function generateTotpSecret(): Uint8Array {
	const key = new Uint8Array(20);
	crypto.getRandomValues(key);
	return key;
}

export function totpUri(accountName: string, key: Uint8Array): string {
	return createTOTPKeyURI('Voices', accountName, key, PERIOD_SECONDS, DIGITS);
}

/** The enrolment QR code as an SVG data URL, for an <img> that the CSP allows. */
export function totpQrDataUrl(uri: string): string {
	return qrDataUrl(uri);
}

/** The secret in groups of four Base32 letters, for typing into an app by hand. */
export function totpSecretForHand(key: Uint8Array): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
	let bits = 0;
	let value = 0;
	let out = '';
	for (const byte of key) {
		value = (value << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			out += alphabet[(value >>> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
	return out.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * The time step a code belongs to, if it is valid now and newer than the last one used
 * (`lastStep`), so that no code works twice; null otherwise.
 */
export function matchTotp(key: Uint8Array, code: string, lastStep: number | null, now = Date.now()): number | null {
	const typed = code.replace(/\s/g, '');
	if (!/^\d{6}$/.test(typed)) return null;
	const current = Math.floor(now / 1000 / PERIOD_SECONDS);
	for (let step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
		if (lastStep !== null && step <= lastStep) continue;
		if (timingSafeEqual(generateHOTP(key, BigInt(step), DIGITS), typed)) return step;
	}
	return null;
}

export function totpCodeAt(key: Uint8Array, now: number): string {
	return generateHOTP(key, BigInt(Math.floor(now / 1000 / PERIOD_SECONDS)), DIGITS);
}

function timingSafeEqual(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	let difference = 0;
	for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
	return difference === 0;
}
