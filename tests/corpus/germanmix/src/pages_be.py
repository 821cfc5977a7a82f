"""Flemish sites (beportal): a Belga story under "Belga" alone, an Antwerp report behind the Plus
badge ("ma 07 dec 2026 om 14:05"), a signed "Commentaar" by the editor-in-chief, a column marked
only by the byline role "columnist", and a stew recipe."""
from common import typo

PAGES = []


def nav(local):
    return [("Nieuws", ["Binnenland", "Buitenland", "Politiek"]), local, ("Economie", ["Geld", "Werk", "Wonen"]),
            ("Opinie", ["Commentaar", "Columns", "Lezersbrieven", "Debat"]), ("Sport", ["Voetbal", "Wielrennen", "Veldrijden"]),
            ("Cultuur", ["Film", "Muziek", "Boeken"]), ("Lifestyle", ["Koken", "Reizen", "Gezondheid"]), ("Podcasts", [])]


SB = dict(site="De Scheldebode", domain="www.scheldebode.example", badge_word="Plus", footer="© 2026 De Scheldebode NV. Alle rechten voorbehouden.",
          nav=nav(("Regio", ["Antwerpen", "Gent", "Mechelen", "Kempen", "Waasland"])))
LW = dict(site="Het Laatste Woord", domain="www.hetlaatstewoord.example", badge_word="PLUS", footer="© 2026 Het Laatste Woord",
          nav=nav(("Regio", ["Antwerpen", "Limburg", "Oost-Vlaanderen", "West-Vlaanderen", "Vlaams-Brabant"])))


def be(p, s):
    p.update(s, loc="nl-BE", lang="nl", html_lang="nl-BE")
    return p


# ---------------------------------------------------------------- Belga alone; OG only
PAGES.append(be(dict(
    case="nl-news-beportal-spoorstaking", skin="beportal", secpath="binnenland", meta="og", meta_section="Binnenland",
    url="https://www.hetlaatstewoord.example/binnenland/spoorstaking-legt-treinverkeer-dinsdag-grotendeels-plat~a7715f2d/",
    h1="Spoorstaking legt treinverkeer dinsdag grotendeels plat", kicker="Mobiliteit",
    deck="Slechts een op de drie treinen rijdt. De vakbonden protesteren tegen de hervorming van het pensioenstelsel voor spoorpersoneel.",
    crumbs=["Nieuws", "Binnenland"], authors=None, byline_text="Bron: Belga", byline_html="Bron: Belga",
    pub="2026-10-13T10:22:00+02:00", date="13-10-26, 10:22",
    ticker=["⟪Zware brand in loods in Zelzate⟫", "Club Brugge neemt afscheid van trainer", "Files op de Antwerpse ring na ongeval"],
    tags=["Staking", "NMBS", "Pensioenen", "Vakbonden"],
    comments=[("pendelaar_gent", "13-10-26, 11:05", "⟪Derde keer deze maand dat ik thuis moet werken. Mijn baas is het beu.⟫", "58")], comment_count=203,
    related=[("PLUS", "Hoe ziet het pensioen van een treinbestuurder eruit?", True), ("Mobiliteit", "Zo vraagt u een compensatie aan bij de NMBS"),
             ("Column", "⟪Wie staakt, moet ook durven uitleggen waarom⟫")],
    rank=["⟪Lotto: jackpot van 14 miljoen valt in Limburg⟫", ("PLUS", "Deze gemeenten hebben de hoogste belastingen", True), "Herfstvakantie: de drukste dagen op de weg"],
    opinion=[("Commentaar", "Een staking die niemand begrijpt"), ("Lezersbrief", "Geef het spoor eindelijk een plan")],
    body="""⟦Door een nationale spoorstaking rijdt dinsdag slechts ongeveer een op de drie treinen in ons land.⟧ Dat meldt de NMBS. De staking begon maandagavond om 22 uur en duurt tot woensdagochtend 6 uur.

De spoorbonden protesteren tegen de plannen van de federale regering om het pensioenstelsel voor het spoorpersoneel te hervormen. Volgens de vakbonden zouden treinbestuurders en ander personeel daardoor tot vijf jaar langer moeten werken. ⟦De regering wil de bijzondere pensioenregeling van het spoor geleidelijk gelijkschakelen met die van andere ambtenaren.⟧

[[AD]]

De NMBS heeft een alternatieve dienstregeling uitgewerkt. Op de belangrijkste lijnen, zoals Brussel-Antwerpen, Brussel-Gent en Brussel-Luik, rijdt een beperkt aantal IC-treinen. Veel lokale verbindingen en de meeste P-treinen vallen weg. ⟦Ook het internationale verkeer is verstoord, al rijden de hogesnelheidstreinen naar Parijs en Amsterdam grotendeels normaal.⟧

[[READ|⟪De Lijn versterkt busverbindingen tijdens staking⟫]]

Op de stations bleef het opvallend rustig. Wie toch de trein nam, moest rekening houden met overvolle rijtuigen en lange wachttijden. Op de wegen rond de grote steden was het dinsdagochtend drukker dan gewoonlijk. Het Vlaams Verkeerscentrum meldde in de ochtendspits meer dan 400 kilometer file in Vlaanderen.

Het is al de vierde spoorstaking dit jaar. Volgens de NMBS kost een stakingsdag het bedrijf ongeveer vier miljoen euro aan gemiste inkomsten en extra kosten. Reizigers met een abonnement kunnen een deel van hun geld terugvragen. De Lijn zette op verschillende plaatsen extra bussen in, onder meer tussen Gent en Aalst.

De minister van Mobiliteit betreurt de actie. Ze wijst erop dat het overleg met de vakbonden nog loopt en dat reizigers ‘opnieuw het slachtoffer worden van een conflict waar ze niets mee te maken hebben’. ⟦De vakbonden sluiten nieuwe acties in november niet uit.⟧""",
    kind="news", why="agency report on a rail strike",
), LW))

# ---------------------------------------------------------------- Antwerp report; Plus badge; "ma 07 dec 2026 om 14:05"; JSON-LD
PAGES.append(be(dict(
    case="nl-news-beportal-lez", skin="beportal", secpath="antwerpen", plus=True,
    url="https://www.scheldebode.example/cnt/dmf20261207_94820731",
    h1="Antwerpen breidt lage-emissiezone uit tot Linkeroever en haven", kicker="Antwerpen",
    deck="Vanaf 2028 mogen ook oudere bestelwagens niet meer in het havengebied rijden. Ondernemers vrezen hoge kosten.",
    crumbs=["Regio", "Antwerpen"], authors=["Tom Van den Broeck"], byline_text="Tom Van den Broeck",
    byline_html='<a href="/auteur/tom-van-den-broeck">Tom Van den Broeck</a>',
    ld_authors=["Tom Van den Broeck"], ld_type="NewsArticle", ld_section="Antwerpen",
    pub="2026-12-07T14:05:00+01:00", date="ma 07 dec 2026 om 14:05", audio="3 min.",
    hero="⟪Een camera van de lage-emissiezone aan de Kennedytunnel.⟫ Foto: Jef Boes",
    ticker=["⟪Kerstmarkt op de Grote Markt trekt recordaantal bezoekers⟫", "Nieuwe tramlijn naar Wijnegem rijdt vanaf maandag", "Brand in appartement in Borgerhout"],
    tags=["Antwerpen", "LEZ", "Luchtkwaliteit", "Haven"],
    comments=[("Stef uit Zwijndrecht", "07-12-2026", "⟪Ik rijd met mijn bestelwagen van 2016 elke dag naar de haven. Wie betaalt mijn nieuwe?⟫", "92")], comment_count=156,
    related=[("Plus", "Hoe gezond is de lucht in uw straat?", True), ("Antwerpen", "Oosterweel: nieuwe tunnel vertraagd tot 2031"),
             ("Commentaar", "Antwerpen kiest voor gezonde lucht, en terecht")],
    rank=["⟪Sinterklaas in het Sportpaleis: extra voorstelling⟫", ("Plus", "De vergeten parels van het Eilandje", True), "Zware hinder op de E19 door werken"],
    opinion=[("Commentaar", "Het klimaatbeleid mag geen klassenbeleid worden"), ("Column", "⟪Mijn fiets en ik op de Leien⟫")],
    body="""⟦De stad Antwerpen breidt haar lage-emissiezone vanaf januari 2028 uit naar Linkeroever en het grootste deel van het havengebied.⟧ Dat heeft het college van burgemeester en schepenen maandag beslist. Tegelijk worden de normen voor bestelwagens en vrachtwagens strenger.

Sinds de invoering in 2017 geldt de lage-emissiezone, kortweg LEZ, al voor het grootste deel van het grondgebied op de rechteroever. Met de uitbreiding valt voortaan ook het verkeer in het havengebied onder de regels. ⟦Volgens de stad rijden daar dagelijks meer dan 40.000 bestelwagens en vrachtwagens.⟧

[[PHOTO|⟪Vrachtverkeer in de haven van Antwerpen. Vooral oudere bestelwagens zullen de LEZ niet meer in mogen.⟫ Foto: Dirk Waem]]

Concreet mogen dieselbestelwagens met een Euro 6-norm van vóór september 2019 vanaf 2028 niet meer in de zone rijden. ⟦Voor vrachtwagens wordt Euro VI de minimumnorm, met een overgangsperiode van twee jaar voor oudere voertuigen.⟧

[[SPLIT]]

Schepen voor Mobiliteit Hanne Claes noemt de maatregel ‘noodzakelijk voor de gezondheid van de Antwerpenaars’. Metingen tonen aan dat de concentratie stikstofdioxide in de buurt van de haven en de Ring nog altijd boven de Europese richtwaarden ligt.

Werkgeversorganisaties reageren kritisch. Voka Antwerpen-Waasland vreest dat vooral kleine ondernemers en zelfstandigen zwaar getroffen worden. ‘Een nieuwe bestelwagen kost al snel 40.000 euro. Dat is voor een loodgieter of een schrijnwerker geen kleinigheid’, zegt een woordvoerder.

De stad belooft een premie van maximaal 3.000 euro voor ondernemers die hun oude bestelwagen inruilen voor een elektrisch exemplaar. Wie pas na 2030 kan overstappen, kan een tijdelijke uitzondering aanvragen.

Antwerpen was in 2017 de eerste Vlaamse stad met een lage-emissiezone. Gent en Brussel volgden later. Volgens de stad is de luchtkwaliteit sindsdien op de meeste meetpunten duidelijk verbeterd, al blijven de waarden langs de Ring hoog.

⟦De gemeenteraad moet de beslissing nog goedkeuren, wat in januari wordt verwacht.⟧""",
    kind="news", why="local policy report with reactions",
), SB))

# ---------------------------------------------------------------- signed Commentaar by the editor-in-chief
PAGES.append(be(dict(
    case="nl-opinion-beportal-commentaar", skin="beportal", secpath="opinie",
    url="https://www.scheldebode.example/opinie/commentaar/cnt/dmf20260521_93118402",
    h1="De regering moet durven kiezen tussen begroting en beloftes", kicker="Commentaar",
    crumbs=["Opinie", "Commentaar"], authors=["Karel Verhaegen"], byline_text="Karel Verhaegen, hoofdredacteur",
    byline_html='<a href="/auteur/karel-verhaegen">Karel Verhaegen</a>, hoofdredacteur',
    ld_authors=["Karel Verhaegen"], ld_type="OpinionNewsArticle", ld_section="Opinie",
    pub="2026-05-21T20:30:00+02:00", date="do 21 mei 2026 om 20:30",
    ticker=["⟪Europees Parlement stemt over landbouwakkoord⟫", "Anderlecht wint bekerfinale", "Staking bij De Lijn in Limburg"],
    tags=["Begroting", "Federale regering", "Commentaar"],
    comments=[("kritische_lezer", "21-05-2026", "⟪Mooi geschreven, maar de hoofdredacteur zegt niet waar hij zelf zou besparen.⟫", "36")], comment_count=88,
    related=[("Plus", "Het begrotingsgat in vijf cijfers", True), ("Politiek", "Premier: ‘Geen nieuwe belastingen voor de verkiezingen’"),
             ("Opinie", "⟪Besparen op onderwijs is besparen op de toekomst⟫")],
    rank=["⟪Pinksterweekend: drukte aan de kust verwacht⟫", ("Plus", "Wat verdienen burgemeesters echt?", True), "Giro: Belg wint rit naar Napels"],
    opinion=[("Column", "Een land dat zichzelf niet gelooft"), ("Lezersbrieven", "Over de pensioenhervorming")], opinion_box="Meer opinie",
    body="""⟦Opnieuw heeft de federale regering een begrotingscontrole afgerond zonder echt te kiezen.⟧ Het tekort blijft steken boven de 4 procent van het bbp, de Europese Commissie kijkt met groeiend ongeduld toe, en de oplossingen worden opnieuw doorgeschoven naar een najaar waarin alles beter zou moeten worden.

Het is begrijpelijk dat politici liever geen pijnlijke beslissingen nemen. Elke partij in deze coalitie heeft haar kiezers iets beloofd: lagere lasten op arbeid, hogere minimumpensioenen, meer geld voor defensie en voor justitie. ⟦Maar al die beloftes samen passen niet in één begroting, en dat weet iedereen in de Wetstraat.⟧

[[AD]]

Wat ontbreekt, is de moed om dat ook hardop te zeggen. Een regering die het tekort echt wil terugdringen, moet kiezen. Ze kan beslissen dat de belastingverlaging op arbeid er later of kleiner komt. Ze kan de indexering van bepaalde uitkeringen tijdelijk aanpassen. ⟦Ze kan de fiscale gunstregimes aanpakken die vooral de best verdienenden ten goede komen.⟧ Geen van die keuzes is populair. Maar niet kiezen is ook een keuze, en die is het duurst.

Andere landen hebben laten zien dat het kan. Nederland en Portugal brachten hun overheidsfinanciën in het verleden op orde met pijnlijke maar duidelijke keuzes, en hun economie is daar niet aan onderdoor gegaan.

Want de rekening van het uitstel groeit. Elk jaar dat het tekort blijft hangen, stijgt de rentelast, en die rente betalen we met geld dat niet naar scholen, zorg of wegen kan gaan. De generatie die vandaag twintig is, zal die keuze terugzien op haar loonstrook.

⟦Deze regering beloofde bij haar start ‘de moed van de eerlijkheid’; het is tijd dat ze die belofte inlost.⟧""",
    kind="opinion", why="editor-in-chief's signed commentary on the budget",
), SB))

# ---------------------------------------------------------------- column marked only by the byline role "columnist"
PAGES.append(be(dict(
    case="nl-opinion-beportal-zondag", skin="beportal", secpath="binnenland", meta="full",
    url="https://www.hetlaatstewoord.example/binnenland/waarom-de-winkels-op-zondag-best-dicht-blijven~c2209e51/",
    h1="Waarom de winkels op zondag best dicht blijven", kicker="Samenleving",
    crumbs=["Nieuws", "Binnenland"], authors=["Lotte Vermeersch"], byline_text="Lotte Vermeersch, columnist",
    byline_html='<a href="/auteur/lotte-vermeersch">Lotte Vermeersch</a>, columnist',
    ld_authors=["Lotte Vermeersch"], ld_type="NewsArticle", ld_section="Binnenland",
    pub="2026-07-05T08:00:00+02:00", date="05-07-26, 08:00",
    hero="⟪Een winkelstraat in Leuven op een zondagochtend.⟫ Foto: Photo News",
    ticker=["⟪Tour de France: Belg in het geel na tijdrit⟫", "Hittealarm: zwembaden blijven langer open", "Rock Werchter: festival uitverkocht"],
    tags=["Winkels", "Zondagsrust", "Werk"],
    comments=[("winkelmeid", "05-07-26, 09:12", "⟪Als verkoopster kan ik alleen maar bedanken. Mijn zondag is heilig.⟫", "121"),
              ("Dries", "05-07-26, 10:40", "Ik werk de hele week. Wanneer moet ik dan winkelen?", "44")], comment_count=267,
    related=[("PLUS", "Werken op zondag: wat zegt de wet?", True), ("Economie", "Regering wil openingsuren van winkels versoepelen"),
             ("Commentaar", "Flexibiliteit mag geen uitbuiting worden")],
    rank=["⟪Zomerbarbecue: zo vermijdt u voedselvergiftiging⟫", ("PLUS", "Het geheim van de lekkerste frituur van Vlaanderen", True), "Files richting de kust"],
    opinion=[("Column", "⟪Waarom ik mijn gsm op vakantie thuislaat⟫"), ("Lezersbrief", "Over de zomerbanen van onze jongeren")],
    body="""⟦Er was een tijd dat de zondag in Vlaanderen vanzelf stil was.⟧ De bakker ging om twaalf uur dicht, de kerkklokken luidden, de familie kwam samen rond de tafel. Ik ben niet nostalgisch naar alles van die tijd, maar één ding mis ik wel: een dag waarop niet alles te koop is.

De federale regering wil de openingsuren van winkels versoepelen, zodat zaken op meer zondagen open mogen. Ze spreekt van vrijheid en van concurrentie met webwinkels die dag en nacht leveren. ⟦Ik vind dat een slecht idee, en niet alleen omdat ik op zondag graag uitslaap.⟧

[[AD]]

Wie zegt dat winkelen op zondag een vrije keuze is, vergeet dat er aan de andere kant van de kassa ook iemand staat. Voor de verkoopster in de supermarkt, de magazijnier en de schoonmaker is de zondag geen vrije keuze. Het is een werkdag die hun gezinsleven doorkruist, vaak voor een kleine toeslag. ⟦De vrijheid van de ene klant is het verlies van een vrije dag voor iemand anders.⟧

Bovendien helpt het de kleine handelaar niet. Een zelfstandige met één winkel in het centrum van Aalst kan niet zeven dagen per week openblijven. De grote ketens kunnen dat wel. Wie de zondag vrijgeeft, geeft de grootste spelers nog een voordeel.

Dat betekent niet dat alles gesloten moet zijn. Bakkers, krantenwinkels en de winkels in toeristische centra mogen vandaag al op zondag open, en dat werkt prima. Het gaat om de regel en de uitzondering, niet om een verbod.

Een samenleving heeft momenten nodig waarop niet alles draait om kopen en verkopen. Momenten voor sport, voor familie, voor de jeugdbeweging, of gewoon om niets te doen. ⟦Laat de zondag zo’n moment blijven.⟧""",
    kind="opinion", why="first-person argument against Sunday opening; only byline says columnist",
), LW))

# ---------------------------------------------------------------- recipe: stew with fries
PAGES.append(be(dict(
    case="nl-other-beportal-stoofvlees", skin="beportal", secpath="koken", meta="full",
    url="https://www.hetlaatstewoord.example/koken/stoofvlees-zoals-bij-bomma-het-recept~d5f03a18/",
    h1="Stoofvlees zoals bij bomma: het recept", kicker="Koken",
    deck="Met donker bier, een boterham met mosterd en vooral veel geduld. Zo maakt u de Vlaamse klassieker.",
    crumbs=["Lifestyle", "Koken"], authors=["Ilse Peeters"], byline_text="Ilse Peeters", byline_html='<a href="/auteur/ilse-peeters">Ilse Peeters</a>',
    ld_authors=["Ilse Peeters"], ld_type="Article", ld_section="Koken",
    ld_extra={"@type": ["Article", "Recipe"], "recipeYield": "4 personen", "totalTime": "PT3H30M"},
    pub="2026-01-17T11:00:00+01:00", date="za 17 jan 2026 om 11:00",
    hero="⟪Stoofvlees met frietjes en een frisse salade.⟫ Foto: Het Laatste Woord",
    ticker=["⟪Sneeuw en ijzel: code oranje voor de Ardennen⟫", "Veldrijden: Belg wint in Zonhoven", "Solden: eerste weekend valt tegen"],
    tags=["Recepten", "Vlaamse keuken", "Winter"],
    comments=[("KokendeKarel", "17-01-26, 13:20", "⟪Bij ons gaat er altijd een schijfje peperkoek in in plaats van de boterham.⟫", "63")], comment_count=41,
    related=[("PLUS", "De lekkerste frietkoten van Vlaanderen", True), ("Koken", "Witloof in hesp: het ultieme recept"),
             ("Column", "Waarom ik nooit meer kant-en-klare saus koop")],
    rank=["⟪Dry January: zo hou je het vol⟫", ("PLUS", "Wat kost een dagje skiën in de Ardennen?", True), "Wintersolden: dit zijn de beste deals"],
    opinion=[("Commentaar", "Een staking die niemand begrijpt"), ("Column", "⟪De frituur als laatste dorpscafé⟫")],
    body="""⟦Weinig gerechten zijn zo Vlaams als stoofvlees met frietjes.⟧ Het geheim zit in drie dingen: goed vlees, donker bier en tijd. Dit recept is gebaseerd op dat van mijn grootmoeder, die er elke zondag in de winter een grote pot van maakte.

[[H|Ingrediënten voor 4 personen]]

[[LIST|1 kg runderstoofvlees (schenkel of kaakjes), in blokken|2 grote uien|2 flesjes donker abdijbier (66 cl)|2 sneden bruin brood|2 eetlepels grove mosterd|2 laurierblaadjes en enkele takjes tijm|1 eetlepel bruine suiker en 1 scheut azijn|boter, peper en zout]]

[[H|Bereiding]]

[[OL|⟦Dep het vlees droog en bak het in porties bruin in een ruime pot met boter.⟧|Haal het vlees uit de pot en stoof de gesnipperde uien zacht in hetzelfde vet.|Doe het vlees terug in de pot, giet het bier erbij en voeg laurier, tijm, suiker en azijn toe.|Besmeer het brood dik met mosterd en leg het met de mosterdkant naar beneden op het vlees.|⟦Laat alles minstens drie uur zachtjes sudderen met het deksel op de pot, tot het vlees uit elkaar valt.⟧]]

[[AD]]

[[H|Tips]]

Het brood valt tijdens het stoven vanzelf uit elkaar en bindt de saus. Is de saus aan het einde nog te dun, laat de pot dan nog een halfuur zonder deksel pruttelen. ⟦Stoofvlees smaakt de dag nadien nog beter, dus maak gerust een dag op voorhand.⟧

Kies vlees met wat vet en bindweefsel, zoals schenkel of runderwangen. Mager vlees wordt bij lang stoven droog en draderig.

Serveer met verse frietjes, een schepje mayonaise en een frisse salade. ⟦En natuurlijk met een glas van hetzelfde bier dat u in de pot hebt gegoten.⟧""",
    kind="other", why="recipe with ingredients and steps",
), LW))

typo(PAGES)
