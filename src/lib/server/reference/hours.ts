import type { Language } from '$lib/i18n/languages';

/**
 * Renders the subset of OpenStreetMap's `opening_hours` that help lines use — `24/7`, or rules
 * like `Mo-Fr 14:00-20:00; Sa,Su 17:00-20:00` — in the reader's language with Intl's own day
 * names. `24/7` comes back as `always` (the caller says "open day and night" in words), and
 * anything outside the subset as `raw`, so that an admin's unusual entry is shown as written.
 */
const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

// 2024-01-01 was a Monday: the reference week for Intl's day names. The name is taken from a
// whole date, because alone Intl gives the stand-alone form, which some languages capitalise
// (Latvian "Pirmdiena") where running text has "pirmdiena".
const dayName = (language: Language, index: number) =>
	new Intl.DateTimeFormat(language, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		timeZone: 'UTC'
	})
		.formatToParts(new Date(Date.UTC(2024, 0, 1 + index)))
		.find((part) => part.type === 'weekday')!.value;

const time = (language: Language, hhmm: string) => {
	// the end of the day: Intl would roll it over to 00:00, which reads as "closed"
	if (hhmm === '24:00') return '24:00';
	const [hours, minutes] = hhmm.split(':').map(Number);
	return new Intl.DateTimeFormat(language, {
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(2024, 0, 1, hours, minutes)));
};

const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const SPAN = `${DAY}(?:-${DAY})?`;
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d';
const RULE = new RegExp(`^(${SPAN}(?:,${SPAN})*) (${TIME})-(${TIME}|24:00)$`);

export type OpeningHours = { kind: 'always' } | { kind: 'rules'; text: string } | { kind: 'raw'; text: string };

export function formatOpeningHours(hours: string, language: Language): OpeningHours {
	const trimmed = hours.trim();
	if (trimmed === '24/7') return { kind: 'always' };
	const rules = trimmed.split(';').map((rule) => rule.trim());
	const rendered: string[] = [];
	for (const rule of rules) {
		const match = RULE.exec(rule);
		if (!match) return { kind: 'raw', text: trimmed };
		const [, days, from, to] = match;
		const dayText = days
			.split(',')
			.map((span) => {
				const [first, last] = span.split('-') as (typeof DAYS)[number][];
				const from = dayName(language, DAYS.indexOf(first));
				return last ? `${from}–${dayName(language, DAYS.indexOf(last))}` : from;
			})
			.join(', ');
		rendered.push(`${dayText} ${time(language, from)}–${time(language, to)}`);
	}
	return { kind: 'rules', text: rendered.join('; ') };
}
