/**
 * Wall-clock times in a consultation's time zone, as `<input type="datetime-local">` reads
 * and writes them (`2026-12-01T09:00`), turned into instants and back with Intl alone.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function offsetAt(instant: number, timeZone: string): number {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		})
			.formatToParts(instant)
			.map((part) => [part.type, part.value])
	);
	const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
	return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time names in a zone, or null for text that is not such a time. In
 * the hour skipped when clocks go forward the later offset wins, as calendars do.
 */
export function zonedToInstant(local: string, timeZone: string): Date | null {
	const match = LOCAL.exec(local);
	if (!match) return null;
	const [, year, month, day, hour, minute] = match.map(Number);
	const wall = Date.UTC(year, month - 1, day, hour, minute);
	const check = new Date(wall);
	if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
	// the offset at a guess, then at the corrected guess: settles across a change of offset
	let instant = wall - offsetAt(wall, timeZone);
	instant = wall - offsetAt(instant, timeZone);
	return new Date(instant);
}

/** The wall-clock time of an instant in a zone, in the form datetime-local inputs take. */
export function instantToZoned(instant: Date, timeZone: string): string {
	const shifted = new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone));
	return shifted.toISOString().slice(0, 16);
}
