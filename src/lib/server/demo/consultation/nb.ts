import type { DemoContent } from './content.ts';

export const nb: DemoContent = {
	title: {
		child: 'Å føle seg trygg på nettet',
		teen: 'Å føle seg trygg på nettet',
		adult: 'Trygghet på nett: unges erfaringer'
	},
	purpose: {
		child: 'Vi vil vite hvor trygg du føler deg på internett, og hva som kunne gjort det bedre.',
		teen: 'Vi vil høre hvor trygg du føler deg på nettet, og hva som ville gjort nettet bedre for folk på din alder.',
		adult: 'Vi vil finne ut hvor trygge unge føler seg på nettet, og hvilke endringer de ville prioritert først.'
	},
	audience: {
		child: 'Voksne fra landene rundt Østersjøen som lager regler for barn, skal lese det du sier. De skal lese det etter sommeren.',
		teen: 'Eksperter fra Østersjørådet som gir regjeringer råd om barns sikkerhet, skal lese svarene etter at undersøkelsen er avsluttet.',
		adult: 'Østersjørådets ekspertgruppe for utsatte barn skal lese de anonymiserte svarene etter at undersøkelsen er avsluttet, og bruke dem i sine råd til regjeringer.'
	},
	feedbackPlan: {
		child: 'Når de voksne har lest alt, skal vi fortelle deg hva de fikk høre og hva de skal gjøre. Ta vare på kvitteringskoden din, så kan du se det.',
		teen: 'Når svarene er lest, publiserer vi hva vi fikk høre og hva som skjer videre. Bruk kvitteringskoden din for å finne det.',
		adult: 'Når svarene er gjennomgått, publiserer vi en oppsummering av hva vi fikk høre og hvilke tiltak som følger. Kvitteringskoden din tar deg dit.'
	},
	questions: [
		{
			prompt: { child: 'Før vi begynner', teen: 'Før du begynner', adult: 'Før du begynner' },
			body: {
				child: 'Det finnes ingen riktige eller gale svar. Du kan hoppe over hvilket som helst spørsmål. Ingen får vite hvem du er.',
				teen: 'Det finnes ingen riktige eller gale svar, og du kan hoppe over hvilket som helst spørsmål eller slutte når du vil. Svarene dine er anonyme.',
				adult: 'Det finnes ingen riktige eller gale svar. Du står fritt til å hoppe over hvilket som helst spørsmål eller avslutte når som helst. Svarene dine er anonyme.'
			}
		},
		{
			prompt: {
				child: 'Hvor trygg føler du deg når du er på internett?',
				teen: 'Hvor trygg føler du deg når du er på nettet?',
				adult: 'Alt i alt, hvor trygg føler du deg på nettet?'
			},
			options: [
				{ child: 'Veldig utrygg', teen: 'Veldig utrygg', adult: 'Svært utrygg' },
				{ child: 'Litt utrygg', teen: 'Ganske utrygg', adult: 'Nokså utrygg' },
				{ child: 'Midt imellom', teen: 'Verken trygg eller utrygg', adult: 'Verken trygg eller utrygg' },
				{ child: 'Ganske trygg', teen: 'Ganske trygg', adult: 'Nokså trygg' },
				{ child: 'Veldig trygg', teen: 'Veldig trygg', adult: 'Svært trygg' }
			]
		},
		{
			prompt: {
				child: 'Hvis noe på internett gjør deg bekymret, vet du hvem du kan spørre om hjelp?',
				teen: 'Hvis noe på nettet bekymrer deg, vet du hvem du kunne spurt om hjelp?',
				adult: 'Hvis noe på nettet bekymrer deg, vet du hvor du kan få hjelp?'
			}
		},
		{
			prompt: {
				child: 'Hvor bruker du mest tid på internett?',
				teen: 'Hvor bruker du mest tid på nettet?',
				adult: 'Hvor bruker du mest tid på nettet?'
			},
			hint: { child: 'Velg ett.', teen: 'Velg ett.', adult: 'Velg ett.' },
			options: [
				{ child: 'Spill', teen: 'Spill', adult: 'Nettspill' },
				{ child: 'Apper der folk deler bilder og videoer', teen: 'Sosiale medier', adult: 'Sosiale medier' },
				{ child: 'Se på videoer', teen: 'Videosider', adult: 'Videoplattformer' },
				{ child: 'Chatte med venner', teen: 'Chatteapper', adult: 'Meldingsapper' },
				{ child: 'Ting til skolen', teen: 'Skolearbeid', adult: 'Studier eller jobb' }
			]
		},
		{
			prompt: {
				child: 'Hva gjør at du føler deg utrygg på internett?',
				teen: 'Hva gjør at du føler deg utrygg på nettet?',
				adult: 'Hva gjør at du føler deg utrygg på nettet?'
			},
			hint: { child: 'Du kan velge opptil tre.', teen: 'Velg opptil tre.', adult: 'Velg opptil tre.' },
			options: [
				{ child: 'Folk jeg ikke kjenner, som skriver til meg', teen: 'Fremmede som tar kontakt med meg', adult: 'Kontakt fra fremmede' },
				{ child: 'Slemme kommentarer', teen: 'Slemme eller hatefulle kommentarer', adult: 'Trakassering eller hatefulle kommentarer' },
				{ child: 'Bilder av meg som blir delt uten at noen spør meg', teen: 'Bilder av meg som blir delt uten at jeg har gitt lov', adult: 'Bilder av meg som deles uten samtykke' },
				{ child: 'Triks for å få tak i pengene eller passordene mine', teen: 'Svindel', adult: 'Svindel og bedrageri' },
				{ child: 'Å se ting som gjør meg lei meg', teen: 'Å se ubehagelige ting', adult: 'Ubehagelig eller voldelig innhold' }
			]
		},
		{
			prompt: {
				child: 'Hva bør de voksne gjøre først for å gjøre internett tryggere? Sett dem i rekkefølge.',
				teen: 'Hva bør voksne gjøre først for å gjøre nettet tryggere? Sett dem i rekkefølge.',
				adult: 'Hvilke tiltak bør beslutningstakere gjennomføre først for å gjøre nettet tryggere? Ranger dem.'
			},
			hint: {
				child: 'Nummer 1 er det viktigste.',
				teen: 'Sett det viktigste først.',
				adult: 'Sett det viktigste tiltaket først.'
			},
			options: [
				{ child: 'Lære oss på skolen hvordan vi kan være trygge', teen: 'Undervise i nettvett på skolen', adult: 'Opplæring i nettvett i skolen' },
				{ child: 'Gjøre det lett å si fra til noen om et problem', teen: 'Gjøre det lettere å melde fra om problemer', adult: 'Enklere rapportering av skadelig innhold' },
				{ child: 'Gjøre apper tryggere for barn', teen: 'Lage apper som er trygge fra starten av', adult: 'Innebygd sikkerhet i apper og plattformer' },
				{ child: 'Høre mer på barn', teen: 'Lytte mer til unge', adult: 'Involvere unge i beslutninger' }
			]
		},
		{
			prompt: {
				child: 'Før neste spørsmål',
				teen: 'Før neste spørsmål',
				adult: 'Før neste spørsmål'
			},
			body: {
				child: 'I neste spørsmål kan du skrive med dine egne ord. Vær snill og ikke skriv navnet ditt eller navnet til noen andre. De voksne som leser det, kan ikke finne ut hvem du er, så de kan ikke komme og hjelpe deg. Hvis du ikke er trygg, ring hjelpetelefonen nederst på siden.',
				teen: 'I neste spørsmål kan du skrive med dine egne ord. Ikke skriv navn eller noe som viser hvem du er. De som leser svarene, kan ikke finne ut hvem som skrev dem, så de kan ikke kontakte deg. Hvis du ikke er trygg, ta kontakt med hjelpetelefonen nederst på siden.',
				adult: 'Neste spørsmål ber om svar med dine egne ord. Ikke ta med navn eller noe som kan identifisere deg eller andre. Svarene er anonyme, så ingen kan kontakte deg om det du skriver. Hvis du ikke er trygg, ta kontakt med hjelpetelefonen som vises nederst på siden.'
			}
		},
		{
			prompt: {
				child: 'Hva vil du si til de voksne som lager regler for internett?',
				teen: 'Hva vil du si til dem som tar avgjørelser om internett?',
				adult: 'Hva ønsker du at beslutningstakere skal vite om livet ditt på nettet?'
			}
		}
	]
};
