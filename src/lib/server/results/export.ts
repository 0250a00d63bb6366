import { stringify } from 'csv-stringify/sync';
import type { Snapshot } from '../../results/types.ts';
import { groupLabel, isChoice, optionLabel, textIn } from '../../results/view.ts';
import type { T } from '../../results/view.ts';


/**
 * A release as one long table (question, breakdown, group, answer, measure, value), which
 * spreadsheets pivot easily. Hidden counts read "hidden", as on every page. Cells that begin like
 * a formula are escaped by csv-stringify, because answers and labels are written by people.
 */
export function findingsCsv(snapshot: Snapshot, language: string, translate: T): string {
	const t = (key: string) => String(translate(key));
	const rows: string[][] = [['question', 'kind', 'breakdown', 'group', 'answer', 'measure', 'value'].map((key) => t(key === 'answer' ? 'results:answer' : `results:csv.${key}`))];
	const value = (shown: number | null) => (shown === null ? t('results:hidden') : String(shown));
	const breakdown = (dimension: string) => (dimension === 'all' ? t('results:overall') : dimension === 'country' ? t('results:byCountry') : t('results:byAgeBand'));
	for (const row of snapshot.respondents) {
		rows.push(['', '', breakdown(row.dimension), groupLabel(row.dimension, row.group, translate), '', t('results:respondents'), value(row.count)]);
	}
	for (const question of snapshot.questions) {
		const prompt = textIn(question.prompt, language, snapshot);
		if (!isChoice(question)) {
			rows.push([prompt, question.kind, t('results:overall'), t('results:overall'), '', t('results:csv.approved'), value(question.approved)]);
			for (const theme of question.themes) rows.push([prompt, question.kind, t('results:overall'), t('results:overall'), theme.label, t('results:csv.themeCount'), value(theme.count)]);
			continue;
		}
		for (const row of question.rows) {
			const where = [prompt, question.kind, breakdown(row.dimension), groupLabel(row.dimension, row.group, translate)];
			rows.push([...where, '', t('results:answered'), value(row.answered)]);
			rows.push([...where, '', t('results:skipped'), value(row.skipped)]);
			for (const option of question.options) {
				const label = optionLabel(question, option.id, language, snapshot, translate);
				rows.push([...where, label, t('results:csv.count'), value(row.counts[option.id])]);
				rows.push([...where, label, t('results:csv.share'), row.shares[option.id] === null ? t('results:hidden') : String(row.shares[option.id])]);
				const rank = row.ranks?.[option.id];
				if (rank) {
					rows.push([...where, label, t('results:csv.meanRank'), rank.meanRank === null ? t('results:hidden') : String(rank.meanRank)]);
					rows.push([...where, label, t('results:csv.borda'), rank.borda === null ? t('results:hidden') : String(rank.borda)]);
				}
			}
			if (question.kind === 'smiley') rows.push([...where, row.median ? optionLabel(question, row.median, language, snapshot, translate) : '', t('results:csv.median'), row.median ? '' : t('results:hidden')]);
		}
	}
	// a byte-order mark, so that spreadsheet programs read the file as UTF-8
	return '\ufeff' + stringify(rows, { escape_formulas: true });
}
