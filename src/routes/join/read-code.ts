import type { TFunction } from 'i18next';
import { z } from 'zod';
import { formatCode, readCode } from '$lib/codes';

/** The join form: one field; anything longer than a code could be is cut, not stored. */
export const joinForm = z.object({ code: z.string().max(200).default('') });

export type CodeOutcome =
	| { kind: 'invalid'; message: string }
	/**
	 * A well-formed code; `display` groups it for reading back. A secret one (10 + check) is a
	 * slip's or a code to continue later, never a consultation's shared code.
	 */
	| { kind: 'readable'; display: string; secret: boolean };

/** How a typed or followed code reads: a typing mistake to explain, or a code to look up. */
export function interpretCode(input: string, t: TFunction): CodeOutcome {
	const reading = readCode(input);
	if (!reading.ok) {
		const key = `participant:join.error.${reading.reason}`;
		return { kind: 'invalid', message: t(key, { count: reading.length }) };
	}
	return { kind: 'readable', display: formatCode(reading.code), secret: reading.kind === 'secret' };
}
