// Awaits a native speaker's review (none so far): locales/review.json, "$screening-risk" → "src/lib/server/screening/risk/lv.ts".
import type { RiskLexicon } from '../types.ts';

/**
 * Latvian. Children often type without diacritics (ā → a, š → s or sh, ž → z, ņ → n, ķ → k), so
 * those letters are small classes. The object pronoun usually comes before the verb («tētis mani
 * sit», «mani apceļ»), but also after it («sita mani»), so both orders are patterns. Negation is a
 * prefix (nesit, negribu), which the word boundary already keeps apart.
 *
 * Every pattern starts with a word, never with a gap, and uses bounded repetition only: one \s
 * between words, gaps such as (?:\s\p{L}{1,14}){0,3}, and stems left open at the end rather than
 * closed with \p{L}*. That keeps each source small enough for recheck's automaton checker, which
 * proves it linear in milliseconds (unbounded + or * next to the lookarounds would send it to the
 * slow, randomised fuzz checker). A run of white space reads as one space (matching.ts).
 */

const B = String.raw`(?<!\p{L})`;
const E = String.raw`(?!\p{L})`;
/** Up to two words (and commas) between subject and verb: «tētis, kad piedzēries, mani sit». */
const GAP = String.raw`(?:,?\s\p{L}{1,14}){0,2},?\s`;
const A = '[āa]';
const EE = '[ēe]';
const II = '[īi]';
const UU = '[ūu]';
const S = '[šs]';
const Z = '[žz]';
const C = '[čc]';
const N = '[ņn]';
const LL = '[ļl]';
const K = '[ķk]';
const G = '[ģg]';
const ME = String.raw`(?:mani|m${UU}s)`;

/** Parents and carers as subject (nominative; the possessive before them, «mans», «viņas», need not be matched). */
const CARER = String.raw`(?:mamma|m${A}te|t${EE}tis|t${EE}ts|t${EE}vs|pat${EE}vs|pam${A}te|vec${A}ki|vect${EE}vs|onkulis|mammas\s(?:draugs|v${II}rietis|v${II}rs))`;
/** The same people after «no» («baidos no tēta»): genitive. */
const CARER_GEN = String.raw`(?:mammas|m${A}tes|t${EE}ta|t${EE}va|pat${EE}va|pam${A}tes|vec${A}kiem|vect${EE}va|onku${LL}a|mammas\sdrauga)`;

/** Hitting and hurting (present, past, participle, future, infinitive), in two groups. */
const HIT_BEAT = String.raw`(?:sit|sita|situ|sitis|situsi|sit${II}s|sist|iesit|iesita|iesitis|iesitusi|piekauj|piek${A}va|piek${A}vis|piek${A}vusi|piekaus|piekaut|nosita|nosit${II}s|p${EE}ra|per|nop${EE}ra|sap${EE}ra|p${LL}auk${A}|iep${LL}auk${A}ja|p${LL}auk${A}ja|dauza|dauz${II}ja|sadauz${II}ja)`;
const HIT_HURT = String.raw`(?:sp${A}rda|sp${A}rd${II}ja|sp${A}rd${II}t|iesper|iesp${EE}ra|sper|sp${EE}ra|gr${UU}${Z}|gr${UU}da|pagr${UU}da|nogr${UU}da|${Z}${N}aud${Z}|${Z}${N}audza|sa${Z}${N}audza|rauj\saiz\smatiem|r${A}va\saiz\smatiem|pl${EE}${S}\saiz\smatiem|met\sar|meta\sar|kn${II}b|kniebj|kn${II}ba|dur|d${UU}ra|sadedzin${A}ja|dedzina)`;
const HIT = String.raw`(?:${HIT_BEAT}|${HIT_HURT})`;
/** Who is hurt, object before or after the verb. */
const OBJ = String.raw`(?:mani|m${UU}s|man|mums|mammu|mammai|manu\s(?:m${A}su|br${A}li|m${A}sai|br${A}lim)|mazo\s(?:m${A}su|br${A}li)|vi${N}u|vi${N}ai|vi${N}am)`;
/** Not «sit mani šahā», not «mani nesit». */
const NOT_AFTER = String.raw`(?!\s(?:nekad|vairs\sne|${S}ah${A}|fifa|futbol${A}|sp${EE}l${EE}))`;
/** Films, books, songs, news and lessons: what happens there is not the child's own life. */
const FICTION = String.raw`(?:film${A}|gr${A}mat${A}|seri${A}l${A}|dziesm${A}|zi${N}${A}s|v${EE}stures\sstund${A}|st${A}st${A}|rom${A}n${A}|dzejol${II}|lug${A}|izr${A}d${EE}|multfilm${A}|multen${EE}|dokument${A}lfilm${A}|anim${EE}|anime|komiks${A}|av${II}z${EE}|raid${II}jum${A}|pasak${A})`;

/** «gribu nomirt», «man gribas nomirt», «es vienkārši gribu mirt». */
const WANT_DIE = String.raw`${B}(?:gribu|gribas|grib${EE}tos|grib${EE}tu|grib${EE}jos|grib${EE}ju|v${EE}los|v${EE}l${EE}tos|gribu\stikai)\s(?:vienk${A}r${S}i\s|tikai\s|tik\s${LL}oti\s|bie${Z}i\s|patiesi\s|jau\s)?(?:nomirt|mirt|nomirst|b${UU}t\smir(?:is|usi|u${S}am|u${S}ai))${E}`;
/** «teica, ka mani nogalinās»: a threat. */
const THREAT_KILL = String.raw`${B}(?:teica|saka|rakst${II}ja|raksta|sol${II}ja|sola|kliedza|draud${EE}ja|draud),?\ska\s(?:vi${N}${S}\s|vi${N}a\s|vi${N}i\s)?(?:mani\s|m${UU}s\s)?(?:nogalin${A}s|nosit${II}s|piekaus|sit${II}s|nodur${S}|izvaros|no${S}aus|sakrop${LL}os)(?:\smani|\sm${UU}s)?${E}`;
/** «nogalināšu sevi», «gribu sevi nogalināt». */
const KILL_SELF = String.raw`${B}(?:nogalin${A}t|nogalin${A}${S}u|nogalin${A}ju|nogalin${A}tu|nogalinu|nogalin${A}ties)\ssevi${E}|${B}sevi\s(?:nogalin${A}t|nogalin${A}${S}u|nogalin${A}tu)${E}`;

export const lexicon: RiskLexicon = {
	patterns: [
		// —— abuse: physical, by a parent or carer (object before or after the verb)
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}${OBJ}\s${HIT_BEAT}${E}${NOT_AFTER}` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}${OBJ}\s${HIT_HURT}${E}${NOT_AFTER}` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}${HIT_BEAT}\s${OBJ}${E}${NOT_AFTER}` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}${HIT_HURT}\s${OBJ}${E}${NOT_AFTER}` },
		{ category: 'abuse', source: String.raw`${B}(?:iedod|iedeva|iedos|iedevis|iedevusi|sit|sita|iesita)\s(?:man\s)?(?:pa\s(?:seju|muti|purnu|galvu|ausi|aus${II}m|kaklu|muguru)|ar\s(?:jostu|siksnu|r${II}ksti|slotu|kurpi|${K}${EE}di))${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:dab${UU}ju|dab${UU}|dab${UU}nu|dab${UU}jam|dab${UU}ja)\s(?:p${EE}rienu|p${EE}rienus|ar\sjostu|ar\ssiksnu)${E}|${B}m${A}j${A}s\s${ME}\s(?:${HIT_BEAT})${E}|${B}${ME}\s(?:m${A}j${A}s\s${HIT_BEAT}|${HIT_BEAT}\sm${A}j${A}s)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:vardarb${II}b\p{L}{0,10}\s(?:${G}imen${EE}|m${A}j${A}s|pret\smani|pret\smammu)|${G}imenes\svardarb${II}b)` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}(?:ir|k${LL}${UU}st|k${LL}uva|bija)\s(?:${LL}oti\s|bie${Z}i\s|tik\s)?(?:vardarb${II}g|agres${II}v)\p{L}{0,10}${E}` },
		// abuse: afraid of home or of a carer
		{ category: 'abuse', source: String.raw`${B}(?:bail(?:es)?|baidos|baid${A}mies|baid${II}jos)\s(?:iet|braukt|n${A}kt|atgriezties|b${UU}t|palikt|doties)\s(?:uz\s)?m${A}j(?:${A}s|u|${A}m)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:bail(?:es)?|baidos|baid${A}mies|baid${II}jos)\sno\s${CARER_GEN}${E}` },
		// abuse: emotional
		{ category: 'abuse', source: String.raw`${B}${CARER}(?:\s\p{L}{1,14}){0,2}\s(?:sauc|sauca|saka|teica|kliedz|kliedza|b${LL}auj|b${LL}${A}va)(?:\smani|\sman)?,?\s(?:ka\s(?:es\s)?esmu\s)?(?:par\s)?(?:idiot|stulb|resn|negl${II}t|nevienam\snevajadz${II}g|mauk|s${UU}d|bezv${EE}rt${II}g|mu${LL}${K}|l${UU}zer|k${LL}${UU}d|nevajadz${II}g|debil)` },
		{ category: 'abuse', source: String.raw`${B}(?:iesl${EE}dz|iesl${EE}dza|aizsl${EE}dz|aizsl${EE}dza|iesl${EE}gu${S}i)\s${ME}\s(?:istab|pagrab|vannas\s?istab|skap|tualet|${S}${K}${UU}n|dz${II}vokl${II})|${B}${ME}\s(?:iesl${EE}dz|iesl${EE}dza|aizsl${EE}dz|aizsl${EE}dza)\s(?:istab|pagrab|vannas\s?istab|skap|tualet)` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}(?:saka|teica|kliedz|kliedza),?\ska\s(?:lab${A}k\s)?(?:es\s)?(?:neb${UU}tu\sdzimis|neb${UU}tu\sdzimusi|neb${UU}tu\spiedzimis|neb${UU}tu\spiedzimusi|b${UU}tu\slabāk\sbez\smanis|grib\p{L}{0,10}\s(?:lai\ses\s)?nomirst)` },
		// abuse: sexual
		{ category: 'abuse', source: String.raw`${B}izvaro` },
		{ category: 'abuse', source: String.raw`${B}(?:seksu${A}l\p{L}{0,10}\s(?:vardarb|izmanto${S}|uzm${A}c|aizskar)|pedofil|seksu${A}li\sizmanto|incest)` },
		{ category: 'abuse', source: String.raw`${B}(?:vi${N}${S}|vi${N}a|skolot${A}js|skolot${A}ja|treneris|trenere|k${A}ds|${CARER})(?:\s\p{L}{1,14}){0,2}\s(?:mani|man)\s(?:aiztiek|aiztika|aizskar|aizsk${A}ra|tausta|taust${II}ja|pieskaras|piesk${A}r${A}s|gr${A}bst${A}|gr${A}bst${II}ja|aiztaust${II}ja)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:vi${N}${S}|vi${N}a|skolot${A}js|skolot${A}ja|treneris|trenere|k${A}ds|${CARER})(?:\s\p{L}{1,14}){0,2}\s(?:aiztiek|aiztika|aizskar|aizsk${A}ra|tausta|taust${II}ja|pieskaras|piesk${A}r${A}s|gr${A}bst${A}|gr${A}bst${II}ja)\s(?:mani|man)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:aiztiek|aiztika|aizskar|aizsk${A}ra|tausta|taust${II}ja|gl${A}sta|gl${A}st${II}ja|pieskaras|piesk${A}r${A}s|gr${A}bst${A})\s(?:mani\s|man\s)?(?:tur\slej${A}|int${II}m|starp\sk${A}j${A}m|zem\s(?:dr${EE}b${EE}m|bik${S}${EE}m|krekla|segas|ap${A}k${S}ve${LL}as)|pie\s(?:kr${UU}t|dibena|pakaļas|pakalas|dzimumorg))` },
		{ category: 'abuse', source: String.raw`${B}(?:piespie${Z}|piespieda|piespiedis|piespiedusi|lika|liek|spieda|spie${Z})\s(?:mani\s|man\s)?(?:nodarboties\sar\sseksu|izģ${EE}rbties|izg${EE}rbties|novilkt\sdr${EE}bes|novilkties|sk${UU}st${II}ties|aiztikt\svi${N}|s${UU}t${II}t\s(?:savas\s)?bildes|r${A}d${II}t\s(?:savu\s)?${K}ermeni|gul${EE}t\sar\svi${N})` },
		{ category: 'abuse', source: String.raw`${B}(?:seksu|sekss|nodarboties\sar\sseksu)\sar\s(?:mani|mums)${E}|${B}n${A}k\p{L}{0,10}\s(?:pie\smanis\s)?(?:man${A}\sgult${A}|gult${A}\spie\smanis)(?:\snakt${II}s?|\snaktī)?${E}` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}(?:met|meta|svie${Z}|svieda|gr${UU}${Z}|gr${UU}da)\s(?:man\s|mani\s|uz\smani\s)?(?:ar\s)?(?:trauk|liet${A}m|kr${EE}sl|pudel|${S}${K}${II}v|telefon|k${A}rb|grāmat|gr${A}mat|sien${A}|pie\ssienas)\p{L}{0,10}${E}` },
		{ category: 'abuse', source: String.raw`${B}${ME}\s(?:\p{L}{1,14}\s)?(?:tausta|taust${II}ja|gr${A}bst${A}|gr${A}bst${II}ja|aiztaust${II}ja)${E}` },
		// abuse: grooming and sextortion
		{ category: 'abuse', source: String.raw`${B}(?:kailbild|kailfoto|kail${A}s\sbild|kail${A}s\sfoto|kailas\sbild|int${II}m${A}s\sbild|int${II}mas\sbild|int${II}m${A}s\sfoto|dick\s?pic|pis${II}${S}\sbild|lo${C}eka\sbild)|${B}(?:nude[sz]?|n${UU}des|n${UU}dsi)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:bildes|bildi|bild${EE}m|foto|video)\s(?:no\ssevis\s|ar\ssevi\s)?(?:bez\sdr${EE}b${EE}m|bez\sapģ${EE}rba|kail${A}|kails|kaila|apak${S}ve${LL}${A}|bikini|ap${A}k${S}ve${LL}${A})${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:pieaudzis|pieaugu${S}s|pieaugu${S}ais|vec${A}ks|vecs|vec${A}kais|sve${S}s|nepaz${II}stams|nepaz${II}stama)\s(?:v${II}rietis|puisis|${C}alis|onkulis|tips|cilv${EE}ks|sieviete|ve${C}s)(?:\s\p{L}{1,14}){0,3}\s(?:bild|foto|satikt|satikties|tikties|nosl${EE}pum|kail|adres|seks|${K}ermen)` },
		{ category: 'abuse', source: String.raw`${B}m${UU}su\s(?:mazais\s)?nosl${EE}pums${E}|${B}(?:nevienam\snedr${II}kstu|nedr${II}kstu\snevienam|nevienam\snedr${II}kst)\s(?:st${A}st${II}t|teikt|izst${A}st${II}t)` },
		{ category: 'abuse', source: String.raw`${B}draud(?:${EE}ja|${EE}jis|${EE}jusi|${EE}t|ot|u)?\s(?:\p{L}{1,14}\s)?(?:public${EE}t|izplat${II}t|nos${UU}t${II}t|ielikt|par${A}d${II}t|ievietot)\s(?:\p{L}{1,14}\s)?(?:bild|foto|video)` },
		{ category: 'abuse', source: String.raw`${B}(?:s${UU}t${II}t|s${UU}ti|nos${UU}ti|nos${UU}t${II}t)\s(?:vi${N}am\s)?(?:bild|foto|video)\p{L}{0,10},?\s(?:cit${A}di|ja\sne)` },

		// —— neglect
		{ category: 'neglect', source: String.raw`${B}m${A}j${A}s\s(?:\p{L}{1,14}\s)?(?:nav|nekad\snav|bie${Z}i\snav|atkal\snav)\s(?:ko\s(?:${EE}st|pa${EE}st)|${EE}dien|p${A}rtik)|${B}(?:nav|nekad\snav)\s(?:ko\s${EE}st|${EE}dien|p${A}rtik)\p{L}{0,10}\sm${A}j${A}s${E}` },
		{ category: 'neglect', source: String.raw`${B}man\s(?:bie${Z}i\s|nekad\s|atkal\s)?nav\sko\s(?:${EE}st|pa${EE}st)${E}|${B}${CARER}\s(?:dzer|dz${EE}ra)(?=\s?(?:$|[.,!?;…]|un\s|bet\s))` },
		{ category: 'neglect', source: String.raw`${B}ledusskap\p{L}{0,10}\s(?:ir\s|vienm${EE}r\s|bie${Z}i\s)?(?:ir\s)?tuk${S}` },
		{ category: 'neglect', source: String.raw`${B}(?:nedod|nedeva|nedab${UU}ju|nedab${UU}nu|nedod\sman|nedeva\sman)\s(?:man\s)?(?:${EE}st|${EE}dienu|pa${EE}st)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:izsalcis|izsalkusi|izsalku${S}i|izsalku${S}as|izsalkis)\s(?:visu\slaiku|katru\sdienu|vienm${EE}r|skol${A}\skatru|jau\svair${A}kas)|${B}(?:vienm${EE}r|bie${Z}i|katru\sdienu)\s(?:esmu\s)?(?:izsalcis|izsalkusi|izsalkis)${E}|${B}gul${EE}t\s(?:eju\s)?(?:izsalcis|izsalkusi|izsalkis)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:neesmu|neesam)\s(?:${EE}dis|${EE}dusi|${EE}du${S}i|${EE}du${S}as)\s(?:jau\s)?(?:divas|tr${II}s|${C}etras|vair${A}kas|\d{1,3})\sdien` },
		{ category: 'neglect', source: String.raw`${B}${CARER}${GAP}(?:ir\s)?(?:piedz${EE}r|dz${EE}rum${A}|reibum${A}|iedz${EE}r(?:is|usi|u${S}i)|alkoholi${K}|narkom${A}n|lieto\snarkot|p${II}p${EE}\sz${A}li|plost${A}|dz${EE}r${A}j|iereibu|sapīp|nodzēr)\p{L}{0,10}${E}` },
		{ category: 'neglect', source: String.raw`${B}${CARER}${GAP}(?:dzer|dz${EE}ra|dzer\salkoholu)\s(?:katru\s(?:dienu|vakaru|nakti|ned${EE}${LL}u)|visu\slaiku|p${A}r${A}k\sdaudz|${LL}oti\sdaudz|bez\sapst${A}jas|vienm${EE}r|dien${A}m\silgi)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:viens|viena|vieni|vienas)\sm${A}j${A}s\s(?:jau\s)?(?:vair${A}kas|divas|tr${II}s|${C}etras|\d{1,3}|veselu|visu)\s(?:dien|nakt|ned${EE}${LL})` },
		{ category: 'neglect', source: String.raw`${B}neviens\s(?:par\smani|par\smums)\s(?:ner${UU}p${EE}jas|ner${UU}p${EE}j${A}s|neinteres${EE}jas|nepar${UU}p${EE}jas)|${B}neviens\s(?:ner${UU}p${EE}jas|neuztraucas)\spar\s(?:mani|mums)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:izmeta|izmet|izmet${II}s|izdzina|izdzen|padzina)\s(?:mani\s)?(?:${A}r${A}\s)?(?:no\sm${A}j${A}m|no\sdz${II}vok${LL}a|uz\sielas)|${B}mani\s(?:izmeta|izmet|izdzina|padzina)\s(?:${A}r${A}\s)?(?:no\sm${A}j${A}m|no\sdz${II}vok${LL}a|uz\sielas)` },
		{ category: 'neglect', source: String.raw`${B}(?:man\s)?nav\s(?:ziemas\s(?:jakas|apavu|z${A}baku|dr${EE}bju)|siltas\sjakas|savas\sgultas|gultas|t${II}ru\sdr${EE}bju|zobu\sbirstes)${E}|${B}m${A}j${A}s\snav\s(?:elektr${II}bas|apkures|silta\s${UU}dens|${UU}dens)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:neviens\s)?(?:neved|neveda|nevedīs)\smani\spie\s(?:${A}rsta|zob${A}rsta)` },
		{ category: 'neglect', source: String.raw`${B}${CARER}${GAP}(?:nen${A}k\sm${A}j${A}s|nen${A}ca\sm${A}j${A}s|nav\sm${A}j${A}s|pazūd|pazuda|atst${A}j\sm${UU}s\svienus)\s(?:vair${A}kas\sdienas|vair${A}kas\snaktis|veselu\sned${EE}${LL}u|dien${A}m|ned${EE}${LL}${A}m|divas\sdienas|tr${II}s\sdienas)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:j${A}rūp${EE}jas|j${A}r${UU}p${EE}jas|j${A}pieskata|man\sj${A}pieskata)\spar\s(?:maz${A}ko|mazo|mazajiem|br${A}li|m${A}su|m${A}s${A}m|br${A}${LL}iem)(?:\s\p{L}{1,14}){0,3},?\sjo\s${CARER}` },

		// —— violence: bullying, beatings and threats by others
		{ category: 'violence', source: String.raw`${B}${ME}\s(?:\p{L}{1,14}\s)?(?:apce${LL}|apc${EE}la|apcel|mob${EE}|mobo|apsauk${A}|izsmej|izsm${EE}ja|pazemo|terorizē|terorize|atstumj|atst${UU}ma|${K}ircina|${K}irc${II}na|vaj${A}|vaj${A}ja|izstumj)\p{L}{0,10}${E}` },
		{ category: 'violence', source: String.raw`${B}(?:apce${LL}|apc${EE}la|mob${EE}|mob${EE}ja|mobo|apsauk${A}|apsauk${A}ja|izsmej|izsm${EE}ja|pazemo|pazemoja|terorizē|terorize|atstumj|vaj${A})\s${ME}${E}|${B}${N}irg${A}\p{L}{0,10}\spar\s(?:mani|mums)${E}` },
		{ category: 'violence', source: String.raw`${B}${ME}(?:\s\p{L}{1,14}){0,2}\s${HIT_BEAT}${E}${NOT_AFTER}` },
		{ category: 'violence', source: String.raw`${B}${ME}(?:\s\p{L}{1,14}){0,2}\s${HIT_HURT}${E}${NOT_AFTER}` },
		{ category: 'violence', source: String.raw`${B}${HIT}\s${ME}${E}${NOT_AFTER}` },
		{ category: 'violence', source: String.raw`${B}(?:tieku|tiek|tik${A}m|tika|tiku|esmu\sticis|esmu\stikusi|biju)\s(?:\p{L}{1,14}\s)?(?:aplaup${II}t[sa]|piekaut[sa]|sist[sa]|mob${EE}t[sa]|apcelt[sa]|apdraud${EE}t[sa]|pazemot[sa]|apsauk${A}t[sa]|atstumt[sa]|nodurt[sa]|sadurt[sa])${E}` },
		{ category: 'violence', source: String.raw`${B}(?:cie${S}u|cie${S}|ciet${II}s|cietu|piedz${II}voju|piedz${II}voju${S}i|piedz${II}vojis|piedz${II}vojusi|sask${A}ros|sask${A}r${A}mies|sask${A}ros|esmu)\s(?:ar\s|no\s)?(?:\p{L}{1,14}\s)?(?:mobing|${N}irg${A}${S}an|vardarb${II}b|draud${EE}jum|apcel${S}an|huligān|uzbrukum)\p{L}{0,10}${E}|${B}mobinga\supur` },
		{ category: 'violence', source: String.raw`${B}(?:draud|draud${EE}ja|draud${EE}|draud${EE}ju${S}i)\s(?:man|mums)${E}|${B}draud\p{L}{0,10}\s(?:mani\s|man\s)?(?:nogalin${A}t|nosist|piekaut|sist|nodurt|no${S}aut|izvarot|sakrop${LL}ot)${E}` },
		{ category: 'violence', source: THREAT_KILL },
		{ category: 'violence', source: String.raw`${B}(?:n${A}ves\sdraud|draudu\szi${N}|draudus\s(?:soci${A}l|insta|tikt|snap|internet${A}))` },
		{ category: 'violence', source: String.raw`${B}(?:bail(?:es)?|baidos|baid${A}mies|baid${II}jos)\sno\s(?:vi${N}a|vi${N}as|vi${N}iem|vi${N}${A}m|pui${S}iem|meiten${EE}m|klasesbiedr|${S}iem|tiem|bandas|skolot${A}j|eksa|vec${A}kiem\sskol${EE}niem)\p{L}{0,10}${E}` },
		{ category: 'violence', source: String.raw`${B}(?:bail(?:es)?|baidos|baid${A}mies|baid${II}jos)\s(?:iet|n${A}kt|braukt|doties|atgriezties)\s(?:uz\sskolu|uz\streni${N}iem|uz\sstarpbr${II}di|${A}r${A}|uz\sģērbtuvi|uz\sģ${EE}rbtuvi)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:aplaup${II}ja|aplaupa|uzbruka|uzbr${UU}k|nod${UU}ra|ied${UU}ra|sad${UU}ra)\s(?:man|mani|mums|m${UU}s)${E}|${B}(?:man|mani|mums|m${UU}s)\s(?:\p{L}{1,14}\s)?(?:aplaup${II}ja|uzbruka|nod${UU}ra|ied${UU}ra|sad${UU}ra)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:(?:sauc|sauca|apsauk${A}|apsauk${A}ja)\smani|mani\s(?:sauc|sauca|apsauk${A}|apsauk${A}ja))\s(?:par\s)?(?:mauk|pedik|${Z}īd|resn|c${UU}k|debil|kropl|ne${G}er|lesb|pider)` },
		{ category: 'violence', source: String.raw`${B}(?:teica|lika|rakst${II}ja|saka|raksta|s${UU}t${II}ja)(?:\sman)?,?\slai\s(?:es\s)?(?:nogalin\p{L}{0,10}\ssevi|nogalin${A}jos|pak${A}r|nomirst|mirst|izdar${II}\p{L}{0,10}\spa${S}n${A}v)` },

		// —— self-harm
		{ category: 'self-harm', source: String.raw`${B}(?:grie${Z}u|grie${Z}|griez|griezu|grieza|griezt|sagrie${Z}u|sagriezu|sagrieza|sagriezt|iegrie${Z}u|iegriezu|iegriezt)\s(?:sevi|sev(?:\s(?:rok|k${A}j|del|gurn|${A}du|v${EE}n|plaukst)\p{L}{0,10})?|rok${A}s|rokas|k${A}jas|del${A}s|v${EE}nas)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:savainoj|savaino|sakrop${LL}oj|dedzin|skr${A}p${EE}j|sit|sodu|sod${II}ju|bad${A}ju|badoju|bado)\p{L}{0,10}\ssevi${E}|${B}sevi\s(?:savainoj|savaino|sakrop${LL}oj|dedzin|grie${Z}u|griezu|sagriezu|sodu|badoju)\p{L}{0,10}${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:kait${EE}ju|kait${EE}|kait${EE}t|kait${EE}jis|kait${EE}jusi|dar${II}ju|daru|dar${II}t|nodaru|nodar${II}ju)\ssev(?:\sp${A}ri)?${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:pa${S}kait${EE}|pa${S}savaino|pa${S}sakrop|katting|cutting|selfharm|self\s?harm)` },
		{ category: 'self-harm', source: String.raw`${B}r${EE}t(?:as|${A}m|u)\suz\s(?:rok${A}m|rok${A}s|delm${A}m|delm${II}s|plaukst${A}m|k${A}j${A}m|gurniem)${E}|${B}(?:sl${EE}pju|sl${EE}p|sl${EE}pt)\s(?:savas\s)?(?:r${EE}tas|gr${II}ezumus)${E}|${B}uz\s(?:rok${A}m|delm${A}m|plaukst${A}m|k${A}j${A}m|gurniem)\s(?:man\s)?(?:ir\s)?(?:r${EE}tas|gr${II}ezumi|griezumi)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:gribas|gribu|griba|vilina|velk)\s(?:\p{L}{1,14}\s)?(?:sagriezt|griezt|savainot|nodar${II}t\sp${A}ri|sodīt|sod${II}t)\s(?:sevi|sev)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:atkal|s${A}ku\satkal|s${A}ku|s${A}ka|nevaru\sbeigt|nevaru\sp${A}rst${A}t)\s(?:grie${Z}u|griezt|griezu|sagriezu|savainot)(?:\ssevi)?${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:vemju|izvemju|izvemt|vemt|izvemjos|vem${S}u)\s(?:ar\snol${UU}ku|speci${A}li|p${EE}c\skatras\s(?:${EE}d|malt${II}t))|${B}(?:ne${EE}du|nee${EE}du|bado\ssevi|badoju\ssevi)\s(?:speci${A}li|ar\snol${UU}ku|lai\snotiev${EE})` },

		{ category: 'self-harm', source: String.raw`${B}sev\s(?:iegriez|iegrie${Z}u|sagriez|sagrie${Z}u|grie${Z}u|griezu)\p{L}{0,10}${E}|${B}(?:grie|sagrie|iegrie)\p{L}{0,10}\s(?:sevi\s|sev\s)?ar\s(?:${Z}ilet|asmen|skuvekl)` },
		// —— suicide
		{ category: 'suicide', source: WANT_DIE },
		{ category: 'suicide', source: String.raw`${B}(?:negribu|negribas|negrib${EE}tos|nev${EE}los|negribu\svairs|negribas\svairs)\s(?:vairs\s)?(?:dz${II}vot(?:\svairs|\svisp${A}r|\s${S}aj${A}\spasaul${EE}|\s${S}${A}du\sdz${II}vi)?(?!\s(?:laukos|pils${EE}t|${S}eit|tur|t${A}d|kop${A}|ar${E}|pie${E}|bez${E}|cit${A}|${A}rzem|vien|kopm${II}tn|dz${II}vokl|m${A}j${A}|latvij${A}|r${II}g${A}|\p{L}{1,12}[āēī]${E}|\p{L}{1,12}[āī]s${E}))|eksist${EE}t|b${UU}t\s(?:dz${II}vs|dz${II}va|${S}eit|${S}aj${A}\spasaul${EE}))` },
		{ category: 'suicide', source: String.raw`${B}lab${A}k\s(?:b${UU}tu,?\s)?(?:(?:ja|ka)\ses\s(?:neb${UU}tu|nomirtu|b${UU}tu\smir\p{L}{0,10}|pazustu|neb${UU}tu\sdzimis|neb${UU}tu\sdzimusi)|b${UU}tu\smir(?:is|usi)|bez\smanis)${E}` },
		{ category: 'suicide', source: KILL_SELF },
		{ category: 'suicide', source: String.raw`${B}(?:pa${S}n${A}v${II}bas\sdom|pa${S}n${A}vniecisk|pa${S}n${A}v\p{L}{0,10}\sm${EE}${G}in${A}jum|pa${S}n${A}v\p{L}{0,10}\sz${II}m|atvad${II}bu\sv${EE}stul)` },
		{ category: 'suicide', source: String.raw`${B}(?:izdar${II}t|izdar${II}${S}u|izdar${II}tu|m${EE}${G}in${A}ju|m${EE}${G}in${A}t|pl${A}noju|pl${A}no|dom${A}ju|dom${A}|dom${A}jis|dom${A}jusi|gribu|gribas|grib)\s(?:par\s)?(?:izdar${II}t\s)?pa${S}n${A}v` },
		{ category: 'suicide', source: String.raw`${B}(?:pak${A}rties|pak${A}r${S}os|pak${A}rtos|pak${A}rt\ssevi|pak${A}rtu\ssevi|pak${A}rs${II}ties)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:l${EE}kt|nol${EE}kt|nol${EE}k${S}u|l${EE}k${S}u|mesties|met${II}${S}os|mest\ssevi)\s(?:no\s(?:tilta|jumta|loga|balkona|klints|daudzst${A}vu\sm${A}jas)|zem\s(?:vilciena|ma${S}${II}nas|auto|autobusa|tramvaja|ma${S}${II}n${A}m))${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:iedzert|iedzer${S}u|iedz${EE}ru|sadzerties|sadz${EE}ros|izdzert|izdz${EE}ru|ap${EE}st|ap${EE}du|nor${II}t|nor${II}ju)\s(?:visas|daudz|p${A}r${A}k\sdaudz|paci${N}u|veselu\spaci${N}u)\s(?:tablet|z${A}l|pil|miega\sz${A}l)|${B}p${A}rdoz${EE}t(?:ies)?${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:beigt|izbeigt|pabeigt)\s(?:savu\s)?dz${II}vi${E}|${B}(?:dar${II}t|pielikt)\s(?:galu|punktu)\s(?:savai\s)?dz${II}vei${E}|${B}beigt\svisu\sar\ssevi${E}` },
		{ category: 'suicide', source: String.raw`${B}nav\s(?:j${EE}gas|v${EE}rts)\sdz${II}vot${E}|${B}dz${II}vei\snav\s(?:nek${A}das\s)?j${EE}gas${E}|${B}dz${II}ve\snav\s(?:nek${A}das\s)?(?:j${EE}gas|v${EE}rt${A})${E}|${B}nav\s(?:\p{L}{1,14}\s)?(?:par\sko|k${A}p${EE}c)\sdz${II}vot${E}` },
		{ category: 'suicide', source: String.raw`${B}neviens\s(?:nepaman${II}tu|neskumtu|neraud${A}tu|neilgotos|nesaprastu)(?:,?\sja\ses|\sp${EE}c\smanis|\smani|\smanis)` },
		{ category: 'suicide', source: String.raw`${B}(?:vairs|nekad|visp${A}r)\snepamost|${B}nepamost\p{L}{0,10}\s(?:vairs|nekad)${E}|${B}aizmigt\sun\s(?:vairs\s)?nepamosties${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:pazust|izz${UU}d)\p{L}{0,10}\suz\svisiem\slaikiem${E}|${B}(?:gribu|gribas)\s(?:vienk${A}r${S}i\s)?(?:vairs\s)?neeksist${EE}t${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:gribas|gribu|grib${EE}tos)\s(?:vienk${A}r${S}i\s|tikai\s)?(?:izzust|pazust|neb${UU}t)${E}|${B}(?:negribu|negribas|nev${EE}los)\svairs\s(?:${S}eit\s)?b${UU}t${E}|${B}vairs\s(?:negribu|negribas)\s(?:${S}eit\s)?b${UU}t${E}` },
		{ category: 'suicide', source: String.raw`${B}bez\smanis\s(?:\p{L}{1,14}\s)?(?:b${UU}tu\s)?(?:lab${A}k|viegl${A}k)${E}|${B}(?:lab${A}k|viegl${A}k)\sbez\smanis${E}` },
		{ category: 'suicide', source: String.raw`${B}kms${E}` }
	],
	exclusions: [
		// hyperbole: «nomiršu no garlaicības», «mamma teica, ka mani nogalinās, ja nokavēšu»
		String.raw`${WANT_DIE}\sno\s(?:kauna|smiekl|garlaic|bada|karstuma|aukstuma|saj${UU}sm|zi${N}k${A}r|nervozit|skumj|noguruma)\p{L}{0,10}`,
		String.raw`${THREAT_KILL},?\sja(?:\s\p{L}{1,14}){0,3}\s(?:nokav|atkal|divnieku|divnieks|telefon|istab|m${A}jasdarb|kontroldarb|atz${II}m|salauz|pazaud|aizmirs|vēlu|v${EE}lu)\p{L}{0,10}`,
		String.raw`(?:${KILL_SELF}),?\sja(?:\s\p{L}{1,14}){0,3}\s(?:zaud${EE}|uzvar|kontroldarb|m${A}jasdarb|matem${A}tik|atz${II}m|eksām|eks${A}m|dziesm|internet|wifi)\p{L}{0,10}`,
		String.raw`${B}(?:gribas|gribu|grib${EE}tos|grib${EE}jos|grib${EE}ju)\s(?:vienk${A}r${S}i\s|tikai\s)?(?:izzust|pazust|nomirt|mirt)\sno\s(?:kauna|apmulsuma|neērtības|ner${EE}t${II}bas)`,
		String.raw`${B}kms\s?(?:lol|haha\p{L}{0,10}|xd|jk|😂|💀|🤣|😭)`,
		// negation: «neviens mani nav sitis», «tētis mani nekad nav sitis», «neesmu piedzīvojis mobingu»
		String.raw`${B}neviens\s(?:mani\s|m${UU}s\s)?(?:nekad\s)?(?:nav\s)?(?:${HIT}|apce${LL}|apc${EE}lis|apsauk${A}jis|mob${EE}jis|aiztiek|aizskar)(?:\s${ME})?${E}`,
		String.raw`${B}${ME}\s(?:nekad\s|neviens\s|vairs\s)?(?:nav|neviens)\s(?:\p{L}{1,14}\s)?(?:${HIT}|sitis|situsi|piek${A}vis|piek${A}vusi|apc${EE}lis|apc${EE}lu${S}i|mob${EE}jis|mob${EE}ju${S}i)${E}`,
		String.raw`${B}${CARER}(?:\s\p{L}{1,10}){0,2}\s(?:nekad|nav|nekad\snav)\s(?:\p{L}{1,8}\s)?(?:mani\s)?(?:sitis|situsi|piek${A}vis|piek${A}vusi|iesitis|iesitusi|sp${A}rd${II}jis|gr${UU}dis)${E}`,
		String.raw`${B}(?:neesmu|neesam|nekad\sneesmu|neesmu\snekad)\s(?:\p{L}{1,8}\s)?(?:piedz${II}voj(?:is|usi|u${S}i)|cietis|cietusi|bijis|bijusi|ticis|tikusi|sask${A}ries|sask${A}rusies)\s(?:ar\s|no\s)?(?:\p{L}{1,8}\s)?(?:mobing|vardarb${II}b|${N}irg${A}${S}an|apcel${S}an|draud|sist[sa]|piekaut[sa]|mob${EE}t[sa]|apcelt[sa])\p{L}{0,10}`,
		String.raw`${B}(?:nekad|neesmu|neesmu\snekad|nekad\sneesmu)\s(?:\p{L}{1,14}\s)?(?:griezis|griezusi|savainojis|savainojusi|kait${EE}jis|kait${EE}jusi|dom${A}jis|dom${A}jusi)\s(?:sevi|sev|par\spa${S}n${A}v\p{L}{0,10})${E}`,
		String.raw`${B}(?:nebaidos|nav\sbail)\s(?:iet\sm${A}j${A}s|no\s${CARER_GEN})${E}`,
		// accidents: «sagriezu roku ar nazi»
		String.raw`${B}(?:grie${Z}u|griezu|sagrie${Z}u|sagriezu|iegriezu|sagrieza|grieza|sagriezt)\s(?:sev\s)?(?:pirkst\p{L}{0,10}|roku|rok${A}|k${A}ju|pirkst${A})\s(?:ar\s(?:nazi|papīru|pap${II}ru|stiklu|${S}${K}${EE}r${EE}m)|netī${S}${A}m|net${II}${S}${A}m|nejau${S}i|gatavojot|griežot)`,
		// statements about children in general: «daudzi bērni cieš no mobinga», «jaunieši nodarbojas ar paškaitējumu»
		String.raw`${B}(?:daudzi|daudzas|daudz|da${Z}i|b${EE}rni|jaunie${S}i|skol${EE}ni|pusaud${Z}i|cilv${EE}ki)(?:\s(?:b${EE}rni|jaunie${S}i|skol${EE}ni|pusaud${Z}i|cilv${EE}ki))?\s(?:cie${S}|piedz${II}vo|nodarbojas|sask${A}ras|tiek|ir)\s(?:ar\s|no\s)?(?:\p{L}{1,14}\s)?(?:mobing|vardarb|pa${S}kait|apcel|mob${EE}ti|sisti|apcelti)\p{L}{0,10}${E}`,
		// fiction, news, lessons and hypotheticals about others
		String.raw`${B}(?:film${A}|gr${A}mat${A}|seri${A}l${A}|dziesm${A}|zi${N}${A}s|v${EE}stures\sstund${A}|st${A}st${A}|rom${A}n${A}|dzejol${II}|lug${A}|izr${A}d${EE}|multfilm${A}|multen${EE}|dokument${A}lfilm${A}|anim${EE}|anime|komiks${A}|av${II}z${EE}|raid${II}jum${A}|pasak${A})(?:[^.!?\n]{0,12}){0,7}`,
		String.raw`${B}(?:tiek|tika|pa${S}n${A}v|izvaro|mobing|apce${LL}|apc${EE}la|sit|sita|piek${A}va|gribu|grib|nogalin)\p{L}{0,10}(?:\s\p{L}{1,14}){0,3}\s${FICTION}`,
		String.raw`${B}(?:m${A}c${II}j${A}mies|run${A}j${A}m|run${A}j${A}ja|st${A}st${II}ja|diskut${EE}j${A}m|las${II}j${A}m|skat${II}j${A}mies|prezent${A}cij|lekcij|t${EE}m|temat|projekt|refer${A}t|klases\sstund|kampa${N}|inform${A}cij|bija\sdziesma|dziesma)\p{L}{0,4}\s(?:\p{L}{1,8}\s){0,2}(?:par|pret)\s(?:[^.!?\n]{0,10}){0,5}`,
		String.raw`${B}(?:ja|kad)\s(?:k${A}ds|k${A}du|k${A}dam|b${EE}rns|b${EE}rni|b${EE}rnu|skol${EE}ns|skol${EE}ni|skol${EE}nu|cilv${EE}ks|cilv${EE}ki|cilv${EE}ku|tu|tev|tevi|draugs|draudzene)\s(?:[^.!?\n]{0,12}){0,5}`,
		String.raw`${B}(?:b${EE}rn|skol${EE}n|jaunie${S}|cilv${EE}k|pusaudž|pusaudz)\p{L}{0,10},?\s(?:kas|kuri|kuras|kurus|kuriem|kur${A}m)\s(?:[^.!?\n]{0,12}){0,5}`,
		String.raw`${B}(?:neviens|neviens\sb${EE}rns)\s(?:nedr${II}kst|nedr${II}kst${EE}tu|nevajadz${EE}tu|nedrīkst)\s(?:[^.!?\n]{0,12}){0,5}`
	]
};
