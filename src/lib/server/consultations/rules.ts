import type { Consultation } from '../db/schema/index.ts';

/** Pure rules about consultations: no database here, so that they are easy to test. */

export type State = Consultation['state'];

/** Past its closing instant a consultation is closed, whatever its stored state. */
export function effectiveState(consultation: Pick<Consultation, 'state' | 'closesAt'>, now = new Date()): State {
	if ((consultation.state === 'open' || consultation.state === 'ready') && consultation.closesAt && consultation.closesAt <= now) {
		return 'closed';
	}
	return consultation.state;
}

/** Settings and questions can change only before a consultation opens. */
export function isEditable(consultation: Pick<Consultation, 'state' | 'closesAt'>, now = new Date()): boolean {
	const state = effectiveState(consultation, now);
	return state === 'draft' || state === 'ready';
}

/** The nine basic requirements for effective and ethical participation (UN CRC GC 12, §134). */
export const ETHICS_REQUIREMENTS = [
	'transparent',
	'voluntary',
	'respectful',
	'relevant',
	'child-friendly',
	'inclusive',
	'supported-by-training',
	'safe-and-sensitive-to-risk',
	'accountable'
] as const;
export type EthicsRequirement = (typeof ETHICS_REQUIREMENTS)[number];

export type GateItem =
	| 'title'
	| 'purpose'
	| 'audience'
	| 'feedback-plan'
	| 'safeguarding-lead'
	| 'ethics-reference'
	| 'dpia-reference'
	| 'window'
	| 'questions'
	| 'complete-language'
	| `requirement:${EthicsRequirement}`;

export interface GateFacts {
	consultation: Pick<Consultation, 'safeguardingLeadId' | 'ethicsReference' | 'dpiaReference' | 'opensAt' | 'closesAt' | 'ethicsChecklist'>;
	/** Fields of the consultation's own texts present in its source language. */
	sourceFields: Set<string>;
	questionCount: number;
	completeLanguages: string[];
	/** The safeguarding lead still holds the moderator role and is active. */
	leadIsModerator: boolean;
}

/** What is missing before a consultation may open; empty when the ethics gate is passed. */
export function missingForGate(facts: GateFacts): GateItem[] {
	const { consultation } = facts;
	const missing: GateItem[] = [];
	for (const [field, item] of [['title', 'title'], ['purpose', 'purpose'], ['audience', 'audience'], ['feedbackPlan', 'feedback-plan']] as const) {
		if (!facts.sourceFields.has(field)) missing.push(item);
	}
	if (!consultation.safeguardingLeadId || !facts.leadIsModerator) missing.push('safeguarding-lead');
	if (!consultation.ethicsReference?.trim()) missing.push('ethics-reference');
	if (!consultation.dpiaReference?.trim()) missing.push('dpia-reference');
	if (!consultation.opensAt || !consultation.closesAt || consultation.closesAt <= consultation.opensAt) missing.push('window');
	if (facts.questionCount === 0) missing.push('questions');
	if (facts.completeLanguages.length === 0) missing.push('complete-language');
	for (const requirement of ETHICS_REQUIREMENTS) {
		const entry = consultation.ethicsChecklist[requirement];
		if (!entry?.confirmed || !entry.note.trim()) missing.push(`requirement:${requirement}`);
	}
	return missing;
}
