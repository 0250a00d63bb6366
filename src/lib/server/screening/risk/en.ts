// Awaits a native speaker's review (none so far): locales/review.json, "$screening-risk" → "src/lib/server/screening/risk/en.ts".
import type { RiskLexicon } from '../types.ts';

/*
 * English risk phrases. Also applied to answers in every other language (children mix English
 * in), so a pattern must not fire on words of other languages.
 *
 * Every source is linear: alternations of word forms, and at most one bounded gap of a few
 * words of bounded length (`GAP`), so that `recheck` proves it safe with its automaton checker.
 *
 * Review notes for a native speaker: the lists of carers (`CARER`), of violent verbs (`HIT`),
 * the everyday exclusions ("my mum will kill me if I'm late", "beat me at chess", "hit me up",
 * "kicked me out of the group chat") and the spellings children use (im, dont, wanna, kms,
 * unalive, sewerslide).
 */

const B = String.raw`(?<!\p{L})`;
const E = String.raw`(?!\p{L})`;
/** Negations that turn "my dad … hits me" into "my dad never hits me". */
const NEG = String.raw`not|never|no|nobody|don['’]?t|doesn['’]?t|didn['’]?t|won['’]?t|wouldn['’]?t|isn['’]?t|wasn['’]?t|aren['’]?t|weren['’]?t|hasn['’]?t|haven['’]?t|hadn['’]?t|can['’]?t|cannot|couldn['’]?t|shouldn['’]?t|ain['’]?t`;
/** Up to three words (none of them a negation) between a subject and its verb. */
const GAP = String.raw`(?:,? (?!(?:${NEG})(?![\p{L}'’]))[\p{L}'’]{1,15}){0,3},? `;
/** Parents and carers. */
const PARENT = String.raw`(?:mum|mom|mam|dad)['’]?s (?:new )?(?:boyfriend|bf|girlfriend|gf|partner|husband|wife)|dad|daddy|father|step ?dad|step-dad|stepfather|mum|mummy|mam|mammy|mom|mommy|momma|mother|step ?mum|step ?mom|step-mum|step-mom|stepmother|parents?|foster (?:dad|mum|mom|parents?|carers?|father|mother)|carers?`;
/** People a child may be abused by: carers, relatives, adults in charge, partners. */
const CARER = String.raw`${PARENT}|grandad|granddad|grandpa|grandfather|grandma|granny|grandmother|nan|nana|uncle|aunt|auntie|aunty|big brother|older brother|step ?brother|big sister|older sister|step ?sister|cousin|babysitter|boyfriend|bf|girlfriend|coach|teacher|priest|neighbou?r`;
/** Hitting and hurting, in the forms children write (hitted, beated). */
const HIT = String.raw`hits?|hit['’]s|hitts|hitting|hitted|beats?|beating|beated|beates|slaps?|slapped|slapping|punch(?:es|ed|ing)?|kicks?|kicked|kicking|hurts?|hurting|smacks?|smacked|smacking|chokes?|choked|choking|strangles?|strangled|strangling|whips?|whipped|belts?|belted|spanks?|spanked|spanking|abuses?|abused|abusing|beat(?:s|ing)? up|beat up`;
/** Games and sports after "beat me": "she beat me at chess". */
const NOT_SPORT = String.raw`(?! at | in (?:a |the )?(?:chess|fifa|race|game|match|tennis|badminton|cards|uno|monopoly|fortnite|minecraft|football|basketball|running|maths?|test|quiz)| by (?:\d|a |one |two |three |far )| to it| back${E}| up${E})`;
/** A word of a sentence that an exclusion spans (fiction, lessons, news). */
const WORD = String.raw`[\p{L}\d'’"“”,]{1,15}`;
const MEDIA = String.raw`pics?|pictures?|photos?|fotos?|nudes?|selfies?|vids?|videos?|snaps?`;

export const lexicon: RiskLexicon = {
	patterns: [
		// abuse: physical, by a carer or relative
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:${HIT}) (?:me|us|her|him|them|my (?:mum|mom|mam|mother|brother|sister|little \p{L}{1,8}|siblings))${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}(?:i|we|me and my \p{L}{1,10})(?: always| often| sometimes| still| usually)? (?:get|got|gets|getting|am|was|are|were|have been|['’]ve been|ve been|been|keep getting|used to get)(?: always| often| sometimes| still)? (?:hit|beaten|beat|slapped|smacked|punched|kicked|hurt|whipped|belted|spanked|abused|strangled|choked|the belt)(?: (?:by my|by our|by (?:him|her)|at home|when (?:my|dad|mum|mom|he|she)|if (?:i|we)|every|with a|with (?:his|her)|for (?:no|every|nothing)))` },
		{ category: 'abuse', source: String.raw`${B}(?:throws?|threw|throwing) (?:things|stuff|plates|chairs|bottles|a (?:chair|plate|bottle|glass|shoe|phone|cup|knife)) at (?:me|us|my (?:mum|mom|mam|mother))${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:grabs?|grabbed|pulls?|pulled|drags?|dragged|holds?|held) (?:me|us) by (?:the |my |our )?(?:hair|neck|throat|arm|ear)|${B}(?:pulls?|pulled) my hair${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:bruises?|marks|black eye|a cut) (?:from|because of|cause of|cos of|after) (?:my )?(?:${CARER})|${B}(?:hide|hiding|hid|cover|covering|covered) (?:the |my )?(?:bruises|black eye|marks)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:locks?|locked|locking|shuts?) (?:me|us) (?:in|up|inside) (?:in )?(?:my room|the (?:basement|cellar|closet|cupboard|shed|bathroom|toilet|attic|garage|dark))|${B}(?:locks?|locked|locking) (?:me|us) (?:out|outside) (?:at night|all night|in the cold|overnight|for hours)` },
		// abuse: emotional
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:calls? me|called me|calling me|says? i['’]?m|says? i am|said i was|said i am|tells? me i['’]?m|tells? me i am|told me i was|told me i am|screams? that i['’]?m) (?:a |an |such a |so |the )?(?:worthless|useless|stupid|idiot|dumb|retard(?:ed)?|mistake|failure|nothing|fat|ugly|burden|disgusting|disappointment|pathetic|loser|waste|whore|slut|bitch|piece of)` },
		{ category: 'abuse', source: String.raw`${B}(?:says?|said|tells? me|told me|screams?|screamed|yells?|yelled|wish(?:es|ed)?)(?: that)?(?: (?:she|he|they) (?:wish(?:es|ed)?|wants?))? i (?:was|were|had|had been|would be)? ?(?:never (?:been )?born|dead|a mistake|never existed)` },
		{ category: 'abuse', source: String.raw`${B}(?:scared|afraid|terrified|frightened|scaried)(?: of| to be (?:alone )?(?:with|around|near)| when) (?:my |our )?(?:${CARER})(?!['’]s|\p{L})(?! (?:reaction|finding|seeing|will|would|is going))` },
		{ category: 'abuse', source: String.raw`${B}(?:scared|afraid|terrified|frightened|dread|hate|don['’]?t want|dont want|dont wanna|don['’]?t wanna) (?:to go|of going|going|to come|of coming) (?:back )?home${E}(?! (?:alone|in the dark|by myself|on my own|late))` },
		{ category: 'abuse', source: String.raw`${B}(?:don['’]?t|dont|do not|never|can['’]?t|cant|cannot) feel safe (?:at home|in my (?:own )?(?:home|house|room)|around my (?:${CARER})|with my (?:${CARER}))|${B}(?:not|never|isn['’]?t) safe (?:for me )?(?:at home|in my (?:own )?(?:home|house))` },
		// abuse: sexual
		{ category: 'abuse', source: String.raw`${B}(?:raped?|rapes|raping|rapped|molest(?:s|ed|ing)?|sexually (?:abus\p{L}{0,4}|assault\p{L}{0,4}|harass\p{L}{0,4}|touch\p{L}{0,4})|grop(?:e|es|ed|ing)|assault(?:s|ed|ing)?|abus(?:e|es|ed|ing)) (?:me|us|my (?:sister|brother|friend|cousin|little \p{L}{1,8}))${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:i|me|we)(?: was| got| get| have been| had been| ['’]ve been|['’]ve been|ve been| been| am| are| were| am being| keep getting| was being)(?: sexually)? (?:raped|rapped|molested|abused|assaulted|groped|harassed|touched inappropriately)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:he|she|they|${CARER}|someone|somebody|a man|a guy|an? (?:old|older|adult|grown) (?:man|guy|person|boy|men)|an adult|a stranger|a grown ?up|his friend|her friend|(?:dad|mum|mom|mam|parents)['’]?s friend)${GAP}(?:touch(?:es|ed|ing)?|touchs|grab(?:s|bed|bing)?|feels? up|felt up|grop(?:es|ed|ing)|fondl(?:es|ed|ing)|rubs?|rubbed|rubbing) (?:me|my (?:private|privates|bum|butt|ass|breasts?|boobs|chest|pussy|vagina|penis|willy|dick|crotch|body|thighs?|bottom|front|private parts))${E}(?! on (?:the|my) (?:shoulder|arm|hand|back|head))` },
		{ category: 'abuse', source: String.raw`${B}touch(?:es|ed|ing)? (?:me|my \p{L}{1,10}) (?:down there|there|between my legs|under my (?:clothes|pants|shirt|skirt|dress|underwear|knickers|pyjamas|pajamas)|inappropriately|in (?:a )?(?:bad|weird|wrong|strange|sexual|private|gross) (?:way|places?)|in my (?:private|privates|pants)|where i don['’]?t (?:like|want))` },
		{ category: 'abuse', source: String.raw`${B}(?:makes?|made|making|forces?|forced|forcing|wants?|wanted|asks?|asked|tells?|told) (?:me|us) (?:to )?(?:touch (?:him|her|his|it|them)|watch (?:porn|sex|dirty)|take (?:off )?my clothes|undress|get naked|strip|sleep in (?:his|her|their) bed|do (?:sexual|sex|things (?:to|with) him|stuff (?:to|with) him|things i don['’]?t want|stuff i don['’]?t want)|have sex|suck|show (?:him|her|them) my (?:body|privates|boobs|private|bum|butt))` },
		{ category: 'abuse', source: String.raw`${B}(?:show(?:s|ed|ing)?|sen[dt]s?|sending) (?:me|us) (?:his|her|their) (?:penis|dick|willy|privates|private parts|cock|naked body)|${B}(?:show(?:s|ed|ing)?|makes?|made) (?:me|us) (?:watch )?(?:porn|sex videos?|dirty videos?)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:comes?|came|gets?|got|crawls?|climbs?|sneaks?) (?:in|into) my (?:bed|room at night)(?: at night| when| while| and)` },
		// abuse: grooming and exploitation online
		{ category: 'abuse', source: String.raw`${B}(?:ask(?:s|ed|ing)?|keeps? asking|kept asking|wants?|wanted|beg(?:s|ged|ging)?|pressur(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|made|makes) (?:me|us) (?:for|to send(?: (?:him|her|them))?|to show(?: (?:him|her|them))?|to take) (?:some |more |a |an |my |naked |nude |sexy |private |dirty )?(?:${MEDIA})${E}(?! (?:of|from|for) (?:the|our|my|a|his|her|their|your) (?:trip|holiday|vacation|dog|cat|pet|class|project|homework|party|school|garden|room|family|team|game|match|concert|house|food|cake))` },
		{ category: 'abuse', source: String.raw`${B}(?:send|sent|sending|show|showed|showing)(?: (?:him|her|them|a man|an adult|someone|somebody|a guy|this guy|a stranger))? (?:nudes|naked (?:${MEDIA})|(?:${MEDIA}) (?:of|from) my (?:body|boobs|privates|butt|bum|chest)|my (?:body|boobs|privates|private parts) (?:on|over|in) (?:camera|cam|video|facetime|snap|snapchat))` },
		{ category: 'abuse', source: String.raw`${B}(?:sent|sends|showed|shows|keeps sending) me (?:a |his |her )?(?:dick pics?|nudes|naked (?:${MEDIA})|porn|(?:${MEDIA}) of his (?:dick|penis|privates|willy))` },
		{ category: 'abuse', source: String.raw`${B}(?:told|tells|telling|said|says|made) (?:me|us)(?: that)?(?: i (?:must|should|have to|can['’]?t|shouldn['’]?t|mustn['’]?t))? (?:not|never|n['’]?t) (?:to )?(?:tell|say anything to) (?:anyone|anybody|my (?:mum|mom|mam|dad|parents|family|teacher)|mum|mom|dad)|${B}(?:our|a) little secret${E}|${B}keep (?:it|this|us) (?:a )?secret from (?:my|our) (?:parents|mum|mom|dad|family)` },
		{ category: 'abuse', source: String.raw`${B}(?:wants?|wanted|asked|asks|keeps asking) (?:me |us )?(?:to )?meet(?: up)?(?: with)?(?: (?:me|him|her))? (?:alone|in secret|secretly|without (?:my|telling)|and not tell)` },
		{ category: 'abuse', source: String.raw`${B}threaten(?:s|ed|ing)? (?:me |us )?(?:to )?(?:share|post|send|leak|show|spread|publish) (?:my|the|our) (?:${MEDIA})|${B}(?:shares?|shared|posts?|posted|sends?|sent|leaks?|leaked|spread) my (?:nudes|naked (?:${MEDIA}))|${B}sextortion` },

		// neglect
		{ category: 'neglect', source: String.raw`${B}(?:no|nothing|not enough|never any|never enough|hardly any|barely any|never) (?:food|to eat|anything to eat) (?:at|in) (?:home|the house|our house|my house|the flat|our flat|our apartment|the fridge)` },
		{ category: 'neglect', source: String.raw`${B}(?:don['’]?t|dont|do not|never|doesn['’]?t|doesnt|does not|didn['’]?t|didnt|haven['’]?t|havent|hasn['’]?t|hasnt|have not|has not) (?:have|get|got|give (?:me|us|her|him|them)|buy|gets|gives (?:me|us|her|him|them)) (?:any |enough )?(?:food|anything to eat|something to eat)${E}(?! (?:for|from|in|at) (?:the )?(?:trip|school|class|party|canteen|cafeteria))` },
		{ category: 'neglect', source: String.raw`${B}(?:there['’]?s|theres|there is|there was|we have|we['’]ve got|we got) (?:never|no|not any|not enough|hardly any|barely any) (?:food|anything to eat)${E}(?! (?:left|for (?:the|our) (?:trip|party|class)|in the (?:canteen|cafeteria|shop|shops|supermarket)))|${B}(?:doesn['’]?t|doesnt|don['’]?t|dont|never|won['’]?t|wont|didn['’]?t|didnt|forgets? to|forgot to) (?:feed|feeds) (?:me|us|my (?:little )?(?:brother|sister|siblings))${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:nobody|no one|no-one|noone|nobody at home|no one at home|nobody ever|no one ever) (?:feeds|cooks for|makes (?:me|us) (?:food|dinner|breakfast|lunch|anything)|gives (?:me|us) (?:food|anything to eat|dinner)|looks after|takes care of|cares? for|cares about|care about|washes my|is there for) ?(?:me|us)?` },
		{ category: 'neglect', source: String.raw`${B}hungry (?:all the time|every day|at night|most days|because (?:there|we|mum|mom|dad|my|nobody|no one))|${B}go(?:es)? to (?:bed|sleep|school) hungry|${B}(?:haven['’]?t|havent|have not|didn['’]?t|didnt|did not) eat(?:en)? (?:anything )?(?:in|for|since) (?:days|\d{1,2} days|two days|three days|a (?:day|week)|yesterday)` },
		{ category: 'neglect', source: String.raw`${B}(?:have to|had to|need to) steal (?:food|something to eat)|${B}(?:eat|food) (?:from|out of) (?:the )?(?:bin|bins|trash|garbage)` },
		{ category: 'neglect', source: String.raw`${B}(?:leaves?|left|leaving) (?:me|us)(?: and my(?: little| big| baby| younger| older)? \p{L}{1,12})? (?:home )?(?:alone|by (?:my|our)sel(?:f|ves)|on (?:my|our) own)(?: at home)? (?:for (?:days|a week|weeks|\d{1,2} days|two days|three days|the whole (?:week|weekend))|all (?:night|weekend|week)|every (?:night|weekend)|overnight|at night)` },
		{ category: 'neglect', source: String.raw`${B}(?:alone|by myself|on my own) (?:at home |in the house )?(?:for (?:days|a week|weeks|\d{1,2} days|two days|three days)|all week|every night|most nights)` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT})${GAP}(?:doesn['’]?t|doesnt|don['’]?t|dont|didn['’]?t|didnt|never|hasn['’]?t|hasnt|haven['’]?t|havent|does not|do not|did not|has not|have not) (?:come|came|been|get|got|return|sleep)(?:s|ed)? (?:home|back)(?: (?:for|in) (?:days|a week|weeks|\d{1,2} days|two days|three days)| at night| all night| anymore| any more| at all| most nights)` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT}|he|she|they)(?:['’]s| is| are| gets?| got| was| were| always| often)(?: always| often| very| really| so| completely| constantly| usually| getting)? (?:drunk|wasted|hammered|stoned|high|on drugs|passed out)${E}(?! (?:on|with) (?:love|life|happiness|sugar|excitement))` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT}|he|she|they) (?:drinks?|drank|drinking|is drinking) (?:every day|every night|all (?:day|night|the time)|too much|so much|a lot|every weekend|again|vodka|beer)${E}(?! of)|${B}(?:${PARENT})${GAP}(?:does|do|take|takes|doing|taking|sells|sell|on) drugs${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:kick(?:s|ed)?|throws?|threw|thrown|kicking|throwing) (?:me|us) out${E}(?! of (?:the |our |my |a )?(?:group|chat|team|game|class|lesson|club|band|server|match|lobby|classroom|call|party|discord|shop|store|cinema|library))|${B}threaten(?:s|ed|ing)? to (?:kick|throw) (?:me|us) out` },
		{ category: 'neglect', source: String.raw`${B}(?:won['’]?t|wont|don['’]?t|dont|doesn['’]?t|doesnt|never|didn['’]?t|didnt) (?:take|takes|took) me to (?:the |a )?(?:doctor|dentist|hospital)` },
		{ category: 'neglect', source: String.raw`${B}(?:no|don['’]?t have any|dont have any|never have|haven['’]?t got any) (?:clean|warm|winter) (?:clothes|jacket|coat|shoes|boots)|${B}(?:wear|wearing|have to wear) the same (?:dirty )?clothes (?:every day|all week|for days|for a week)` },
		{ category: 'neglect', source: String.raw`${B}(?:sleep|sleeping|slept) (?:on the floor|in the car|outside|on the street)(?: because| cause| cos| every)|${B}(?:we|i)(?:['’]re|['’]m| are| am| were| was| re| m)? homeless${E}|${B}(?:we|i) (?:have|got|had) nowhere (?:to (?:live|sleep|stay))` },

		// violence: by peers or others, threats, fear of someone
		{ category: 'violence', source: String.raw`${B}(?:they|he|she|someone|somebody|people|kids?|boys?|girls?|guys?|man|men|classmates?|students|teens|teenagers|bull(?:y|ies)|everyone|everybody|gang)${GAP}(?:hit|hits|hitting|hitted|beat|beats|beating|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|spit(?:s|ting)? on|spat on|trip(?:s|ped|ping)?|attack(?:s|ed|ing)?|hurt(?:s|ing)?|threaten(?:s|ed|ing)?|bull(?:y|ies|ied|ying)|stab(?:s|bed|bing)?|rob(?:s|bed)?|mugg?(?:s|ed)?|corner(?:s|ed)|harass(?:es|ed|ing)?|stalk(?:s|ed|ing)?) (?:me|us|my (?:friend|brother|sister|little \p{L}{1,8}))${E}${NOT_SPORT}` },
		{ category: 'violence', source: String.raw`${B}(?:beat|beats|beating|beaten|beated|beat['’]s) (?:me|us|him|her|them|my \p{L}{1,12}) up|${B}beat(?:s|ing|en)? up (?:me|us)|${B}(?:got|get|gets|getting|was|were|been|be) (?:beat|beaten) up|${B}(?:jumped|mugged|robbed|stabbed) (?:me|us)${E}|${B}(?:i|we) (?:got|was|were|get) (?:mugged|robbed|stabbed|jumped)` },
		{ category: 'violence', source: String.raw`${B}(?:i|i['’]m|im|i am|i was|i get|i got|i have been|i['’]ve been|ive been|i keep getting|we are|we get|we were|we['’]re|he is|she is|he['’]s|she['’]s|my (?:friend|brother|sister|cousin) (?:is|was|gets))(?: being| getting| still| always| constantly| really| so| badly| often){0,2} (?:bull(?:ied|yed|lied)|cyberbullied|picked on)` },
		{ category: 'violence', source: String.raw`${B}(?:bull(?:y|ies|ys|ying|ied|yed)|cyberbull(?:y|ies|ying|ied)|pick(?:s|ed|ing)? on) (?:me|us)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:make|makes|made|making) fun of me (?:every|all the time|at school|in class|because|cause|cos|for)|${B}call(?:s|ed|ing)? me (?:names|fat|ugly|gay|retard|stupid|a loser|loser|freak|a freak|whore|slut|bitch)${E}|${B}spread(?:s|ing)? (?:rumou?rs|lies|pictures|photos) about me` },
		{ category: 'violence', source: String.raw`${B}(?:laugh(?:s|ed|ing)?|spit(?:s|ting)?|spat) at me (?:every|all the time|at school|in class|because|cause|cos|in the hall)|${B}(?:exclude|excludes|excluded|excluding|ignore|ignores|ignored|ignoring) me (?:all the time|every day|at school|in class|on purpose)|${B}(?:nobody|no one|noone|no-one) (?:wants to |will )?(?:sit|play|talk|be friends?) with me` },
		{ category: 'violence', source: String.raw`${B}(?:going to|gonna|gunna|will|['’]ll|wants? to|wanna|tried to|try to|trying to|threaten(?:s|ed|ing)? to|promised to|swore to|said (?:he|she|they)(?:['’]ll|['’]d| would| will| is gonna| are gonna| is going to| are going to)) (?:kill|stab|shoot|murder|hurt|strangle|beat up|beat|rape|get) (?:me|us|my (?:family|mum|mom|mam|dad|brother|sister|parents|friends?|dog|cat))${E}` },
		{ category: 'violence', source: String.raw`${B}threaten(?:s|ed|ing)? (?:me|us)${E}|${B}(?:send(?:s|ing)?|sent|get|gets|got|getting|receive[ds]?|receiving) (?:me |us )?(?:death threats|threats|threatening messages)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:scared|afraid|terrified|frightened) (?:of|to be near|to go near|to walk past|to meet) (?:him|her|them|those (?:boys|girls|guys|kids)|the (?:boys|girls|guys|kids|older \p{L}{1,10}|bull(?:y|ies)|gang)|some (?:boys|girls|guys|kids|people|older \p{L}{1,10})|a (?:boy|girl|guy|man|kid|group|gang) (?:at|in|from)|(?:this|that|one) (?:boy|girl|guy|man|kid)|my (?:classmates|class)|people (?:at|in) (?:my )?(?:school|class))${E}` },
		{ category: 'violence', source: String.raw`${B}(?:scared|afraid|terrified|frightened|dread) (?:to go|of going|going|to walk|of walking|to take) (?:to )?(?:school|home from school|on the bus|the bus|to the toilets?|into the toilets?|to the park)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:pulled|pulls|had|has|showed|brought|held|holds|point(?:s|ed)?) (?:out )?a (?:knife|gun|blade) (?:on|at|to|against) (?:me|us|my)${E}|${B}(?:stabbed|shot) (?:me|us)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:told|tells|tell|telling|said|says|wrote|writes|texted|sent) (?:me )?(?:to )?(?:kys|go kill (?:my|your)self|kill (?:my|your)self|go die|hang (?:my|your)self)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:follows?|followed|following|stalks?|stalked|stalking) (?:me|us) (?:home|to school|after school|everywhere|on the way|from school)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:they|the (?:older|bigger) \p{L}{1,10}|some (?:kids|boys|girls|guys)|bull(?:y|ies)) (?:always |keep |often |)?(?:take|takes|took|steal|steals|stole|force me to give(?: them)?) (?:my|our) (?:money|lunch money|phone|stuff|things|food|lunch)` },

		// self-harm
		{ category: 'self-harm', source: String.raw`${B}(?:cut|cuts|cutting|cuting|cutted|cuted|slit|slits|slitting|carve|carved|carving) (?:myself|my ?self|me self|herself|himself|themselves|themself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|tummy|hips?|belly)|(?:her|his|their) (?:arms?|wrists?|thighs?))${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:i|i['’]ve|ive|i have|i['’]m|im|i am|i keep|i kept|keep|kept|been|started|start|i still|still|stop|stopped|quit) (?:been |started |start |keep |kept |still |was |stop |stopped )?cutting${E}(?! (?:my (?:hair|nails|food|fringe)|the|a|an|it|paper|out|class|classes|school|down|in|back|off|vegetables|carrots|onions|corners|ties|wood|grass|sugar|carbs)${E})` },
		{ category: 'self-harm', source: String.raw`${B}self[- ]?harm(?:ing|ed|s)?${E}|${B}selfharm(?:ing|ed)?${E}|${B}self[- ]?injur(?:y|e|es|ed|ing)${E}|${B}self[- ]?mutilat\p{L}{0,6}` },
		{ category: 'self-harm', source: String.raw`${B}(?:want|wanna|wanted|urge|urges|need|needed|going|gonna|try|tried|trying|started|start|keep|thinking about|think about|thought about|stop myself from) (?:to )?(?:hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?|burn(?:ing)?|punish(?:ing)?|hit(?:ting)?|starv(?:e|ing)) (?:myself|my ?self)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:hurt|hurts|hurting|harm|harmed|harming|hit|hitting|burn|burned|burnt|burning|punish|punished|punishing|scratch|scratched|scratching|bite|bit|biting|starve|starved|starving) (?:myself|my ?self) (?:on purpose|deliberately|again|when i(?:['’]m| am|m| feel| get)|because|cause|cos|coz|so (?:i|that)|until|till|to feel|every|with (?:a|the) (?:lighter|razor|blade|knife|compass|scissors|sharpener))` },
		{ category: 'self-harm', source: String.raw`${B}(?:make|makes|made|making) myself (?:throw up|puke|vomit|sick|bleed)${E}|${B}(?:hide|hiding|hid|cover|covering|covered) (?:my |the )?(?:scars|cuts|wounds)${E}|${B}scars on my (?:arms?|wrists?|legs?|thighs?)|${B}(?:razor|blade|sharpener|compass|scissors) (?:on|to cut|into) my (?:arms?|wrists?|legs?|thighs?|skin)` },
		{ category: 'self-harm', source: String.raw`${B}(?:bang|banging|banged|hit|hitting) my head (?:against|on|into) (?:the )?(?:wall|walls|floor|door)(?: until| till| when| every| so)` },

		// suicide
		{ category: 'suicide', source: String.raw`${B}(?:want|wanna|wana|wanted|wants|wish i could|ready|plan|planning|going|gonna) (?:to )?(?:die|be dead|not be alive|not exist|not be here anymore|disappear forever|end it all|end it|end my life|end everything|kms|unalive myself|die already)${E}(?! (?:my|your|her|his|the|our) (?:hair|clothes|shirt|shirts|eyebrows|beard|jeans|hoodie))` },
		{ category: 'suicide', source: String.raw`${B}(?:feel like|feeling like|thinking (?:about|of)|thought (?:about|of)|think (?:about|of)|want to|wanna|going to|gonna|might|will|i['’]ll) (?:just )?(?:ending it|end it|ending it all|ending my life|ending everything)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:kill(?:ing|ed)?|kil|kils|kll) (?:myself|my ?self|herself|himself|themselves|themself)${E}|${B}kms${E}|${B}unaliv(?:e|ing) (?:myself|my ?self|me)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:suicid(?:e|al)|sucid(?:e|al)|suicde|sucide|suiside|suicid|sewerslide|sewer slide|su1c1de|suic1de)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:end|ending|ended|take|taking|took) (?:my|her|his|their) (?:own )?life${E}|${B}end it all${E}|${B}(?:hang|hanging|hung) myself${E}|${B}(?:jump|jumping|throw myself) (?:off|from|in front of) (?:a|the) (?:bridge|roof|building|balcony|window|cliff|train|bus|car)` },
		{ category: 'suicide', source: String.raw`${B}(?:i|i['’]ll|i will|i want to|wanna|going to|gonna|i tried to|tried to|i took an?) (?:an )?overdose${E}|${B}(?:take|took|taking|swallow|swallowed) (?:all (?:of )?)?(?:my|the|mums|mum['’]s|mom['’]s) (?:pills|tablets|meds|medicine)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:don['’]?t|dont|do not|no longer|didn['’]?t|didnt) (?:want|wanna)(?: to)? (?:live|be alive|exist|wake up)(?: anymore| any more| no more| ever again)?${E}(?! (?:in|with|at|near|like|on|there|here|without|abroad|by|for|somewhere|anywhere|far|close|alone|together|early|tomorrow)${E})` },
		{ category: 'suicide', source: String.raw`${B}no (?:reason|point) (?:to live|in living|living|to be alive|in being alive)|${B}(?:tired|sick) of (?:living|being alive|life|existing)${E}|${B}life (?:is not|isn['’]?t|is n['’]?t|aint|ain['’]?t) worth (?:living|it)|${B}(?:what['’]?s|whats) the point (?:of|in) (?:living|life|being alive)` },
		{ category: 'suicide', source: String.raw`${B}(?:happier|better|easier|better off) (?:if i (?:was|were|wasn['’]?t|weren['’]?t) (?:dead|gone|here|alive|around|born)|if i (?:died|disappeared|never existed)|without me)${E}` },
		{ category: 'suicide', source: String.raw`${B}better off (?:dead|without me)${E}|${B}(?:nobody|no one|noone|no-one) would (?:care|miss me|notice|even notice) if i (?:died|was gone|disappeared|was dead|killed)|${B}(?:wish i|i wish i) (?:was|were|wasn['’]?t|weren['’]?t|had|could) (?:dead|never born|never been born|not born|not alive|not here|gone|disappear)` },
		{ category: 'suicide', source: String.raw`${B}(?:sleep|fall asleep) and never wake up|${B}never wake up again|${B}(?:suicide|goodbye) (?:note|letter)${E}` }
	],
	exclusions: [
		// hyperbole
		String.raw`${B}(?:i['’]?d|i would|would|could|i could) (?:literally )?(?:kill|die) for${E}`,
		String.raw`${B}(?:is|are|was|were|it['’]?s|its)(?: literally| actually| so| really)? killing me${E}`,
		String.raw`${B}dying (?:to|for|of)${E}`,
		String.raw`${B}(?:beat|beats|beating|hit|hits|hitting|kicked|kicks)(?: (?:me|us|him|her|each other))?(?: up)? (?:in|with) (?:a |the )?(?:pillow|snowball|water|nerf|play) ?fights?${E}`,
		String.raw`${B}(?:going to|gonna|gunna|will|['’]ll|would|['’]d)(?: literally| actually| totally| definitely| probably)? kill (?:me|us) (?:if|when|for|because|cause|cos|coz|cuz|after)${E}(?! (?:i|we) (?:tell|told|talk|say|go to|report)${E}| anyone| anybody)`,
		String.raw`${B}(?:going to|gonna|gunna|will|['’]ll|would|['’]d)(?: literally| actually| totally| definitely| probably)? kill (?:me|us)(?: lol| lmao| haha| xd| omg| 😂| 💀)`,
		String.raw`${B}(?:want|wanna|wanted|could|gonna|going to|will|might)(?: to)? die (?:of|from) (?:embarrassment|shame|cringe|laughter|laughing|boredom|happiness|cuteness|jealousy)${E}`,
		String.raw`${B}kill(?:ed|ing)? myself laughing${E}`,
		String.raw`${B}(?:could|would|wanna|want to|feel like|felt like)(?: just)? (?:bang|banging|hit|hitting) my head (?:against|on) (?:the )?wall`,
		String.raw`${B}(?:${WORD} ){0,8}(?:during|because of|on|in|for) (?:ramadan|the fast|fasting|my diet|a diet|lent)${E}`,
		// games and sports
		String.raw`${B}(?:kill(?:s|ed|ing)?|shot|shoots|beat|beats|beat me up) (?:me|us)(?: \p{L}{1,12}){0,2} (?:in|on) (?:fortnite|minecraft|roblox|cod|call of duty|among us|gta|valorant|the game|the match|fifa|pubg|brawl stars|clash)${E}`,
		String.raw`${B}(?:kick(?:s|ed)?|throws?|threw) (?:me|us) out of (?:the )?(?:group|chat|team|game|class|lesson|club|band|server|match|lobby|classroom|call)`,
		String.raw`${B}(?:hits?|hitting) (?:me|us) (?:up|back)${E}|${B}(?:it|that|this|reality|the truth|the feeling)(?: (?:just|suddenly|really|finally))? hit me${E}`,
		String.raw`${B}(?:accidentally|by accident) cut (?:myself|my \p{L}{1,10})`,
		String.raw`${B}cut (?:myself|my|his|her) (?:\p{L}{1,10} )?(?:on (?:a|the|some)|playing|while|shaving|by accident|accidentally|falling|when (?:i|he|she) fell|at (?:the|football|practice)|with (?:paper|a paper))`,
		String.raw`${B}(?:burn(?:ed|t)?|hurt) myself (?:on (?:the|a) (?:oven|stove|pan|iron|hob)|when (?:i|we) (?:fell|was cooking|were cooking|tripped)|while (?:cooking|baking|playing))`,
		// negation
		String.raw`${B}(?:nobody|no one|no-one|noone|none of them|never has anyone|never anyone)(?: ever| has ever| has| have)? (?:hits?|hit|hurts?|hurt|beats?|beaten|touch(?:es|ed)?|bull(?:ies|ied|y)|abuses?|abused|slaps?|slapped|kicks?|kicked|punch(?:es|ed)?|threatens?|threatened|harms?|harmed) (?:me|us)${E}`,
		String.raw`${B}(?:(?:i|we|i['’]m|im|i am|i was|i have|i['’]ve|ive)(?: never| not| haven['’]?t| havent| have never| don['’]?t| dont| do not)(?: ever| really| been| once)?(?: been)? (?:been )?(?:bullied|abused|hit|beaten|touched|hurt by|raped|molested|suicidal|hurting myself|self[- ]?harm(?:ed|ing)?|cut myself|cutting))${E}`,
		String.raw`${B}(?:(?:i|we)(?: would| will| could)? never|i['’]?d never|i wouldn['’]?t|i won['’]?t|i don['’]?t|i dont|i do not)(?: ever| really)? (?:want to |wanna )?(?:kill|hurt|cut|harm|unalive) (?:myself|my ?self)${E}`,
		String.raw`${B}(?:i['’]?m|im|i am)(?: really| definitely)? not (?:suicidal|depressed and suicidal|going to kill myself|gonna kill myself)${E}`,
		String.raw`${B}(?:don['’]?t|dont|do not|never) (?:want|wanna) (?:to )?die${E}`,
		String.raw`${B}(?:not|never) (?:scared|afraid) (?:of|to) [\p{L}'’]{1,12}(?: [\p{L}'’]{1,12}){0,2}`,
		String.raw`${B}(?:told|tells|said|says) (?:me|us) not to tell (?:anyone|anybody|\p{L}{1,10}) about (?:the|her|his|my|our|their) (?:surprise|present|gift|birthday|party|crush|plan|test|grade|results?|boyfriend|girlfriend)${E}`,
		// fiction, lessons, news: the rest of the sentence after a marker, or before it
		String.raw`${B}(?:in|from|about) (?:the|this|that|a|an|my|our) (?:film|movie|book|story|novel|series|tv show|show|episode|play|anime|manga|cartoon|fairy ?tale|song|poem|musical|documentary|lyrics|history lesson|news|article|video game)(?: ${WORD}){0,14}`,
		String.raw`${B}(?:${WORD} ){0,12}(?:in|from) (?:the|this|that|a|an) (?:film|movie|book|story|novel|series|tv show|show|episode|play|anime|manga|cartoon|fairy ?tale|song|poem|musical|documentary|lyrics|news)${E}`,
		String.raw`${B}(?:in history|in the war|in world war (?:ii|2|two|i|1|one)|in ww[12]|during the war|in the middle ages|in ancient (?:rome|greece|egypt|times)|romeo and juliet|hamlet|hitler|cleopatra)(?: ${WORD}){0,12}`,
		String.raw`${B}(?:the|a) (?:song|film|movie|book|character|villain|hero|main character|king|queen|emperor|soldiers?|singer|rapper|actor)(?: ${WORD}){0,12}`,
		String.raw`${B}(?:teen|teenage|youth|student) suicides?${E}|${B}suicides? (?:among|rates?|statistics|numbers)${E}`,
		String.raw`${B}suicide (?:squad|prevention|awareness|hotline|helpline|bomber|bombing|attack|rates?)${E}|${B}(?:lessons?|class|talk|talked|video|presentation|assembly|project|article|poster|campaign|workshop|information|info|learn(?:ed|t|ing)?|read|reading|book|film|movie|documentary|essay|week|day) (?:about|on|against) (?:suicide|self[- ]?harm)${E}`
	]
};
