"""Dutch sites (nlportal): an ANP story on a regional site ("07-12-26, 14:05"), a report on a
four-day school week, an "Analyse" that reports, a guest "Opinie" with the note on the writer
inside the text, a "Column" on a regional site, an unsigned "Commentaar" (hoofdredactioneel) and a
book review with stars."""
from common import typo

PAGES = []


def nav(local):
    return [("Nieuws", ["Binnenland", "Buitenland", "Politiek", "Economie"]), local, ("Opinie", ["Columns", "Commentaar", "Opiniestukken", "Brieven"]),
            ("Cultuur & Media", ["Boeken", "Film", "Muziek", "Theater"]), ("Sport", ["Voetbal", "Schaatsen", "Wielrennen"]),
            ("Wetenschap", []), ("Koken & Eten", []), ("Podcasts", []), ("Puzzels", [])]


OP = dict(site="De Ochtendpost", domain="www.ochtendpost.example", badge_word="Premium", footer="© 2026 De Ochtendpost. Alle rechten voorbehouden.",
          nav=nav(("Amsterdam", ["Stad", "Regio"])))
NB = dict(site="Het Noorderblad", domain="www.noorderblad.example", badge_word="Premium", footer="© 2026 Het Noorderblad B.V.",
          nav=nav(("Groningen", ["Stad", "Provincie", "Drenthe"])))


def nl(p, s):
    p.update(s, loc="nl-NL", lang="nl", html_lang="nl-NL")
    return p


# ---------------------------------------------------------------- ANP alone on a regional site; JSON-LD organisation
PAGES.append(nl(dict(
    case="nl-news-nlportal-versterking", skin="nlportal", secpath="groningen",
    url="https://www.noorderblad.example/groningen/kabinet-trekt-extra-geld-uit-voor-versterking-groningen~a4a91e2c/",
    h1="Kabinet trekt 400 miljoen extra uit voor versterking Groningen", kicker="Aardbevingen",
    deck="Het geld is bedoeld om de achterstand bij de versterking van huizen sneller weg te werken. Bewoners reageren sceptisch.",
    authors=None, byline_text="ANP", byline_html='<span class="article__author-name">ANP</span>',
    ld_authors=["org:ANP"], ld_type="NewsArticle", ld_section="Groningen",
    pub="2026-12-07T14:05:00+01:00", date='<time datetime="2026-12-07T14:05:00+01:00">07-12-26, 14:05</time>',
    ticker=["⟪Storing bij NS: geen treinen tussen Groningen en Assen⟫", "FC Groningen wint in Zwolle", "Sinterklaas blikt tevreden terug"],
    tags=["Aardbevingen", "Groningen", "Versterking", "Kabinet"],
    comments=[("Loppersummer", "07-12-26, 15:22", "⟪Mooi geld, maar ik wacht al negen jaar op mijn versterkingsadvies.⟫", "88")], comment_count=134,
    related=[("Premium", "Hoe het Groningse gas Nederland rijk maakte", True), ("Groningen", "Nieuwe schademeldingen na beving bij Garrelsweer"),
             ("Column", "Groningen verdient meer dan excuses")],
    rank=["⟪Vismarkt krijgt kerstmarkt met ijsbaan⟫", ("Premium", "Wie koopt er nog een huis in Appingedam?", True), "Gladheid: code geel in het noorden"],
    opinion=[("Column", "De bus naar Ter Apel rijdt niet meer"), ("Commentaar", "Den Haag moet Groningen eindelijk serieus nemen")],
    body="""⟦Het kabinet trekt de komende drie jaar 400 miljoen euro extra uit om de versterking van huizen in het Groningse aardbevingsgebied te versnellen.⟧ Dat heeft de staatssecretaris voor Herstel Groningen maandag bekendgemaakt na overleg met de regio.

Met het geld moeten onder meer meer bouwbedrijven worden ingeschakeld en moet de beoordeling van woningen worden vereenvoudigd. ⟦Volgens het kabinet wachten nog ruim 11.000 adressen op versterking of op een definitief besluit daarover.⟧ Een deel van de bewoners wacht daar al meer dan acht jaar op.

[[AD]]

Een deel van het bedrag is bestemd voor bewoners die zelf de regie willen nemen. Zij krijgen een vast bedrag om de versterking van hun huis zelf te regelen, met begeleiding van een onafhankelijke bouwadviseur. Eerder kon dat alleen in een proef in Loppersum en Eemsdelta.

[[READ|⟪Negen jaar wachten: het verhaal van één straat in Loppersum⟫]]

De Groninger Bodem Beweging reageerde gematigd positief. ‘Geld is nooit het probleem geweest, het gaat om vertrouwen en snelheid’, zei een woordvoerder. ⟦De organisatie wil dat bewoners een vaste termijn krijgen waarbinnen hun huis veilig moet zijn.⟧

Ook de provincie Groningen sprak van een stap in de goede richting. Gedeputeerde Staten drongen er bij het kabinet op aan om ook de sociale en economische gevolgen van de gaswinning niet te vergeten, zoals de gezondheidsklachten bij bewoners en de leegstand in dorpen.

De versterkingsoperatie kwam op gang na de zware beving bij Huizinge in 2012. Sindsdien zijn ruim 16.000 adressen beoordeeld. Bij ongeveer de helft daarvan bleek versterking nodig, bij de andere helft werd het huis alsnog veilig verklaard.

Het kabinet wil in het voorjaar met een uitgewerkt plan komen. ⟦De Tweede Kamer debatteert later deze maand over de voortgang van de versterking.⟧""",
    kind="news", why="agency report on government funding decision",
), NB))

# ---------------------------------------------------------------- report; OG only
PAGES.append(nl(dict(
    case="nl-news-nlportal-vierdaagse", skin="nlportal", secpath="binnenland", meta="og", meta_section="Binnenland",
    url="https://www.ochtendpost.example/binnenland/amsterdamse-basisscholen-gaan-vier-dagen-per-week-lesgeven~b7c2d04f/",
    h1="Tien Amsterdamse basisscholen gaan over op een vierdaagse schoolweek", kicker="Lerarentekort",
    deck="Op vrijdag krijgen leerlingen geen les meer, maar activiteiten van sportclubs en culturele instellingen. De inspectie kijkt mee.",
    authors=["Sanne de Wit"], byline_text="Sanne de Wit", byline_html='<a href="/auteur/sanne-de-wit">Sanne de Wit</a>',
    pub="2026-03-12T06:00:00+01:00", date='<time datetime="2026-03-12T06:00:00+01:00">12 maart 2026, 06:00</time>', plus=True, audio="4 min",
    hero="⟪Leerlingen van een basisschool in Amsterdam-Noord tijdens de rekenles.⟫ Foto: Joost van den Broek",
    ticker=["⟪Kabinet wil rekeningrijden vanaf 2030⟫", "Ajax verliest van PSV", "Koning opent nieuw Stedelijk-vleugel"],
    tags=["Onderwijs", "Lerarentekort", "Amsterdam"],
    comments=[("moeder_van_twee", "12 maart 2026", "⟪En wie past er op vrijdag op de kinderen? Wij werken allebei.⟫", "203")], comment_count=412,
    related=[("Premium", "Hoe Almere het lerarentekort te lijf gaat", True), ("Onderwijs", "Minister wil zij-instromers sneller voor de klas"),
             ("Opinie", "Een vierdaagse schoolweek is een noodgreep, geen oplossing")],
    rank=["⟪Huizenprijzen stijgen opnieuw harder dan verwacht⟫", ("Premium", "De stille opmars van de warmtepomp", True), "Weerbericht: lente in aantocht"],
    opinion=[("Column", "De leraar is de nieuwe huisarts"), ("Commentaar", "Onderwijs verdient meer dan noodoplossingen")],
    body="""⟦Tien basisscholen in Amsterdam gaan na de zomervakantie over op een schoolweek van vier dagen.⟧ Op vrijdag krijgen de leerlingen geen les meer van een leraar, maar nemen ze deel aan activiteiten die worden verzorgd door sportverenigingen, muziekscholen en musea. Dat hebben de besturen van de scholen woensdag bekendgemaakt.

De scholen zeggen met de maatregel het nijpende lerarentekort te willen opvangen. In Amsterdam staan volgens de gemeente op dit moment zo’n 700 fulltimebanen in het basisonderwijs open. ⟦Op sommige scholen worden klassen al maanden om beurten naar huis gestuurd.⟧

[[H|Zelfde aantal lesuren]]

Het totale aantal lesuren blijft volgens de besturen gelijk, omdat de schooldagen van maandag tot en met donderdag langer worden. De kinderen gaan dan tot half vier naar school in plaats van tot kwart over twee. Leraren werken vier dagen en hebben op vrijdag tijd voor voorbereiding en scholing.

[[AD]]

‘We hebben lang getwijfeld, maar we zien geen andere uitweg’, zegt Fatima El Amrani, bestuurder van een van de betrokken stichtingen. ⟦‘Liever vier goede dagen met een vaste leraar dan vijf dagen waarin we elke week moeten improviseren.’⟧

De Inspectie van het Onderwijs laat weten dat de wet een vierdaagse schoolweek toestaat, zolang de kinderen het voorgeschreven aantal uren onderwijs krijgen. De inspectie gaat de scholen wel nauwlettend volgen.

Ouders reageren verdeeld. Een deel is blij dat er weer zekerheid komt over de lessen, anderen maken zich zorgen over de opvang op vrijdag. De gemeente zegt dat de vrijdagactiviteiten gratis zijn en dat kinderen er niet verplicht aan hoeven deel te nemen.

⟦De PO-Raad, de koepel van schoolbesturen, noemt de vierdaagse week ‘een begrijpelijke noodmaatregel’, maar waarschuwt dat die geen structurele oplossing is.⟧""",
    kind="news", why="report on schools' decision with reactions",
), OP))

# ---------------------------------------------------------------- "Analyse" that reports; evaluative words, attributed
PAGES.append(nl(dict(
    case="nl-news-nlportal-boeren", skin="nlportal", secpath="economie", meta="og", meta_section="Economie", meta_author="Joris Hoekstra",
    url="https://www.ochtendpost.example/economie/analyse-waarom-steeds-meer-boeren-stoppen~c18e55a2/",
    h1="Waarom steeds meer melkveehouders stoppen, ook zonder uitkoopregeling", kicker="Analyse",
    deck="Vorig jaar stopten ruim 1.100 melkveebedrijven, meer dan ooit. De uitkoopregelingen van het Rijk verklaren maar een deel daarvan.",
    authors=["Joris Hoekstra"], byline_text="Joris Hoekstra", byline_html='<a href="/auteur/joris-hoekstra">Joris Hoekstra</a>',
    ld_authors=["Joris Hoekstra"], ld_type="NewsArticle", ld_section="Analyse",
    pub="2026-04-22T17:30:00+02:00", date='<time datetime="2026-04-22T17:30:00+02:00">22 april 2026, 17:30</time>', plus=True,
    hero="⟪Een melkveebedrijf bij Winsum, waar de stallen sinds de zomer leegstaan.⟫ Foto: Harry Cock",
    ticker=["⟪Koningsdag: drukte verwacht in Dordrecht⟫", "Rente op spaarrekeningen daalt verder", "Feyenoord presenteert nieuwe trainer"],
    tags=["Landbouw", "Stikstof", "Melkveehouderij"],
    comments=[("boerenzoon_fryslan", "22 april 2026", "⟪Mijn vader stopt volgend jaar. Niet vanwege stikstof, maar omdat niemand het wil overnemen.⟫", "156")], comment_count=97,
    related=[("Premium", "Van koe naar camping: het tweede leven van een boerderij", True), ("Stikstof", "Provincies krijgen meer tijd voor gebiedsplannen"),
             ("Opinie", "De boer is geen vijand van de natuur")],
    rank=["⟪Tulpen bloeien dit jaar twee weken eerder⟫", ("Premium", "Hoe de Zuidas leegloopt", True), "NS schrapt treinen op Koningsdag"],
    opinion=[("Column", "Mijn buurman de boer"), ("Commentaar", "Het stikstofbeleid verdient een eerlijke evaluatie")],
    body="""⟦Het aantal melkveebedrijven in Nederland daalt al decennia, maar vorig jaar ging het harder dan ooit.⟧ Volgens cijfers van het Centraal Bureau voor de Statistiek stopten ruim 1.100 bedrijven, bijna twee keer zoveel als gemiddeld in de tien jaar daarvoor. Er zijn nu nog zo’n 13.500 melkveehouderijen over.

Het ligt voor de hand om de oorzaak bij het stikstofbeleid te zoeken. De rijksoverheid heeft de afgelopen jaren miljarden euro’s uitgetrokken om veehouders in de buurt van kwetsbare natuurgebieden uit te kopen. ⟦Maar van de bedrijven die vorig jaar stopten, deed slechts een op de vijf mee aan zo’n regeling.⟧

[[H|Geen opvolger]]

Wat drijft de anderen? Volgens onderzoekers van Wageningen University & Research speelt vooral de opvolging een rol. Op ruim de helft van de bedrijven met een eigenaar boven de 55 is geen opvolger in beeld. ‘Kinderen zien hoe hard hun ouders werken en hoe onzeker de toekomst is, en kiezen voor iets anders’, zegt landbouweconoom Hester Bakker.

[[SPLIT]]

Daarnaast maken de hoge grondprijzen het voor jonge boeren moeilijk om een bedrijf over te nemen. ⟦Een hectare landbouwgrond kost in Friesland en Groningen inmiddels gemiddeld meer dan 90.000 euro.⟧ Wie een bedrijf van vijftig hectare van zijn ouders wil kopen, moet dus miljoenen lenen, terwijl de melkprijs sterk schommelt.

[[H|Regels blijven onzeker]]

Ook de onzekerheid over regels weegt zwaar. Boeren weten niet hoeveel koeien ze over tien jaar nog mogen houden en welke investeringen in stallen daarvoor nodig zijn. Banken zijn daardoor terughoudend met leningen. De sector zelf, verenigd in LTO, spreekt van ‘een sluipende sanering’.

Het ministerie van Landbouw wijst erop dat de productie nauwelijks daalt, omdat de overblijvende bedrijven groter worden. Dat klopt: het gemiddelde bedrijf telt inmiddels meer dan honderd koeien. ⟦Of dat de bedoeling van het beleid was, is een vraag die in Den Haag nog niemand hardop heeft beantwoord.⟧""",
    kind="news", why="analysis written as reporting, figures and sources",
), OP))

# ---------------------------------------------------------------- guest op-ed: Opinie label, URL, OpinionNewsArticle, note on the writer inside
PAGES.append(nl(dict(
    case="nl-opinion-nlportal-huisarts", skin="nlportal", secpath="opinie",
    url="https://www.ochtendpost.example/opinie/laat-huisartsen-weer-dokter-zijn-in-plaats-van-administrateur~d20f7b13/",
    h1="Laat huisartsen weer dokter zijn in plaats van administrateur", kicker="Opinie",
    deck="Een huisarts besteedt inmiddels een derde van haar tijd aan registraties. Dat gaat ten koste van de patiënt, schrijft Eva Mulder.",
    authors=["Eva Mulder"], byline_text="Eva Mulder", byline_html='<a href="/auteur/eva-mulder">Eva Mulder</a>',
    ld_authors=["Eva Mulder"], ld_type="OpinionNewsArticle", ld_section="Opinie",
    pub="2026-06-03T19:00:00+02:00", date='<time datetime="2026-06-03T19:00:00+02:00">3 juni 2026, 19:00</time>',
    ticker=["⟪Hittegolf: code oranje voor Zuid-Limburg⟫", "Schiphol krimpt minder dan gepland", "Oranje wint oefenduel"],
    tags=["Zorg", "Huisartsen", "Bureaucratie"],
    comments=[("PraktijkOndersteuner", "3 juni 2026", "⟪Elk woord waar. Ik vul op een dag meer formulieren in dan ik patiënten zie.⟫", "341")], comment_count=188,
    related=[("Premium", "Zo ziet een werkdag van een huisarts eruit", True), ("Zorg", "Huisartsenpost Rotterdam sluit ’s nachts"),
             ("Column", "De wachtkamer als spiegel van het land")],
    rank=["⟪Eindexamens: uitslag komt eerder dan verwacht⟫", ("Premium", "Het geheim van de Zeeuwse oester", True), "Zomervakantie: drukte op de wegen"],
    opinion=[("Commentaar", "De zorg verdient rust, geen nieuw stelsel"), ("Column", "Waarom ik nooit meer een ‘gezonde’ reep koop")],
    disclaimer="Opiniestukken en columns geven de mening van de auteur weer en niet per se die van de redactie.",
    body="""⟦Vorige week telde ik het na: van mijn werkweek van 52 uur besteedde ik er 17 aan administratie.⟧ Verwijsbrieven, declaraties, kwaliteitsregistraties, formulieren voor gemeenten en verzekeraars, verklaringen voor werkgevers. Geen van die uren heb ik met een patiënt gesproken.

Ik ben huisarts geworden om mensen te helpen. Die 17 uur helpen niemand. Ze zijn het gevolg van een zorgstelsel dat wantrouwen heeft georganiseerd: elke handeling moet worden vastgelegd, zodat iemand anders kan controleren of hij wel nodig was. ⟦Het resultaat is dat de controle meer tijd kost dan de zorg zelf.⟧

[[AD]]

[[H|Het kan anders]]

Ministers beloven al jaren minder regels. Er zijn actieprogramma’s geweest met hoopvolle namen, er zijn schrapsessies gehouden. Toch is mijn administratieve last in tien jaar alleen maar gegroeid.

Ik stel drie concrete stappen voor. ⟦Ten eerste: schaf de jaarlijkse herhaling van verwijzingen voor chronische patiënten af.⟧ Een patiënt met reuma heeft volgend jaar nog steeds reuma. Ten tweede: laat zorgverzekeraars hun controles doen op basis van steekproeven, niet door van elke huisarts elke registratie op te vragen. Ten derde: geef huisartsen een vaste vergoeding per ingeschreven patiënt, zonder aparte declaraties voor elke handeling.

[[READ|⟪Minister belooft minder regels in de zorg⟫]]

Ook patiënten merken het. Wie vandaag de huisarts belt voor een afspraak, moet in veel praktijken een week of langer wachten, terwijl de dokter achter haar computer zit te typen.

Dat is geen pleidooi voor minder verantwoording. Het is een pleidooi voor vertrouwen in professionals, met toezicht waar dat nodig is. Landen als Denemarken laten zien dat het kan.

⟦Elk uur dat ik niet aan formulieren besteed, is een uur voor een patiënt die nu te lang op een afspraak wacht.⟧

[[NOTE|⟪Eva Mulder is huisarts in Rotterdam-Zuid.⟫]]""",
    kind="opinion", why="guest op-ed by a GP arguing for less paperwork",
), OP))

# ---------------------------------------------------------------- column on a regional site; Column label; OG only
PAGES.append(nl(dict(
    case="nl-opinion-nlportal-buslijn", skin="nlportal", secpath="column", meta="og", meta_section="Column",
    url="https://www.noorderblad.example/column/de-bus-naar-ter-apel-rijdt-niet-meer~e5d4a810/",
    h1="Wie de bus schrapt, schrapt het dorp", kicker="Column",
    authors=["Geert Dijkstra"], byline_text="Geert Dijkstra", byline_html='<a href="/auteur/geert-dijkstra">Geert Dijkstra</a>',
    pub="2026-11-02T07:00:00+01:00", date='<time datetime="2026-11-02T07:00:00+01:00">02-11-26, 07:00</time>', plus=True,
    hero="⟪De bushalte in Vlagtwedde, waar vanaf december geen bus meer stopt.⟫ Foto: Jan Willem van Vliet",
    ticker=["⟪Brand in boerderij bij Stadskanaal⟫", "Gemeente Groningen wil meer fietsparkeerplekken", "Donar wint topper"],
    tags=["Column", "Openbaar vervoer", "Westerwolde"],
    comments=[("Kees uit Sellingen", "02-11-26, 08:41", "⟪Mijn moeder van 84 kan straks alleen nog met de taxi naar de dokter.⟫", "47")], comment_count=36,
    related=[("Premium", "Leven zonder auto op het platteland", True), ("Groningen", "Provincie schrapt twaalf buslijnen in dienstregeling 2027"),
             ("Commentaar", "Den Haag moet Groningen eindelijk serieus nemen")],
    rank=["⟪Herfstvakantie: wachttijden bij Wildlands⟫", ("Premium", "Het verdwenen café van Zuidbroek", True), "Windpark bij Veendam mag er komen"],
    opinion=[("Column", "⟪De stad en het ommeland zijn geen vreemden⟫"), ("Opinie", "Krimp is geen natuurwet")],
    body="""⟦Buslijn 73 rijdt sinds mijn jeugd van Ter Apel naar Winschoten, zes keer per dag, door dorpen die je op een gewone kaart van Nederland niet terugvindt.⟧ Vanaf december rijdt hij niet meer. De provincie noemt het ‘een optimalisatie van het netwerk’. Ik noem het een vergissing.

Ik begrijp de rekensom. De bus zit buiten de spits vaak halfleeg, de chauffeurs zijn schaars en elke rit kost geld. Voor wie in een spreadsheet naar het platteland kijkt, is het een logische keuze. ⟦Maar een buslijn is meer dan een rij getallen.⟧

Die halflege bus vervoert de scholier die naar het Ubbo Emmius moet, de weduwe die op dinsdag naar de markt gaat en de jongen zonder rijbewijs die in de kassen werkt. Het zijn precies de mensen die geen alternatief hebben. De vervangende belbus moet een dag van tevoren worden gereserveerd, en wie ooit heeft geprobeerd om half acht ’s ochtends een taxi te krijgen in Westerwolde, weet hoe dat gaat.

[[AD]]

Elke keer dat er in een dorp iets verdwijnt, de bank, de supermarkt, de school, zegt iemand dat het onvermijdelijk is. En elke keer wordt het dorp daardoor iets minder aantrekkelijk voor jonge gezinnen, waardoor het volgende onvermijdelijk wordt. ⟦Wie de bus schrapt, schrapt uiteindelijk het dorp.⟧

De provincie heeft de komende jaren honderden miljoenen te besteden aan de Nij Begun-plannen voor Groningen. Een fractie daarvan is genoeg om lijn 73 overeind te houden. Het is een keuze, geen natuurwet.

⟦Ik hoop dat de Staten die keuze nog durven te maken, voordat de laatste bus de halte in Vlagtwedde verlaat.⟧""",
    kind="opinion", why="column arguing against cutting a rural bus line",
), NB))

# ---------------------------------------------------------------- unsigned editorial: Commentaar, hoofdredactioneel; authors null
PAGES.append(nl(dict(
    case="nl-opinion-nlportal-dertig", skin="nlportal", secpath="opinie",
    url="https://www.ochtendpost.example/opinie/commentaar/maak-30-kilometer-per-uur-de-norm-in-de-bebouwde-kom~f3a8c617/",
    h1="Maak 30 kilometer per uur de norm in de bebouwde kom", kicker="Commentaar",
    deck="Steeds meer gemeenten verlagen de snelheid. Het kabinet moet de knoop doorhakken.",
    authors=None, byline_text="Commentaar van de hoofdredactie", byline_html="Commentaar van de hoofdredactie",
    ld_authors=["org:De Ochtendpost"], ld_type="OpinionNewsArticle", ld_section="Commentaar",
    pub="2026-09-18T20:00:00+02:00", date='<time datetime="2026-09-18T20:00:00+02:00">18 september 2026, 20:00</time>',
    ticker=["⟪Prinsjesdag: koopkracht stijgt licht⟫", "Brand in Rotterdamse haven onder controle", "Kunstijsbaan Thialf gaat open"],
    tags=["Verkeersveiligheid", "Commentaar", "Gemeenten"],
    comments=[("fietser030", "18 september 2026", "⟪In Utrecht werkt het prima. Niemand wil meer terug naar vijftig.⟫", "77")], comment_count=121,
    related=[("Verkeer", "Utrecht na een jaar 30 kilometer: minder ongelukken"), ("Premium", "De auto en de stad: een ingewikkelde liefde", True),
             ("Opinie", "Een snelheidslimiet is geen verkeersbeleid")],
    rank=["⟪Miljoenennota: dit verandert er voor uw portemonnee⟫", ("Premium", "Leven op een woonboot in Amsterdam", True), "Herfst begint met storm"],
    opinion=[("Column", "Mijn auto en ik"), ("Opinie", "⟪Wie 30 wil, moet ook de straat aanpassen⟫")],
    body="""⟦Wie door Amsterdam, Utrecht of Groningen rijdt, moet op de meeste wegen al niet harder dan 30 kilometer per uur.⟧ Wie vijf kilometer verderop een randgemeente binnenrijdt, mag vaak weer vijftig. Dat lappendeken is verwarrend en onnodig. Het kabinet moet 30 kilometer per uur de wettelijke norm maken binnen de bebouwde kom.

De argumenten zijn bekend en sterk. Bij een aanrijding met 30 kilometer per uur overleeft de overgrote meerderheid van de voetgangers en fietsers, bij vijftig is de kans op overlijden vele malen groter. ⟦Steden die de snelheid al verlaagden, zien het aantal ernstige ongevallen duidelijk dalen.⟧ Ook wordt het op straat stiller, en dat merken bewoners direct.

[[AD]]

De tegenargumenten zijn voorspelbaar. Automobilisten zouden langer onderweg zijn, hulpdiensten later arriveren, bussen hun dienstregeling niet halen. Maar in de praktijk valt het tijdverlies in de stad mee, omdat verkeerslichten en drukte de gemiddelde snelheid toch al laag houden. ⟦En voor doorgaande wegen waar veilig harder kan, blijft een uitzondering mogelijk.⟧

Juist daarom is een landelijke norm beter dan het huidige gemeentelijke stuwmeer. Nu moet elke gemeente het wiel zelf uitvinden, met eigen onderzoeken, eigen borden en eigen inspraakrondes. Een wettelijke norm met duidelijke uitzonderingen geeft automobilisten houvast en gemeenten rust.

Ook voor de handhaving is een landelijke norm beter. Flitspalen en controles kunnen gericht worden ingezet op de plekken waar het echt misgaat, in plaats van op een wirwar van borden die van wijk tot wijk verschillen. En wie weet dat binnen de bebouwde kom in principe dertig geldt, hoeft niet bij elke kruising te raden.

⟦Het kabinet hoeft niet te wachten tot het volgende dodelijke ongeluk op een schoolroute.⟧""",
    kind="opinion", why="unsigned editorial calling for a 30 km/h norm",
), OP))

# ---------------------------------------------------------------- book review with stars
PAGES.append(nl(dict(
    case="nl-other-nlportal-recensie", skin="nlportal", secpath="boeken",
    url="https://www.ochtendpost.example/cultuur-media/recensie-het-huis-aan-de-dijk-is-een-stille-triomf~a90b4d21/",
    h1="‘Het huis aan de dijk’ is een stille triomf over een familie die zwijgt", kicker="Recensie",
    deck="In haar derde roman volgt Merel Vos drie generaties op een Zeeuwse boerderij. ★★★★☆",
    authors=["Marieke Bos"], byline_text="Marieke Bos", byline_html='<a href="/auteur/marieke-bos">Marieke Bos</a>',
    ld_authors=["Marieke Bos"], ld_type="Review", ld_section="Boeken",
    ld_extra={"itemReviewed": {"@type": "Book", "name": "Het huis aan de dijk", "author": {"@type": "Person", "name": "Merel Vos"}},
              "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5}},
    pub="2026-03-14T09:00:00+01:00", date='<time datetime="2026-03-14T09:00:00+01:00">14 maart 2026, 09:00</time>', plus=True,
    hero="⟪Schrijfster Merel Vos in haar werkkamer in Middelburg.⟫ Foto: Marcel van den Bergh",
    ticker=["⟪Boekenweek begint met recordverkoop⟫", "Rijksmuseum verwerft zeldzaam zelfportret", "Storm raast over Zeeland"],
    tags=["Boeken", "Recensie", "Nederlandse literatuur"],
    related=[("Boeken", "De beste romans van dit voorjaar"), ("Premium", "Merel Vos: ‘Ik schrijf over wat niet gezegd wordt’", True),
             ("Column", "Waarom ik nooit meer een e-reader koop")],
    rank=["⟪Boekenweekgeschenk al uitverkocht⟫", ("Premium", "Het nieuwe leven van de bibliotheek", True), "Museumkaart wordt duurder"],
    opinion=[("Column", "⟪Lezen is een vorm van luisteren⟫"), ("Commentaar", "Cultuur is geen luxe")],
    body="""⟦Op de eerste bladzijde van ‘Het huis aan de dijk’ staat een vrouw in de keuken te wachten op een telefoontje dat niet komt.⟧ Op de laatste bladzijde, bijna zeventig jaar later, staat haar kleindochter in dezelfde keuken. Wat er tussen die twee momenten gebeurt, vertelt Merel Vos in haar derde roman met een ingehouden precisie die indruk maakt.

Het boek volgt drie generaties van de familie Verhage op een boerderij bij Kapelle, van de nasleep van de watersnood van 1953 tot de verkoop van het land in 2021. ⟦Het grote geheim van de familie wordt nooit uitgesproken, maar het hangt in elke scène.⟧

[[H|Een roman van weglatingen]]

Vos schrijft in korte, heldere zinnen, zonder opsmuk. Haar kracht zit in wat ze weglaat. Een vader die zijn zoon niet aankijkt, een moeder die een brief verbrandt, een zus die ineens niet meer op verjaardagen komt: de lezer moet de verbanden zelf leggen. Dat vraagt geduld, maar het wordt beloond.

[[AD]]

Vooral het middendeel, waarin de dochter Anna in de jaren zeventig naar Amsterdam vertrekt en bij elk bezoek aan huis weer het meisje van vroeger wordt, is prachtig. ⟦Vos vangt de vervreemding van een kind dat is weggegaan zonder ooit helemaal los te komen.⟧

Helemaal vlekkeloos is de roman niet. Het laatste deel, over de kleindochter die de boerderij moet verkopen, leunt te veel op toevalligheden en een brief die precies op het juiste moment wordt gevonden. Na zoveel subtiliteit voelt die ontknoping wat gemakzuchtig.

⟦Toch is ‘Het huis aan de dijk’ een van de mooiste Nederlandse romans van dit voorjaar.⟧

[[TEXT|Merel Vos: Het huis aan de dijk. Uitgeverij Koppelaar; 318 blz.; € 24,99.]]""",
    kind="other", why="book review with star rating",
), OP))

typo(PAGES)
