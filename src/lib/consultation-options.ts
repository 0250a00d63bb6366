/** Choices the consultation pages offer, shared by server and browser code. */

/** The time zones of the countries Voices serves, offered first in the settings. */
export const TIME_ZONES = [
	'Europe/Copenhagen',
	'Europe/Tallinn',
	'Europe/Helsinki',
	'Europe/Berlin',
	'Atlantic/Reykjavik',
	'Europe/Riga',
	'Europe/Vilnius',
	'Europe/Oslo',
	'Europe/Warsaw',
	'Europe/Stockholm',
	'UTC'
] as const;
