import js2xliff, { type XliffDocument, type XliffUnit } from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';
import { WORDING_LEVELS, type WordingLevel } from '../../ages.ts';
import type { Actor, Result } from '../auth/staff.ts';
import type { Db } from '../db/index.ts';
import type { TextEntry } from './forms.ts';
import { readForMember, setTexts, textsToTranslate } from './index.ts';

/**
 * A language of a consultation as an XLIFF 2.0 file, so that professional translators work in
 * their own tools. One unit per text and wording level that exists in the source language; the
 * file's id is the consultation's, so a file for another consultation is refused.
 */

const LARGEST_FILE = 2_000_000;

function unitId(subjectId: string | null, field: string, level: WordingLevel): string {
	return `${subjectId ?? 'consultation'}.${field}.${level}`;
}

function parseUnitId(id: string): { subjectId: string | null; field: string; level: WordingLevel } | null {
	const match = /^(consultation|[0-9a-f-]{36})\.(\w+)\.(child|teen|adult)$/.exec(id);
	if (!match) return null;
	return { subjectId: match[1] === 'consultation' ? null : match[1], field: match[2], level: match[3] as WordingLevel };
}

export async function exportLanguage(db: Db, actor: Actor, id: string, language: string): Promise<Result<{ xml: string; filename: string }, 'not-found' | 'language'>> {
	const found = await readForMember(db, actor, id);
	if (!found) return { ok: false, reason: 'not-found' };
	const { consultation, texts } = found;
	if (!consultation.languages.includes(language) || language === consultation.sourceLanguage) return { ok: false, reason: 'language' };
	const required = new Set(textsToTranslate(found).map((need) => `${need.subjectId ?? ''}|${need.field}`));
	const units: Record<string, XliffUnit> = {};
	for (const source of texts.filter((t) => t.language === consultation.sourceLanguage && required.has(`${t.subjectId ?? ''}|${t.field}`))) {
		const target = texts.find((t) => t.language === language && t.subjectId === source.subjectId && t.field === source.field && t.level === source.level);
		units[unitId(source.subjectId, source.field, source.level)] = {
			source: source.text,
			...(target ? { target: target.text } : {}),
			note: `${source.field}, wording for ${source.level === 'child' ? 'children (6–12)' : source.level === 'teen' ? 'teenagers (13–17)' : 'young adults (18–24)'}`
		};
	}
	const document: XliffDocument = { resources: { [consultation.id]: units }, sourceLanguage: consultation.sourceLanguage, targetLanguage: language };
	return { ok: true, xml: await js2xliff(document), filename: `voices-${consultation.id.slice(0, 8)}-${language}.xlf` };
}

export type ImportRefusal = 'not-found' | 'malformed' | 'foreign' | 'language' | 'missing-units' | 'unknown-units' | 'locked' | 'unknown-text';

/**
 * Reads a translated file back. Nothing is written unless the file is well-formed, belongs to
 * this consultation and language, and has every unit the export had and no other; then every
 * target is stored in one transaction. Answers how many texts changed.
 */
export async function importLanguage(
	db: Db,
	actor: Actor,
	id: string,
	xml: string,
	now = new Date()
): Promise<Result<{ language: string; changed: number }, ImportRefusal> | { ok: false; reason: 'missing-units' | 'unknown-units'; units: string[] }> {
	const found = await readForMember(db, actor, id);
	if (!found) return { ok: false, reason: 'not-found' };
	if (xml.length > LARGEST_FILE) return { ok: false, reason: 'malformed' };
	let document: XliffDocument;
	try {
		document = await xliff2js(xml);
	} catch {
		return { ok: false, reason: 'malformed' };
	}
	if (!document?.resources || typeof document.resources !== 'object') return { ok: false, reason: 'malformed' };
	const files = Object.keys(document.resources);
	if (files.length !== 1 || files[0] !== found.consultation.id) return { ok: false, reason: 'foreign' };
	const language = document.targetLanguage ?? '';
	if (!found.consultation.languages.includes(language) || language === found.consultation.sourceLanguage || document.sourceLanguage !== found.consultation.sourceLanguage) {
		return { ok: false, reason: 'language' };
	}
	const exported = await exportLanguage(db, actor, id, language);
	if (!exported.ok) return { ok: false, reason: exported.reason };
	const expected = Object.keys((await xliff2js(exported.xml)).resources[id] ?? {});
	const units = document.resources[id];
	const missing = expected.filter((unit) => !(unit in units));
	if (missing.length > 0) return { ok: false, reason: 'missing-units', units: missing };
	const unknown = Object.keys(units).filter((unit) => !expected.includes(unit) || !parseUnitId(unit));
	if (unknown.length > 0) return { ok: false, reason: 'unknown-units', units: unknown };
	const entries: TextEntry[] = [];
	for (const [unit, content] of Object.entries(units)) {
		const key = parseUnitId(unit)!;
		const target = typeof content.target === 'string' ? content.target.trim() : '';
		if (target === '' || !WORDING_LEVELS.includes(key.level)) continue;
		const current = found.texts.find((t) => t.language === language && t.subjectId === key.subjectId && t.field === key.field && t.level === key.level);
		if (current?.text === target) continue;
		entries.push({ subjectId: key.subjectId, field: key.field as TextEntry['field'], language: language as TextEntry['language'], level: key.level, text: target.slice(0, 5000) });
	}
	if (entries.length === 0) return { ok: true, language, changed: 0 };
	const written = await setTexts(db, actor, id, entries, now);
	return written.ok ? { ok: true, language, changed: written.changed } : { ok: false, reason: written.reason };
}
