import type { Language } from '$lib/i18n/languages';

/**
 * Renders the subset of OpenStreetMap's `opening_hours` that help lines use — `24/7`, or rules
 * like `Mo-Fr 14:00-20:00; Sa,Su 17:00-20:00` — in the reader's language with Intl's own day
 * names. Returns null for `24/7` (the caller says "open day and night" in words) and for
 * anything outside the subset, so that an admin's unusual entry is shown as written instead.
 */
const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

// 2024-01-01 was a Monday: the reference week for Intl's day names
const dayName = (language: Language, index: number) =>
	new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
		new Date(Date.UTC(2024, 0, 1 + index))
	);

const time = (language: Language, hhmm: string) => {
	const [hours, minutes] = hhmm.split(':').map(Number);
	return new Intl.DateTimeFormat(language, {
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(2024, 0, 1, hours, minutes)));
};

const RULE = /^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*) ([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

export type OpeningHours = { kind: 'always' } | { kind: 'rules'; text: string } | { kind: 'raw'; text: string };

export function formatOpeningHours(hours: string, language: Language): OpeningHours {
	const trimmed = hours.trim();
	if (trimmed === '24/7') return { kind: 'always' };
	const rules = trimmed.split(';').map((rule) => rule.trim());
	const rendered: string[] = [];
	for (const rule of rules) {
		const match = RULE.exec(rule);
		if (!match) return { kind: 'raw', text: trimmed };
		const [, days, fromH, fromM, toH, toM] = match;
		const dayText = days
			.split(',')
			.map((span) => {
				const [first, last] = span.split('-') as (typeof DAYS)[number][];
				const from = dayName(language, DAYS.indexOf(first));
				return last ? `${from}–${dayName(language, DAYS.indexOf(last))}` : from;
			})
			.join(', ');
		rendered.push(`${dayText} ${time(language, `${fromH}:${fromM}`)}–${time(language, `${toH}:${toM}`)}`);
	}
	return { kind: 'rules', text: rendered.join('; ') };
}
