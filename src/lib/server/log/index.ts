import pino from 'pino';
import { config } from '../config.ts';

/**
 * The one logger. What it may carry: route ids (`/join/[code]`, never the path, which holds
 * codes and tokens), methods, statuses, durations, ids and counts. Never bodies, query
 * strings, headers, IP addresses, user agents or anything a person typed.
 */
let instance: pino.Logger | undefined;

export function log(): pino.Logger {
	instance ??= pino({
		level: config().LOG_LEVEL,
		base: undefined,
		// error objects are reduced by describeError before they get here; this is a backstop
		serializers: { err: describeError }
	});
	return instance;
}

/**
 * What of an error may be logged: its class, a code, and where it was thrown. Not its message,
 * which can quote a failed query's parameters or a person's input.
 */
export function describeError(error: unknown): Record<string, unknown> {
	if (!(error instanceof Error)) return { type: typeof error };
	const code = (error as { code?: unknown }).code;
	const frames = (error.stack ?? '')
		.split('\n')
		.slice(1)
		.map((line) => line.trim())
		.filter((line) => line.startsWith('at '))
		.slice(0, 12);
	return {
		type: error.name,
		...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
		stack: frames,
		...(error.cause ? { cause: describeError(error.cause) } : {})
	};
}
