"""Norwegian pages of nordicmix (Bokmål 4, Nynorsk 1): a paywalled local story printed in full, an NTB story with a
relative time beside the absolute one, a kronikk, a TV guide with no date metadata, a Nynorsk Ytring."""

PAGES = []

# ---------------------------------------------------------------- 7. Local story behind a paywall, Tekst: … Foto: …
BM_NAV = ["Nyheter", "Bergen", "Vestland", "Sport", "Brann", "Kultur", "Meninger", "Debatt", "Kommentar", "Leder", "Podkast", "eAvis"]
PAGES.append(dict(
    case="nb-news-nordic-bompenger", lang="nb", html_lang="nb-NO", skin="nordic", domain="www.bergensmorgenavis.example", site="Bergens Morgenavis", secpath="bergen",
    url="https://www.bergensmorgenavis.example/bergen/i/Lq8a2R/bompengene-i-bergen-oeker-fra-1-april",
    h1="Bompengene i Bergen øker fra 1. april – så mye mer må du betale",
    deck="Med elbil blir det nesten dobbelt så dyrt å kjøre gjennom bomringen i rushtiden.",
    kicker="Bergen", authors=["Ingrid Haugen"],
    byline_html='Tekst: <a href="/forfatter/ingrid-haugen">Ingrid Haugen</a> Foto: Eirik Solheim', meta="og", meta_section="Bergen",
    pub="2026-03-05T10:32:00+01:00", mod="2026-03-05T14:50:00+01:00",
    date="Publisert 5. mars 2026 kl. 10.32", updated="Oppdatert 5. mars 2026 kl. 14.50", today="Torsdag 5. mars",
    nav=BM_NAV, subnav=["Meninger", "Leder", "Kommentar", "Kronikk", "Debatt", "Leserbrev"],
    cookie="Vi og våre partnere bruker informasjonskapsler for å gi deg en bedre opplevelse, måle trafikk og vise annonser.",
    cookie_title="Vi bryr oss om personvernet ditt",
    ticker=["Bybanen står mellom Danmarksplass og Kronstad", "Brann henter ny midtstopper fra Sverige"],
    caption="⟪Bomstasjonen ved Danmarksplass er en av de mest trafikkerte i Bergen.⟫ Foto: Eirik Solheim",
    audio="Lytt til saken · 4 min",
    paywall=("⟪Denne saken er for abonnenter⟫", "Få tilgang til alt innhold fra Bergens Morgenavis. Første måned for 1 kr."),
    side=[("Mest lest", ["⟪Restaurantkjede i Bergen slått konkurs⟫", "Ny rute: Slik blir Bybanen til Åsane", "Brann-treneren: – Vi må være tålmodige"]),
          ("Meninger", [("Kommentar", "Bompengene er blitt en straffeskatt for dem som bor lengst unna"), ("Leder", "Byen trenger flere avganger, ikke bare høyere priser"),
                        ("Kronikk", "⟪Bilen er ikke fienden – manglende alternativer er det⟫")]),
          ("Annonsørinnhold", ["Slik får du mer plass i boden – uten å bygge ut"])],
    tags=["Bompenger", "Trafikk", "Bergen kommune"],
    related=["Dette betyr nye bomsnitt for deg som bor i Fana", "Elbilistene mister fordelene i bomringen"],
    footer="⟪© Bergens Morgenavis 2026. Ansvarlig redaktør: Kari Lunde.⟫",
    footer_legal="Bergens Morgenavis arbeider etter Vær Varsom-plakatens regler for god presseskikk.", footer_nav=["Kundeservice", "Personvern", "Annonser", "Tips oss"],
    body="""⟦Fra 1. april blir det dyrere å kjøre gjennom bomringen i Bergen.⟧ En bensinbil må da betale 62 kroner per passering i rushtiden, mot 52 kroner i dag. For elbiler øker rushtidstaksten fra 18 til 33 kroner.

Det ble klart etter at bystyret torsdag vedtok de nye takstene med 39 mot 28 stemmer.

– Vi trenger inntektene for å bygge ut Bybanen og sykkelveiene som er lovet i bypakken, sier byråd for klima og miljø Øystein Melvær (Ap).

[[READ|⟪Slik finner du ut hva bompengene koster deg i året⟫]]

[[PAYWALL]]

[[H|Timesregelen beholdes]]

Regelen om at man bare betaler én gang i løpet av en time, blir ikke endret. ⟦Det samme gjelder månedstaket på 75 passeringer.⟧ Den som kjører mer enn det, betaler altså ikke for de ekstra passeringene.

Men for mange pendlere vil det likevel bli merkbart dyrere. En bilist som kjører gjennom bomringen i rushtiden morgen og kveld hver arbeidsdag, betaler i dag rundt 2 200 kroner i måneden. Fra april blir det om lag 2 600 kroner.

[[AD]]

[[H|Opposisjonen vil ha folkeavstemning]]

Høyre og Frp stemte mot økningen. De mener den rammer barnefamilier i bydelene som ligger lengst fra sentrum, der kollektivtilbudet er dårligst.

– Folk i Arna og Fana har ikke et reelt alternativ til bilen. ⟦Nå skal de betale for en bane de ikke kan bruke⟧, sier Frp-gruppeleder Tor Inge Mjelde.

Partiene vil be om en rådgivende folkeavstemning om bompengene før høstens bystyremøte.

I dag passerer i gjennomsnitt 190 000 biler bomringen hver dag. Kommunen regner med at økningen vil gi rundt 210 millioner kroner mer i inntekter i året, og at trafikken i rushtiden går ned med om lag fire prosent.

⟦Vestland fylkeskommune skal behandle saken i fylkestinget 24. mars.⟧""",
    kind="news", why="local report on toll increase, full text behind paywall",
))

# ---------------------------------------------------------------- 8. NTB story, relative time beside the absolute one
DP_NAV = ["Nyheter", "Innenriks", "Utenriks", "Økonomi", "Sport", "Kultur", "Meninger", "Kommentarer", "Leder", "Debatt", "Forbruker"]
PAGES.append(dict(
    case="nb-news-nordic-stromprisen", lang="nb", html_lang="nb-NO", skin="nordic", domain="www.dagspressen.example", site="Dagspressen", secpath="okonomi",
    url="https://www.dagspressen.example/okonomi/stromprisen-i-sor-norge-den-hoyeste-pa-tre-ar/82015543",
    h1="Strømprisen i Sør-Norge den høyeste på tre år",
    deck="Lite snø i fjellet og lave magasiner gir dyr strøm i mars. Statnett ber ikke om sparing – ennå.",
    kicker="Økonomi", authors=None, byline_html="NTB",
    ld_authors=["org:NTB"], ld_type="NewsArticle", ld_section="Økonomi",
    pub="2026-03-05T08:14:00+01:00", date='<span class="rel">2 t. siden</span> · 5. mars 2026 kl. 08.14', today="Torsdag 5. mars 2026",
    nav=DP_NAV, subnav=["Meninger", "Kommentarer", "Leder", "Debatt", "Kronikk"],
    cookie="Dagspressen og våre partnere bruker informasjonskapsler (cookies) til analyse, tilpasset innhold og annonser.",
    ticker=["Regjeringen legger fram ny pensjonsmelding", "Kraftig snøvær ventet i Trøndelag"],
    caption="⟪Magasinfyllingen i Sør-Norge er nå under normalen for årstiden.⟫ Foto: Håkon Mosvold Larsen / NTB",
    side=[("Mest lest", ["⟪Slik får du strømstøtte for mars⟫", "Boligprisene falt i februar", "Norwegian legger ned ruter fra Torp"]),
          ("Meninger", [("Kommentator", "Strømprisen er politikk, ikke vær"), ("Leder", "Strømstøtten må treffe bedre"),
                        ("Debatt", "⟪Kabelen til Tyskland er ikke skurken⟫")])],
    tags=["Strøm", "Energi", "NTB"],
    related=["Spotpris: Dette betaler du i dag", "Fem grep som senker strømregningen"],
    comments=[("Arne H.", "2 t. siden", "⟪Og så skal vi eksportere enda mer. Utrolig.⟫"), ("Siri M.", "1 t. siden", "Fastpris hadde vært gull nå.")],
    footer="⟪© 2026 Dagspressen. Ansvarlig redaktør og administrerende direktør: Jon Vik.⟫", footer_nav=["Om oss", "Personvern", "Cookieinnstillinger", "Kontakt"],
    body="""⟦Strømprisen i Sør-Norge var torsdag den høyeste siden vinteren 2023.⟧ I prisområdet Sørvest, som dekker blant annet Stavanger og Kristiansand, kostet strømmen i gjennomsnitt 1,84 kroner per kilowattime, ifølge tall fra kraftbørsen.

Årsaken er først og fremst lite nedbør. Magasinfyllingen i Sør-Norge var i forrige uke på 41 prosent, mens normalen for årstiden er 52 prosent, viser tall fra Norges vassdrags- og energidirektorat (NVE).

– Det har kommet uvanlig lite snø i fjellet i vinter. ⟦Det betyr at produsentene holder igjen vannet⟧ og priser det høyere, sier analytiker Marte Lie Vestre i Kraftanalyse til NTB.

[[READ|⟪Derfor er strømmen billigere i Nord-Norge⟫]]

[[H|Ingen sparebønn ennå]]

Statnett, som har ansvaret for forsyningssikkerheten, sier at situasjonen er krevende, men ikke kritisk.

– Vi følger utviklingen tett. Slik det ser ut nå, er det ikke aktuelt å be folk om å spare strøm, sier kommunikasjonssjef Ole Henrik Brekke i Statnett.

Prisen i Nord-Norge og Midt-Norge er betydelig lavere. I Tromsø kostet strømmen torsdag 0,31 kroner per kilowattime.

[[AD]]

[[H|Strømstøtten slår inn]]

For husholdninger dekker staten 90 prosent av strømprisen over 75 øre per kilowattime. Med torsdagens priser betyr det at en husholdning i Sørvest betaler omkring 86 øre før nettleie og avgifter.

Forbrukerrådet anbefaler likevel folk å sjekke strømavtalen sin. ⟦Mange betaler fortsatt påslag og faste beløp som kan være verdt å forhandle om⟧, påpeker rådet.

I Sørvest merker særlig folk med elektrisk oppvarming økningen. En gjennomsnittlig husholdning som bruker 2 000 kilowattimer i mars, kan få en strømregning som er rundt 600 kroner høyere enn i fjor, selv med strømstøtten, ifølge beregninger fra Forbrukerrådet.

Også industrien følger prisutviklingen nøye. Flere store kraftkunder har sikret seg langsiktige avtaler, men mindre bedrifter som kjøper strøm i spotmarkedet, har lite å gå på.

⟦Kraftanalyse venter at prisene holder seg høye til snøsmeltingen kommer i gang i mai.⟧""",
    kind="news", why="agency report on electricity prices",
))

# ---------------------------------------------------------------- 9. Kronikk by an outside writer, disclaimer
OT_NAV = ["Nyheter", "Oslo", "Norge", "Verden", "Økonomi", "Kultur", "Sport", "Meninger", "Kronikk", "Debatt", "Leder", "Kommentar"]
PAGES.append(dict(
    case="nb-opinion-nordic-laerlinger", lang="nb", html_lang="nb-NO", skin="nordic", domain="www.oslotidende.example", site="Oslo Tidende", secpath="meninger",
    url="https://www.oslotidende.example/meninger/kronikk/i/0aQ7xn/vi-trenger-flere-laereplasser-ikke-flere-studieplasser",
    h1="Vi trenger flere læreplasser, ikke flere studieplasser",
    deck="Hvert år står tusenvis av ungdommer uten læreplass. Samtidig mangler landet elektrikere, rørleggere og helsefagarbeidere.",
    kicker="Kronikk", kicker_path="meninger/kronikk", authors=["Henrik Dahl Berg"],
    byline_html='<a href="/forfatter/henrik-dahl-berg">Henrik Dahl Berg</a>', byline_extra="Førsteamanuensis i yrkespedagogikk, OsloMet",
    ld_authors=["Henrik Dahl Berg"], ld_type="OpinionNewsArticle", ld_section="Kronikk",
    pub="2026-03-08T06:00:00+01:00", date="Publisert 8. mars 2026 kl. 06.00", today="Søndag 8. mars 2026",
    nav=OT_NAV, subnav=["Meninger", "Leder", "Kommentar", "Kronikk", "Debatt", "Signert"],
    cookie="For å gi deg en god opplevelse bruker vi og våre partnere informasjonskapsler. Du kan når som helst endre valgene dine.",
    cookie_title="Informasjonskapsler",
    caption="⟪Elever ved elektrofag på en videregående skole i Groruddalen.⟫ Foto: Oslo Tidende",
    side=[("Mest lest", ["⟪Ny T-banetunnel: Dette er traseen⟫", "Byrådet kutter i kulturskolen", "Vålerenga tapte hjemme igjen"]),
          ("Meninger", [("Leder", "Fagbrev må være like mye verdt som en bachelor"), ("Kommentar", "Regjeringen snakker om yrkesfag, men betaler for studier"),
                        ("Debatt", "Lærlingtilskuddet er for lavt")])],
    tags=["Kronikk", "Utdanning", "Yrkesfag"],
    related=["Rekordmange søkte yrkesfag", "NHO: Bedriftene mangler fagarbeidere"],
    newsletter="Meld deg på Oslo Tidendes meningsbrev – ukens viktigste debatter på lørdag.",
    footer="⟪© Oslo Tidende 2026. Ansvarlig redaktør: Nina Aas.⟫", footer_nav=["Kundeservice", "Send inn kronikk", "Personvern"],
    body="""⟦Hver høst står flere tusen ungdommer uten læreplass.⟧ De har tatt to år med yrkesfag på videregående, gjort det som forventes av dem, og så kommer beskjeden: Det finnes ingen bedrift som vil ta dem inn. Mange av dem går over til påbygg, noen dropper ut, og noen få får et alternativt løp i skolen som verken de eller arbeidsgiverne egentlig ønsker.

Samtidig sier nesten halvparten av bedriftene i byggenæringen at de mangler fagarbeidere. Helsesektoren mangler helsefagarbeidere. Det er et paradoks som burde holde både politikere og næringsliv våkne om natten.

[[AD]]

Jeg har i femten år fulgt elever gjennom yrkesfagene, først som lærer og senere som forsker. ⟦Det som avgjør om en ungdom får læreplass, er sjelden karakterene.⟧ Det er om skolen har kontakter i næringslivet, om faren kjenner en elektriker, eller om eleven bor i en kommune med store bedrifter.

Politikerne har svart med å bevilge flere studieplasser ved universiteter og høyskoler. Det er lett å forstå. Studieplasser er enkle å telle og enkle å love i en valgkamp. Læreplasser krever derimot at noen tar ansvar for å følge opp en ung person i to år.

[[READ|⟪Rekordmange ungdommer uten læreplass i Viken⟫]]

[[H|Tre grep som virker]]

Vi vet hva som hjelper. ⟦For det første må lærlingtilskuddet økes kraftig⟧, slik at det faktisk dekker kostnadene for små bedrifter. For det andre bør det offentlige, som selv er en av landets største arbeidsgivere, pålegges å ta inn lærlinger i forhold til antall ansatte. For det tredje må fylkeskommunene få ansvar for at hver elev som søker, får et reelt tilbud.

Ingen av disse grepene er billige. Men det er dyrere å la en ungdom gå fra skolebenken og rett over på Nav.

⟦Et fagbrev bør være en selvfølge, ikke et lotteri.⟧

[[DISC|⟪Dette er en kronikk. Kronikken gir uttrykk for skribentens holdninger.⟫]]""",
    kind="opinion", why="kronikk arguing for more apprenticeships",
))

# ---------------------------------------------------------------- 10. TV guide, no date metadata
OP_NAV = ["Nyheter", "Lokalt", "Sport", "Kultur", "TV og film", "Forbruker", "Meninger", "Leder", "Kommentar", "Debatt", "Været"]
PAGES.append(dict(
    case="nb-other-nordic-tvguide", lang="nb", html_lang="nb-NO", skin="nordic", domain="www.ostlandsposten.example", site="Østlandsposten", secpath="tv",
    url="https://www.ostlandsposten.example/tv/tv-guide-fredag-dette-bor-du-se-i-kveld/s/5-71-2204518",
    h1="TV-guide fredag: Dette bør du se i kveld",
    deck="Ny dramaserie på NRK, fotball fra Premier League og en klassiker på TV 2. Her er kveldens beste.",
    kicker="TV og film", authors=["Marius Lie"], byline_html='Av <a href="/forfatter/marius-lie">Marius Lie</a>', meta="min",
    pub="2026-03-06T07:00:00+01:00", date="Publisert 6. mars 2026 kl. 07.00", today="Fredag 6. mars 2026",
    nav=OP_NAV, cookie="Vi bruker informasjonskapsler for at nettstedet skal fungere og for å vise deg relevant innhold.",
    ticker=["Brann på gård i Våler – store skader", "E6 stengt ved Minnesund etter ulykke"],
    side=[("Mest lest", ["⟪Slik blir været i helgen på Østlandet⟫", "Kjent restaurant i Hamar stenger", "Håndballjentene klare for finale"]),
          ("Meninger", [("Leder", "NRK må prioritere distriktene"), ("Kommentar", "⟪Strømmetjenestene har gjort oss utålmodige⟫")])],
    tags=["TV-guide", "TV", "Strømming"],
    related=["⟪Serieguide: Ti nye serier i mars⟫", "Dette er de mest sette programmene i februar"],
    caption="⟪Fra innspillingen av Fjellstua i Jotunheimen i fjor sommer.⟫ Foto: NRK",
    footer="⟪© Østlandsposten 2026. Ansvarlig redaktør: Geir Solberg.⟫", footer_nav=["Kontakt", "Personvern", "Abonnement"],
    body="""⟦Fredag byr på både ny norsk dramaserie og storkamp fra England.⟧ Her er våre anbefalinger for kvelden, kanal for kanal.

[[H|NRK1 kl. 20.15: Fjellstua]]

⟦Den nye dramaserien følger tre søsken som arver en slitt turisthytte i Jotunheimen.⟧ Første episode er rolig, men godt spilt, og landskapsbildene alene er verdt kvelden. Serien har seks episoder, og alle ligger allerede i NRK TV.

[[H|TV 2 kl. 21.00: Tilbake til Lofoten]]

⟦Reiseprogrammet avslutter sesongen med en episode om fiskevær som nesten har blitt fraflyttet.⟧ Programleder Stine Haug møter de siste fastboende i Nusfjord og spør hvordan det er å bo i et prospektkort.

[[AD]]

[[H|V sport 1 kl. 21.00: Premier League]]

Fredagskampen i England står mellom to lag som begge kjemper om en plass i Europa. Kampen sendes også på strømmetjenesten til kanalen.

[[H|NRK2 kl. 22.00: Dokumentaren Sild]]

En prisbelønt dokumentar om sildefisket i Nordsjøen, fra fangst til frokostbord. Filmen er både lærerik og overraskende spennende.

[[H|TVNorge kl. 22.30: Klassikeren]]

Kvelden avsluttes med en romantisk komedie fra 1990-tallet som de fleste har sett før, men som tåler et gjensyn en fredag i mars.

[[H|Strømmetips: Nordlys over Finnmark]]

Har du ikke lyst på lineær-TV, kan du strømme den nye naturserien om nordlyset. Seks korte episoder viser hvordan fotografer venter i timevis på det perfekte bildet, og hvorfor Finnmark er blitt et reisemål for folk fra hele verden.

[[H|Også verdt å få med seg]]

[[LIST|NRK1 kl. 19.45: Norsk natur, om villreinen på Hardangervidda.|TV 2 Livsstil kl. 20.00: Matprogram fra Bergen.|NRK3 kl. 21.30: Stand-up fra Oslo Nye Teater.]]

⟦God fredagskveld!⟧""",
    kind="other", why="TV guide listing tonight's programmes",
))

# ---------------------------------------------------------------- 11. Nynorsk Ytring on a local paper
FJ_NAV = ["Nyheiter", "Sport", "Kultur", "Ytring", "Leiar", "Lesarbrev", "Bygdeliv", "Kunngjeringar", "eAvis"]
PAGES.append(dict(
    case="nn-opinion-nordic-bygdeskulen", lang="nn", html_lang="nn-NO", skin="nordic", domain="www.fjordingen.example", site="Fjordingen", secpath="ytring",
    url="https://www.fjordingen.example/ytring/skulen-i-bygda-er-meir-enn-ein-budsjettpost/s/2-19-880431",
    h1="Skulen i bygda er meir enn ein budsjettpost",
    deck="Kommunestyret vil leggje ned Nedstrand skule. Då mistar bygda meir enn eit skulebygg, skriv ein lærar og forelder.",
    kicker="Ytring", kicker_path="ytring", authors=["Sigrid Nes Aarflot"],
    byline_html='<a href="/forfattar/sigrid-nes-aarflot">Sigrid Nes Aarflot</a>', role="lærar og forelder", meta="og", meta_section="Ytring",
    pub="2026-03-09T16:20:00+01:00", date="Publisert 9. mars 2026 kl. 16.20", today="Måndag 9. mars 2026",
    nav=FJ_NAV, cookie="Vi nyttar informasjonskapslar for å få nettstaden til å fungere, til statistikk og til annonsar.",
    cookie_title="Personvern",
    ticker=["Ferja går ikkje i kveld på grunn av vêret", "Nytt bustadfelt på Sand godkjent"], w={"breaking": "Siste nytt"},
    caption="⟪Nedstrand skule har i dag 41 elevar frå første til sjuande klasse.⟫ Foto: Fjordingen",
    side=[("Mest lese", ["⟪Kommunen vil selje den gamle lensmannsbustaden⟫", "Laget vann cupfinalen etter straffesparkkonkurranse", "Ny butikk opnar på kaia"]),
          ("Ytring og leiar", [("Leiar", "Skulestrukturen må avgjerast med opne kort"), ("Ytring", "Kvifor skal bygda alltid betale for byen?"),
                               ("Lesarbrev", "⟪Takk til dugnadsgjengen på idrettsbana⟫")])],
    tags=["Skule", "Skulenedlegging", "Tysvær"],
    related=["Rådmannen vil samle skulane på Aksdal", "Foreldra stiller spørsmål ved tala"],
    comments=[("Olav Helland", "9. mars 2026", "Godt skrive. Me møtest på folkemøtet torsdag.")],
    footer="⟪© Fjordingen 2026. Ansvarleg redaktør: Åse Tveit.⟫", footer_nav=["Kontakt oss", "Tips oss", "Personvern"],
    body="""⟦Når kommunestyret i april skal røyste over skulestrukturen, handlar det om meir enn kroner og elevtal.⟧ Det handlar om kva slags bygder me vil ha om tjue år.

Framlegget frå rådmannen er å leggje ned Nedstrand skule og køyre elevane til Aksdal. Argumentet er at kommunen kan spare om lag fire millionar kroner i året. Eg forstår at kommunen må spare. Men eg trur ikkje reknestykket er så enkelt som det ser ut.

[[AD]]

For det fyrste vil dei minste elevane få over ein time med skuleskyss kvar dag. Ein sjuåring som står opp klokka seks for å rekkje bussen, har brukt opp mykje av dagen før han sit ved pulten. ⟦Det er ikkje god pedagogikk, og det er ikkje god folkehelse heller.⟧

For det andre er skulen det som held bygda saman. Det er der idrettslaget trenar, der songkoret øver og der 17. mai-toget startar. Når skulen forsvinn, forsvinn òg grunnen til at unge familiar vel å flytte hit. Det har me sett i nabobygdene.

[[READ|⟪Dette er tala rådmannen byggjer på⟫]]

For det tredje har ikkje kommunen rekna med kva det kostar å byggje ut Aksdal skule for å ta imot fleire elevar. ⟦Når den prislappen kjem, er innsparinga fort borte.⟧

Det er òg grunn til å spørje korleis elevtalet vil utvikle seg. Kommunen sine eigne prognosar viser at fleire småbarnsfamiliar har flytta til bygda dei siste tre åra, mellom anna fordi det har kome nye arbeidsplassar i havbruket. Å leggje ned skulen no kan stoppe den utviklinga før ho har kome skikkeleg i gang.

Eg er lærar, og eg har sjølv to born på Nedstrand skule. Difor er eg ikkje nøytral. Men eg ber politikarane om å kome hit før dei røystar, sjå klasseromma, snakke med elevane og køyre skulevegen ein mørk morgon i januar.

⟦Ein skule kan leggjast ned på eitt møte, men ei bygd kan ikkje byggjast opp att like fort.⟧

[[DISC|⟪Innlegget gir uttrykk for skribenten si meining.⟫]]""",
    kind="opinion", why="Ytring arguing against closing a village school",
))
