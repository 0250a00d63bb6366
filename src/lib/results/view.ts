import { countryName } from '../countries.ts';
import type { CountryCode } from '../countries.ts';
import type { TFunction } from 'i18next';

export type T = TFunction;

import type { ChoiceQuestion, Dimension, GroupRow, ReleaseQuestion, Shown, Snapshot } from './types.ts';

/**
 * How a snapshot reads on a page, shared by the findings workspace, its export and report, and
 * the children's pages, so that every place names groups, answers and hidden counts alike.
 */


/** A text of the snapshot in the reader's language, else in the consultation's own. */
export function textIn(texts: Record<string, string>, language: string, snapshot: Pick<Snapshot, 'sourceLanguage'>): string {
	return texts[language] || texts[snapshot.sourceLanguage] || Object.values(texts).find(Boolean) || '';
}

export function groupLabel(dimension: Dimension, group: string, t: T): string {
	if (dimension === 'all') return String(t('results:overall'));
	if (dimension === 'country') return countryName(group as CountryCode, t);
	return String(t('results:ageBand', { band: group.replace('-', '–') }));
}

const YES_NO_KEYS: Record<string, string> = { yes: 'results:yes', no: 'results:no', 'not-sure': 'results:notSure' };

export function optionLabel(question: ChoiceQuestion, optionId: string, language: string, snapshot: Pick<Snapshot, 'sourceLanguage'>, t: T): string {
	if (question.kind === 'yes-no') return String(t(YES_NO_KEYS[optionId] ?? optionId));
	const option = question.options.find((o) => o.id === optionId);
	return option ? textIn(option.label, language, snapshot) : '';
}

export const countText = (value: Shown, t: T) => (value === null ? String(t('results:hidden')) : String(value));
export const shareText = (value: number | null, t: T) => (value === null ? '–' : String(t('results:shareValue', { value })));

export const rowsOf = (question: ChoiceQuestion, dimension: Dimension): GroupRow[] => question.rows.filter((row) => row.dimension === dimension);
export const overallOf = (question: ChoiceQuestion): GroupRow | undefined => question.rows.find((row) => row.dimension === 'all');
export const isChoice = (question: ReleaseQuestion): question is ChoiceQuestion => question.kind !== 'free-text';
/** Kinds whose answers exclude each other, so that shares add up to the whole and can be stacked. */
export const isExclusive = (question: ChoiceQuestion) => question.kind === 'single' || question.kind === 'smiley' || question.kind === 'yes-no';

export function dateText(value: Date | string, language: string): string {
	return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value));
}
