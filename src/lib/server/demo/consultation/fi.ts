import type { DemoContent } from './content.ts';

export const fi: DemoContent = {
	title: {
		child: 'Turvallinen olo netissä',
		teen: 'Turvallinen olo netissä',
		adult: 'Turvallisuus verkossa: nuorten kokemuksia'
	},
	purpose: {
		child: 'Haluamme tietää, kuinka turvalliseksi tunnet olosi netissä ja mikä voisi tehdä siitä paremman.',
		teen: 'Haluamme kuulla, kuinka turvalliseksi tunnet olosi netissä ja mikä tekisi netistä paremman ikäisillesi.',
		adult: 'Haluamme selvittää, kuinka turvalliseksi nuoret tuntevat olonsa verkossa ja mitkä muutokset he asettaisivat etusijalle.'
	},
	audience: {
		child: 'Itämeren ympärillä olevien maiden aikuiset, jotka tekevät sääntöjä lapsille, lukevat, mitä sanot. He lukevat sen kesän jälkeen.',
		teen: 'Itämeren valtioiden neuvoston asiantuntijat, jotka neuvovat hallituksia lasten turvallisuuteen liittyvissä asioissa, lukevat vastaukset kyselyn päätyttyä.',
		adult: 'Itämeren valtioiden neuvoston vaarassa olevia lapsia käsittelevä asiantuntijaryhmä lukee anonymisoidut vastaukset kyselyn päätyttyä ja hyödyntää niitä neuvoessaan hallituksia.'
	},
	feedbackPlan: {
		child: 'Kun aikuiset ovat lukeneet kaiken, kerromme sinulle, mitä he saivat kuulla ja mitä he aikovat tehdä. Pidä kuittikoodisi tallessa, niin näet sen.',
		teen: 'Kun vastaukset on luettu, julkaisemme, mitä saimme kuulla ja mitä seuraavaksi tapahtuu. Löydät sen kuittikoodisi avulla.',
		adult: 'Kun vastaukset on käyty läpi, julkaisemme yhteenvedon siitä, mitä saimme kuulla, ja sitä seuraavista toimista. Kuittikoodillasi pääset siihen.'
	},
	questions: [
		{
			prompt: { child: 'Ennen kuin aloitetaan', teen: 'Ennen kuin aloitat', adult: 'Ennen kuin aloitat' },
			body: {
				child: 'Oikeita tai vääriä vastauksia ei ole. Voit jättää minkä tahansa kysymyksen väliin. Kukaan ei saa tietää, kuka olet.',
				teen: 'Oikeita tai vääriä vastauksia ei ole, ja voit jättää minkä tahansa kysymyksen väliin tai lopettaa milloin tahansa. Vastauksesi ovat nimettömiä.',
				adult: 'Oikeita tai vääriä vastauksia ei ole. Voit jättää minkä tahansa kysymyksen väliin tai lopettaa milloin tahansa. Vastauksesi ovat anonyymejä.'
			}
		},
		{
			prompt: {
				child: 'Kuinka turvalliseksi tunnet olosi, kun olet netissä?',
				teen: 'Kuinka turvalliseksi tunnet olosi, kun olet netissä?',
				adult: 'Kuinka turvalliseksi tunnet olosi verkossa kaiken kaikkiaan?'
			},
			options: [
				{ child: 'Hyvin turvaton', teen: 'Hyvin turvaton', adult: 'Hyvin turvaton' },
				{ child: 'Vähän turvaton', teen: 'Melko turvaton', adult: 'Jokseenkin turvaton' },
				{ child: 'Siltä väliltä', teen: 'Ei turvallinen eikä turvaton', adult: 'Ei turvallinen eikä turvaton' },
				{ child: 'Melko turvallinen', teen: 'Melko turvallinen', adult: 'Jokseenkin turvallinen' },
				{ child: 'Hyvin turvallinen', teen: 'Hyvin turvallinen', adult: 'Hyvin turvallinen' }
			]
		},
		{
			prompt: {
				child: 'Jos jokin netissä huolestuttaa sinua, tiedätkö, keneltä voit pyytää apua?',
				teen: 'Jos jokin netissä huolestuttaa sinua, tiedätkö, keneltä voisit pyytää apua?',
				adult: 'Jos jokin verkossa huolestuttaa sinua, tiedätkö, mistä saat apua?'
			}
		},
		{
			prompt: {
				child: 'Missä vietät eniten aikaa netissä?',
				teen: 'Missä vietät eniten aikaasi netissä?',
				adult: 'Missä vietät eniten aikaasi verkossa?'
			},
			hint: { child: 'Valitse yksi.', teen: 'Valitse yksi.', adult: 'Valitse yksi.' },
			options: [
				{ child: 'Pelit', teen: 'Pelit', adult: 'Verkkopelit' },
				{ child: 'Sovellukset, joissa ihmiset jakavat kuvia ja videoita', teen: 'Sosiaalinen media', adult: 'Sosiaalinen media' },
				{ child: 'Videoiden katsominen', teen: 'Videosivustot', adult: 'Videopalvelut' },
				{ child: 'Juttelu kavereiden kanssa', teen: 'Chattisovellukset', adult: 'Pikaviestisovellukset' },
				{ child: 'Koulujutut', teen: 'Koulutehtävät', adult: 'Opiskelu tai työ' }
			]
		},
		{
			prompt: {
				child: 'Mikä saa sinut tuntemaan olosi turvattomaksi netissä?',
				teen: 'Mikä saa sinut tuntemaan olosi turvattomaksi netissä?',
				adult: 'Mikä saa sinut tuntemaan olosi turvattomaksi verkossa?'
			},
			hint: { child: 'Voit valita korkeintaan kolme.', teen: 'Valitse enintään kolme.', adult: 'Valitse enintään kolme.' },
			options: [
				{ child: 'Kun minulle kirjoittaa ihmisiä, joita en tunne', teen: 'Kun tuntemattomat ottavat minuun yhteyttä', adult: 'Tuntemattomien yhteydenotot' },
				{ child: 'Ilkeät kommentit', teen: 'Ilkeät tai vihamieliset kommentit', adult: 'Häirintä tai vihamieliset kommentit' },
				{ child: 'Kun kuvia minusta jaetaan kysymättä', teen: 'Kun kuvia minusta jaetaan ilman lupaani', adult: 'Minusta otettujen kuvien jakaminen ilman suostumusta' },
				{ child: 'Keinot, joilla minulta yritetään huijata rahaa tai salasanoja', teen: 'Huijaukset', adult: 'Huijaukset ja petokset' },
				{ child: 'Kun näen asioita, jotka pahoittavat mieleni', teen: 'Kun näen ahdistavia asioita', adult: 'Ahdistava tai väkivaltainen sisältö' }
			]
		},
		{
			prompt: {
				child: 'Mitä aikuisten pitäisi tehdä ensimmäiseksi, jotta netistä tulisi turvallisempi? Laita ne järjestykseen.',
				teen: 'Mitä aikuisten pitäisi tehdä ensin, jotta netistä tulisi turvallisempi? Laita ne järjestykseen.',
				adult: 'Mitkä toimet päättäjien pitäisi toteuttaa ensimmäisinä, jotta verkosta tulisi turvallisempi? Aseta ne tärkeysjärjestykseen.'
			},
			hint: {
				child: 'Numero 1 on tärkein.',
				teen: 'Laita tärkein ensimmäiseksi.',
				adult: 'Aseta tärkein toimi ensimmäiseksi.'
			},
			options: [
				{ child: 'Opettaa meille koulussa, miten pysyä turvassa', teen: 'Opettaa nettiturvallisuutta koulussa', adult: 'Verkkoturvallisuuden opetus kouluissa' },
				{ child: 'Tehdä helpoksi kertoa jollekulle ongelmasta', teen: 'Helpottaa ongelmista ilmoittamista', adult: 'Helpompi tapa ilmoittaa haitallisesta sisällöstä' },
				{ child: 'Tehdä sovelluksista turvallisempia lapsille', teen: 'Suunnitella sovellukset alusta asti turvallisiksi', adult: 'Sisäänrakennettu turvallisuus sovelluksissa ja alustoilla' },
				{ child: 'Kuunnella lapsia enemmän', teen: 'Kuunnella nuoria enemmän', adult: 'Ottaa nuoret mukaan päätöksentekoon' }
			]
		},
		{
			prompt: {
				child: 'Ennen seuraavaa kysymystä',
				teen: 'Ennen seuraavaa kysymystä',
				adult: 'Ennen seuraavaa kysymystä'
			},
			body: {
				child: 'Seuraavaksi voit kirjoittaa omin sanoin. Ethän kirjoita omaa nimeäsi tai kenenkään muun nimeä. Aikuiset, jotka lukevat sen, eivät voi saada selville, kuka olet, joten he eivät voi tulla auttamaan sinua. Jos et ole turvassa, soita sivun alareunassa olevaan auttavaan puhelimeen.',
				teen: 'Seuraavaksi voit kirjoittaa omin sanoin. Älä kirjoita nimiä tai mitään, mistä selviää, kuka olet. Vastausten lukijat eivät voi saada selville, kuka ne on kirjoittanut, joten he eivät voi ottaa sinuun yhteyttä. Jos et ole turvassa, ota yhteyttä sivun alareunassa olevaan auttavaan puhelimeen.',
				adult: 'Seuraavassa kysymyksessä pyydetään vastaamaan omin sanoin. Jätäthän pois nimet ja kaiken, mistä sinut tai muut voisi tunnistaa. Vastaukset ovat anonyymejä, joten kukaan ei voi ottaa sinuun yhteyttä sen vuoksi, mitä kirjoitat. Jos et ole turvassa, ota yhteyttä auttavaan puhelimeen, joka näkyy sivun alareunassa.'
			}
		},
		{
			prompt: {
				child: 'Mitä haluaisit sanoa aikuisille, jotka päättävät netin säännöistä?',
				teen: 'Mitä haluaisit sanoa ihmisille, jotka tekevät internetiä koskevia päätöksiä?',
				adult: 'Mitä haluaisit päättäjien tietävän elämästäsi verkossa?'
			}
		}
	]
};
