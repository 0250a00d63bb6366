import type { DemoContent } from './content.ts';

export const is: DemoContent = {
	title: {
		child: 'Að finna til öryggis á netinu',
		teen: 'Að finna til öryggis á netinu',
		adult: 'Öryggi á netinu: reynsla ungs fólks'
	},
	purpose: {
		child: 'Okkur langar að vita hversu öruggt þér finnst að vera á netinu og hvað gæti gert það betra.',
		teen: 'Okkur langar að heyra hversu öruggt þér finnst að vera á netinu og hvað myndi gera netið betra fyrir fólk á þínum aldri.',
		adult: 'Við viljum komast að því hversu öruggt ungu fólki finnst að vera á netinu og hvaða breytingar það myndi setja í forgang.'
	},
	audience: {
		child: 'Fullorðnir frá löndunum í kringum Eystrasaltið sem búa til reglur fyrir börn munu lesa það sem þú segir. Þeir lesa það eftir sumarið.',
		teen: 'Sérfræðingar frá Eystrasaltsráðinu sem veita ríkisstjórnum ráðgjöf um öryggi barna munu lesa svörin eftir að könnuninni lýkur.',
		adult: 'Sérfræðingahópur Eystrasaltsráðsins um börn í hættu mun lesa ópersónugreinanlegu svörin eftir að könnuninni lýkur og nýta þau í ráðgjöf sinni til ríkisstjórna.'
	},
	feedbackPlan: {
		child: 'Þegar fullorðna fólkið hefur lesið allt segjum við þér hvað það heyrði og hvað það ætlar að gera. Geymdu kvittunarkóðann þinn svo þú getir séð það.',
		teen: 'Þegar búið er að lesa svörin birtum við það sem við heyrðum og hvað gerist næst. Notaðu kvittunarkóðann þinn til að finna það.',
		adult: 'Þegar farið hefur verið yfir svörin birtum við samantekt um það sem við heyrðum og þær aðgerðir sem fylgja í kjölfarið. Kvittunarkóðinn þinn vísar þér á hana.'
	},
	questions: [
		{
			prompt: { child: 'Áður en við byrjum', teen: 'Áður en þú byrjar', adult: 'Áður en þú byrjar' },
			body: {
				child: 'Það eru engin rétt eða röng svör. Þú mátt sleppa hvaða spurningu sem er. Enginn fær að vita hver þú ert.',
				teen: 'Það eru engin rétt eða röng svör og þú mátt sleppa hvaða spurningu sem er eða hætta hvenær sem er. Svörin þín eru nafnlaus.',
				adult: 'Það eru engin rétt eða röng svör. Þú getur sleppt hvaða spurningu sem er eða hætt hvenær sem er. Svörin þín eru nafnlaus.'
			}
		},
		{
			prompt: {
				child: 'Hversu öruggt finnst þér að vera á netinu?',
				teen: 'Hversu öruggt finnst þér að vera á netinu?',
				adult: 'Á heildina litið, hversu öruggt finnst þér að vera á netinu?'
			},
			options: [
				{ child: 'Mjög óöruggt', teen: 'Mjög óöruggt', adult: 'Mjög óöruggt' },
				{ child: 'Svolítið óöruggt', teen: 'Frekar óöruggt', adult: 'Nokkuð óöruggt' },
				{ child: 'Mitt á milli', teen: 'Hvorki öruggt né óöruggt', adult: 'Hvorki öruggt né óöruggt' },
				{ child: 'Frekar öruggt', teen: 'Frekar öruggt', adult: 'Nokkuð öruggt' },
				{ child: 'Mjög öruggt', teen: 'Mjög öruggt', adult: 'Mjög öruggt' }
			]
		},
		{
			prompt: {
				child: 'Ef eitthvað á netinu veldur þér áhyggjum, veistu hvern þú getur beðið um hjálp?',
				teen: 'Ef eitthvað á netinu veldur þér áhyggjum, veistu hvern þú gætir beðið um hjálp?',
				adult: 'Ef eitthvað á netinu veldur þér áhyggjum, veistu hvert þú getur leitað eftir aðstoð?'
			}
		},
		{
			prompt: {
				child: 'Hvar ertu mest á netinu?',
				teen: 'Hvar eyðir þú mestum tíma á netinu?',
				adult: 'Hvar eyðir þú mestum tíma á netinu?'
			},
			hint: { child: 'Veldu eitt.', teen: 'Veldu eitt.', adult: 'Veldu eitt.' },
			options: [
				{ child: 'Tölvuleikir', teen: 'Tölvuleikir', adult: 'Netleikir' },
				{ child: 'Öpp þar sem fólk deilir myndum og myndböndum', teen: 'Samfélagsmiðlar', adult: 'Samfélagsmiðlar' },
				{ child: 'Að horfa á myndbönd', teen: 'Myndbandasíður', adult: 'Myndbandsveitur' },
				{ child: 'Að spjalla við vini', teen: 'Spjallöpp', adult: 'Skilaboðaforrit' },
				{ child: 'Eitthvað fyrir skólann', teen: 'Skólaverkefni', adult: 'Nám eða vinna' }
			]
		},
		{
			prompt: {
				child: 'Hvað lætur þér finnast óöruggt að vera á netinu?',
				teen: 'Hvað veldur því að þér finnst óöruggt að vera á netinu?',
				adult: 'Hvað veldur því að þér finnst óöruggt að vera á netinu?'
			},
			hint: { child: 'Þú mátt velja allt að þrjú.', teen: 'Veldu allt að þrjú.', adult: 'Veldu allt að þrjú.' },
			options: [
				{ child: 'Fólk sem ég þekki ekki skrifar mér', teen: 'Ókunnugir hafa samband við mig', adult: 'Samskipti frá ókunnugum' },
				{ child: 'Ljótar athugasemdir', teen: 'Ljótar eða hatursfullar athugasemdir', adult: 'Áreitni eða hatursfullar athugasemdir' },
				{ child: 'Myndum af mér deilt án þess að spyrja mig', teen: 'Myndum af mér deilt án míns leyfis', adult: 'Myndum af mér deilt án samþykkis' },
				{ child: 'Brellur til að ná af mér peningum eða lykilorðum', teen: 'Svindl', adult: 'Svindl og fjársvik' },
				{ child: 'Að sjá eitthvað sem lætur mér líða illa', teen: 'Að sjá eitthvað sem kemur mér í uppnám', adult: 'Truflandi eða ofbeldisfullt efni' }
			]
		},
		{
			prompt: {
				child: 'Hvað ætti fullorðna fólkið að gera fyrst til að gera netið öruggara? Raðaðu þessu í röð.',
				teen: 'Hvað ættu fullorðnir að gera fyrst til að gera netið öruggara? Raðaðu þessu í röð.',
				adult: 'Í hvaða aðgerðir ættu ráðamenn að ráðast fyrst til að gera netið öruggara? Raðaðu þeim eftir mikilvægi.'
			},
			hint: {
				child: 'Númer 1 er það mikilvægasta.',
				teen: 'Settu það mikilvægasta fyrst.',
				adult: 'Settu mikilvægustu aðgerðina fyrst.'
			},
			options: [
				{ child: 'Kenna okkur í skólanum hvernig við getum verið örugg', teen: 'Kenna netöryggi í skólanum', adult: 'Fræðsla um netöryggi í skólum' },
				{ child: 'Gera það auðvelt að segja einhverjum frá vandamáli', teen: 'Gera auðveldara að tilkynna vandamál', adult: 'Einfaldari leiðir til að tilkynna skaðlegt efni' },
				{ child: 'Gera öpp öruggari fyrir börn', teen: 'Hanna öpp þannig að þau séu öruggari', adult: 'Innbyggt öryggi í forritum og netveitum' },
				{ child: 'Hlusta meira á börn', teen: 'Hlusta meira á ungt fólk', adult: 'Aðkoma ungs fólks að ákvörðunum' }
			]
		},
		{
			prompt: {
				child: 'Fyrir næstu spurningu',
				teen: 'Fyrir næstu spurningu',
				adult: 'Fyrir næstu spurningu'
			},
			body: {
				child: 'Næst getur þú skrifað með þínum eigin orðum. Ekki skrifa nafnið þitt eða nafn neins annars. Fullorðna fólkið sem les þetta getur ekki fundið út hver þú ert og getur því ekki komið og hjálpað þér. Ef þér er ekki óhætt skaltu hringja í hjálparsímann neðst á síðunni.',
				teen: 'Næst getur þú skrifað með þínum eigin orðum. Ekki skrifa nöfn eða neitt sem sýnir hver þú ert. Þau sem lesa svörin geta ekki komist að því hver skrifaði þau og geta því ekki haft samband við þig. Ef þér er ekki óhætt skaltu hafa samband við hjálparsímann neðst á síðunni.',
				adult: 'Í næstu spurningu er beðið um svar með þínum eigin orðum. Slepptu nöfnum og öllu sem gæti persónugreint þig eða aðra. Svörin eru nafnlaus, svo enginn getur haft samband við þig vegna þess sem þú skrifar. Ef þér er ekki óhætt skaltu hafa samband við hjálparsímann sem birtist neðst á síðunni.'
			}
		},
		{
			prompt: {
				child: 'Hvað myndirðu vilja segja fullorðna fólkinu sem býr til reglur um netið?',
				teen: 'Hvað myndirðu vilja segja þeim sem taka ákvarðanir um netið?',
				adult: 'Hvað viltu að ráðamenn viti um líf þitt á netinu?'
			}
		}
	]
};
