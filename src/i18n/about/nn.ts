import type { AboutStrings } from './nb';

/** The accessibility and privacy statements, nynorsk. Same keys as nb.ts. */
export const aboutNn: AboutStrings = {
  index: {
    title: 'Om Tiltakskort',
    intro: 'Slik er Tiltakskort laga for å kunne brukast av alle, og slik tek det vare på personvernet.',
  },
  a11y: {
    page: {
      title: 'Tilgjengelegheitserklæring for Tiltakskort',
      intro: 'Tiltakskort skal kunne brukast av alle: med skjermlesar, med berre tastatur, med forstørring og på ein liten mobilskjerm. Her står kva krav løysinga skal oppfylle, korleis ho er testa, og kva vi veit om feil og manglar.',
      updated: 'Sist oppdatert {{date}}.',
      publisher: 'Tiltakskort blir publisert her av {{name}}.',
    },
    law: {
      heading: 'Kva krav gjeld',
      text: 'Tiltakskort skal oppfylle krava i forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT-)løysingar. Forskrifta viser til standarden WCAG 2.1 (Web Content Accessibility Guidelines) på nivå A og AA.',
      register: 'Kommunen som tilbyr Tiltakskort, er ansvarleg for løysinga. Offentlege verksemder skal òg publisere tilgjengelegheitserklæringa si i Digitaliseringsdirektoratet si løysing uustatus.no.',
    },
    status: {
      heading: 'Status',
      text: 'Løysinga er delvis i samsvar med krava: ho er ikkje fullstendig vurdert enno. Dei automatiske testane finn ingen brot, men ein manuell gjennomgang av kvart krav og test med skjermlesarar er ikkje gjort. Under står kva som er testa, og kva som står att.',
    },
    tested: {
      heading: 'Slik er Tiltakskort testa',
      axe: 'Automatiske testar med verktøyet axe-core sjekkar kvart steg på ein gjennomgang til kvart mogleg utfall i alle rettleiarane, og startsida, innstillingane, opplæringssidene og erklæringane, mot krava i WCAG 2.1 på nivå A og AA.',
      keyboard: 'Automatiske testar går gjennom rettleiarane med berre tastatur, og finn knappar, felt og overskrifter ved dei namna ein skjermlesar les opp.',
      review: 'I desember 2026 gjekk vi gjennom alle typar sider med berre tastatur og ved å lese det ein skjermlesar får frå nettlesaren (tilgjengelegheitstreet i Chromium). Det fann mellom anna ei «Hopp til innhaldet»-lenkje som tok deg til startsida, fokus som forsvann når eit panel vart lukka, og steg som vart lesne opp to gonger. Dette er retta og har fått eigne testar. Ein ny gjennomgang 2. desember 2026 fann at fokusmarkeringa på språkknappane vart skoren bort, at botnteksten med lenkjene var ulik før og etter at appen starta, at store tekstar på mobil gav rulling sidelengs i opplæringsdelen, og at startsida mangla «Hopp til innhaldet» før appen starta. Dette er òg retta. Han fann òg at telefonnummer i teksten var lenkjer som berre heitte nummeret, at innstillingane ikkje hadde nokon veg tilbake til rettleiinga, at felta i planen for kven gjer kva berre heitte «Kven» og «Frist», at tastane for flytskjemaet ikkje stod synlege på sida, og at flytskjemaet viste dei interne namna på vurderingane og reglane, på engelsk. Dette er retta no.',
      zoom: 'Sidene er sjekka i 320 og 360 pikslar breidd utan at innhald forsvinn eller må rullast sidelengs (omflyt, som ved 400 % forstørring). Ein gjennomgang til eit utfall er òg testa med teksten forstørra til 200 % og med auka linje-, ord- og bokstavavstand (krav 1.4.4 og 1.4.12).',
      when: 'Testane blir køyrde kvar gong løysinga blir endra.',
    },
    known: {
      heading: 'Kjende avvik',
      none: 'Dei automatiske testane finn ingen brot på krava. Dette veit vi om, og har ikkje retta:',
      clear: '«Tøm alt» og «Start på nytt» verkar med eitt trykk, utan å spørje først. Det er med vilje: «Tøm alt» skal kunne fjerne alt raskt om nokon ser på skjermen. Eit feiltrykk slettar òg notat og utkast.',
      title: 'Sidetittelen er den same for alle spørsmåla i ein rettleiar. Det er med vilje: tittelen blir lagra i historikken til nettlesaren og skal ikkje vise kva saka gjeld. Overskrifta og stegvisinga seier kvar du er.',
      pending: 'Test med ekte skjermlesarar (til dømes NVDA, JAWS, VoiceOver og TalkBack) og med brukarar er ikkje gjort enno. Automatiske testar finn berre ein del av moglege feil, så det kan finnast feil vi ikkje kjenner til.',
    },
    feedback: {
      heading: 'Gi tilbakemelding',
      text: 'Er noko vanskeleg å bruke, eller verkar det ikkje for deg? Sei frå, så rettar vi det.',
      email: 'E-post',
      form: 'Skjema for tilbakemelding',
      loading: 'Hentar kvar du kan gi tilbakemelding …',
      missing: 'Den som publiserer Tiltakskort her, har ikkje lagt inn kvar du kan gi tilbakemelding enno. Ta kontakt med kommunen din, eller klag til tilsynet (sjå under).',
      unavailable: 'Vi fekk ikkje henta kvar du kan gi tilbakemelding. Prøv igjen seinare, når du er på nett, eller klag til tilsynet (sjå under).',
    },
    complaint: {
      heading: 'Klage til tilsynet',
      text: 'Får du ikkje svar, eller er du ikkje nøgd med svaret, kan du melde frå til Tilsynet for universell utforming av IKT (Uu-tilsynet).',
      link: 'Uu-tilsynet (uutilsynet.no)',
      register: 'Tilgjengelegheitserklæringar for offentlege nettstader (uustatus.no)',
    },
  },
  privacy: {
    page: {
      title: 'Personvernerklæring for Tiltakskort',
      intro: 'Tiltakskort hjelper deg å finne ut kva du skal gjere ved mistanke om vald. Løysinga lagrar ingenting om personane saka gjeld, og sender ingenting om deg eller saka nokon stad.',
    },
    stored: {
      heading: 'Dette blir lagra, og berre i nettlesaren din',
      choices: 'Språket, kontaktprofilen (kommune eller region) og arbeidsplassen du har valt. Dei blir lagra som korte kodar i den lokale lagringa til nettlesaren (localStorage), til du endrar dei eller slettar nettstaddata i nettlesaren.',
      walk: 'Medan du går gjennom ein rettleiar: kva svaralternativ du har valt, som kodar – aldri tekst du har skrive. Dei ligg i øktlagringa til nettlesaren (sessionStorage), så du ikkje mistar staden om sida blir lasta på nytt, og blir sletta når du trykkjer «Tøm alt» eller lukkar fana.',
      offline: 'Eit lager for bruk utan nett: sjølve appen og rettleiarane med tekstar, reglar og kontaktnummer, slik at Tiltakskort verkar utan nett etter første besøk. Det inneheld ingenting om deg eller saka.',
    },
    memory: {
      heading: 'Det du skriv, blir ikkje lagra',
      text: 'Notat og utkast til bekymringsmelding finst berre på skjermen så lenge sida er open. Dei blir ikkje lagra og ikkje sende nokon stad, og forsvinn når du trykkjer «Tøm alt», lukkar sida eller lastar ho på nytt. Vil du ta vare på noko, kopierer eller skriv du det ut og legg det inn i eininga sitt eige system.',
    },
    none: {
      heading: 'Inga sporing',
      cookies: 'Ingen informasjonskapslar (cookies).',
      analytics: 'Ingen statistikk- eller analyseverktøy, og inga registrering av kva du opnar eller svarar.',
      third: 'Ingen førespurnader til andre nettstader: alt blir henta frå nettstaden Tiltakskort ligg på. Lenker til andre nettstader blir berre opna om du vel dei sjølv.',
    },
    server: {
      heading: 'Hos kommunen',
      text: 'Kommunen driv nettstaden. Oppsettet som følgjer med Tiltakskort, skrur av tilgangsloggen til webserveren, så det blir ikkje lagra kva sider som blir opna. Spør kommunen om du vil vite korleis drifta deira er sett opp.',
      publisher: 'Her er det {{name}} som driv nettstaden.',
    },
    clear: {
      heading: 'Slik slettar du',
      text: '«Tøm alt» øvst på sida slettar svar, notat og utkast og tek deg til start. Vala for språk, kontaktprofil og arbeidsplass endrar du i innstillingane. Alt Tiltakskort har lagra i nettlesaren, òg lageret for bruk utan nett, fjernar du ved å slette nettstaddata for nettstaden i innstillingane til nettlesaren.',
    },
  },
};
