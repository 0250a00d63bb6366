/** A help line as a participant page shows it, already in the reader's language. */
export interface HelplineView {
	number: string;
	/** For the `tel:` link: digits only. */
	dial: string;
	/** The service's own name; null for the general 116 111 shown before the country is known. */
	name: string | null;
	hours: string | null;
	webAddress: string | null;
}
