import type { DemoContent } from './content.ts';

export const de: DemoContent = {
	title: {
		child: 'Sich im Internet sicher fühlen',
		teen: 'Sich online sicher fühlen',
		adult: 'Sicherheit im Netz: Erfahrungen junger Menschen'
	},
	purpose: {
		child: 'Wir möchten wissen, wie sicher du dich im Internet fühlst und was es besser machen würde.',
		teen: 'Wir möchten hören, wie sicher du dich online fühlst und was das Internet für Leute in deinem Alter besser machen würde.',
		adult: 'Wir möchten erfahren, wie sicher sich junge Menschen online fühlen und welchen Veränderungen sie Vorrang geben würden.'
	},
	audience: {
		child: 'Erwachsene aus den Ländern rund um die Ostsee, die Regeln für Kinder machen, lesen, was du sagst. Sie lesen es nach dem Sommer.',
		teen: 'Expertinnen und Experten des Ostseerats, die Regierungen zur Sicherheit von Kindern beraten, lesen die Antworten, wenn die Befragung beendet ist.',
		adult: 'Die Expertengruppe für gefährdete Kinder des Ostseerats liest die anonymisierten Antworten nach dem Ende der Befragung und nutzt sie bei der Beratung von Regierungen.'
	},
	feedbackPlan: {
		child: 'Wenn die Erwachsenen alles gelesen haben, erzählen wir dir, was sie erfahren haben und was sie tun werden. Heb deinen Quittungscode auf, dann kannst du es dir ansehen.',
		teen: 'Wenn die Antworten gelesen wurden, veröffentlichen wir, was wir erfahren haben und wie es weitergeht. Mit deinem Quittungscode findest du es.',
		adult: 'Sobald die Antworten ausgewertet sind, veröffentlichen wir eine Zusammenfassung dessen, was wir erfahren haben, und der Maßnahmen, die daraus folgen. Dein Quittungscode führt dich dorthin.'
	},
	questions: [
		{
			prompt: { child: 'Bevor wir anfangen', teen: 'Bevor du anfängst', adult: 'Bevor du anfängst' },
			body: {
				child: 'Es gibt keine richtigen oder falschen Antworten. Du kannst jede Frage überspringen. Niemand erfährt, wer du bist.',
				teen: 'Es gibt keine richtigen oder falschen Antworten, und du kannst jede Frage überspringen oder jederzeit aufhören. Deine Antworten sind anonym.',
				adult: 'Es gibt keine richtigen oder falschen Antworten. Du kannst jede Frage überspringen oder jederzeit aufhören. Deine Antworten sind anonym.'
			}
		},
		{
			prompt: {
				child: 'Wie sicher fühlst du dich, wenn du im Internet bist?',
				teen: 'Wie sicher fühlst du dich, wenn du online bist?',
				adult: 'Wie sicher fühlst du dich alles in allem online?'
			},
			options: [
				{ child: 'Sehr unsicher', teen: 'Sehr unsicher', adult: 'Sehr unsicher' },
				{ child: 'Ein bisschen unsicher', teen: 'Ziemlich unsicher', adult: 'Eher unsicher' },
				{ child: 'Mittel', teen: 'Weder sicher noch unsicher', adult: 'Weder sicher noch unsicher' },
				{ child: 'Ziemlich sicher', teen: 'Ziemlich sicher', adult: 'Eher sicher' },
				{ child: 'Sehr sicher', teen: 'Sehr sicher', adult: 'Sehr sicher' }
			]
		},
		{
			prompt: {
				child: 'Wenn dir etwas im Internet Sorgen macht, weißt du dann, wen du um Hilfe bitten kannst?',
				teen: 'Wenn dir online etwas Sorgen macht, weißt du, wen du um Hilfe bitten könntest?',
				adult: 'Wenn dir online etwas Sorgen macht, weißt du, wo du Hilfe bekommst?'
			}
		},
		{
			prompt: {
				child: 'Wo verbringst du im Internet die meiste Zeit?',
				teen: 'Wo verbringst du online die meiste Zeit?',
				adult: 'Wo verbringst du online die meiste Zeit?'
			},
			hint: { child: 'Such dir eins aus.', teen: 'Wähle eine Antwort.', adult: 'Wähle eine Antwort.' },
			options: [
				{ child: 'Spiele', teen: 'Spiele', adult: 'Onlinespiele' },
				{ child: 'Apps, in denen Leute Bilder und Videos teilen', teen: 'Social Media', adult: 'Soziale Medien' },
				{ child: 'Videos anschauen', teen: 'Videoseiten', adult: 'Videoplattformen' },
				{ child: 'Mit Freundinnen und Freunden chatten', teen: 'Chat-Apps', adult: 'Messenger-Apps' },
				{ child: 'Sachen für die Schule', teen: 'Schulaufgaben', adult: 'Studium oder Arbeit' }
			]
		},
		{
			prompt: {
				child: 'Was gibt dir im Internet ein unsicheres Gefühl?',
				teen: 'Wodurch fühlst du dich online unsicher?',
				adult: 'Wodurch fühlst du dich online unsicher?'
			},
			hint: { child: 'Du kannst bis zu drei aussuchen.', teen: 'Wähle bis zu drei aus.', adult: 'Wähle bis zu drei aus.' },
			options: [
				{ child: 'Wenn mir Leute schreiben, die ich nicht kenne', teen: 'Wenn Fremde mich kontaktieren', adult: 'Kontaktaufnahme durch Fremde' },
				{ child: 'Gemeine Kommentare', teen: 'Gemeine oder hasserfüllte Kommentare', adult: 'Belästigung oder Hasskommentare' },
				{ child: 'Wenn Bilder von mir geteilt werden, ohne dass mich jemand fragt', teen: 'Wenn Bilder von mir ohne meine Erlaubnis geteilt werden', adult: 'Bilder von mir, die ohne Zustimmung geteilt werden' },
				{ child: 'Tricks, mit denen jemand an mein Geld oder meine Passwörter kommen will', teen: 'Abzocke', adult: 'Betrugsmaschen und Betrug' },
				{ child: 'Wenn ich Sachen sehe, die mich durcheinanderbringen', teen: 'Wenn ich verstörende Dinge sehe', adult: 'Verstörende oder gewalttätige Inhalte' }
			]
		},
		{
			prompt: {
				child: 'Was sollen Erwachsene zuerst tun, damit das Internet sicherer wird? Bring sie in eine Reihenfolge.',
				teen: 'Was sollten Erwachsene zuerst tun, um das Internet sicherer zu machen? Bring sie in eine Reihenfolge.',
				adult: 'Welche Maßnahmen sollten Entscheidungsträgerinnen und Entscheidungsträger zuerst ergreifen, um das Internet sicherer zu machen? Bring sie in eine Rangfolge.'
			},
			hint: {
				child: 'Nummer 1 ist das Wichtigste.',
				teen: 'Setz das Wichtigste an die erste Stelle.',
				adult: 'Setz die wichtigste Maßnahme an die erste Stelle.'
			},
			options: [
				{ child: 'Uns in der Schule beibringen, wie wir sicher bleiben', teen: 'Online-Sicherheit in der Schule unterrichten', adult: 'Unterricht zu Online-Sicherheit an Schulen' },
				{ child: 'Es leicht machen, jemandem von einem Problem zu erzählen', teen: 'Das Melden von Problemen einfacher machen', adult: 'Einfacheres Melden schädlicher Inhalte' },
				{ child: 'Apps für Kinder sicherer machen', teen: 'Apps schon bei der Entwicklung sicherer machen', adult: 'Von Grund auf sichere Apps und Plattformen' },
				{ child: 'Kindern mehr zuhören', teen: 'Jungen Menschen mehr zuhören', adult: 'Junge Menschen an Entscheidungen beteiligen' }
			]
		},
		{
			prompt: {
				child: 'Vor der nächsten Frage',
				teen: 'Vor der nächsten Frage',
				adult: 'Vor der nächsten Frage'
			},
			body: {
				child: 'Als Nächstes kannst du mit deinen eigenen Worten schreiben. Bitte schreib nicht deinen Namen oder den Namen von jemand anderem. Die Erwachsenen, die das lesen, können nicht herausfinden, wer du bist. Deshalb können sie nicht kommen und dir helfen. Wenn du nicht in Sicherheit bist, ruf bitte das Hilfetelefon unten auf der Seite an.',
				teen: 'Als Nächstes kannst du mit deinen eigenen Worten schreiben. Schreib keine Namen und nichts, woran man erkennt, wer du bist. Die Personen, die die Antworten lesen, können nicht herausfinden, wer sie geschrieben hat, und dich deshalb nicht kontaktieren. Wenn du nicht in Sicherheit bist, wende dich bitte an das Hilfetelefon unten auf der Seite.',
				adult: 'Bei der nächsten Frage antwortest du mit deinen eigenen Worten. Bitte lass Namen und alles weg, wodurch du oder andere erkannt werden könnten. Die Antworten sind anonym, deshalb kann dich niemand auf das ansprechen, was du schreibst. Wenn du nicht in Sicherheit bist, wende dich bitte an das Hilfetelefon, das unten auf der Seite angezeigt wird.'
			}
		},
		{
			prompt: {
				child: 'Was möchtest du den Erwachsenen sagen, die Regeln für das Internet machen?',
				teen: 'Was möchtest du den Menschen sagen, die Entscheidungen über das Internet treffen?',
				adult: 'Was möchtest du Entscheidungsträgerinnen und Entscheidungsträgern über dein Leben online mitteilen?'
			}
		}
	]
};
