// Awaits a native speaker's review (none so far): locales/review.json, "$screening-risk" → "src/lib/server/screening/risk/da.ts".
import type { RiskLexicon } from '../types.ts';

/*
 * Danish risk phrases.
 *
 * Every source is linear: alternations of word forms, and at most one bounded gap of a few
 * words of bounded length, so that `recheck` proves it safe with its automaton checker.
 *
 * Danish puts the negation after the verb ("min far slår mig ikke") and inverts subject and
 * verb after an adverbial ("når han er fuld, slår han mig"): patterns look ahead for
 * ikke/aldrig and accept the inverted order. "Slå sig" is reflexive for an accident ("jeg slog
 * mig på knæet") and "skar mig" is an accidental cut, so self-harm needs "mig selv" or a body
 * part; "slår mig ihjel" is everyday hyperbole ("min mor slår mig ihjel hvis jeg kommer for sent").
 *
 * Review notes for a native speaker: `CARER` (papfar, bonusmor, pædagog), the verbs in `HIT`
 * (tæsker, tæver, banker), the children's words for the body (tissemand, tissekone), the
 * slang (ik, mej, cutte) and the exclusions.
 */

const B = String.raw`(?<!\p{L})`;
const E = String.raw`(?!\p{L})`;
const NEG = String.raw`ikke|ik|ikk|aldrig|ingen|ingenting|intet|hverken`;
/** Up to four words (none of them a negation) between a subject and its verb. */
const GAP = String.raw`(?:,? (?!(?:${NEG})(?!\p{L}))[\p{L}\d'’]{1,20}\.?){0,4},? `;
/** A word of a sentence that an exclusion spans (fiction, lessons, news). */
const WORD = String.raw`[\p{L}\d'’"“”,]{1,15}`;
const ME = String.raw`(?:mig|mej|os)`;
/** Parents and carers. */
const PARENT = String.raw`(?:mors|fars) (?:nye )?(?:kæreste|mand|kone|ven|veninde)|far|faren|farmand|fatter|mor|moren|mutter|stedfar|stedmor|papfar|papmor|bonusfar|bonusmor|plejefar|plejemor|plejeforældre|forældre|forældrene|plejefamilie|plejefamilien`;
/** People a child may be abused by: carers, relatives, adults in charge, partners. */
const CARER = String.raw`${PARENT}|morfar|farfar|mormor|farmor|bedstefar|bedstemor|onkel|onklen|moster|faster|tante|storebror|storesøster|stedbror|fætter|kusine|kæreste|kæresten|lærer|læreren|træner|træneren|pædagog|pædagogen|babysitter|naboen`;
/** Hitting and hurting. */
const HIT = String.raw`slår|slog|slået|slå|slaar|slar|tæsker|tæskede|tæsket|tæske|tæver|tævede|tævet|tæve|banker|bankede|banket|banke|sparker|sparkede|sparket|sparke|kvæler|kvalte|kvalt|kvæle|smækker|smækkede|mishandler|mishandlede|mishandlet|mishandle|misbruger|misbrugte|misbrugt|misbruge`;
const HIT_OBJECT = String.raw`(?:både |også )?(?:mig|mej|os|hende|min (?:mor|søster|bror|lillebror|lillesøster|storebror|storesøster)|mor)`;
/** Games and sports after "slår mig": "han slår mig altid i skak", and "slår mig ihjel". */
const NOT_SPORT = String.raw`(?!(?: altid| tit| hele tiden| igen| nemt| også)? (?:i (?:en |et )?(?:skak|fifa|kort|ludo|spil|spillet|matador|uno|tennis|badminton|løb|fodbold|håndbold|bordtennis|armlægning|ping ?pong|pudekamp|sneboldkamp|kamp|kampen)|ihjel|ikke|aldrig|ik)${E})`;
const MEDIA = String.raw`billeder|billede|nøgenbilleder|nøgenbillede|nudes|nude|fotos|foto|videoer|video|snaps|selfies|selfie`;
/** Pictures asked for that are harmless: of the trip, the pet, the project. */
const HARMLESS_MEDIA = String.raw`(?! (?:af|fra|til) (?:vores |min |mit |mine |jeres |din |dit |klassens |skolens )?(?:kæledyr|hund|hunden|kat|katten|tur|turen|ferie|ferien|projekt|projektet|opgave|opgaven|fest|festen|familie|familien|klasse|klassen|have|haven|værelse|værelset|mad|maden|kage|kagen|lejr|lejren|koncert|koncerten|kamp|kampen))`;

export const lexicon: RiskLexicon = {
	patterns: [
		// abuse: physical, by a carer or relative
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:${HIT}|hiver|hev|river|rev|kaster ting efter|smider ting efter) ${HIT_OBJECT}${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}(?:${HIT}) (?:min |mit |mine |vores )?(?:${CARER}) ${HIT_OBJECT}${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})(?: ${WORD}){0,6} (?:${HIT}) (?:han|hun|de) ${HIT_OBJECT}${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}(?:jeg|vi|jg)(?: bliver| blev| er blevet| har været| bli'r| blir)(?: tit| ofte| altid| nogle gange| også| stadig| igen)? (?:slået|tævet|tæsket|banket|sparket|kvalt|mishandlet|lukket inde|låst inde|truet)(?= af (?:min|mit|mine|vores|${CARER})| derhjemme| hjemme| hver| når| hvis| fordi| med (?:bæltet|et bælte|en pind|en sko|knytnæver))` },
		{ category: 'abuse', source: String.raw`${B}(?:får|fik|fået|faar)(?: tit| ofte| altid| nogle gange| også| stadig| igen)? (?:tæsk|bank|klø|en på hovedet|en på kassen|lussinger|en lussing|smæk|en flad|en røvfuld)(?= af (?:min|mit|mine|vores|${CARER})| derhjemme| hjemme| hver| når| hvis| fordi| hvis|[.,!]|$)` },
		{ category: 'abuse', source: String.raw`${B}(?:giver|gav|giv|givet) (?:mig|mej|os) (?:tæsk|bank|klø|lussinger|en lussing|en på hovedet|en på kassen|en flad|smæk|en røvfuld)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:kaster|kastede|smider|smed) (?:ting|tallerkener|en tallerken|et glas|en flaske|en sko|stole|en stol|en kop) (?:efter|på|mod) (?:mig|mej|os|min mor|mor)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:hiver|hev|trækker|trak|river|rev|tager|tog) (?:mig|mej|os) (?:i håret|i armen|i øret|om halsen|i nakken|kvælertag)|${B}kvælertag på (?:mig|mej|os)${E}` },
		{ category: 'abuse', source: String.raw`${B}blå mærker (?:fra|efter|pga|på grund af) (?:min |mit |mine )?(?:${CARER})|${B}(?:skjuler|skjule|gemmer|gemme|dækker|dække)(?: jeg)? (?:de |mine )?blå mærker` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER}|han|hun|de)${GAP}(?:låser|låste|lukker|lukkede|spærrer|spærrede) (?:mig|mej|os) (?:inde|ude)${E}|${B}(?:jeg|vi) (?:bliver|blev) (?:låst|lukket|spærret) inde` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER}) (?:er|var|bliver|blir|kan være)(?: \p{L}{1,12})? voldelig${E}|${B}vold (?:derhjemme|hjemme|i hjemmet|i familien)${E}|${B}voldelige? (?:forældre|far|mor|stedfar|papfar|bonusfar)${E}` },
		// abuse: emotional
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:kalder mig|kaldte mig|siger (?:at )?jeg er|sagde (?:at )?jeg var|sagde (?:at )?jeg er|råber (?:at )?jeg er|skriger (?:at )?jeg er) (?:en |et |så |bare )?(?:værdiløs|ubrugelig|dum|idiot|fejltagelse|fiasko|ingenting|fed|tyk|grim|byrde|klam|ulækker|skuffelse|taber|luder|møgunge|lort|ikke noget værd|intet værd|ikke værd)` },
		{ category: 'abuse', source: String.raw`${B}(?:ønsker|ville ønske|gid)(?: at)? du aldrig (?:var|var blevet|havde været|blev) født|${B}(?:siger|sagde|råber|råbte)(?: til mig)?(?: at)? (?:hun|han|de) (?:ønsker|ville ønske)(?: at)? jeg aldrig (?:var|var blevet|blev) født` },
		{ category: 'abuse', source: String.raw`${B}bange for (?:min |mit |mine |vores )?(?:${CARER})${E}(?! (?:reaktion|svar))|${B}(?:tør|tør jeg) (?:ikke|ik) (?:at )?(?:gå|tage|komme|cykle) hjem${E}|${B}bange for at (?:gå|tage|komme) hjem${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:føler mig|er) (?:ikke|ik|aldrig) (?:tryg|sikker) (?:derhjemme|hjemme|sammen med (?:min|mine|mit)|hos (?:min|mine|far|mor))|${B}utryg (?:derhjemme|hjemme)${E}` },
		// abuse: sexual
		{ category: 'abuse', source: String.raw`${B}(?:voldtog|voldtager|voldtage|voldtaget|misbrugte|misbruger|misbrugt|krænkede|krænker|krænket|befamlede|befamler|befamlet|forgreb sig på|forgriber sig på|begik overgreb på|begår overgreb på|lavede overgreb på|laver overgreb på) (?:mig|mej|os|hende|min \p{L}{1,12})${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:jeg|hun|han|vi|min (?:søster|veninde|ven|bror|kusine|fætter)) (?:blev|er blevet|bliver|har været|var)(?: seksuelt)? (?:voldtaget|misbrugt|krænket|befamlet|udsat for (?:overgreb|seksuelle overgreb|incest|et overgreb|voldtægt))` },
		{ category: 'abuse', source: String.raw`${B}(?:seksuelle? )?overgreb (?:på|mod) (?:mig|mej|os)${E}|${B}udsat for (?:seksuelle |et )?(?:overgreb|incest)` },
		{ category: 'abuse', source: String.raw`${B}(?:han|hun|de|${CARER}|nogen|en mand|en voksen|en fyr|en gammel mand|en ældre mand|en fremmed|hans ven|hendes ven|(?:min )?(?:fars|mors) ven)${GAP}(?:rører|rørte|rør|befamler|befamlede|beføler|befølte) (?:ved )?(?:mig|mej|min|mine|mit)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:rører|rørte|rør|tager|tog|rager|ragede|gramser|gramsede|befamler|befamlede) (?:ved |på )?(?:mig |mej )?(?:på |ved |i |under )?(?:min |mine |mit )?(?:tissemand|tissemanden|tisse|tissen|tissekone|numse|numsen|balle|ballerne|røv|røven|fisse|fissen|pik|pikken|bryster|brysterne|patter|patterne|private dele|skridt|skridtet|kønsdele|tøjet|trusserne|underbukserne)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:får|fik|tvinger|tvang|vil have|ville have|beder|bad) (?:mig|mej|os) (?:til )?(?:at )?(?:røre ved (?:ham|hende|hans|hendes|den)|se porno|tage tøjet af|tage mit tøj af|klæde mig af|være nøgen|sove i (?:hans|hendes|deres) seng|sutte|have sex|gøre (?:ting|noget|seksuelle ting|frække ting) (?:jeg ikke|ved ham|med ham|ved hende))` },
		{ category: 'abuse', source: String.raw`${B}(?:viste|viser|sendte|sender) (?:mig|mej|os) (?:sin|hans) (?:tissemand|pik|diller|private dele|nøgne krop)|${B}(?:viste|viser|får|fik) (?:mig|mej|os) (?:til at se )?porno${E}|${B}dick ?pics?${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:kommer|kom|kryber|krøb|lister|listede) (?:ind|op) i min seng` },
		// abuse: grooming and exploitation online
		{ category: 'abuse', source: String.raw`${B}(?:spurgte|spørger|beder|bad|bedt|vil have|ville have|presser|pressede|tvinger|tvang|fik|får|prøver at få|prøvede at få)(?: (?:mig|mej|os))?(?: hele tiden| tit| altid| igen| ofte| konstant| flere gange)? (?:om|til at sende|til at vise|til at tage|at sende|sende|om at sende)(?: ham| hende| dem)? (?:nogle |flere |et |en |nøgne |frække |sexede |private )?(?:${MEDIA})${E}${HARMLESS_MEDIA}` },
		{ category: 'abuse', source: String.raw`${B}(?:sende|sendt|sendte|sender|vise|viste)(?: (?:ham|hende|dem|en voksen|en mand|nogen|en fyr))? (?:nudes|nøgenbilleder|nøgenbillede|billeder af min krop|billeder uden tøj|billeder i undertøj|billeder af mine bryster|min krop på (?:kamera|video|facetime|snap))` },
		{ category: 'abuse', source: String.raw`${B}(?:sagde|siger|sagt|skrev|skriver)(?: til mig)?(?: at)?(?: jeg)? (?:ikke|ik|aldrig) (?:må|måtte|skal|skulle) (?:sige|fortælle) (?:det )?(?:til )?(?:nogen|mine forældre|min mor|min far|mor|far)|${B}vores lille hemmelighed${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:vil|ville|vil gerne|ville gerne) (?:mødes|møde mig|mødes med mig) (?:alene|i hemmelighed|uden at|uden mine|og jeg må ikke)` },
		{ category: 'abuse', source: String.raw`${B}truer med at (?:dele|lægge|sende|vise|sprede|poste|offentliggøre) (?:mine|de|billederne|videoen|mit|nøgenbillederne)|${B}(?:delte|deler|lagde|sendte|spredte) mine (?:nudes|nøgenbilleder)` },

		// neglect
		{ category: 'neglect', source: String.raw`${B}(?:ingen|ikke (?:noget|nok|nogen)|aldrig|intet|aldrig noget|aldrig nok|ik noget|næsten aldrig) (?:mad|at spise)(?: \p{L}{1,10})? (?:derhjemme|hjemme|i køleskabet|i huset)` },
		{ category: 'neglect', source: String.raw`${B}(?:får|fik) (?:ikke|ik|aldrig|sjældent) (?:noget |nok |nogen |ordentlig |rigtig )?(?:mad|aftensmad|morgenmad|frokost|madpakke|at spise)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:ingen|ingen derhjemme|ingen hjemme) (?:laver mad til (?:mig|mej|os)|giver (?:mig|mej|os) (?:mad|noget at spise|aftensmad|morgenmad)|passer på (?:mig|mej|os)|tager sig af (?:mig|mej|os)|holder øje med (?:mig|mej|os)|bekymrer sig om (?:mig|mej|os)|vasker mit tøj|henter (?:mig|mej|os))${E}` },
		{ category: 'neglect', source: String.raw`${B}sulten (?:hele tiden|hver dag|i seng|i skole|hele dagen)|${B}(?:går|gik) sulten i seng|${B}(?:har|havde) (?:ikke|ik) spist (?:i|siden) (?:flere dage|to dage|tre dage|\d{1,2} dage|i går|igår|dage|i forgårs)` },
		{ category: 'neglect', source: String.raw`${B}alene(?: hjemme| derhjemme)? (?:i flere dage|i en uge|i ugevis|i dagevis|hver nat|om natten|i \d{1,2} dage|i to dage|i tre dage|hele ugen)` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT})${GAP}(?:kommer|kom) (?:ikke|ik|aldrig) hjem (?:i flere dage|om natten|i dagevis|i \d{1,2} dage|i to dage|længere|mere)` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT}|han|hun|de) (?:er|var|bliver|blir|drikker sig) (?:altid |tit |hele tiden |hver dag |ofte |meget |så |helt |hamrende |pisse )?(?:fuld|fulde|stiv|stive|pløre|plørefuld|plørefulde|skæv|skæve|påvirket|på stoffer|beruset|alkoholiker|misbruger|narkoman|stofmisbruger|alkoholisk)${E}(?! (?:af|med))` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT}|han|hun|de) (?:drikker|drak) (?:hver dag|hele tiden|for meget|meget|hver aften|hver weekend|igen|sprut|vodka|hele dagen)${E}(?! (?:vand|kaffe|te|sodavand|mælk|juice|cola))|${B}(?:${PARENT})${GAP}(?:tager|ryger|sælger|tog|røg|er på) (?:stoffer|hash|kokain|coke|piller)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:smed|smider|smidt|smide) (?:mig|mej|os) ud${E}(?! af (?:gruppen|gruppechatten|chatten|timen|klassen|holdet|spillet|butikken|klubben|serveren|bussen|festen|discorden|discord))|${B}smidt ud hjemmefra|${B}truer med at smide (?:mig|os) ud` },
		{ category: 'neglect', source: String.raw`${B}(?:vil|ville) (?:ikke|ik|aldrig) (?:tage|tag|køre|følge) (?:mig|mej|os) (?:til|hen til) (?:lægen|tandlægen|hospitalet|skadestuen)` },
		{ category: 'neglect', source: String.raw`${B}(?:har|ha|havde) (?:ikke|ingen|ik) (?:noget |nogen )?(?:rent|rene|varmt|varme) tøj|${B}(?:går|gik) i (?:det )?samme (?:beskidte )?tøj (?:hver dag|hele ugen|i flere dage|i en uge)|${B}(?:ingen|ikke nogen|ik nogen) (?:vinterjakke|vintertøj|vinterstøvler)` },

		// violence: by peers or others, threats, fear of someone
		{ category: 'violence', source: String.raw`${B}(?:de|han|hun|nogen|nogle|drengene|pigerne|drenge|piger|fyre|fyrene|fyren|drengen|pigen|manden|mand|klassekammerater|klassekammeraterne|bøllerne|bøller|alle|folk|banden|dem)${GAP}(?:slår|slog|slået|slå|tæsker|tæskede|tæver|tævede|banker|bankede|sparker|sparkede|sparke|skubber|skubbede|skubbe|spytter på|spyttede på|kvæler|kvalte|truer|truede|true|mobber|mobbede|mopper|moppede|mobbe|chikanerer|chikanerede|overfalder|overfaldt|angriber|angreb|stjæler fra|stjal fra|nikker|nikkede) (?:mig|mej|os|min (?:ven|veninde|bror|søster|lillebror|lillesøster))${E}${NOT_SPORT}` },
		{ category: 'violence', source: String.raw`${B}(?:slår|slog|tæsker|tæskede|tæver|tævede|banker|bankede|sparker|sparkede|skubber|skubbede|mobber|mobbede|truer|truede) (?:han|hun|de|nogen|drengene|pigerne) (?:mig|mej|os)${E}${NOT_SPORT}` },
		{ category: 'violence', source: String.raw`${B}(?:jeg|vi|jg|han|hun|min (?:ven|veninde|bror|søster|kammerat|lillebror|lillesøster)) (?:bliver|blev|er blevet|har været|bli'r|blir|er)(?: tit| ofte| altid| stadig| igen| meget| også| virkelig| hele tiden){0,2} (?:mobbet|mobbed|mobet|moppet|chikaneret|overfaldet|røvet|truet|stukket ned|knivstukket|tævet|tæsket|banket|udsat for (?:mobning|vold|trusler|chikane|cybermobning))` },
		{ category: 'violence', source: String.raw`${B}(?:mobber|mobbede|mopper|moppede|mobbe|cybermobber|cybermobbede) (?:mig|mej|os)${E}(?! (?:ikke|aldrig|ik)${E})|${B}kalder mig (?:grimme ting|øgenavne|navne|grim|fed|tyk|luder|dum|taber|bøsse|homo|klam|mongol|spasser|retard|fattig|perker)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:griner|grinede|griner ad|grinede ad) (?:af )?mig (?:hver dag|hele tiden|i skolen|i klassen|fordi|i frikvarteret)|${B}(?:udelukker|udelukkede|holder mig udenfor|holdt mig udenfor|fryser mig ud|frøs mig ud)|${B}ingen vil (?:være|lege|sidde|snakke|tale) (?:sammen )?med mig|${B}(?:spreder|spredte|sprede) (?:rygter|løgne|billeder) om mig` },
		{ category: 'violence', source: String.raw`${B}(?:vil|ville|skal|skulle|kommer til at|prøvede at|prøver at|truede med at|truer med at|har truet med at|sagde (?:han|hun|de) ville|sagde (?:han|hun|de) skulle) (?:slå (?:mig|os) ihjel|dræbe (?:mig|os|min familie)|stikke (?:mig|os) ned|skyde (?:mig|os)|tæve (?:mig|os)|banke (?:mig|os)|smadre (?:mig|os)|slå (?:mig|os)|skade (?:mig|os|min familie)|voldtage (?:mig|os))${E}` },
		{ category: 'violence', source: String.raw`${B}(?:dræbe|dræber|dræbte|myrde|myrder) (?:mig|mej|os)${E}|${B}(?:han|hun|de|nogen) (?:slår|slog) (?:mig|os) ihjel${E}` },
		{ category: 'violence', source: String.raw`${B}(?:truer|truede|true|truet) (?:mig|mej|os)${E}(?! (?:ikke|aldrig))|${B}(?:får|fik|modtager|modtog|sender|sendte|sendt) (?:mig )?(?:dødstrusler|trusler|truende beskeder)${E}` },
		{ category: 'violence', source: String.raw`${B}bange for (?:ham|hende|dem|de store|nogle (?:drenge|piger|fyre|af de store|fra)|drengene|pigerne|en dreng|en pige|en fyr|en mand|bøllerne|banden|folk i (?:min )?klasse|de andre i (?:min )?klasse)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:tør|tør jeg) (?:ikke|ik) (?:at )?(?:gå|tage|komme|cykle) (?:i skole|i skolen|på toilettet|med bussen|i bussen|ud i frikvarteret)|${B}bange for at (?:gå|tage|komme|cykle) (?:i skole|i skolen|på toilettet|med bussen)` },
		{ category: 'violence', source: String.raw`${B}(?:kniv|pistol|våben) (?:mod|på|til) (?:mig|mej|os)${E}|${B}truede (?:mig|os) med (?:en )?(?:kniv|pistol|våben|bat)|${B}(?:stak|skød) (?:mig|os)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:sagde|siger|skrev|skriver|sagt|skrevet)(?: til mig)?(?: at)?(?: jeg)? (?:skulle|skal|burde) (?:slå mig selv ihjel|dø|hænge mig|gå ud og dø|cutte mig|skære i mig selv)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:følger|fulgte|forfølger|forfulgte) (?:efter )?(?:mig|mej|os) (?:hjem|fra skole|efter skole|hver dag|hele tiden|i bussen|i toget|i mørket|hele vejen)${E}` },

		// self-harm
		{ category: 'self-harm', source: String.raw`${B}(?:skærer|skar|skåret|skære|cutter|cuttede|cuttet|cutte|ridser|ridsede|ridset|ridse|snitter|snittede)(?: jeg| hun| han)? (?:i )?(?:mig selv|sig selv|mine arme|mine håndled|mine lår|mine ben|armene|armen|håndleddet|håndleddene|lårene|låret|min arm|mit håndled|hendes arme|sine arme)${E}` },
		{ category: 'self-harm', source: String.raw`${B}selvskad\p{L}{0,6}${E}(?! (?:ikke|aldrig)${E})|${B}selv-skad\p{L}{0,6}` },
		{ category: 'self-harm', source: String.raw`${B}(?:skader|skadede|skadet|skade|gør skade på|gjorde skade på|gøre skade på|gør ondt på|gjorde ondt på|gøre ondt på|slår|slog|slå|brænder|brændte|brænde|straffer|straffede|straffe|kradser|kradsede|kradse|sulter|sultede|sulte|bider|bed)(?: jeg| hun| han)? (?:mig|sig) selv${E}(?! ihjel)` },
		{ category: 'self-harm', source: String.raw`${B}(?:kaster|kastede|kaste) op (?:med vilje|efter (?:hvert|jeg har spist|hvert måltid))|${B}(?:får|fik|tvinger|tvang|tvinge) mig selv til at kaste op` },
		{ category: 'self-harm', source: String.raw`${B}(?:skjuler|skjule|gemmer|gemme|dækker|dække)(?: jeg)? (?:mine |de |alle mine )?(?:ar|sår|snitsår|rifter|cuts)${E}|${B}ar på (?:mine |min )?(?:armene|armen|arme|håndleddene|lårene|lår)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:slår|slog|banker|bankede|dunker|dunkede) (?:mit )?hovedet (?:ind i|mod) (?:væggen|gulvet|døren)(?: til| når| hver| indtil)` },

		// suicide
		{ category: 'suicide', source: String.raw`${B}(?:jeg|jg|je)(?: \p{L}{1,10})? (?:vil|ville|har lyst til at|har lyst at|ønsker at|tænker på at|overvejer at|planlægger at|har tænkt på at) (?:bare |gerne |helst |egentlig |bare gerne |virkelig )?(?:dø|være død|ikke være her (?:mere|længere)|forsvinde for altid|ende det hele|gøre en ende på (?:det|mit liv|det hele))${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:vil|ville) jeg (?:bare |gerne |helst )?(?:dø|være død)${E}|${B}lyst til at (?:dø|være død)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:slå|slår|slog|slået)(?: jeg| hun| han)? (?:mig|sig) selv ihjel${E}|${B}(?:tage|tager|tog|taget) (?:mit|sit) (?:eget )?liv${E}|${B}(?:ende|ender|endte) (?:mit|sit) liv${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:selvmord\p{L}{0,8}|selvmort|selvmords\p{L}{0,8}|selvmor)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:hænge|hænger|hængte) (?:mig|sig)${E}(?! (?:i|på|op|fast|ud)${E})|${B}(?:tage|tog|taget) en overdosis${E}|${B}(?:sluge|slugte|tage|tog) alle (?:mine |mors |fars |de )?(?:piller|pillerne|tabletter|tabletterne)` },
		{ category: 'suicide', source: String.raw`${B}(?:vil|orker|gider|kan|har lyst til at|har ikke lyst til at) (?:ikke |ik )?(?:at )?(?:leve|eksistere|være i live)(?: mere| længere)?${E}(?! (?:uden|i|på|sammen|med|hos|et|der|her|som|sådan)${E})` },
		{ category: 'suicide', source: String.raw`${B}alle (?:ville have det|har det|ville få det|ville være) bedre (?:uden mig|hvis jeg var død|hvis jeg ikke var her)|${B}ingen ville (?:savne mig|opdage det|lægge mærke til det) hvis jeg (?:døde|var død|forsvandt)|${B}bedre (?:at være død|hvis jeg var død)` },
		{ category: 'suicide', source: String.raw`${B}(?:gid|ville ønske|ønsker|ønsker at) jeg (?:var død|aldrig var født|aldrig var blevet født|aldrig blev født|ikke levede|ikke eksisterede|var væk for altid)` },
		{ category: 'suicide', source: String.raw`${B}(?:falde i søvn|sove) og aldrig vågne${E}|${B}aldrig vågne op igen${E}|${B}(?:springe|hoppe|kaste mig|smide mig) (?:ud )?(?:foran|ud fra|ud over|ned fra|fra) (?:toget|et tog|bussen|en bil|broen|en bro|taget|et højhus|altanen|vinduet)` },
		{ category: 'suicide', source: String.raw`${B}livet er (?:ikke|ik) værd at leve|${B}ingen (?:grund|mening) (?:til|med) at leve|${B}træt af (?:at leve|livet|at være i live|at eksistere)${E}|${B}(?:afskedsbrev|selvmordsbrev)${E}` }
	],
	exclusions: [
		// hyperbole
		String.raw`${B}(?:kunne|ku|ville) (?:myrde|slå ihjel|dø|dræbe) for${E}`,
		String.raw`${B}(?:det|det her|den|den her|de her|lektierne|lektier|skolen|matematik|matematikken|testen|prøven|eksamen|eksamenerne|varmen|kedsomheden|spændingen|sangen|trætheden|mine fødder|benene)(?: \p{L}{1,12})? (?:slår|dræber) (?:mig|os)(?: ihjel)?`,
		String.raw`${B}(?:vil |skal |ville |kommer til at )?(?:slå|slår|slog|dræbe|dræber|myrde|myrder|flå|flår) (?:mig|os)(?: ihjel)? (?:hvis|når|for|fordi)${E}(?! jeg (?:siger|fortæller|sladrer|snakker)| (?:nogen|nogensinde))`,
		String.raw`${B}(?:slå|dræb) mig (?:ihjel )?(?:nu|lige nu|bare|lol|haha|xd)`,
		String.raw`${B}(?:dø|døde|dør|død) (?:af|a) (?:grin|skam|kedsomhed|sult|nervøsitet|spænding|varme|træthed|misundelse|cringe|pinlighed|nuttethed)${E}`,
		String.raw`${B}(?:en |et )?(?:pudekamp|sneboldkamp|vandkamp|legeslåskamp)`,
		// games and sports
		String.raw`${B}(?:dræbte|dræber|skød|skyder|slog) (?:mig|os)(?: \p{L}{1,12}){0,2} i (?:fortnite|minecraft|roblox|cod|among us|gta|valorant|spillet|kampen|fifa|pubg|brawl stars)${E}`,
		// accidents
		String.raw`${B}(?:kom til at |ved et uheld )?(?:skære|skar|skåret|brændte|brænde|slog) (?:mig|mig selv) (?:på|i fingeren|i hånden|ved et uheld|da jeg|mens jeg|med kniven da)(?: ${WORD}){0,3}`,
		// negation
		String.raw`${B}(?:ingen|ikke nogen|aldrig nogen|ik nogen) (?:slår|har slået|mobber|har mobbet|rører|har rørt|truer|har truet|tæver|sparker|skader|gør) (?:ved )?(?:mig|os)${E}`,
		String.raw`${B}(?:jeg|vi) (?:er|bliver|blev|er blevet|har|har været) (?:ikke|aldrig|ik)(?: \p{L}{1,10})? (?:mobbet|slået|misbrugt|truet|selvmordstruet|cuttet|skåret i mig selv|skadet mig selv|haft selvmordstanker|tænkt på selvmord)${E}`,
		String.raw`${B}(?:vil|ville|kunne|ku|skal) (?:aldrig|ikke|ik)(?: nogensinde)? (?:slå mig selv ihjel|skade mig selv|skære i mig selv|tage mit eget liv|begå selvmord|gøre mig selv noget)${E}`,
		String.raw`${B}(?:vil|ville) (?:ikke|ik|aldrig) dø${E}|${B}(?:er|føler mig) (?:ikke|ik|aldrig) selvmordstruet${E}`,
		String.raw`${B}(?:sagde|siger) (?:til mig )?(?:at )?jeg ikke måtte (?:sige|fortælle) (?:det )?(?:til )?(?:nogen|\p{L}{1,10}) (?:om|at) (?:gaven|overraskelsen|festen|fødselsdagen|hans crush|hendes crush|kæresten|planen|karakteren)`,
		// fiction, lessons, news
		String.raw`${B}(?:i|fra|om) (?:filmen|bogen|serien|sangen|historien|novellen|romanen|eventyret|afsnittet|tegnefilmen|animeen|dokumentaren|dokumentarfilmen|teksten|digtet|nyhederne|historietimen|dansktimen|danskundervisningen|historie|krigen|anden verdenskrig|første verdenskrig|middelalderen|vikingetiden|romeo og julie|hamlet)(?: ${WORD}){0,14}`,
		String.raw`${B}(?:${WORD} ){0,12}(?:i|fra) (?:filmen|bogen|serien|sangen|historien|novellen|romanen|eventyret|afsnittet|tegnefilmen|dokumentaren|digtet|nyhederne)${E}`,
		String.raw`${B}(?:hitler|kleopatra|romeo|julie|(?:en|sangen|filmen|bogen|hovedpersonen|skurken|helten|kongen|dronningen|soldaterne|soldaten|sangeren|rapperen) (?:om|hvor|der|som))(?: ${WORD}){0,12}`,
		String.raw`${B}selvmord (?:blandt|hos) (?:unge|børn|teenagere|drenge|piger|mænd|kvinder)${E}|${B}(?:unges|børns|teenageres) selvmord${E}`,
		String.raw`${B}(?:oplæg|oplægget|timen|time|undervisning|undervisningen|foredrag|kampagne|kampagnen|video|projekt|opgave|artikel|film|bog|snakkede|talte|lærte|læste|forebyggelse|forebygge) (?:om|af|mod) (?:selvmord|selvskade)${E}|${B}selvmords(?:bomber|bombe|angreb|rate|raten|forebyggelse|linjen)${E}`
	]
};
