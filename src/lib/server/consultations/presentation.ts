import { levelOfBand, pickWording, type AgeBand, type WordingLevel } from '../../ages.ts';
import type { QuestionKind } from '../db/schema/index.ts';
import type { ConsultationDesign } from './index.ts';

/**
 * A consultation as one participant sees it: in one language, at the wording level of their
 * age band (falling back as DESIGN.md says), with only the questions shown to that band. Pure,
 * so that the preview and the journey show the same thing.
 */

export interface ShownQuestion {
	id: string;
	kind: QuestionKind;
	prompt: string | null;
	body: string | null;
	hint: string | null;
	maxChoices: number | null;
	maxLength: number | null;
	sensitive: boolean;
	options: { id: string; label: string | null }[];
}

export interface Presentation {
	level: WordingLevel;
	title: string | null;
	purpose: string | null;
	audience: string | null;
	feedbackPlan: string | null;
	questions: ShownQuestion[];
}

/** A consultation's own text (title, purpose …) in one language at a reader's level, with fallback. */
export function consultationText(
	texts: Pick<ConsultationDesign['texts'][number], 'subjectId' | 'field' | 'language' | 'level' | 'text'>[],
	field: string,
	language: string,
	level: WordingLevel
): string | null {
	return subjectText(texts, null, field, language, level);
}

/** The text of one subject (a question, an option; null for the consultation) in one language, at a level with fallback. */
export function subjectText(
	texts: Pick<ConsultationDesign['texts'][number], 'subjectId' | 'field' | 'language' | 'level' | 'text'>[],
	subjectId: string | null,
	field: string,
	language: string,
	level: WordingLevel
): string | null {
	const versions = Object.fromEntries(texts.filter((t) => t.subjectId === subjectId && t.field === field && t.language === language).map((t) => [t.level, t.text]));
	return pickWording(versions, level) ?? null;
}

/**
 * A text for readers who may not be offered in their language (staff, guardians, a release): in
 * theirs where it exists, else in the consultation's source language, else empty.
 */
export function textOrSource(
	design: Pick<ConsultationDesign, 'texts'> & { consultation: Pick<ConsultationDesign['consultation'], 'sourceLanguage'> },
	subjectId: string | null,
	field: string,
	language: string,
	level: WordingLevel
): string {
	return subjectText(design.texts, subjectId, field, language, level) ?? subjectText(design.texts, subjectId, field, design.consultation.sourceLanguage, level) ?? '';
}

export function present(design: Pick<ConsultationDesign, 'questions' | 'texts'>, language: string, band: AgeBand): Presentation {
	const level = levelOfBand(band);
	const versions = new Map<string, Partial<Record<WordingLevel, string>>>();
	for (const text of design.texts) {
		if (text.language !== language) continue;
		const key = `${text.subjectId ?? ''}|${text.field}`;
		versions.set(key, { ...versions.get(key), [text.level]: text.text });
	}
	const text = (subjectId: string | null, field: string) => pickWording(versions.get(`${subjectId ?? ''}|${field}`) ?? {}, level) ?? null;
	return {
		level,
		title: text(null, 'title'),
		purpose: text(null, 'purpose'),
		audience: text(null, 'audience'),
		feedbackPlan: text(null, 'feedbackPlan'),
		questions: design.questions
			.filter((question) => !question.ageBands || question.ageBands.includes(band))
			.map((question) => ({
				id: question.id,
				kind: question.kind,
				prompt: text(question.id, 'prompt'),
				body: question.kind === 'info' ? text(question.id, 'body') : null,
				hint: question.kind === 'info' ? null : text(question.id, 'hint'),
				maxChoices: question.maxChoices,
				maxLength: question.maxLength,
				sensitive: question.sensitive,
				options: question.options.map((option) => ({ id: option.id, label: text(option.id, 'label') }))
			}))
	};
}
