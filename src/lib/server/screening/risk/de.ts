// Awaits a native speaker's review (none so far): locales/review.json, "$screening-risk" → "src/lib/server/screening/risk/de.ts".
import type { RiskLexicon } from '../types.ts';

/*
 * German risk phrases.
 *
 * Every source is linear: alternations of word forms, and at most one bounded gap of a few
 * words of bounded length, so that `recheck` proves it safe with its automaton checker.
 *
 * German puts the object before the verb in subordinate clauses and perfect tenses ("weil mein
 * Vater mich schlägt", "hat mich gestern geschlagen") and inverts subject and verb after an
 * adverbial ("wenn er betrunken ist, schlägt er mich"): there is a pattern for each order.
 * "Schlagen" is also winning a game ("hat mich im Schach geschlagen"), so the words between
 * "mich" and the participle may not name a game. "Ich hab mich geschnitten" is an accident;
 * "ritzen" and "SVV" are how teenagers name self-harm. "Bringt mich um" is everyday hyperbole.
 * Children write umlauts as ae/oe/ue or drop them, and ß as ss.
 *
 * Review notes for a native speaker: `CARER`, the verbs in `HIT` and `HIT_PART`, the slang
 * (kriege Haue, eine geknallt, besoffen, abziehen, kys), Austrian and Swiss forms, the
 * exclusions.
 */

const B = String.raw`(?<!\p{L})`;
const E = String.raw`(?!\p{L})`;
const NEG = String.raw`nicht|nich|net|ned|nie|niemals|nimmer|kein|keine|keiner|keinen|nichts|nix|niemand`;
/** Games and sports, after which "geschlagen" is winning. */
const SPORT = String.raw`im|beim|bei|schach|tennis|tischtennis|badminton|fifa|fortnite|minecraft|mario|uno|wettrennen|armdrücken|spiel|spielen|match|finale|halbfinale|wettkampf|turnier|rennen|runde|kissenschlacht|schneeballschlacht|kartenspiel`;
/** Up to four words (none of them a negation) before a verb. */
const GAP = String.raw`(?:,? (?!(?:${NEG})${E})[\p{L}\d'’]{1,20}\.?){0,4},? `;
/** Up to four words between "mich" and a participle: no negation, no game. */
const GAP_AFTER = String.raw`(?:,? (?!(?:${NEG}|${SPORT})${E})[\p{L}\d'’]{1,20}\.?){0,4},? `;
/** A word of a sentence that an exclusion spans (fiction, lessons, news). */
const WORD = String.raw`[\p{L}\d'’"“”„,]{1,15}`;
/** Parents and carers. */
const PARENT = String.raw`(?:mamas|mutters|mamis) (?:neuer )?freund|(?:neuer )?freund (?:von )?(?:meiner |meine )?(?:mama|mutter|mami)|(?:papas|vaters) (?:neue )?freundin|vater|vati|papa|papi|paps|mutter|mutti|mama|mami|stiefvater|stiefpapa|stiefmutter|stiefmama|eltern|pflegevater|pflegemutter|pflegeeltern|pflegemama|pflegepapa`;
/** People a child may be abused by: carers, relatives, adults in charge. */
const CARER = String.raw`${PARENT}|opa|oma|großvater|grossvater|großmutter|grossmutter|onkel|tante|(?:gro(?:ß|ss)er|älterer|aelterer) bruder|(?:gro(?:ß|ss)en|älteren) bruder|stiefbruder|cousin|lehrer|lehrerin|trainer|trainerin|erzieher|erzieherin|betreuer|betreuerin|babysitter|babysitterin|nachbar`;
/** Finite forms of hitting and hurting (V2 and verb-final). */
const HIT = String.raw`schl(?:ä|ae|a)gt|schlug|schlugen|schlagen|haut|haute|hauen|verhaut|verhaute|verhauen|pr(?:ü|ue|u)gelt|pr(?:ü|ue|u)gelte|pr(?:ü|ue|u)geln|verpr(?:ü|ue|u)gelt|verpr(?:ü|ue|u)gelte|verpr(?:ü|ue|u)geln|tritt|trat|treten|boxt|boxte|ohrfeigt|ohrfeigte|w(?:ü|ue|u)rgt|w(?:ü|ue|u)rgte|misshandelt|misshandelte|missbraucht|missbrauchte|quält|quälte|schubst|schubste|bedroht|bedrohte`;
/** Participles of hitting and hurting. */
const HIT_PART = String.raw`geschlagen|gehauen|verhauen|verpr(?:ü|ue|u)gelt|gepr(?:ü|ue|u)gelt|getreten|geboxt|geohrfeigt|gew(?:ü|ue|u)rgt|misshandelt|missbraucht|gequält|verletzt|geschubst|bedroht|eingesperrt|zusammengeschlagen|vergewaltigt`;
const OBJECT = String.raw`(?:mich|uns|meine (?:mutter|mama|schwester|kleine schwester)|meinen (?:bruder|kleinen bruder)|mama)`;
/** Short adverbs between "mich" and the verb: "hat mich gestern wieder geschlagen". */
const ADV = String.raw`(?: (?:oft|immer|wieder|schon|mal|gestern|heute|manchmal|ständig|dauernd|richtig|so|sehr|echt|voll|fast|jeden tag|schon wieder|schon oft|immer wieder|einfach|heftig|hart|zuhause|zu hause)){0,3}`;
/** After a finite verb: not a game, not a negation ("schlägt mich nie"). */
const NOT_SPORT = String.raw`(?!(?: immer| oft| ständig| jedes mal| wieder)? (?:(?:im|beim|bei|in) (?:schach|tennis|tischtennis|badminton|fifa|fortnite|minecraft|mario ?kart|uno|wettrennen|armdrücken|spiel|kartenspiel|kissenschlacht)|nicht|nich|net|ned|nie|niemals|nimmer|um längen)${E})`;
const MEDIA = String.raw`nacktbilder|nacktbild|nacktfotos|nacktfoto|nudes|bilder|bild|fotos|foto|pics|videos|video|selfies|selfie`;
const HARMLESS_MEDIA = String.raw`(?! (?:von|vom|für|fürs|aus) (?:unseren |unserem |unserer |meinen |meinem |meiner |der |dem |den )?(?:haustier|haustieren|hund|hunden|katze|katzen|urlaub|ausflug|klassenfahrt|projekt|referat|party|geburtstag|familie|schule|essen|kuchen|garten|zimmer|konzert|spiel))`;

export const lexicon: RiskLexicon = {
	patterns: [
		// abuse: physical, by a carer or relative
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:${HIT}) ${OBJECT}${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:mich|uns)${ADV} (?:${HIT}|${HIT_PART})${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER}) (?:hat|hatte|haben|hatten) (?:mich|uns|meine mama|meine mutter)${GAP_AFTER}(?:${HIT_PART})${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:${HIT}) (?:mich |uns )?(?:mein|meine|meinen|der|die|unser|unsere) (?:${CARER})(?: (?:mich|uns))?${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})(?: ${WORD}){0,6} (?:(?:${HIT}) (?:er|sie) ${OBJECT}|(?:hat|hatte) (?:er|sie) (?:mich|uns)${ADV} (?:${HIT_PART}))${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}(?:ich|wir) (?:werde|wurde|wurden|werden|kriege|krieg|kriegen|bekomme|bekommen|bekam|kriegte)${ADV}(?: (?:von (?:meinem|meiner|meinen|unserem|unserer|dem|der|den) (?:${CARER})|zuhause|zu hause|daheim))? (?:geschlagen|verpr(?:ü|ue|u)gelt|verhauen|getreten|gew(?:ü|ue|u)rgt|misshandelt|schl(?:ä|ae)ge|pr(?:ü|ue)gel|haue|hiebe|eine ohrfeige|ohrfeigen|eine geknallt|eine gescheuert|eine geklebt|den gürtel)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:kriege|krieg|bekomme|bekam|kriegte|werde|wurde|gibt es|gibts|gab es)(?: ich| es)?${ADV} (?:schl(?:ä|ae)ge|pr(?:ü|ue)gel|haue|eine ohrfeige|ohrfeigen|eine geknallt|eine gescheuert|den gürtel)${E}|${B}(?:gibt|gab|verpasst|verpasste|haut|haute|knallt|knallte|scheuert|scheuerte) (?:mir|uns) (?:eine |ne )?(?:ohrfeige|ohrfeigen|backpfeife|schelle|schellen|klatsche|kopfnuss|schl(?:ä|ae)ge|eine rein|eine runter|eine)${E}(?! (?:frage|chance|nachricht|idee|aufgabe|antwort|sms|mail|runde|pause|stunde)${E})` },
		{ category: 'abuse', source: String.raw`${B}(?:hat|hatte|haben|hatten) (?:mir|uns)${ADV} (?:eine|ne|eins) (?:geknallt|gescheuert|geklebt|gewischt|runtergehauen|reingehauen|verpasst)${E}|${B}(?:eine |ne )?(?:ohrfeige|backpfeife|schelle) (?:gegeben|verpasst|bekommen|gekriegt)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:tut|tat|hat|hatte) (?:mir|uns)${ADV} (?:weh|wehgetan|weh getan)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:wirft|warf|schmei(?:ß|ss)t|schmiss|geworfen|geschmissen) (?:mit )?(?:sachen|dingen|tellern|gläsern|flaschen|einem teller|einer flasche|einem glas|einem stuhl|schuhen|gegenständen) (?:nach|auf) (?:mir|mich|uns)|${B}(?:zieht|zog|rei(?:ß|ss)t|riss) (?:mich|uns) an den haaren|${B}(?:packt|packte|gepackt) (?:mich|uns) am (?:hals|nacken)` },
		{ category: 'abuse', source: String.raw`${B}(?:blaue flecken|striemen) (?:von|wegen) (?:meinem|meiner|meinen) (?:${CARER})|${B}(?:verstecke|verstecken|verdecke|verdecken|überschminke|überschminken) (?:die |meine )?(?:blauen flecken|striemen)` },
		{ category: 'abuse', source: String.raw`${B}(?:sperrt|sperrte|sperren|sperrten|schlie(?:ß|ss)t|schloss) (?:mich|uns)(?: \p{L}{1,12}){0,3} (?:ein|aus)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:sperrt|sperrte|sperren|sperrten|schlie(?:ß|ss)t|schloss|schlie(?:ß|ss)en) (?:mich|uns) in (?:mein|das|den|die|der|einen) (?:zimmer|keller|bad|badezimmer|abstellraum|schrank|kammer|toilette|dunkeln)` },
		{ category: 'abuse', source: String.raw`${B}(?:hat|haben|hatte|hatten) (?:mich|uns)(?: \p{L}{1,12}){0,3} (?:eingesperrt|eingeschlossen|ausgesperrt)` },
		// abuse: emotional
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:nennt mich|nannte mich|sagt,? ich (?:sei|bin|wäre)|sagte,? ich (?:sei|wäre|bin)|beschimpft mich als|schreit,? ich (?:sei|bin)|meint,? ich (?:sei|bin|wäre)) (?:ein |eine |so |total |nur |zu )?(?:fett|dick|hässlich|dumm|blöd|nutzlos|wertlos|versager|versagerin|missgeburt|schlampe|hure|fehler|enttäuschung|abschaum|nichts wert|nichtsnutz|idiot|behindert|last)` },
		{ category: 'abuse', source: String.raw`${B}(?:wünscht|wünschte|wünschen)(?: sich)?,? (?:dass )?du (?:wärst|wärest|wär)? ?(?:nie|niemals) geboren|${B}(?:hätte|hätten) (?:mich|dich) (?:nie|niemals) (?:bekommen|kriegen|haben) (?:sollen|wollen)|${B}(?:sagt|sagte|meint|meinte|schreit|schrie),? (?:sie|er) (?:wünscht|wünschte)(?: sich)?,? (?:dass )?ich (?:wäre )?(?:nie|niemals) geboren` },
		{ category: 'abuse', source: String.raw`${B}angst vor (?:meinem|meiner|meinen|unserem|unserer|dem|der) (?:${CARER})${E}|${B}(?:traue|trau) mich (?:nicht|nich|net) (?:mehr )?(?:nach hause|heim)|${B}angst,? (?:davor,? )?(?:nach hause|heim) zu (?:gehen|kommen|fahren)|${B}(?:fühle|fühl) mich (?:zu ?hause|daheim) (?:nicht|nie) sicher|${B}(?:zu ?hause|daheim) (?:nicht|nie) sicher${E}` },
		// abuse: sexual
		{ category: 'abuse', source: String.raw`${B}(?:fasst|fasste|fassen|grapscht|grapschte|tatscht|tatschte) (?:mich|uns)(?: \p{L}{1,12}){0,3} an${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:vergewaltigt|vergewaltigte|missbraucht|missbrauchte|begrapscht|begrapschte|befummelt|befummelte|betatscht|betatschte|belästigt|belästigte) (?:mich|uns|meine \p{L}{1,12}|meinen \p{L}{1,12})${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:hat|haben|hatte|hatten|wurde|wurden|bin|werde|worden) (?:mich|uns|ich|wir)(?: \p{L}{1,12}){0,3} (?:vergewaltigt|missbraucht|sexuell belästigt|begrapscht|befummelt|betatscht|angefasst|unsittlich berührt)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:berührt|berührte|berühren|anfassen|angefasst|fasst|fasste|streichelt|streichelte|grapscht|grapschte|tatscht|tatschte) (?:mich |mir )?(?:(?:am|an (?:meinem|meiner|meinen|der|den|die)|zwischen (?:den|meinen)|unter (?:der|die|meiner|meine|meinem|meinen)) (?:po|hintern|arsch|busen|brust|brüsten|penis|pimmel|schniedel|muschi|scheide|vagina|intimbereich|schritt|geschlechtsteil\p{L}{0,3}|privaten stellen|beinen|decke|hose|unterhose|kleidung|klamotten|rock|pyjama|schlafanzug|bettdecke)|da unten|im intimbereich|im schritt|an (?:stellen|orten|körperstellen),? (?:wo|die|an denen))` },
		{ category: 'abuse', source: String.raw`${B}(?:zwingt|zwang|will|wollte|lässt|lie(?:ß|ss)|bringt|brachte) (?:mich|uns) (?:dazu,? )?(?:ihn|sie|seinen \p{L}{1,10}|ihm|ihr) (?:anzufassen|zu berühren|anfassen|berühren)|${B}(?:zwingt|zwang) (?:mich|uns)(?: \p{L}{1,12}){0,3} (?:pornos|mich auszuziehen|nackt|sex)|${B}(?:muss|musste|soll|sollte) (?:ihn|ihm|sie) (?:anfassen|berühren|da unten anfassen|einen blasen)` },
		{ category: 'abuse', source: String.raw`${B}(?:zeigt|zeigte|schickt|schickte) (?:mir|uns) (?:pornos|seinen (?:penis|pimmel|schwanz|schniedel)|nacktbilder|nacktfotos|bilder von seinem (?:penis|pimmel|schwanz))|${B}dick ?pics?${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:kommt|kam|legt sich|legte sich|kriecht|kroch|schleicht|schlich) (?:nachts |abends |immer |oft )?(?:in mein bett|zu mir ins bett|in meinem bett)` },
		// abuse: grooming and exploitation online
		{ category: 'abuse', source: String.raw`${B}(?:fragt|fragte|fragen|will|wollte|wollen|bittet|bat|drängt|drängte|nervt|nervte|verlangt|verlangte)(?: mich| uns)?(?: ständig| immer| immer wieder| dauernd| oft| schon wieder)? (?:nach |um )?(?:${MEDIA})${E}(?: von mir)?${HARMLESS_MEDIA}` },
		{ category: 'abuse', source: String.raw`${B}(?:soll|sollte|muss|musste) (?:ihm|ihr|denen|dem|der) (?:\p{L}{1,10} )?(?:${MEDIA}) (?:von mir )?(?:schicken|senden|zeigen)|${B}(?:schick|schicke|schicken|schickt|geschickt|senden|sende|gesendet|verlangt|will|wollte|fragt nach|fragte nach)(?: \p{L}{1,12}){0,3} (?:nacktbilder|nacktfotos|nacktvideos|nudes|nacktbild|nacktfoto)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:darf|dürfe|soll|sollte|solle) (?:es |das |davon )?(?:niemandem|keinem|niemanden|keinem menschen|meinen eltern nicht|meiner mutter nicht|meinem vater nicht|mama nicht|papa nicht) (?:sagen|erzählen|verraten)|${B}unser (?:kleines )?geheimnis${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:will|wollen|wollte|möchte) (?:sich )?(?:mit mir )?(?:heimlich|allein|alleine|ohne meine eltern) (?:mit mir )?treffen` },
		{ category: 'abuse', source: String.raw`${B}(?:droht|drohte|drohen|gedroht)(?: \p{L}{1,10}){0,3},? (?:meine|die) (?:bilder|fotos|nacktbilder|nudes|videos) (?:zu )?(?:verschicken|veröffentlichen|posten|zeigen|rumschicken|herumschicken|weiterleiten|teilen)|${B}erpresst mich mit (?:meinen|den) (?:bildern|fotos|nacktbildern|videos)|${B}sextortion` },

		// neglect
		{ category: 'neglect', source: String.raw`${B}(?:kein|keine|nie|nichts|nix|selten|kaum|nie genug|nicht genug|nicht genügend) (?:essen|was zu essen|etwas zu essen|zu essen|lebensmittel|frühstück|abendessen|mittagessen) (?:zuhause|zu hause|daheim|im haus|im kühlschrank|bei uns)` },
		{ category: 'neglect', source: String.raw`${B}(?:gibt es|gibts|haben wir|hab ich|habe ich|bekomme ich|krieg ich|kriege ich|ich bekomme|ich kriege|ich krieg|wir bekommen|wir haben|ich habe|ich hab) (?:zuhause |zu hause |daheim |oft |meistens |manchmal |fast |einfach |wieder )?(?:nie|kein|keine|nichts|nix|selten|kaum|nicht genug) (?:\p{L}{1,10} )?(?:essen|zu essen|frühstück|abendessen|mittagessen|pausenbrot)${E}(?! (?:mehr|dabei|mit)${E})` },
		{ category: 'neglect', source: String.raw`${B}(?:niemand|keiner|keine) (?:kocht für (?:mich|uns)|kümmert sich (?:\p{L}{1,8} )?um (?:mich|uns)|passt auf (?:mich|uns) auf|sorgt für (?:mich|uns)|macht (?:mir|uns) (?:essen|frühstück|was zu essen)|gibt (?:mir|uns) (?:essen|was zu essen)|wäscht meine (?:wäsche|klamotten|kleidung)|interessiert sich für mich|ist für mich da)` },
		{ category: 'neglect', source: String.raw`${B}(?:hunger|hungrig)(?: \p{L}{1,10}){0,3},? (?:weil|da|denn) (?:es|wir|mama|papa|meine|mein|niemand|keiner|nichts)${E}|${B}hungrig (?:ins bett|in die schule|schlafen)|${B}(?:seit|schon) (?:zwei|drei|vier|\d{1,2}|mehreren|ein paar) tagen? nichts (?:mehr )?gegessen|${B}(?:seit|schon seit) gestern nichts (?:mehr )?gegessen` },
		{ category: 'neglect', source: String.raw`${B}(?:tagelang|wochenlang|nächtelang|die ganze woche|mehrere tage|oft tage) (?:ganz )?(?:allein|alleine)${E}|${B}(?:allein|alleine) (?:zu ?hause|daheim) (?:für|seit) (?:tage|mehrere tage|\d{1,2} tage|eine woche|zwei tage|drei tage)|${B}(?:lassen|lässt|lie(?:ß|ss)en|gelassen) (?:mich|uns)(?: \p{L}{1,12}){0,3} (?:tagelang|wochenlang|nachts|über nacht|die ganze nacht|mehrere tage) (?:allein|alleine)` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT})${GAP}(?:kommt|kommen|kam|kamen)(?: (?:oft|manchmal|tagelang|nachts|einfach|meistens|öfter|häufig|wieder|seit tagen)){0,2} (?:nicht|nie) (?:mehr )?(?:nach hause|heim)` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT}|er|sie) (?:ist|sind|war|waren|wird)(?: (?:immer|ständig|dauernd|jeden tag|jeden abend|oft|fast immer|total|wieder|schon wieder|mal wieder|nur|die ganze zeit)){0,2} (?:betrunken|besoffen|sturzbesoffen|zugedröhnt|high|bekifft|alkoholiker|alkoholikerin|süchtig|drogensüchtig|alkoholsüchtig|auf drogen)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT}|er|sie) (?:trinkt|trank|säuft|soff|saufen|trinken)(?: (?:jeden tag|jeden abend|ständig|dauernd|immer|zu viel|so viel|viel|wieder|schon wieder|den ganzen tag|alkohol|schnaps|wodka|bier))${E}(?! (?:wasser|kaffee|tee|cola|saft|milch|kakao)${E})` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT}) (?:säuft|soff|saufen)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT})${GAP}(?:nimmt|nehmen|nahm|verkauft|dealt|dealen) (?:(?:auch|oft|immer|wieder|harte|viele|viel|ständig|regelmäßig|heimlich) )?(?:drogen|koks|crack|heroin|meth|crystal|pillen)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:rausgeschmissen|rausgeworfen|vor die tür gesetzt|schmei(?:ß|ss)en (?:mich|uns) raus|werfen (?:mich|uns) raus|schmei(?:ß|ss)t (?:mich|uns) raus|wirft (?:mich|uns) raus)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:gehen|geht|gingen|ging|bringen|bringt|brachten|brachte|fahren|fährt) (?:nicht|nie) (?:mit mir )?zum (?:arzt|zahnarzt|kinderarzt)|${B}(?:darf|durfte) (?:nicht|nie) zum arzt` },
		{ category: 'neglect', source: String.raw`${B}(?:keine|nie) (?:sauberen|saubere|warmen|warme|passenden|passende) (?:klamotten|kleidung|sachen|schuhe|winterjacke|jacke)|${B}(?:immer|jeden tag|seit tagen|die ganze woche) (?:die gleichen|dieselben|die selben) (?:dreckigen )?(?:klamotten|sachen|kleider)|${B}(?:keine|nie eine|nicht mal eine) winterjacke` },

		// violence: by peers or others, threats, fear of someone
		{ category: 'violence', source: String.raw`${B}(?:er|sie|die|der|jemand|welche|leute|kinder|jungs|jungen|mädchen|typen|typ|mitschüler|mitschülerinnen|klassenkameraden|schüler|ältere|älteren|großen|alle|manche|einige|gang|bande|mann)${GAP}(?:schl(?:ä|ae|a)gt|schlagen|schlug|schlugen|haut|hauen|haute|hauten|verhauen|verhaut|verpr(?:ü|ue|u)geln|verpr(?:ü|ue|u)gelt|verpr(?:ü|ue|u)gelten|tritt|treten|traten|trat|schubst|schubsen|schubsten|bedroht|bedrohen|bedrohten|mobbt|mobben|mobbten|mobbte|beleidigen|beschimpfen|verfolgt|verfolgen|erpresst|erpressen|beklauen|quälen|quält|bespucken|bespuckt|schikanieren|schikaniert|belästigen|belästigt|boxen|boxt|würgen|würgt|stalkt|stalken) (?:mich|uns|meinen (?:freund|bruder|kumpel)|meine (?:freundin|schwester))${E}${NOT_SPORT}` },
		{ category: 'violence', source: String.raw`${B}(?:er|sie|die|der|jemand|welche|leute|jungs|typen|ein typ|ein junge|mitschüler|klassenkameraden|ältere|die älteren|die großen|alle) (?:hat|haben|hatte|hatten) mich${GAP_AFTER}(?:geschlagen|getreten|verhauen|geschubst|gewürgt|bespuckt|verfolgt|gestalkt)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:hat|haben|hatte|hatten) (?:mich|uns|meinen (?:freund|bruder|kumpel)|meine (?:freundin|schwester))${GAP_AFTER}(?:verpr(?:ü|ue|u)gelt|zusammengeschlagen|bedroht|gemobbt|erpresst|abgezogen|ausgeraubt|angegriffen|abgestochen|niedergestochen|überfallen|zusammengetreten|krankenhausreif geschlagen)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:verpr(?:ü|ue|u)geln|verpr(?:ü|ue|u)gelt|verpr(?:ü|ue|u)gelte|verpr(?:ü|ue|u)gelten|mobben|mobbt|mobbte|mobbten|bedrohen|erpressen|erpresst|schikanieren|schikaniert|drangsalieren|drangsaliert) (?:mich|uns)${E}${NOT_SPORT}` },
		{ category: 'violence', source: String.raw`${B}(?:droht|drohte|drohen|drohten|bedroht|bedrohte) (?:mir|mich|uns)${E}(?! (?:nicht|nie|mit (?:hausarrest|handyverbot|strafe|nachsitzen|einem verweis|verweis|ärger|konsequenzen|taschengeldentzug|der polizei))${E})` },
		{ category: 'violence', source: String.raw`${B}(?:schlagen|verpr(?:ü|ue|u)geln|treten|schubsen|mobben|bedrohen|erpressen|beleidigen|schl(?:ä|ae)gt|haut|hauen|tritt|schubst|mobbt|bedroht|beleidigt) (?:mich (?:die|sie|er|alle|welche|ständig|immer|jeden tag)|(?:die|sie|er|alle|welche) mich)${E}${NOT_SPORT}` },
		{ category: 'violence', source: String.raw`${B}(?:ich|wir|er|sie|mein (?:freund|bruder|kumpel)|meine (?:freundin|schwester)) (?:werde|wurde|werden|wurden|wird|bin|war|sind)${GAP}(?:gemobbt|gemobbed|gemobt|verpr(?:ü|ue|u)gelt|zusammengeschlagen|bedroht|abgezogen|ausgeraubt|erpresst|ausgelacht|gestalkt|angegriffen|abgestochen|niedergestochen|überfallen|cybergemobbt)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:mobbt|mobben|mobbte|mobbten|gemobbt) (?:mich|uns)${E}(?! (?:nicht|nie|keiner)${E})|${B}opfer von (?:mobbing|cybermobbing|gewalt)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:droht|drohte|drohen|drohten|gedroht|bedroht|bedrohen|bedrohte|bedrohten),? (?:mir|mich|uns)?(?: \p{L}{1,12}){0,3} (?:umzubringen|abzustechen|zu töten|zu schlagen|zu verprügeln|fertigzumachen|zusammenzuschlagen|aufzulauern|zu erschießen|zu vergewaltigen|umbringen|abstechen|töten|verprügeln)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:will|wollen|wollte|wollten|werden|wird|würde|würden) (?:mich|uns) (?:umbringen|abstechen|töten|verpr(?:ü|ue|u)geln|zusammenschlagen|fertigmachen|abziehen|erschießen|vergewaltigen|abfangen|schlagen)${E}` },
		{ category: 'violence', source: String.raw`${B}angst vor (?:ihm|ihr|ihnen|denen|den (?:älteren|großen|jungs|mädchen|typen)|einem (?:jungen|jungs|mädchen|typen|typ|mann|mitschüler)|einer (?:gruppe|gang|bande|mitschülerin)|ein paar (?:jungs|mädchen|typen|älteren)|(?:manchen|einigen) (?:jungs|mädchen|typen|leuten|älteren)|der (?:gang|bande)|meinen (?:mitschülern|klassenkameraden)|leuten aus meiner klasse)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:traue|trau) mich (?:nicht|nich|net) (?:mehr )?(?:in die schule|zur schule|auf den schulhof|auf die toilette|in den bus|raus)|${B}angst,? (?:in die schule|zur schule|auf den schulhof) zu gehen` },
		{ category: 'violence', source: String.raw`${B}(?:messer|waffe|pistole) (?:an|gegen|auf) (?:mich|uns|meinen hals)|${B}mit (?:einem|nem|dem) messer (?:bedroht|angegriffen|verletzt)|${B}(?:abgestochen|niedergestochen|angeschossen)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:sagen|sagt|sagte|sagten|schreiben|schreibt|schrieb|schrieben|gesagt|geschrieben)(?: mir)?,? (?:ich (?:soll|sollte|solle) )?(?:mich umbringen|sterben|mich aufhängen|mich töten|kys|mich ritzen)${E}` },
		{ category: 'violence', source: String.raw`${B}lauer(?:t|n|te|ten) (?:mir|uns) (?:\p{L}{1,12} )?auf${E}|${B}(?:verfolgt|verfolgen|verfolgte|folgt|folgte|folgen|stalkt|stalken) (?:mir|mich|uns)(?: \p{L}{1,12}){0,2} (?:nach hause|heim|bis nach hause|jeden tag|nach der schule|überall(?:hin)?)` },
		{ category: 'violence', source: String.raw`${B}(?:lachen|lacht|lachten) mich (?:\p{L}{1,10} )?aus${E}|${B}(?:ziehen|zieht|zogen|zog) (?:mich|uns) (?:\p{L}{1,10} )?ab${E}` },
		{ category: 'violence', source: String.raw`${B}machen sich (?:\p{L}{1,10} )?über mich lustig|${B}(?:schlie(?:ß|ss)en) mich (?:\p{L}{1,10} )?aus${E}|${B}(?:niemand|keiner) will (?:mit mir|neben mir)|${B}(?:verbreiten|verbreitet|erzählen) (?:gerüchte|lügen) über mich|${B}nennen mich (?:fett|hässlich|opfer|hurensohn|missgeburt|spast|behindert|schlampe|hure|schwuchtel|loser|fettsack)` },

		// self-harm
		{ category: 'self-harm', source: String.raw`${B}(?:ritze|ritzt|ritzte|ritzen|ritz) (?:mich|mir|sich|wieder|schon|seit|in (?:meine|die) (?:arme|beine|handgelenke))${E}(?! (?:nicht|nie|net)${E})|${B}(?:mich|mir|sich)(?: \p{L}{1,10}){0,3} (?:geritzt|ritzen|ritze)${E}|${B}(?:das|mit dem|vom|zum) ritzen${E}` },
		{ category: 'self-harm', source: String.raw`${B}svv${E}|${B}selbstverletz\p{L}{0,6}|${B}selbst ?verletzung|${B}(?:verletze|verletzt|verletzen) (?:mich|sich) selbst${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:schneide|schneid|schneidet|schnitt|geschnitten|schneiden) (?:mich|mir|sich) (?:selbst|selber|absichtlich|extra|wieder|in die arme|in den arm|in die handgelenke|ins handgelenk|die arme|den arm|in die beine|in die oberschenkel|ins bein)` },
		{ category: 'self-harm', source: String.raw`${B}(?:verletze|verletzen|verletzt|verletzte|schlage|schlag|schlägt|verbrenne|verbrenn|verbrennt|verbrannte|kratze|kratz|kratzt|beiße|beiss|beisse|beißt|bestrafe|bestraf|hungere|hungert|quäle)(?: ich)? (?:mich|sich) (?:selbst|selber|absichtlich|mit absicht|extra|blutig|bis es blutet|wund)|${B}(?:verbrenne|verbrenn|verbrannte)(?: ich)? mich (?:selbst |absichtlich )?mit (?:dem |einem )?(?:feuerzeug|zigaretten?|kerze|streichhölzern|bügeleisen)|${B}(?:hungere|hunger) (?:absichtlich|extra|mit absicht)` },
		{ category: 'self-harm', source: String.raw`${B}(?:will|möchte|muss|könnte|würde am liebsten) (?:mich|sich) (?:selbst |selber )?(?:verletzen|ritzen|schneiden|bestrafen|wehtun|weh tun|verbrennen)${E}|${B}(?:mir|sich) (?:selbst|selber) (?:weh ?tun|wehtun|wehgetan|weh getan|schaden|schmerzen zufügen)` },
		{ category: 'self-harm', source: String.raw`${B}(?:kotze|kotz|breche|erbreche|übergebe mich|kotzen|erbrechen) (?:mich )?(?:absichtlich|extra|mit absicht|nach dem essen|nach jedem essen)|${B}(?:zwinge|zwing) mich (?:zu|zum) (?:kotzen|erbrechen|übergeben)|${B}finger in den hals` },
		{ category: 'self-harm', source: String.raw`${B}(?:narben|wunden|schnitte) (?:verstecken|verdecken|verstecke|verdecke)|${B}(?:verstecke|versteck|verstecken|verdecke|verdeck|verdecken)(?: ich)? (?:meine|die) (?:narben|wunden|schnitte|arme)${E}|${B}narben (?:an|auf) (?:meinen|den) (?:armen|handgelenken|oberschenkeln|beinen)|${B}(?:schlage|schlag|haue|hau) (?:meinen|den) kopf (?:gegen|an) die wand` },

		// suicide
		{ category: 'suicide', source: String.raw`${B}(?:will|möchte|wollte|möcht|will einfach|will nur noch|möchte einfach|würde am liebsten|wünschte|wünsche mir|wünsch mir)(?: (?!(?:${NEG})${E})\p{L}{1,12})? (?:sterben|tot sein|nicht mehr leben|nimmer leben|nicht mehr da sein|nicht mehr existieren|nicht mehr aufwachen|für immer verschwinden|mich umbringen|mich töten|mir das leben nehmen|alles beenden|mein leben beenden|suizid begehen|selbstmord begehen)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:ich|i|ick) (?:bring|bringe|brings) mich(?: \p{L}{1,10}){0,2} um${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:mich|sich) (?:\p{L}{1,10} )?(?:umbringen|umzubringen|umgebracht|erhängen|aufhängen|aufzuhängen|erschießen|zu erschießen)${E}|${B}(?:bringt|bringen|brachte) sich (?:\p{L}{1,10} )?um${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:selbstmord\p{L}{0,8}|suizid\p{L}{0,8}|selbsmord|selbstmort|suzid|sucid)${E}` },
		{ category: 'suicide', source: String.raw`${B}lebensmüde${E}|${B}(?:wäre|wär) (?:lieber|am liebsten|besser) tot${E}|${B}(?:wünschte|wünsche|wünsch),? ich wäre (?:tot|nie geboren|nicht mehr da)|${B}wäre ich (?:doch )?(?:nie geboren|tot)` },
		{ category: 'suicide', source: String.raw`${B}(?:keinen|kein) (?:sinn|grund) mehr (?:zu leben|zum leben|im leben|weiterzuleben)|${B}(?:das )?leben (?:hat|macht) (?:keinen|kein) sinn mehr|${B}(?:alle|jeder|alle anderen) (?:wären|wäre)(?: \p{L}{1,10}){0,2} besser dran (?:ohne mich|wenn ich)|${B}(?:niemand|keiner) würde mich vermissen` },
		{ category: 'suicide', source: String.raw`${B}ohne mich (?:wäre|wären|wär|hätten es|hätte es)(?: \p{L}{1,10}){0,2} (?:besser|leichter|einfacher|glücklicher)${E}|${B}(?:alle|jeder|alle anderen|meine familie|meine eltern)(?: \p{L}{1,10}){0,2} (?:besser|glücklicher) (?:dran )?ohne mich${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:von|vom) (?:einer |der |dem |einem )?(?:brücke|dach|hochhaus|balkon|fenster|turm) (?:springen|zu springen|stürzen)|${B}vor (?:den|einen) (?:zug|bus|lkw|auto) (?:springen|werfen|laufen|zu springen|zu werfen)|${B}(?:alle|ganz viele|eine packung|die) (?:tabletten|pillen|schlaftabletten) (?:schlucken|nehmen|zu schlucken|zu nehmen|geschluckt|genommen)|${B}überdosis${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:einschlafen|schlafen) und (?:nie|nicht|niemals) (?:mehr|wieder) aufwachen|${B}(?:will|mag|möchte) (?:einfach |echt |wirklich |auch )?nicht mehr(?= {0,2}(?:[.!,;…]|$|\n)| (?:leben|weiterleben|da sein|aufwachen|existieren|atmen))` }
	],
	exclusions: [
		// hyperbole
		String.raw`${B}(?:könnte|würde|tät) (?:für|fuer) (?:\p{L}{1,15} ){0,3}(?:töten|morden|sterben|umbringen)${E}`,
		String.raw`${B}(?:das|das hier|es|die hausaufgaben|hausaufgaben|die schule|schule|mathe|der test|die prüfung|die prüfungen|die arbeit|die hitze|die langeweile|der stress|die spannung|der lehrer)(?: \p{L}{1,15}){0,2} (?:bringt|bringen) (?:mich|uns)(?: noch)? um`,
		String.raw`${B}(?:bringt|bringen|wird|werden|würde|würden)(?: \p{L}{1,10}){0,2} (?:mich|uns)(?: \p{L}{1,10}){0,2} (?:um|umbringen|killen),? (?:wenn|falls|weil)${E}(?! ich (?:es |was |das )?(?:sage|erzähle|verrate|petze)| ich (?:jemandem|irgendwem))`,
		String.raw`${B}(?:sterbe|sterb|sterben|gestorben|tot) vor (?:lachen|scham|langeweile|hunger|angst|hitze|peinlichkeit|müdigkeit|neid|freude|durst)${E}|${B}lach(?:e|t|en)? mich (?:\p{L}{1,10} )?tot|${B}totgelacht|${B}totlachen|${B}(?:lieber|eher) sterben als|${B}lieber tot als`,
		String.raw`${B}(?:bist|ist|seid|sind) (?:du|ihr|der|die|er|sie) (?:\p{L}{1,10} )?lebensmüde`,
		// games and lessons
		String.raw`${B}(?:getötet|gekillt|umgebracht|abgeschossen|erschossen|geschlagen|besiegt|killt|tötet) (?:\p{L}{1,10} ){0,2}(?:in|bei|im) (?:fortnite|minecraft|roblox|cod|call of duty|among us|gta|valorant|brawl stars|fifa|pubg|spiel|game)${E}`,
		String.raw`${B}(?:aus|von) (?:dem|der|den) (?:unterricht|klasse|stunde|gruppe|chat|gruppenchat|team|verein|spiel|laden|kino|bus|server)(?: \p{L}{1,10}){0,3} (?:rausgeschmissen|rausgeworfen|geworfen|geschmissen)`,
		String.raw`${B}(?:namen|herz|buchstaben|initialen)(?: \p{L}{1,10}){0,4} (?:geritzt|ritzen)`,
		String.raw`${B}(?:suizid|selbstmord)(?:e|en)? (?:bei|unter|von) (?:jugendlichen|kindern|teenagern|jungen|mädchen|männern|frauen|schülern)${E}|${B}jugendsuizid\p{L}{0,3}${E}`,
		String.raw`${B}(?:unterricht|stunde|vortrag|referat|projekt|projekttag|workshop|präsentation|film|video|artikel|buch|kampagne|prävention|aufklärung|gesprochen|geredet|gelernt|gelesen)(?: \p{L}{1,10}){0,3} (?:über|zum thema|zu|gegen) (?:suizid|selbstmord|selbstverletzung|svv)${E}|${B}(?:selbstmordattentat|selbstmordattentäter|selbstmordanschlag|selbstmordkommando|suizidprävention|selbstmordprävention|selbstmordrate|suizidrate)\p{L}{0,3}${E}`,
		// negation
		String.raw`${B}(?:niemand|keiner|keine|nie hat jemand)(?: \p{L}{1,10})? (?:schlägt|schlug|haut|mobbt|mobbte|schubst|bedroht|tritt|missbraucht|fasst|berührt|verletzt) (?:mich|uns)${E}|${B}(?:niemand|keiner) (?:hat|hatte) (?:mich|uns) (?:\p{L}{1,10} )?(?:geschlagen|gemobbt|angefasst|bedroht|verletzt|missbraucht|vergewaltigt)${E}`,
		String.raw`${B}(?:bin|war|sei) (?:\p{L}{1,10} )?(?:nicht|nie|niemals|kein) (?:suizidal|suizidgefährdet|selbstmordgefährdet|lebensmüde)${E}|${B}(?:hatte|habe|hab) (?:noch )?(?:nie|keine|niemals) (?:suizidgedanken|selbstmordgedanken|svv)${E}`,
		String.raw`${B}(?:würde|werde|will|könnte) (?:mich )?(?:nie|niemals|nicht)(?: \p{L}{1,10})? (?:umbringen|ritzen|verletzen|selbst verletzen|das leben nehmen)${E}|${B}(?:will|möchte) (?:nicht|nie) sterben${E}`,
		String.raw`${B}keine angst vor (?:meinem|meiner|meinen|dem|der) \p{L}{1,15}`,
		// fiction, lessons, news
		String.raw`${B}(?:im|in dem|aus dem|in der|aus der|über den|über die|über das|in den|in einem|in einer) (?:film|buch|roman|lied|song|serie|folge|geschichte|märchen|theaterstück|stück|gedicht|anime|manga|comic|nachrichten|doku|dokumentation|dokumentarfilm|geschichtsunterricht|deutschunterricht|krieg|zweiten weltkrieg|ersten weltkrieg|mittelalter)(?: ${WORD}){0,14}`,
		String.raw`${B}(?:${WORD} ){0,12}(?:im|in dem|aus dem|in der|in einem|in den) (?:film|buch|roman|lied|song|serie|folge|geschichte|märchen|theaterstück|gedicht|anime|nachrichten|doku)${E}`,
		String.raw`${B}(?:in (?:geschichte|deutsch|religion|ethik)|hitler|romeo|julia|kleopatra|werther|(?:der|die|ein|eine) (?:film|buch|song|lied|hauptfigur|bösewicht|held|heldin|könig|königin|soldat|soldaten|sänger|sängerin|rapper|charakter|figur) (?:über|in dem|wo|der|die|in der))(?: ${WORD}){0,12}`
	]
};
