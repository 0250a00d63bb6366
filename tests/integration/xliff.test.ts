import js2xliff from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';
import { describe, expect, it } from 'vitest';
import * as staff from '../../src/lib/server/auth/staff.ts';
import * as consultations from '../../src/lib/server/consultations/index.ts';
import type { Settings } from '../../src/lib/server/consultations/forms.ts';
import { ETHICS_REQUIREMENTS } from '../../src/lib/server/consultations/rules.ts';
import { exportLanguage, importLanguage } from '../../src/lib/server/consultations/xliff.ts';
import { testKeyring } from '../support/keyring.ts';
import { DRIVERS, useMigratedDatabase } from './databases.ts';

const now = new Date('2026-11-28T12:00:00Z');

describe.each(DRIVERS)('XLIFF round trip on %s', (driver) => {
	const test = useMigratedDatabase(driver);

	async function consultationInEnglish() {
		const invited = await staff.invite(test.db, testKeyring(), null, { email: 'f@example.org', roles: ['facilitator'], language: 'en' }, { origin: 'https://v.example', send: false });
		if (!invited.ok) throw new Error();
		const alice = { id: invited.userId, roles: ['facilitator'] };
		const created = await consultations.create(test.db, alice, { title: 'Parks', language: 'en' });
		if (!created.ok) throw new Error();
		const id = created.id;
		const settings: Settings = {
			languages: ['en', 'lt'],
			countries: ['LT'],
			ageBands: ['10-12', '13-15'],
			consentPolicy: 'country-table',
			suppressionThreshold: 10,
			retentionDays: 365,
			timeZone: 'Europe/Vilnius',
			opensAt: null,
			closesAt: null,
			safeguardingLeadId: null,
			ethicsReference: '',
			dpiaReference: '',
			ethicsChecklist: Object.fromEntries(ETHICS_REQUIREMENTS.map((r) => [r, { confirmed: false, note: '' }])) as Settings['ethicsChecklist']
		};
		expect(await consultations.updateSettings(test.db, alice, id, settings, now)).toEqual({ ok: true });
		const question = await consultations.addQuestion(test.db, alice, id, { kind: 'yes-no' }, now);
		if (!question.ok) throw new Error();
		await consultations.setTexts(test.db, alice, id, [
			{ subjectId: null, field: 'purpose', language: 'en', level: 'child', text: 'We want to know about parks.' },
			{ subjectId: null, field: 'purpose', language: 'en', level: 'adult', text: 'We are asking young people about public parks.' },
			{ subjectId: null, field: 'audience', language: 'en', level: 'child', text: 'The city council.' },
			{ subjectId: null, field: 'feedbackPlan', language: 'en', level: 'child', text: 'We will tell you in June.' },
			{ subjectId: question.questionId, field: 'prompt', language: 'en', level: 'child', text: 'Do you like your park?' }
		], now);
		return { alice, id };
	}

	async function translated(xml: string, translate: (source: string) => string | undefined) {
		const document = await xliff2js(xml);
		for (const file of Object.values(document.resources)) {
			for (const unit of Object.values(file)) {
				const target = translate(unit.source);
				if (target !== undefined) unit.target = target;
			}
		}
		return js2xliff(document);
	}

	it('exports a unit per text and level, and imports the translation back, completing the language', async () => {
		const { alice, id } = await consultationInEnglish();
		const exported = await exportLanguage(test.db, alice, id, 'lt');
		if (!exported.ok) throw new Error(exported.reason);
		expect(exported.filename).toMatch(/^voices-[0-9a-f]{8}-lt\.xlf$/);
		const document = await xliff2js(exported.xml);
		expect(document.sourceLanguage).toBe('en');
		expect(document.targetLanguage).toBe('lt');
		// title (adult), purpose (child, adult), audience, feedback plan, the prompt
		expect(Object.keys(document.resources[id])).toHaveLength(6);

		const file = await translated(exported.xml, (source) => `LT: ${source}`);
		expect(await importLanguage(test.db, alice, id, file, now)).toEqual({ ok: true, language: 'lt', changed: 6 });
		const found = (await consultations.readForMember(test.db, alice, id))!;
		const missing = consultations.missingTexts(found.consultation.languages, consultations.requiredTexts(found.questions), found.texts);
		expect(missing.lt).toEqual([]);
		expect(found.texts.find((t) => t.language === 'lt' && t.field === 'purpose' && t.level === 'adult')?.text).toBe('LT: We are asking young people about public parks.');
		// the same file again changes nothing
		expect(await importLanguage(test.db, alice, id, file, now)).toEqual({ ok: true, language: 'lt', changed: 0 });
	});

	it('refuses a malformed file, a file of another consultation and one with units missing, writing nothing', async () => {
		const { alice, id } = await consultationInEnglish();
		const exported = await exportLanguage(test.db, alice, id, 'lt');
		if (!exported.ok) throw new Error();
		const before = (await consultations.readForMember(test.db, alice, id))!.texts.length;

		expect(await importLanguage(test.db, alice, id, '<xliff><file', now)).toEqual({ ok: false, reason: 'malformed' });
		expect(await importLanguage(test.db, alice, id, 'not xml at all', now)).toMatchObject({ ok: false });

		const document = await xliff2js(await translated(exported.xml, (s) => `LT ${s}`));
		const foreign = await js2xliff({ ...document, resources: { '00000000-0000-4000-8000-000000000000': document.resources[id] } });
		expect(await importLanguage(test.db, alice, id, foreign, now)).toEqual({ ok: false, reason: 'foreign' });

		const [dropped] = Object.keys(document.resources[id]);
		delete document.resources[id][dropped];
		const partial = await js2xliff(document);
		expect(await importLanguage(test.db, alice, id, partial, now)).toEqual({ ok: false, reason: 'missing-units', units: [dropped] });

		const wrongLanguage = await js2xliff({ ...(await xliff2js(exported.xml)), targetLanguage: 'de' });
		expect(await importLanguage(test.db, alice, id, wrongLanguage, now)).toEqual({ ok: false, reason: 'language' });

		expect((await consultations.readForMember(test.db, alice, id))!.texts.length).toBe(before);
	});
});
