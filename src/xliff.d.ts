// The `xliff` package (locize/xliff) ships no types; these cover what Voices uses of it.
declare module 'xliff/js2xliff' {
	export interface XliffUnit {
		source: string;
		target?: string;
		note?: string;
	}
	export interface XliffDocument {
		resources: Record<string, Record<string, XliffUnit>>;
		sourceLanguage: string;
		targetLanguage?: string;
	}
	export default function js2xliff(document: XliffDocument, options?: { indent?: string }): Promise<string>;
}

declare module 'xliff/xliff2js' {
	import type { XliffDocument } from 'xliff/js2xliff';
	export default function xliff2js(xml: string): Promise<XliffDocument>;
}
