import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { formatCode } from '../../src/lib/codes.ts';
import * as consent from '../../src/lib/server/consent/index.ts';
import { createSlipBatch, sharedCode } from '../../src/lib/server/consultations/codes.ts';
import * as consultations from '../../src/lib/server/consultations/index.ts';
import { ETHICS_REQUIREMENTS } from '../../src/lib/server/consultations/rules.ts';
import * as staff from '../../src/lib/server/auth/staff.ts';
import { accessCodes, consentRecords, consentRequests, consultationCounters, devMailbox, mailOutbox, participations, responses } from '../../src/lib/server/db/schema/index.ts';
import { deliverDue, devMailboxTransport } from '../../src/lib/server/mail/outbox.ts';
import { renderMail } from '../../src/lib/server/mail/render.ts';
import * as journey from '../../src/lib/server/participation/index.ts';
import * as reference from '../../src/lib/server/reference/admin.ts';
import { listHelplines } from '../../src/lib/server/reference/queries.ts';
import { testKeyring } from '../support/keyring.ts';
import { whereHeld } from '../support/where-held.ts';
import { DRIVERS, rows, useMigratedDatabase } from './databases.ts';

const now = new Date('2026-11-28T12:00:00Z');
const after = (days: number, from = now) => new Date(from.getTime() + days * 86_400_000);
const ORIGIN = 'https://voices.example';

describe.each(DRIVERS)('guardian consent on %s', (driver) => {
	const test = useMigratedDatabase(driver);
	const keyring = testKeyring();

	/** An open consultation in English for Denmark, Sweden and Lithuania: one single choice. */
	async function openConsultation(options: { policy?: 'country-table' | 'everyone-under-18'; at?: Date } = {}) {
		const at = options.at ?? now;
		const invited = await staff.invite(test.db, keyring, null, { email: `f.${Math.random()}@example.org`, roles: ['facilitator'], language: 'en' }, { origin: ORIGIN, send: false });
		if (!invited.ok) throw new Error(invited.reason);
		const facilitator = { id: invited.userId, roles: ['facilitator'] };
		const lead = await staff.invite(test.db, keyring, null, { email: `m.${Math.random()}@example.org`, roles: ['moderator'], language: 'en' }, { origin: ORIGIN, send: false });
		if (!lead.ok) throw new Error(lead.reason);
		const created = await consultations.create(test.db, facilitator, { title: 'Parks', language: 'en' });
		if (!created.ok) throw new Error();
		const id = created.id;
		await consultations.updateSettings(test.db, facilitator, id, {
			languages: ['en'],
			countries: ['DK', 'SE', 'LT', 'NO'],
			ageBands: ['10-12', '13-15', '16-17'],
			consentPolicy: options.policy ?? 'country-table',
			suppressionThreshold: 10,
			retentionDays: 365,
			timeZone: 'Europe/Copenhagen',
			opensAt: after(-1, at),
			closesAt: after(60, at),
			safeguardingLeadId: lead.userId,
			ethicsReference: 'REC-1',
			dpiaReference: 'DPIA-1',
			ethicsChecklist: Object.fromEntries(ETHICS_REQUIREMENTS.map((r) => [r, { confirmed: true, note: 'yes' }])) as never
		}, at);
		const added = await consultations.addQuestion(test.db, facilitator, id, { kind: 'single', optionCount: 2 }, at);
		if (!added.ok) throw new Error();
		const found = (await consultations.readForMember(test.db, facilitator, id))!;
		await consultations.setTexts(test.db, facilitator, id, consultations.requiredTexts(found.questions).map((need) => ({ ...need, field: need.field as 'prompt', language: 'en' as const, level: 'teen' as const, text: `${need.field} text` })), at);
		expect(await consultations.transition(test.db, facilitator, id, 'ready', at)).toEqual({ ok: true });
		expect(await consultations.transition(test.db, facilitator, id, 'open', at)).toEqual({ ok: true });
		const shared = await sharedCode(test.db, keyring, facilitator, id);
		if (!shared.ok) throw new Error();
		return { id, facilitator, code: shared.code, question: found.questions[0] };
	}

	/** A child who joined, gave country and age and said yes: at the gate or past it. */
	async function waiting(code: string, { age = 12, country = 'DK', at = now } = {}) {
		const joined = await journey.join(test.db, keyring, code, 'en', at);
		if (!joined.ok) throw new Error(joined.reason);
		const read = async () => (await journey.current(test.db, keyring, joined.token, at))!;
		expect(await journey.aboutYou(test.db, await read(), { country, age }, at)).toMatchObject({ ok: true });
		const step = await journey.assent(test.db, await read(), 'yes', at);
		return { token: joined.token, read, step };
	}

	/** Sends what the outbox holds to the development mailbox; answers the link in the last message. */
	async function deliverAndReadLink(): Promise<string> {
		// the outbox stamps its rows with the database's clock, not the test's
		await deliverDue(test.db, keyring, devMailboxTransport(test.db, keyring), renderMail, { now: new Date(Date.now() + 60_000) });
		const [message] = await test.db.select().from(devMailbox).orderBy(sql`${devMailbox.createdAt} desc`).limit(1);
		return message.body.match(/https:\/\/voices\.example\/guardian\/([A-Za-z0-9_-]{43})/)![1];
	}

	/** Every column that holds an address, written plainly or sealed by the keyring (opened with the test's keys). */
	const databaseHolds = (address: string) => whereHeld(test.db, keyring, address);

	/** Copies of an address in the places a guardian's message passes through: the outbox (recipient, parameters) and the development mailbox. */
	async function copiesOf(address: string) {
		const has = (sealed: string | null, purpose: string) => sealed !== null && (keyring.open(sealed, purpose) ?? '').includes(address);
		const outbox = await test.db.select().from(mailOutbox);
		const mailbox = await test.db.select().from(devMailbox);
		return {
			outbox: outbox.filter((row) => has(row.recipient, 'mail-recipient') || has(row.params, 'mail-params')).length,
			mailbox: mailbox.filter((row) => has(row.recipient, 'mail-recipient') || row.body.includes(address)).length
		};
	}

	const counters = async (id: string) => {
		const [row] = await test.db.select().from(consultationCounters).where(eq(consultationCounters.consultationId, id));
		return { started: row.started, waiting: row.waitingForGuardian, finished: row.finished, withdrew: row.withdrew };
	};

	it('a 12-year-old in Denmark asks by e-mail; the guardian opens the link, agrees; the child goes on and shares; no address is left', async () => {
		const { id, code, question } = await openConsultation();
		const child = await waiting(code);
		expect(child.step).toBe('guardian');
		expect(await counters(id)).toMatchObject({ waiting: 1 });

		const address = 'guardian.one@example.org';
		expect(await consent.requestByEmail(test.db, keyring, await child.read(), 'not an address', { origin: ORIGIN, now })).toEqual({ ok: false, reason: 'address' });
		expect(await consent.requestByEmail(test.db, keyring, await child.read(), address, { origin: ORIGIN, now })).toEqual({ ok: true, expiresOn: '2026-12-05' });
		// sealed in the outbox and readable nowhere else — and the search finds it there, so it can fail
		expect(await databaseHolds(address)).toEqual(['mail_outbox.recipient (sealed)']);
		expect(await copiesOf(address)).toEqual({ outbox: 1, mailbox: 0 });
		const token = await deliverAndReadLink();
		// sent: the outbox forgot it; the development mailbox holds the delivered copy until the decision
		expect(await databaseHolds(address)).toEqual(['dev_mailbox.recipient (sealed)']);
		expect(await copiesOf(address)).toEqual({ outbox: 0, mailbox: 1 });
		// the page opens in the child's language, the one the mail is written in
		const [mail] = await test.db.select({ body: devMailbox.body }).from(devMailbox);
		expect(mail.body).toContain(`${ORIGIN}/guardian/${token}?lang=en`);

		// opening the link (a mail scanner does too) decides nothing
		const opened = await consent.readLink(test.db, keyring, token, now);
		expect(opened?.state).toBe('open');
		expect(await consent.readLink(test.db, keyring, token, now)).not.toBeNull();
		expect(await journey.passGate(test.db, await child.read())).toBe(false);

		expect(await consent.decideByLink(test.db, keyring, token, 'yes', 'da', now)).toEqual({ ok: true });
		expect(await consent.decideByLink(test.db, keyring, token, 'yes', 'da', now)).toEqual({ ok: false, reason: 'already' });
		const [outbox] = await test.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'guardian-consent'));
		expect(outbox).toMatchObject({ recipient: null, params: null });
		expect(await test.db.select().from(devMailbox)).toEqual([]);
		expect(await databaseHolds(address)).toEqual([]);
		expect(await copiesOf(address)).toEqual({ outbox: 0, mailbox: 0 });
		// no longer waiting for a guardian from the moment of the decision, before the child is back
		expect(await counters(id)).toMatchObject({ started: 1, waiting: 0 });
		const [record] = await test.db.select().from(consentRecords).where(eq(consentRecords.consultationId, id));
		expect(record).toMatchObject({ method: 'email', decision: 'yes', language: 'da', day: '2026-11-28' });
		expect(record.textVersion).toMatch(/^\d{4}-\d{2}-\d{2}\/guardian$/);

		expect(await journey.passGate(test.db, await child.read())).toBe(true);
		expect(await counters(id)).toMatchObject({ waiting: 0 });
		await journey.saveAnswer(test.db, await child.read(), question.id, { choices: [question.options[0].id] }, now);
		await journey.reachCheck(test.db, await child.read());
		expect(await journey.submit(test.db, keyring, child.token, 'submission-token-consent-1', now)).toMatchObject({ ok: true });
		// the link goes with the participation: nothing leads from consent to the response
		expect(await consent.readLink(test.db, keyring, token, now)).toBeNull();
		expect(await test.db.select().from(consentRequests)).toEqual([]);
		expect(await counters(id)).toMatchObject({ finished: 1, waiting: 0 });
	});

	it('a guardian who refuses ends the participation kindly and keeps nothing; a withdrawal after a yes does the same', async () => {
		const { id, code } = await openConsultation();
		const first = await waiting(code);
		await consent.requestByEmail(test.db, keyring, await first.read(), 'guardian.two@example.org', { origin: ORIGIN, now });
		const refusing = await deliverAndReadLink();
		expect(await databaseHolds('guardian.two@example.org')).toEqual(['dev_mailbox.recipient (sealed)']);
		expect(await consent.decideByLink(test.db, keyring, refusing, 'no', 'en', now)).toEqual({ ok: true });
		expect(await journey.current(test.db, keyring, first.token, now)).toMatchObject({ step: 'declined', drafts: {} });
		expect(await consent.decideByLink(test.db, keyring, refusing, 'yes', 'en', now)).toEqual({ ok: false, reason: 'already' });
		expect(await databaseHolds('guardian.two@example.org')).toEqual([]);
		expect(await copiesOf('guardian.two@example.org')).toEqual({ outbox: 0, mailbox: 0 });
		expect(await counters(id)).toMatchObject({ started: 1, waiting: 0, withdrew: 1 });

		const second = await waiting(code);
		await consent.requestByEmail(test.db, keyring, await second.read(), 'guardian.three@example.org', { origin: ORIGIN, now });
		const agreeing = await deliverAndReadLink();
		expect(await consent.decideByLink(test.db, keyring, agreeing, 'withdraw', 'en', now)).toEqual({ ok: false, reason: 'not-consented' });
		await consent.decideByLink(test.db, keyring, agreeing, 'yes', 'en', now);
		expect(await journey.passGate(test.db, await second.read())).toBe(true);
		expect(await consent.decideByLink(test.db, keyring, agreeing, 'withdraw', 'en', now)).toEqual({ ok: true });
		expect(await journey.current(test.db, keyring, second.token, now)).toMatchObject({ step: 'declined' });
		expect(await counters(id)).toMatchObject({ started: 2, waiting: 0, withdrew: 2 });

		const decisions = await test.db.select({ decision: consentRecords.decision }).from(consentRecords).where(eq(consentRecords.consultationId, id));
		expect(decisions.map((row) => row.decision).sort()).toEqual(['no', 'withdrawn', 'yes']);
		// the records lead nowhere: no column to a participation or a response
		const names = (await rows<{ column_name: string }>(test.db, sql`select column_name from information_schema.columns where table_name = 'consent_record'`)).map((row) => row.column_name);
		expect(names.filter((name) => /participation|response|token|receipt|answer/.test(name))).toEqual([]);
	});

	it('a link that nobody answers expires after seven days, and its address goes with it', async () => {
		const { code } = await openConsultation();
		const child = await waiting(code);
		await consent.requestByEmail(test.db, keyring, await child.read(), 'guardian.four@example.org', { origin: ORIGIN, now });
		const token = await deliverAndReadLink();
		expect(await databaseHolds('guardian.four@example.org')).toEqual(['dev_mailbox.recipient (sealed)']);
		expect(await consent.expireRequests(test.db, after(7))).toEqual({ requests: 0 });
		expect(await consent.readLink(test.db, keyring, token, after(7))).not.toBeNull();
		expect(await consent.readLink(test.db, keyring, token, after(8))).toBeNull();
		expect(await consent.expireRequests(test.db, after(8))).toEqual({ requests: 1 });
		expect(await test.db.select().from(consentRequests)).toEqual([]);
		expect(await test.db.select().from(devMailbox)).toEqual([]);
		expect(await databaseHolds('guardian.four@example.org')).toEqual([]);
		expect(await copiesOf('guardian.four@example.org')).toEqual({ outbox: 0, mailbox: 0 });
		// the child still waits, and may ask again
		expect((await child.read()).step).toBe('guardian');
	});

	it('limits messages per participation; a new message replaces the old link; stopping erases the address', async () => {
		const { code } = await openConsultation();
		const child = await waiting(code);
		expect(await consent.requestByEmail(test.db, keyring, await child.read(), 'typo@exmaple.org', { origin: ORIGIN, now })).toMatchObject({ ok: true });
		const old = await deliverAndReadLink();
		expect(await consent.requestByEmail(test.db, keyring, await child.read(), 'guardian.five@example.org', { origin: ORIGIN, now })).toMatchObject({ ok: true });
		expect(await consent.readLink(test.db, keyring, old, now)).toBeNull();
		expect(await databaseHolds('typo@exmaple.org')).toEqual([]);
		expect(await consent.requestByEmail(test.db, keyring, await child.read(), 'guardian.five@example.org', { origin: ORIGIN, now })).toMatchObject({ ok: true });
		expect(await consent.requestByEmail(test.db, keyring, await child.read(), 'guardian.five@example.org', { origin: ORIGIN, now })).toEqual({ ok: false, reason: 'too-many' });
		await journey.stop(test.db, await child.read());
		const outbox = await test.db.select({ recipient: mailOutbox.recipient }).from(mailOutbox).where(eq(mailOutbox.template, 'guardian-consent'));
		expect(outbox.every((row) => row.recipient === null)).toBe(true);
		expect(await test.db.select().from(consentRequests)).toEqual([]);
	});

	it('a 14-year-old in Denmark needs consent from 2024 on and not before; a 16-year-old in Sweden only when the consultation asks under 18', async () => {
		const before2024 = new Date('2023-11-28T12:00:00Z');
		const old = await openConsultation({ at: before2024 });
		expect((await waiting(old.code, { age: 14, at: before2024 })).step).toBe('questions');
		const current = await openConsultation();
		expect((await waiting(current.code, { age: 14 })).step).toBe('guardian');
		expect((await waiting(current.code, { age: 15 })).step).toBe('questions');
		expect((await waiting(current.code, { age: 16, country: 'SE' })).step).toBe('questions');
		const strict = await openConsultation({ policy: 'everyone-under-18' });
		expect((await waiting(strict.code, { age: 16, country: 'SE' })).step).toBe('guardian');
	});

	it('admins date a change of the age of consent, and the gate follows it from that day; help lines are kept per country', async () => {
		const admin = { id: '00000000-0000-4000-8000-000000000001', roles: ['admin'] };
		const facilitator = { id: '00000000-0000-4000-8000-000000000002', roles: ['facilitator'] };
		const change = { country: 'NO' as const, age: 15, validFrom: '2027-01-01' };
		expect(await reference.setConsentAge(test.db, facilitator, change)).toEqual({ ok: false, reason: 'forbidden' });
		expect(await reference.setConsentAge(test.db, admin, change)).toEqual({ ok: true });
		const newYear = new Date('2027-01-02T12:00:00Z');
		const { code } = await openConsultation({ at: now });
		expect((await waiting(code, { age: 14, country: 'NO' })).step).toBe('questions');
		expect((await waiting(code, { age: 14, country: 'NO', at: newYear })).step).toBe('guardian');
		expect(reference.consentAgeForm.safeParse({ country: 'NO', age: '12', validFrom: '2027-01-01' }).success).toBe(false);
		expect(reference.consentAgeForm.safeParse({ country: 'XX', age: '15', validFrom: '2027-01-01' }).success).toBe(false);

		const line = reference.helplineForm.parse({ country: 'NO', number: '800 33 321', name: 'Kors på halsen', languages: ['nb'], hours: 'Mo-Fr 14:00-20:00', webAddress: 'https://korspahalsen.no' });
		expect(await reference.saveHelpline(test.db, admin, line)).toEqual({ ok: true });
		expect(await reference.saveHelpline(test.db, admin, line)).toEqual({ ok: false, reason: 'duplicate' });
		const lines = await listHelplines(test.db, 'NO');
		expect(lines.map((row) => row.number)).toContain('800 33 321');
		expect(reference.helplineForm.safeParse({ ...line, hours: 'whenever' }).success).toBe(false);
		expect(reference.helplineForm.safeParse({ ...line, webAddress: 'http://plain.example' }).success).toBe(false);
		expect(reference.helplineForm.safeParse({ ...line, number: 'call us' }).success).toBe(false);
		const added = lines.find((row) => row.number === '800 33 321')!;
		expect(await reference.removeHelpline(test.db, admin, added.id)).toEqual({ ok: true });
		const [last, ...others] = await listHelplines(test.db, 'NO');
		for (const other of others) await reference.removeHelpline(test.db, admin, other.id);
		expect(await reference.removeHelpline(test.db, admin, last.id)).toEqual({ ok: false, reason: 'last' });
	});

	it('signed slips marked by the facilitator, and a batch attested, pass the gate; a guardian decides online with the slip code', async () => {
		const { id, facilitator } = await openConsultation();
		const batch = await createSlipBatch(test.db, keyring, facilitator, id, 4);
		const other = await createSlipBatch(test.db, keyring, facilitator, id, 3);
		if (!batch.ok || !other.ok) throw new Error();
		const [signed, online, refused, unmarked] = batch.codes;

		// typed with dashes, scanned as the QR's address, a typo, and a code of nothing
		const typo = `${formatCode(unmarked).slice(0, -1)}${formatCode(unmarked).endsWith('0') ? '1' : '0'}`;
		const marked = await consent.markSlipsConsented(test.db, keyring, facilitator, id, consent.codesIn(`${formatCode(signed)}\n${ORIGIN}/join/${signed}\n${typo}`), 'en', now);
		expect(marked).toEqual({ ok: true, marked: 1, already: 1, closed: 0, notFound: [typo] });
		const intruder = { id: facilitator.id.replace(/.$/, (c) => (c === '0' ? '1' : '0')), roles: ['facilitator'] };
		expect(await consent.markSlipsConsented(test.db, keyring, intruder, id, [signed], 'en', now)).toEqual({ ok: false, reason: 'not-found' });

		const child = await waiting(signed);
		expect(child.step).toBe('questions');

		// online, with the code from the slip
		expect(await consent.readSlip(test.db, keyring, formatCode(online))).toMatchObject({ ok: true, state: 'open' });
		const waitingChild = await waiting(online);
		expect(waitingChild.step).toBe('guardian');
		expect(await consent.decideBySlip(test.db, keyring, formatCode(online), 'yes', 'en', now)).toEqual({ ok: true });
		expect(await consent.decideBySlip(test.db, keyring, formatCode(online), 'yes', 'en', now)).toEqual({ ok: false, reason: 'already' });
		expect(await journey.passGate(test.db, await waitingChild.read())).toBe(true);

		// a refusal uses the code up: no child can join with it
		expect(await consent.decideBySlip(test.db, keyring, refused, 'no', 'en', now)).toEqual({ ok: true });
		expect(await journey.join(test.db, keyring, refused, 'en', now)).toEqual({ ok: false, reason: 'used' });

		// withdrawal after a yes ends the child's participation until they share
		expect(await consent.decideBySlip(test.db, keyring, online, 'withdraw', 'en', now)).toEqual({ ok: true });
		expect(await journey.current(test.db, keyring, waitingChild.token, now)).toMatchObject({ step: 'declined' });

		// an attested batch: every code passes the gate
		expect(await consent.attest(test.db, facilitator, id, { batchId: other.batchId, how: 'School consent form', collectedOn: '2026-11-30', language: 'en' }, now)).toEqual({ ok: false, reason: 'future' });
		expect(await consent.attest(test.db, facilitator, id, { batchId: other.batchId, how: 'School consent form', collectedOn: '2026-11-20', language: 'en' }, now)).toEqual({ ok: true, codes: 3, closed: 0 });
		expect(await consent.attest(test.db, facilitator, id, { batchId: other.batchId, how: 'Again', collectedOn: '2026-11-20', language: 'en' }, now)).toEqual({ ok: false, reason: 'batch' });
		expect((await waiting(other.codes[0])).step).toBe('questions');
		const slips = await consent.slipConsent(test.db, facilitator, id);
		expect(slips?.find((row) => row.batchId === other.batchId)).toMatchObject({ codes: 3, consented: 3, used: 1 });

		const records = await test.db.select().from(consentRecords).where(eq(consentRecords.consultationId, id));
		expect(records.map((row) => `${row.method}:${row.decision}`).sort()).toEqual(['attestation:yes', 'slip-online:no', 'slip-online:withdrawn', 'slip-online:yes', 'slip:yes']);
		expect(records.find((row) => row.method === 'attestation')).toMatchObject({ codes: 3, how: 'School consent form', collectedOn: '2026-11-20', attestedBy: facilitator.id, batchId: other.batchId });
		const [code] = await test.db.select({ consentedOn: accessCodes.consentedOn }).from(accessCodes).where(eq(accessCodes.batchId, other.batchId)).limit(1);
		expect(code.consentedOn).toBe('2026-11-20');

		// the admins' export: every record, and only for admins
		expect(await consent.consentRecordRows(test.db, facilitator)).toBeNull();
		const rows = await consent.consentRecordRows(test.db, { id: facilitator.id, roles: ['admin'] });
		expect(rows?.filter((row) => row.consultationId === id)).toHaveLength(5);
		// a facilitator's note that a spreadsheet would run as a formula is kept as text
		await consent.attest(test.db, facilitator, id, { batchId: batch.batchId, how: '=HYPERLINK("https://evil.example","ok")', collectedOn: '2026-11-20', language: 'en' }, now);
		const csv = consent.consentRecordsCsv((await consent.consentRecordRows(test.db, { id: facilitator.id, roles: ['admin'] }))!);
		expect(csv.split('\n')[0]).toBe('\uFEFFday,consultationId,consultation,method,decision,language,textVersion,batchId,codes,how,collectedOn,attestedBy');
		expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""ok"")"`);
		expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
	});

	it('a slip that opens the gate ends an e-mail request still waiting, and its address with it', async () => {
		const { id, facilitator } = await openConsultation();
		const batch = await createSlipBatch(test.db, keyring, facilitator, id, 1);
		if (!batch.ok) throw new Error();
		const child = await waiting(batch.codes[0]);
		await consent.requestByEmail(test.db, keyring, await child.read(), 'guardian.seven@example.org', { origin: ORIGIN, now });
		const token = await deliverAndReadLink();
		await consent.markSlipsConsented(test.db, keyring, facilitator, id, [batch.codes[0]], 'en', now);
		expect(await journey.passGate(test.db, await child.read())).toBe(true);
		expect(await consent.readLink(test.db, keyring, token, now)).toBeNull();
		expect(await test.db.select().from(devMailbox)).toEqual([]);
		expect(await databaseHolds('guardian.seven@example.org')).toEqual([]);
	});

	it('two decisions posted at once on one link record one', async () => {
		const { id, code } = await openConsultation();
		const child = await waiting(code);
		await consent.requestByEmail(test.db, keyring, await child.read(), 'guardian.six@example.org', { origin: ORIGIN, now });
		const token = await deliverAndReadLink();
		const results = await Promise.all([consent.decideByLink(test.db, keyring, token, 'yes', 'en', now), consent.decideByLink(test.db, keyring, token, 'yes', 'en', now)]);
		expect(results.filter((result) => result.ok)).toHaveLength(1);
		expect(await test.db.select().from(consentRecords).where(eq(consentRecords.consultationId, id))).toHaveLength(1);
	});

	/** Past the gate, the one question answered, shared: the participation goes, a response stays. */
	async function share(child: Awaited<ReturnType<typeof waiting>>, question: { id: string; options: { id: string }[] }) {
		expect(await journey.passGate(test.db, await child.read())).toBe(true);
		await journey.saveAnswer(test.db, await child.read(), question.id, { choices: [question.options[0].id] }, now);
		await journey.reachCheck(test.db, await child.read());
		expect(await journey.submit(test.db, keyring, child.token, `submission-${randomUUID()}`, now)).toMatchObject({ ok: true });
	}

	async function slips(facilitator: { id: string; roles: string[] }, id: string, count: number) {
		const batch = await createSlipBatch(test.db, keyring, facilitator, id, count);
		if (!batch.ok) throw new Error();
		return batch;
	}

	it('a slip whose child has shared or stopped offers no decision: no withdrawal that cannot withdraw, no "No" that seems to erase what was shared', async () => {
		const { id, facilitator, question } = await openConsultation();
		const [sharing, stopping, inProgress, unused] = (await slips(facilitator, id, 4)).codes;
		await consent.markSlipsConsented(test.db, keyring, facilitator, id, [sharing, inProgress], 'en', now);
		const sharer = await waiting(sharing);
		expect(sharer.step).toBe('questions');
		// while the child takes part, the guardian may still withdraw
		expect(await consent.readSlip(test.db, keyring, sharing)).toMatchObject({ ok: true, state: 'consented' });
		await share(sharer, question);
		expect(await consent.readSlip(test.db, keyring, sharing)).toMatchObject({ ok: true, state: 'closed' });
		for (const decision of ['withdraw', 'no', 'yes'] as const) {
			expect(await consent.decideBySlip(test.db, keyring, sharing, decision, 'en', now)).toEqual({ ok: false, reason: 'closed' });
		}
		// the shared answers stay, and nothing was recorded after the marking
		expect(await test.db.select().from(responses)).toHaveLength(1);
		expect((await test.db.select().from(consentRecords)).map((row) => `${row.method}:${row.decision}`)).toEqual(['slip:yes', 'slip:yes']);

		// a 16-year-old in Sweden needs nobody's consent, and stops: that code is closed too
		const stopper = await waiting(stopping, { age: 16, country: 'SE' });
		expect(stopper.step).toBe('questions');
		await journey.stop(test.db, await stopper.read());
		expect(await consent.readSlip(test.db, keyring, stopping)).toMatchObject({ ok: true, state: 'closed' });
		expect(await consent.decideBySlip(test.db, keyring, stopping, 'yes', 'en', now)).toEqual({ ok: false, reason: 'closed' });

		// a child still taking part, and a code nobody has used, are still the guardian's to decide on
		await waiting(inProgress);
		expect(await consent.readSlip(test.db, keyring, inProgress)).toMatchObject({ ok: true, state: 'consented' });
		expect(await consent.readSlip(test.db, keyring, unused)).toMatchObject({ ok: true, state: 'open' });
		expect(await test.db.select().from(consentRecords)).toHaveLength(2);
	});

	it('a guardian’s "No" online is never overridden: marking slips and attesting leave those codes alone, and say how many', async () => {
		const { id, facilitator } = await openConsultation();
		const [refusedUnused, refusedWaiting, withdrawn, refusedByLink, fresh] = (await slips(facilitator, id, 5)).codes;
		expect(await consent.decideBySlip(test.db, keyring, refusedUnused, 'no', 'en', now)).toEqual({ ok: true });
		const refusedChild = await waiting(refusedWaiting);
		expect(await consent.decideBySlip(test.db, keyring, refusedWaiting, 'no', 'en', now)).toEqual({ ok: true });
		expect(await journey.current(test.db, keyring, refusedChild.token, now)).toMatchObject({ step: 'declined' });
		expect(await consent.decideBySlip(test.db, keyring, withdrawn, 'yes', 'en', now)).toEqual({ ok: true });
		expect((await waiting(withdrawn)).step).toBe('questions');
		expect(await consent.decideBySlip(test.db, keyring, withdrawn, 'withdraw', 'en', now)).toEqual({ ok: true });
		const linked = await waiting(refusedByLink);
		await consent.requestByEmail(test.db, keyring, await linked.read(), 'guardian.eight@example.org', { origin: ORIGIN, now });
		expect(await consent.decideByLink(test.db, keyring, await deliverAndReadLink(), 'no', 'en', now)).toEqual({ ok: true });

		// the signed slips come back anyway: four refusals stand, one slip is marked
		const marked = await consent.markSlipsConsented(test.db, keyring, facilitator, id, [refusedUnused, refusedWaiting, withdrawn, refusedByLink, fresh], 'en', now);
		expect(marked).toEqual({ ok: true, marked: 1, already: 0, closed: 4, notFound: [] });
		for (const refused of [refusedUnused, refusedWaiting, withdrawn, refusedByLink]) {
			expect(await consent.readSlip(test.db, keyring, refused)).toMatchObject({ ok: true, state: 'closed', code: { consentedOn: null } });
		}
		const slipYes = async () => (await test.db.select().from(consentRecords)).filter((row) => row.method === 'slip').length;
		expect(await slipYes()).toBe(1);

		// an attestation for the whole batch finds nothing it may consent to
		expect(await consent.attest(test.db, facilitator, id, { batchId: (await slipBatchOf(fresh))!, how: 'School form', collectedOn: '2026-11-20', language: 'en' }, now)).toEqual({ ok: true, codes: 0, closed: 4 });
		// in a batch of three with one refusal, the other two are attested
		const second = await slips(facilitator, id, 3);
		expect(await consent.decideBySlip(test.db, keyring, second.codes[0], 'no', 'en', now)).toEqual({ ok: true });
		expect(await consent.attest(test.db, facilitator, id, { batchId: second.batchId, how: 'School form', collectedOn: '2026-11-20', language: 'en' }, now)).toEqual({ ok: true, codes: 2, closed: 1 });
		expect(await consent.readSlip(test.db, keyring, second.codes[0])).toMatchObject({ state: 'closed', code: { consentedOn: null } });
		expect(await consent.readSlip(test.db, keyring, second.codes[1])).toMatchObject({ state: 'consented', code: { consentedOn: '2026-11-20' } });
		const attestations = (await test.db.select().from(consentRecords)).filter((row) => row.method === 'attestation');
		expect(attestations.map((row) => row.codes)).toEqual([2]);
	});

	/** The batch a slip's code belongs to. */
	async function slipBatchOf(typed: string) {
		const found = await consent.readSlip(test.db, keyring, typed);
		if (!found.ok) return null;
		const [row] = await test.db.select({ batchId: accessCodes.batchId }).from(accessCodes).where(eq(accessCodes.id, found.code.id));
		return row.batchId;
	}

	it('a child whose guardian said no is told so by cookie or resume code; nothing they entered is kept, and the purge removes the rest', async () => {
		const { id, code, question } = await openConsultation();
		const child = await waiting(code);
		await consent.requestByEmail(test.db, keyring, await child.read(), 'guardian.nine@example.org', { origin: ORIGIN, now });
		const token = await deliverAndReadLink();
		expect(await consent.decideByLink(test.db, keyring, token, 'yes', 'en', now)).toEqual({ ok: true });
		expect(await journey.passGate(test.db, await child.read())).toBe(true);
		await journey.saveAnswer(test.db, await child.read(), question.id, { choices: [question.options[0].id] }, now);
		const resumeCode = await journey.pause(test.db, keyring, await child.read());
		expect(await consent.decideByLink(test.db, keyring, token, 'withdraw', 'en', now)).toEqual({ ok: true });

		// what stays: the emptied row, its consultation, the two HMACs, the language and the day of the decision
		const [row] = await test.db.select().from(participations);
		expect(row).toMatchObject({ consultationId: id, step: 'declined', drafts: {}, country: null, ageBand: null, guardianRequired: null, accessCodeId: null, activeOn: '2026-11-28' });
		expect(await journey.current(test.db, keyring, child.token, now)).toMatchObject({ step: 'declined' });
		const resumed = await journey.resume(test.db, keyring, resumeCode, after(3));
		if (!resumed.ok) throw new Error(resumed.reason);
		// coming back does not keep it alive
		expect(await journey.current(test.db, keyring, resumed.token, after(10))).toMatchObject({ step: 'declined', activeOn: '2026-11-28' });
		expect(await consent.readLink(test.db, keyring, token, now)).toMatchObject({ state: 'decided' });
		expect(await counters(id)).toEqual({ started: 1, waiting: 0, finished: 0, withdrew: 1 });

		// fourteen days after the decision it is still there; the day after, the purge has removed it
		expect(await journey.purgeExpired(test.db, after(14))).toMatchObject({ participations: 0 });
		expect(await journey.purgeExpired(test.db, after(15))).toMatchObject({ participations: 1 });
		expect(await test.db.select().from(participations)).toEqual([]);
		expect(await test.db.select().from(consentRequests)).toEqual([]);
		expect(await journey.resume(test.db, keyring, resumeCode, after(15))).toEqual({ ok: false, reason: 'unknown' });
		expect(await counters(id)).toEqual({ started: 1, waiting: 0, finished: 0, withdrew: 1 });
	});

	it('"waiting for a guardian" falls once per child when consent or a refusal arrives, by every route', async () => {
		const { id, facilitator, code } = await openConsultation();
		const [online, refused, marked] = (await slips(facilitator, id, 3)).codes;
		const attested = await slips(facilitator, id, 1);
		const byLinkYes = await waiting(code);
		const byLinkNo = await waiting(code);
		const bySlipYes = await waiting(online);
		await waiting(refused);
		const byMark = await waiting(marked);
		const byAttestation = await waiting(attested.codes[0]);
		const stillWaiting = await waiting(code);
		// seven children at the gate
		expect(await counters(id)).toEqual({ started: 7, waiting: 7, finished: 0, withdrew: 0 });
		await consent.requestByEmail(test.db, keyring, await byLinkYes.read(), 'guardian.ten@example.org', { origin: ORIGIN, now });
		const yes = await deliverAndReadLink();
		await consent.requestByEmail(test.db, keyring, await byLinkNo.read(), 'guardian.eleven@example.org', { origin: ORIGIN, now });
		const no = await deliverAndReadLink();

		expect(await consent.decideByLink(test.db, keyring, yes, 'yes', 'en', now)).toEqual({ ok: true });
		expect(await counters(id)).toEqual({ started: 7, waiting: 6, finished: 0, withdrew: 0 });
		expect(await journey.passGate(test.db, await byLinkYes.read())).toBe(true);
		expect(await counters(id)).toEqual({ started: 7, waiting: 6, finished: 0, withdrew: 0 });

		expect(await consent.decideByLink(test.db, keyring, no, 'no', 'en', now)).toEqual({ ok: true });
		expect(await counters(id)).toEqual({ started: 7, waiting: 5, finished: 0, withdrew: 1 });

		expect(await consent.decideBySlip(test.db, keyring, online, 'yes', 'en', now)).toEqual({ ok: true });
		expect(await counters(id)).toEqual({ started: 7, waiting: 4, finished: 0, withdrew: 1 });
		expect(await journey.passGate(test.db, await bySlipYes.read())).toBe(true);
		expect(await counters(id)).toEqual({ started: 7, waiting: 4, finished: 0, withdrew: 1 });

		expect(await consent.decideBySlip(test.db, keyring, refused, 'no', 'en', now)).toEqual({ ok: true });
		expect(await counters(id)).toEqual({ started: 7, waiting: 3, finished: 0, withdrew: 2 });

		// typed twice, marked once
		expect(await consent.markSlipsConsented(test.db, keyring, facilitator, id, [marked, marked], 'en', now)).toMatchObject({ marked: 1, already: 1 });
		expect(await counters(id)).toEqual({ started: 7, waiting: 2, finished: 0, withdrew: 2 });
		expect(await journey.passGate(test.db, await byMark.read())).toBe(true);
		expect(await counters(id)).toEqual({ started: 7, waiting: 2, finished: 0, withdrew: 2 });

		expect(await consent.attest(test.db, facilitator, id, { batchId: attested.batchId, how: 'School form', collectedOn: '2026-11-20', language: 'en' }, now)).toEqual({ ok: true, codes: 1, closed: 0 });
		expect(await counters(id)).toEqual({ started: 7, waiting: 1, finished: 0, withdrew: 2 });
		expect(await journey.passGate(test.db, await byAttestation.read())).toBe(true);
		expect(await counters(id)).toEqual({ started: 7, waiting: 1, finished: 0, withdrew: 2 });

		// a child who stops after consent was not waiting any more; the last one waiting stops
		await journey.stop(test.db, await byLinkYes.read());
		expect(await counters(id)).toEqual({ started: 7, waiting: 1, finished: 0, withdrew: 3 });
		await journey.stop(test.db, await stillWaiting.read());
		expect(await counters(id)).toEqual({ started: 7, waiting: 0, finished: 0, withdrew: 4 });
	});

	it('one client may send 100 guardian messages in 15 minutes, for whichever children; refused addresses do not count', async () => {
		const { code } = await openConsultation();
		const client = { origin: ORIGIN, clientAddress: '198.51.100.7', now };
		// a participation may send three: 34 children can send the hundred a client may
		const children: Awaited<ReturnType<typeof waiting>>[] = [];
		for (let i = 0; i < 34; i++) children.push(await waiting(code));
		for (let i = 0; i < 5; i++) {
			expect(await consent.askGuardian(test.db, keyring, await children[0].read(), 'not an address', client)).toEqual({ ok: false, reason: 'address' });
		}
		for (let sent = 0; sent < 100; sent++) {
			expect(await consent.askGuardian(test.db, keyring, await children[Math.floor(sent / 3)].read(), `guardian.${sent}@example.org`, client)).toMatchObject({ ok: true });
		}
		// the 101st, for a child who has sent only one
		expect(await consent.askGuardian(test.db, keyring, await children[33].read(), 'guardian.101@example.org', client)).toEqual({ ok: false, reason: 'client-limit' });
		// another client is not held back by this one
		expect(await consent.askGuardian(test.db, keyring, await children[33].read(), 'guardian.101@example.org', { ...client, clientAddress: '203.0.113.9' })).toMatchObject({ ok: true });
	});

	it('a "No" posted twice is told it came too late and changes nothing; malformed tokens read as links that no longer work', async () => {
		const { id, code } = await openConsultation();
		const child = await waiting(code);
		const other = await waiting(code);
		await consent.requestByEmail(test.db, keyring, await child.read(), 'guardian.twelve@example.org', { origin: ORIGIN, now });
		const token = await deliverAndReadLink();
		await consent.requestByEmail(test.db, keyring, await other.read(), 'guardian.thirteen@example.org', { origin: ORIGIN, now });
		const otherToken = await deliverAndReadLink();
		expect(await consent.decideByLink(test.db, keyring, token, 'no', 'en', now)).toEqual({ ok: true });
		expect(await counters(id)).toEqual({ started: 2, waiting: 1, finished: 0, withdrew: 1 });
		for (const decision of ['no', 'withdraw', 'yes'] as const) {
			expect(await consent.decideByLink(test.db, keyring, token, decision, 'en', now)).toEqual({ ok: false, reason: 'already' });
		}
		expect(await counters(id)).toEqual({ started: 2, waiting: 1, finished: 0, withdrew: 1 });
		expect(await test.db.select().from(consentRecords)).toHaveLength(1);

		// two "No"s posted at once (a double click) record one and count one
		const results = await Promise.all([consent.decideByLink(test.db, keyring, otherToken, 'no', 'en', now), consent.decideByLink(test.db, keyring, otherToken, 'no', 'en', now)]);
		expect(results.map((result) => (result.ok ? 'ok' : result.reason)).sort()).toEqual(['already', 'ok']);
		expect(await counters(id)).toEqual({ started: 2, waiting: 0, finished: 0, withdrew: 2 });
		expect(await test.db.select().from(consentRecords)).toHaveLength(2);

		const malformed = ['garbage', 'A'.repeat(43), 'A'.repeat(4300), `${token}x`, `${token.slice(0, 42)}!`, 'ÄÖÜ'.repeat(15), '../../etc/passwd', ''];
		for (const garbage of malformed) {
			expect(await consent.readLink(test.db, keyring, garbage, now)).toBeNull();
			expect(await consent.decideByLink(test.db, keyring, garbage, 'yes', 'en', now)).toEqual({ ok: false, reason: 'gone' });
		}
	});
});
