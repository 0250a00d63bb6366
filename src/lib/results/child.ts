import type { Snapshot, ReleaseTexts } from './types.ts';
import { isChoice, optionLabel, overallOf, textIn } from './view.ts';
import type { T } from './view.ts';


export interface ChildView {
	language: string;
	title: string;
	heard: string;
	next: string;
	respondents: number | null;
	questions: { id: string; prompt: string; bars: { label: string; share: number | null }[]; ranked: string[]; themes: string[] }[];
}

/**
 * A release as children read it: their texts, and for each question the shares of everyone who
 * answered — no breakdowns, no counts below the threshold (the snapshot has none), no excerpts.
 * In the reader's language where the release has it, else in the language they answered in.
 */
export function childView(snapshot: Snapshot, texts: ReleaseTexts, wanted: string, fallback: string, t: T): ChildView {
	const language = snapshot.languages.includes(wanted) ? wanted : snapshot.languages.includes(fallback) ? fallback : snapshot.sourceLanguage;
	const own = texts[language] ?? texts[snapshot.sourceLanguage] ?? { heard: '', next: '' };
	return {
		language,
		title: textIn(snapshot.title, language, snapshot),
		heard: own.heard,
		next: own.next,
		respondents: snapshot.respondents.find((row) => row.dimension === 'all')?.count ?? null,
		questions: snapshot.questions.map((question) => {
			const prompt = textIn(question.prompt, language, snapshot);
			if (!isChoice(question)) return { id: question.id, prompt, bars: [], ranked: [], themes: question.themes.filter((theme) => theme.count !== null).map((theme) => theme.label) };
			const overall = overallOf(question);
			const label = (id: string) => optionLabel(question, id, language, snapshot, t);
			if (question.kind === 'ranking') {
				const ranks = overall?.ranks ?? {};
				const known = question.options.every((option) => ranks[option.id]?.meanRank != null);
				return { id: question.id, prompt, bars: [], themes: [], ranked: known ? [...question.options].sort((a, b) => ranks[a.id].meanRank! - ranks[b.id].meanRank!).map((option) => label(option.id)) : [] };
			}
			return { id: question.id, prompt, ranked: [], themes: [], bars: question.options.map((option) => ({ label: label(option.id), share: overall?.shares[option.id] ?? null })) };
		})
	};
}
