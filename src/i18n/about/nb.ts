/**
 * The accessibility and privacy statements (#/om/…), bokmål. They load with their page
 * (src/ui/about/), not with the first screen; nn.ts and en.ts are typed against this shape.
 *
 * The feedback channel and the publisher's name are not here: they are the publishing
 * municipality's, in flows/publisher.yaml (deploy/README.md), fetched when the statement is opened.
 */
export const aboutNb = {
  index: {
    title: 'Om Tiltakskort',
    intro: 'Slik er Tiltakskort laget for å kunne brukes av alle, og slik tar det vare på personvernet.',
  },
  a11y: {
    page: {
      title: 'Tilgjengelighetserklæring for Tiltakskort',
      intro: 'Tiltakskort skal kunne brukes av alle: med skjermleser, med bare tastatur, med forstørrelse og på en liten mobilskjerm. Her står hvilke krav løsningen skal oppfylle, hvordan den er testet, og hva vi vet om feil og mangler.',
      updated: 'Sist oppdatert {{date}}.',
      publisher: 'Tiltakskort publiseres her av {{name}}.',
    },
    law: {
      heading: 'Hvilke krav gjelder',
      text: 'Tiltakskort skal oppfylle kravene i forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT-)løsninger. Forskriften viser til standarden WCAG 2.1 (Web Content Accessibility Guidelines) på nivå A og AA.',
      register: 'Kommunen som tilbyr Tiltakskort, er ansvarlig for løsningen. Offentlige virksomheter skal også publisere tilgjengelighetserklæringen sin i Digitaliseringsdirektoratets løsning uustatus.no.',
    },
    status: {
      heading: 'Status',
      text: 'Løsningen er delvis i samsvar med kravene: den er ikke fullstendig vurdert ennå. De automatiske testene finner ingen brudd, men en manuell gjennomgang av hvert krav og test med skjermlesere er ikke gjort. Under står hva som er testet, og hva som gjenstår.',
    },
    tested: {
      heading: 'Slik er Tiltakskort testet',
      axe: 'Automatiske tester med verktøyet axe-core sjekker hvert steg på en gjennomgang til hvert mulig utfall i alle veilederne, og startsiden, innstillingene, opplæringssidene og erklæringene, mot kravene i WCAG 2.1 på nivå A og AA.',
      keyboard: 'Automatiske tester går gjennom veilederne med bare tastatur, og finner knapper, felt og overskrifter ved de navnene en skjermleser leser opp.',
      review: 'I desember 2026 gikk vi gjennom alle typer sider med bare tastatur og ved å lese det en skjermleser får fra nettleseren (tilgjengelighetstreet i Chromium). Det fant blant annet en «Hopp til innholdet»-lenke som tok deg til startsiden, fokus som forsvant når et panel ble lukket, og steg som ble lest opp to ganger. Dette er rettet og har fått egne tester. En ny gjennomgang 2. desember 2026 fant at fokusmarkeringen på språkknappene ble skåret bort, at bunnteksten med lenkene var ulik før og etter at appen startet, at store tekster på mobil ga sidelengs rulling i opplæringsdelen, og at startsiden manglet «Hopp til innholdet» før appen startet. Dette er også rettet. Den fant også at telefonnummer i teksten var lenker som bare het nummeret, at innstillingene ikke hadde noen vei tilbake til veiledningen, at feltene i planen for hvem gjør hva bare het «Hvem» og «Frist», at tastene for flytskjemaet ikke sto synlig på siden, og at flytskjemaet viste de interne navnene på vurderingene og reglene, på engelsk. Dette er rettet nå.',
      zoom: 'Sidene er sjekket i 320 og 360 piksler bredde uten at innhold forsvinner eller må rulles sidelengs (omflyt, som ved 400 % forstørrelse). En gjennomgang til et utfall er også testet med teksten forstørret til 200 % og med økt linje-, ord- og bokstavavstand (krav 1.4.4 og 1.4.12).',
      when: 'Testene kjøres hver gang løsningen endres.',
    },
    known: {
      heading: 'Kjente avvik',
      none: 'De automatiske testene finner ingen brudd på kravene. Dette vet vi om, og har ikke rettet:',
      clear: '«Tøm alt» og «Start på nytt» virker med ett trykk, uten å spørre først. Det er med vilje: «Tøm alt» skal kunne fjerne alt raskt hvis noen ser på skjermen. Et feiltrykk sletter også notater og utkast.',
      title: 'Sidetittelen er den samme for alle spørsmålene i en veileder. Det er med vilje: tittelen lagres i nettleserens historikk og skal ikke vise hva saken gjelder. Overskriften og stegvisningen sier hvor du er.',
      pending: 'Test med ekte skjermlesere (for eksempel NVDA, JAWS, VoiceOver og TalkBack) og med brukere er ikke gjort ennå. Automatiske tester finner bare en del av mulige feil, så det kan finnes feil vi ikke kjenner til.',
    },
    feedback: {
      heading: 'Gi tilbakemelding',
      text: 'Er noe vanskelig å bruke, eller virker det ikke for deg? Si fra, så retter vi det.',
      email: 'E-post',
      form: 'Skjema for tilbakemelding',
      loading: 'Henter hvor du kan gi tilbakemelding …',
      missing: 'Den som publiserer Tiltakskort her, har ikke lagt inn hvor du kan gi tilbakemelding ennå. Ta kontakt med kommunen din, eller klag til tilsynet (se under).',
      unavailable: 'Vi fikk ikke hentet hvor du kan gi tilbakemelding. Prøv igjen senere, når du er på nett, eller klag til tilsynet (se under).',
    },
    complaint: {
      heading: 'Klage til tilsynet',
      text: 'Får du ikke svar, eller er du ikke fornøyd med svaret, kan du melde fra til Tilsynet for universell utforming av IKT (Uu-tilsynet).',
      link: 'Uu-tilsynet (uutilsynet.no)',
      register: 'Tilgjengelighetserklæringer for offentlige nettsteder (uustatus.no)',
    },
  },
  privacy: {
    page: {
      title: 'Personvernerklæring for Tiltakskort',
      intro: 'Tiltakskort hjelper deg å finne ut hva du skal gjøre ved mistanke om vold. Løsningen lagrer ingenting om personene saken gjelder, og sender ingenting om deg eller saken noe sted.',
    },
    stored: {
      heading: 'Dette lagres, og bare i nettleseren din',
      choices: 'Språket, kontaktprofilen (kommune eller region) og arbeidsplassen du har valgt. De lagres som korte koder i nettleserens lokale lagring (localStorage), til du endrer dem eller sletter nettstedsdata i nettleseren.',
      walk: 'Mens du går gjennom en veileder: hvilke svaralternativer du har valgt, som koder – aldri tekst du har skrevet. De ligger i nettleserens øktlagring (sessionStorage), så du ikke mister stedet om siden lastes på nytt, og slettes når du trykker «Tøm alt» eller lukker fanen.',
      offline: 'Et lager for bruk uten nett: selve appen og veilederne med tekster, regler og kontaktnummer, slik at Tiltakskort virker uten nett etter første besøk. Det inneholder ingenting om deg eller saken.',
    },
    memory: {
      heading: 'Det du skriver, lagres ikke',
      text: 'Notater og utkast til bekymringsmelding finnes bare på skjermen så lenge siden er åpen. De lagres ikke og sendes ikke noe sted, og forsvinner når du trykker «Tøm alt», lukker siden eller laster den på nytt. Vil du ta vare på noe, kopierer eller skriver du det ut og legger det inn i enhetens eget system.',
    },
    none: {
      heading: 'Ingen sporing',
      cookies: 'Ingen informasjonskapsler (cookies).',
      analytics: 'Ingen statistikk- eller analyseverktøy, og ingen registrering av hva du åpner eller svarer.',
      third: 'Ingen forespørsler til andre nettsteder: alt hentes fra nettstedet Tiltakskort ligger på. Lenker til andre nettsteder åpnes bare hvis du velger dem selv.',
    },
    server: {
      heading: 'Hos kommunen',
      text: 'Kommunen driver nettstedet. Oppsettet som følger med Tiltakskort, skrur av webserverens tilgangslogg, så det lagres ikke hvilke sider som åpnes. Spør kommunen hvis du vil vite hvordan deres drift er satt opp.',
      publisher: 'Her er det {{name}} som driver nettstedet.',
    },
    clear: {
      heading: 'Slik sletter du',
      text: '«Tøm alt» øverst på siden sletter svar, notater og utkast og tar deg til start. Valgene for språk, kontaktprofil og arbeidsplass endrer du i innstillingene. Alt Tiltakskort har lagret i nettleseren, også lageret for bruk uten nett, fjerner du ved å slette nettstedsdata for nettstedet i nettleserens innstillinger.',
    },
  },
};

export type AboutStrings = typeof aboutNb;
