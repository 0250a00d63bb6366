import type { DemoContent } from './content.ts';

export const et: DemoContent = {
	title: {
		child: 'Turvaline tunne internetis',
		teen: 'Turvaline tunne internetis',
		adult: 'Turvalisus internetis: noorte kogemused'
	},
	purpose: {
		child: 'Tahame teada, kui turvaliselt sa end internetis tunned ja mis võiks seda paremaks teha.',
		teen: 'Tahame kuulda, kui turvaliselt sa end internetis tunned ja mis teeks interneti sinuvanuste jaoks paremaks.',
		adult: 'Soovime teada saada, kui turvaliselt noored end internetis tunnevad ja milliseid muudatusi nad esikohale seaksid.'
	},
	audience: {
		child: 'Läänemere-äärsete riikide täiskasvanud, kes teevad lastele reegleid, loevad, mida sa ütled. Nad loevad seda pärast suve.',
		teen: 'Läänemeremaade Nõukogu eksperdid, kes nõustavad valitsusi laste turvalisuse küsimustes, loevad vastuseid pärast küsitluse lõppu.',
		adult: 'Läänemeremaade Nõukogu riskilaste eksperdirühm loeb anonüümitud vastuseid pärast küsitluse lõppu ja kasutab neid valitsuste nõustamisel.'
	},
	feedbackPlan: {
		child: 'Kui täiskasvanud on kõik läbi lugenud, räägime sulle, mida nad teada said ja mida nad teha kavatsevad. Hoia oma kinnituskood alles, et seda näha.',
		teen: 'Kui vastused on läbi loetud, avaldame, mida me teada saime ja mis edasi saab. Oma kinnituskoodiga leiad selle üles.',
		adult: 'Kui vastused on läbi vaadatud, avaldame kokkuvõtte sellest, mida teada saime, ja sellele järgnevatest sammudest. Sinu kinnituskood juhatab sind selleni.'
	},
	questions: [
		{
			prompt: { child: 'Enne kui alustame', teen: 'Enne kui alustad', adult: 'Enne kui alustad' },
			body: {
				child: 'Õigeid ega valesid vastuseid ei ole. Iga küsimuse võid vahele jätta. Keegi ei saa teada, kes sa oled.',
				teen: 'Õigeid ega valesid vastuseid ei ole ning iga küsimuse võid vahele jätta või igal ajal lõpetada. Sinu vastused on anonüümsed.',
				adult: 'Õigeid ega valesid vastuseid ei ole. Võid iga küsimuse vahele jätta või igal ajal lõpetada. Sinu vastused on anonüümsed.'
			}
		},
		{
			prompt: {
				child: 'Kui turvaliselt sa end tunned, kui oled internetis?',
				teen: 'Kui turvaliselt sa end internetis olles tunned?',
				adult: 'Kui turvaliselt sa end internetis üldiselt tunned?'
			},
			options: [
				{ child: 'Väga ebaturvaliselt', teen: 'Väga ebaturvaliselt', adult: 'Väga ebaturvaliselt' },
				{ child: 'Natuke ebaturvaliselt', teen: 'Üsna ebaturvaliselt', adult: 'Pigem ebaturvaliselt' },
				{ child: 'Nii ja naa', teen: 'Ei turvaliselt ega ebaturvaliselt', adult: 'Ei turvaliselt ega ebaturvaliselt' },
				{ child: 'Üsna turvaliselt', teen: 'Üsna turvaliselt', adult: 'Pigem turvaliselt' },
				{ child: 'Väga turvaliselt', teen: 'Väga turvaliselt', adult: 'Väga turvaliselt' }
			]
		},
		{
			prompt: {
				child: 'Kui miski internetis paneb sind muretsema, kas sa tead, kellelt abi küsida?',
				teen: 'Kui miski internetis paneb sind muretsema, kas sa tead, kellelt saaksid abi küsida?',
				adult: 'Kui miski internetis paneb sind muretsema, kas sa tead, kust abi saada?'
			}
		},
		{
			prompt: {
				child: 'Kus sa internetis kõige rohkem aega veedad?',
				teen: 'Kus sa internetis kõige rohkem aega veedad?',
				adult: 'Kus sa internetis kõige rohkem aega veedad?'
			},
			hint: { child: 'Vali üks.', teen: 'Vali üks.', adult: 'Vali üks.' },
			options: [
				{ child: 'Mängud', teen: 'Mängud', adult: 'Veebimängud' },
				{ child: 'Äpid, kus inimesed jagavad pilte ja videoid', teen: 'Sotsiaalmeedia', adult: 'Sotsiaalmeedia' },
				{ child: 'Videote vaatamine', teen: 'Videosaidid', adult: 'Videoplatvormid' },
				{ child: 'Sõpradega vestlemine', teen: 'Vestlusäpid', adult: 'Sõnumirakendused' },
				{ child: 'Kooliasjad', teen: 'Koolitööd', adult: 'Õpingud või töö' }
			]
		},
		{
			prompt: {
				child: 'Mis paneb sind internetis end ebaturvaliselt tundma?',
				teen: 'Mis paneb sind internetis end ebaturvaliselt tundma?',
				adult: 'Mis paneb sind internetis end ebaturvaliselt tundma?'
			},
			hint: { child: 'Võid valida kuni kolm.', teen: 'Vali kuni kolm.', adult: 'Vali kuni kolm.' },
			options: [
				{ child: 'Kui mulle kirjutavad inimesed, keda ma ei tunne', teen: 'Võõrad võtavad minuga ühendust', adult: 'Võõraste ühendusevõtmine' },
				{ child: 'Õelad kommentaarid', teen: 'Õelad või vaenulikud kommentaarid', adult: 'Ahistamine või vaenulikud kommentaarid' },
				{ child: 'Kui minu pilte jagatakse minult küsimata', teen: 'Minu pilte jagatakse ilma minu loata', adult: 'Minu piltide jagamine ilma nõusolekuta' },
				{ child: 'Nipid, millega püütakse saada mu raha või paroole', teen: 'Pettused', adult: 'Petuskeemid ja pettused' },
				{ child: 'Kui näen asju, mis mind häirivad', teen: 'Häirivate asjade nägemine', adult: 'Häiriv või vägivaldne sisu' }
			]
		},
		{
			prompt: {
				child: 'Mida peaksid täiskasvanud kõigepealt tegema, et internet oleks turvalisem? Pane need järjekorda.',
				teen: 'Mida peaksid täiskasvanud kõigepealt tegema, et muuta internet turvalisemaks? Pane need järjekorda.',
				adult: 'Milliseid samme peaksid otsustajad esmajärjekorras astuma, et muuta internet turvalisemaks? Järjesta need.'
			},
			hint: {
				child: 'Number 1 on kõige tähtsam.',
				teen: 'Pane kõige tähtsam esimeseks.',
				adult: 'Pane kõige olulisem samm esimeseks.'
			},
			options: [
				{ child: 'Õpetada meile koolis, kuidas end kaitsta', teen: 'Õpetada koolis internetiturvalisust', adult: 'Internetiturvalisuse õpe koolides' },
				{ child: 'Teha nii, et probleemist oleks lihtne kellelegi rääkida', teen: 'Teha probleemidest teatamine lihtsamaks', adult: 'Lihtsam teavitamine kahjulikust sisust' },
				{ child: 'Teha äpid lastele turvalisemaks', teen: 'Teha äpid turvalisemaks juba nende loomisel', adult: 'Sisseehitatud turvalisus rakendustes ja platvormidel' },
				{ child: 'Kuulata rohkem lapsi', teen: 'Kuulata rohkem noori', adult: 'Kaasata noori otsuste tegemisse' }
			]
		},
		{
			prompt: {
				child: 'Enne järgmist küsimust',
				teen: 'Enne järgmist küsimust',
				adult: 'Enne järgmist küsimust'
			},
			body: {
				child: 'Järgmisena saad kirjutada oma sõnadega. Palun ära kirjuta oma ega kellegi teise nime. Täiskasvanud, kes seda loevad, ei saa teada, kes sa oled, ja seepärast ei saa nad tulla sind aitama. Kui sa oled ohus, helista palun lehe allosas olevale abitelefonile.',
				teen: 'Järgmisena saad kirjutada oma sõnadega. Ära kirjuta nimesid ega midagi, mis näitab, kes sa oled. Vastuste lugejad ei saa teada, kes need kirjutas, seega ei saa nad sinuga ühendust võtta. Kui sa oled ohus, võta palun ühendust lehe allosas oleva abitelefoniga.',
				adult: 'Järgmises küsimuses palutakse sul vastata oma sõnadega. Palun jäta välja nimed ja kõik, mille järgi saaks tuvastada sind või teisi. Vastused on anonüümsed, seega ei saa keegi sinuga kirjutatu kohta ühendust võtta. Kui sa oled ohus, võta palun ühendust abitelefoniga, mis on näidatud lehe allosas.'
			}
		},
		{
			prompt: {
				child: 'Mida sa tahaksid öelda täiskasvanutele, kes teevad interneti kohta reegleid?',
				teen: 'Mida sa tahaksid öelda inimestele, kes teevad internetiga seotud otsuseid?',
				adult: 'Mida sa tahaksid, et otsustajad sinu elust internetis teaksid?'
			}
		}
	]
};
