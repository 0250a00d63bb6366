import { describe, expect, it } from 'vitest';
import { effectiveState, ETHICS_REQUIREMENTS, isEditable, missingForGate, type GateFacts } from '../../src/lib/server/consultations/rules.ts';

const now = new Date('2026-11-28T12:00:00Z');
const hourAgo = new Date(now.getTime() - 3_600_000);
const inAWeek = new Date(now.getTime() + 7 * 86_400_000);

describe('the state of a consultation', () => {
	it('is closed past its closing instant, whatever its stored state', () => {
		expect(effectiveState({ state: 'open', closesAt: hourAgo }, now)).toBe('closed');
		expect(effectiveState({ state: 'ready', closesAt: hourAgo }, now)).toBe('closed');
		expect(effectiveState({ state: 'open', closesAt: inAWeek }, now)).toBe('open');
		expect(effectiveState({ state: 'released', closesAt: hourAgo }, now)).toBe('released');
		expect(effectiveState({ state: 'draft', closesAt: null }, now)).toBe('draft');
	});

	it('can be edited only before it opens', () => {
		expect(isEditable({ state: 'draft', closesAt: inAWeek }, now)).toBe(true);
		expect(isEditable({ state: 'ready', closesAt: inAWeek }, now)).toBe(true);
		expect(isEditable({ state: 'open', closesAt: inAWeek }, now)).toBe(false);
		expect(isEditable({ state: 'ready', closesAt: hourAgo }, now)).toBe(false);
	});
});

describe('the ethics gate', () => {
	const complete: GateFacts = {
		consultation: {
			safeguardingLeadId: '00000000-0000-4000-8000-000000000001',
			ethicsReference: 'REC-2026-14',
			dpiaReference: 'DPIA-77',
			opensAt: now,
			closesAt: inAWeek,
			ethicsChecklist: Object.fromEntries(ETHICS_REQUIREMENTS.map((r) => [r, { confirmed: true, note: 'how we do it' }]))
		},
		sourceFields: new Set(['title', 'purpose', 'audience', 'feedbackPlan']),
		questionCount: 3,
		completeLanguages: ['en'],
		leadIsModerator: true
	};

	it('lets a complete consultation through', () => {
		expect(missingForGate(complete)).toEqual([]);
	});

	it('checks all nine requirements of General Comment 12, each with a note', () => {
		expect(ETHICS_REQUIREMENTS).toHaveLength(9);
		const checklist = { ...complete.consultation.ethicsChecklist, voluntary: { confirmed: true, note: ' ' }, inclusive: { confirmed: false, note: 'x' } };
		expect(missingForGate({ ...complete, consultation: { ...complete.consultation, ethicsChecklist: checklist } })).toEqual([
			'requirement:voluntary',
			'requirement:inclusive'
		]);
	});

	it('lists everything that is missing from an empty draft', () => {
		const missing = missingForGate({
			consultation: { safeguardingLeadId: null, ethicsReference: null, dpiaReference: '', opensAt: null, closesAt: null, ethicsChecklist: {} },
			sourceFields: new Set(),
			questionCount: 0,
			completeLanguages: [],
			leadIsModerator: false
		});
		expect(missing.slice(0, 10)).toEqual([
			'title', 'purpose', 'audience', 'feedback-plan', 'safeguarding-lead', 'ethics-reference', 'dpia-reference', 'window', 'questions', 'complete-language'
		]);
		expect(missing).toHaveLength(19);
	});

	it('refuses a lead who no longer moderates, and a window that closes before it opens', () => {
		expect(missingForGate({ ...complete, leadIsModerator: false })).toEqual(['safeguarding-lead']);
		expect(missingForGate({ ...complete, consultation: { ...complete.consultation, closesAt: hourAgo } })).toEqual(['window']);
	});
});
