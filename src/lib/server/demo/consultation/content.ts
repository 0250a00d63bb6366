/**
 * The shape of the demo consultation's texts in one language: every text at the three wording
 * levels (children 6–12, teenagers 13–17, young adults 18–24). Questions are in the order of
 * DEMO_QUESTIONS; `options` in the order of each question's options.
 */
export interface Levels {
	child: string;
	teen: string;
	adult: string;
}

export interface DemoQuestionTexts {
	/** The question (or, for an information page, its heading). */
	prompt: Levels;
	/** Information pages only: the text of the page. */
	body?: Levels;
	hint?: Levels;
	options?: Levels[];
}

export interface DemoContent {
	title: Levels;
	purpose: Levels;
	audience: Levels;
	feedbackPlan: Levels;
	questions: DemoQuestionTexts[];
}
