/**
 * The published snapshot of a release (see server/results/snapshot.ts), shared by the server
 * that builds it and the pages that show it. Hidden counts are `null`: they are not in it at all.
 */

export type Dimension = 'all' | 'country' | 'ageBand';

/** A published count, or `null` where it is hidden. */
export type Shown = number | null;

export interface GroupRow {
	dimension: Dimension;
	group: string;
	/** False for a group that is not shown at all (fewer than k, or hidden to protect one). */
	shown: boolean;
	seen: Shown;
	answered: Shown;
	skipped: Shown;
	counts: Record<string, Shown>;
	/** Per cent of those who answered, rounded; only where both counts are shown. */
	shares: Record<string, number | null>;
	median?: string | null;
	ranks?: Record<string, { meanRank: number | null; borda: number | null }>;
}

export interface ChoiceQuestion {
	id: string;
	kind: 'single' | 'multiple' | 'smiley' | 'yes-no' | 'ranking';
	prompt: Record<string, string>;
	options: { id: string; label: Record<string, string> }[];
	rows: GroupRow[];
}

export interface FreeTextQuestion {
	id: string;
	kind: 'free-text';
	prompt: Record<string, string>;
	/** How many answers moderators approved (some perhaps redacted). */
	approved: Shown;
	themes: { id: string; label: string; count: Shown }[];
	/** Approved texts, in random order; only when at least k were approved. */
	excerpts: { text: string; themes: string[] }[];
}

export type ReleaseQuestion = ChoiceQuestion | FreeTextQuestion;

export interface Snapshot {
	k: number;
	languages: string[];
	sourceLanguage: string;
	title: Record<string, string>;
	respondents: { dimension: Dimension; group: string; count: Shown }[];
	questions: ReleaseQuestion[];
	/** The keys of every hidden count, so that a later release hides them too. */
	hidden: string[];
}

export const YES_NO = ['yes', 'no', 'not-sure'];

/** The child-friendly texts of a release, per offered language. */
export type ReleaseTexts = Record<string, { heard: string; next: string }>;
