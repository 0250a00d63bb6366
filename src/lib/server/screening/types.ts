/**
 * What screening finds. Findings name a kind and a category, never the text found: what a
 * child wrote must not travel further than the redacted answer itself.
 */

import type { Marker } from '../../markers.ts';

export { MARKERS, type Marker } from '../../markers.ts';

/** What screening itself redacts (`removed` is the moderators' own). */
export type PersonalKind = Exclude<Marker, 'removed'>;

export const RISK_CATEGORIES = ['abuse', 'neglect', 'violence', 'self-harm', 'suicide'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export interface Redaction {
	/** `removed` only when screening itself failed and withheld the whole text. */
	kind: PersonalKind | 'removed';
	/** For identity numbers the rule that matched (`SE-personnummer`); for others absent. */
	category?: string;
}

export interface RiskFinding {
	category: RiskCategory;
}

export interface Screened {
	/** The normalised text with every finding replaced by its marker, e.g. `[phone]`. */
	text: string;
	redactions: Redaction[];
	risks: RiskFinding[];
}

/**
 * A national identity number rule. `pattern` finds candidates in normalised text (global flag,
 * digits bounded by non-digits, separators as people write them); `validate` confirms one by
 * its date and check digits; `generate` makes a valid one, for tests.
 */
export interface IdentityRule {
	id: string;
	country: string;
	pattern: RegExp;
	validate(candidate: string): boolean;
	generate(random: () => number): string;
}

/**
 * Risk phrases of one language. Each pattern is a regular-expression source, matched
 * case-insensitively with the `u` flag on normalised text, and covering the inflections that
 * matter (stems such as `schlägt|geschlagen|schlagen`). `exclusions` are sources of phrases
 * that look alike but are not disclosures (hyperbole, negation, fiction): a risk match that
 * lies inside an exclusion match is dropped.
 */
export interface RiskLexicon {
	patterns: { category: RiskCategory; source: string }[];
	exclusions: string[];
}

/** A labelled example for measuring a lexicon: a disclosure with its category, or not one. */
export type RiskExample = { text: string; category: RiskCategory } | { text: string; category: null };
