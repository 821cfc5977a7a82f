"""Swedish pages of nordicmix (6): a TT story, a live blog, a regional story with a video and a fold, a Debatt
article by outside writers, a krönika marked only by the byline role, a product test."""

PAGES = []

DM_NAV = ["Nyheter", "Sverige", "Världen", "Ekonomi", "Sport", "Kultur", "Nöje", "Ledare", "Debatt", "Åsikt", "Podd", "E-tidning"]
DM_SUB = ["Ledare", "Debatt", "Kolumnister", "Kultur/Krönika", "Insändare"]
DM_COOKIE = ("Vi och våra partner använder cookies och liknande tekniker för att anpassa innehåll och annonser, "
             "tillhandahålla funktioner för sociala medier och analysera vår trafik.")

# ---------------------------------------------------------------- 1. TT story on a national daily, byline TT only
PAGES.append(dict(
    case="sv-news-nordic-tagstopp", lang="sv", skin="nordic", domain="www.dagensmorgon.example", site="Dagens Morgon", secpath="sverige",
    url="https://www.dagensmorgon.example/sverige/tagtrafiken-stoppad-mellan-stockholm-och-goteborg/a/8Kx2qL",
    h1="Tågtrafiken stoppad mellan Stockholm och Göteborg – tusentals resenärer strandsatta",
    deck="Ett fel på kontaktledningen vid Katrineholm slog ut all trafik på Västra stambanan under torsdagsmorgonen.",
    kicker="Sverige", authors=["Johanna Ek"], byline_html='<a href="/av/johanna-ek/">Johanna Ek</a> – TT',
    ld_authors=["Johanna Ek", "org:TT"], ld_type="NewsArticle", ld_section="Sverige",
    pub="2026-03-05T10:32:00+01:00", mod="2026-03-05T13:05:00+01:00",
    date="Publicerad 5 mars 2026 kl 10:32", updated="Uppdaterad 5 mars 2026 kl 13:05", today="Torsdag 5 mars 2026",
    nav=DM_NAV, subnav=DM_SUB, cookie=DM_COOKIE, cookie_title="Vi värnar om din integritet",
    ticker=["Regeringen presenterar vårändringsbudgeten i april", "Brand i flerfamiljshus i Västerås – tio evakuerade"],
    caption="⟪Resenärer väntar på besked vid avgångstavlan på Stockholms central på torsdagen.⟫ Foto: Fredrik Sandberg/TT",
    audio="Lyssna på artikeln · 3 min",
    side=[("Mest läst", ["⟪Elpriset rusar i södra Sverige inför helgen⟫", "Kommunen säljer ut hyresrätter i Botkyrka",
                          "Polisen: Ökning av bedrägerier mot äldre", "Så mycket höjs bensinskatten i sommar"]),
          ("Åsikt", [("Ledare", "Järnvägen förtjänar mer än skyndsamma löften"), ("Debatt", "Låt kommunerna ta ansvar för simundervisningen"),
                     ("Krönika", "⟪Jag har slutat lita på tidtabellen – och det gör mig friare⟫")]),
          ("Annonssamarbete", ["Så sänker du elräkningen med smart styrning"])],
    tags=["Tågtrafik", "Trafikverket", "SJ", "Katrineholm"],
    related=["Trafikverket: Var tredje kontaktledning behöver bytas", "SJ köper in 25 nya snabbtåg"],
    newsletter="Få morgonens viktigaste nyheter i din inkorg varje vardag klockan 06.",
    footer="⟪© Dagens Morgon 2026. Ansvarig utgivare: Helena Wikström.⟫", footer_nav=["Kundservice", "Om cookies", "Personuppgiftspolicy", "Annonsera", "Tipsa oss"],
    body="""⟦Tågtrafiken på Västra stambanan mellan Stockholm och Göteborg stod helt still under torsdagsförmiddagen⟧ sedan en kontaktledning rivits ned strax väster om Katrineholm. Enligt Trafikverket påverkades minst 40 avgångar, och tusentals resenärer blev sittande på stationer och i stillastående tåg.

– Ett godståg fick med sig kontaktledningen strax efter sju i morse. Vi har reparatörer på plats, men det är ett omfattande arbete, säger Trafikverkets presstalesperson Lina Åberg till TT.

[[READ|⟪Så får du pengar tillbaka när tåget är försenat⟫]]

Ett SJ-tåg med omkring 300 passagerare blev stående i över två timmar mellan Katrineholm och Flen innan det kunde dras tillbaka till Katrineholms station. ⟦Flera resenärer vittnar om kalla vagnar och långa köer till toaletterna.⟧

– Vi fick besked om att det skulle ta en halvtimme. Sedan hörde vi ingenting på en timme, säger Malin Strand, som var på väg till ett möte i Göteborg.

[[AD]]

[[H|Ersättningsbussar sätts in]]

SJ uppmanar resenärer som inte måste resa att skjuta upp resan till fredag. ⟦Biljetter för torsdagen kan bokas om utan kostnad.⟧ Mellan Katrineholm och Hallsberg har bolaget satt in ersättningsbussar, men enligt SJ räcker de inte till alla som vill resa.

⟦Trafikverket räknar med att reparationen blir klar tidigast vid 18-tiden.⟧ Därefter väntas det ta ytterligare några timmar innan trafiken är tillbaka i normal takt, eftersom många tåg och förare står på fel plats.

Det är tredje gången sedan årsskiftet som trafiken på sträckan stoppas av fel på kontaktledningen. Enligt Trafikverket är delar av ledningen mellan Järna och Hallsberg över 60 år gammal och ska bytas ut under de kommande fem åren.

Även pendeltågstrafiken i Mälardalen påverkades under morgonen, eftersom flera regionaltåg leddes om via Västerås och tog spår som annars används av lokaltrafiken.

⟦Resenärer uppmanas att följa trafikinformationen i SJ:s app och på Trafikverkets webbplats.⟧""",
    kind="news", why="agency report on a rail outage, TT reporter",
))

# ---------------------------------------------------------------- 2. Live blog on a regional daily, newest post first
NB_NAV = ["Nyheter", "Umeå", "Skellefteå", "Lycksele", "Sport", "Kultur", "Ledare", "Debatt", "Insändare", "Familj", "E-tidning"]
PAGES.append(dict(
    case="sv-news-liveblog-stormen", lang="sv", skin="liveblog", domain="www.norrlandsbladet.example", site="Norrlandsbladet", secpath="nyheter",
    url="https://www.norrlandsbladet.example/nyheter/live-stormen-ylva-drar-in-over-norrlandskusten",
    h1="Stormen Ylva drar in över Norrlandskusten – följ läget här",
    deck="SMHI har utfärdat en orange varning för storm längs kusten i Västerbotten och Norrbotten. Vi rapporterar löpande under dagen.",
    kicker="Stormen Ylva", authors=["Maja Lindholm", "Oskar Palm"],
    byline_html='Av <a href="/av/maja-lindholm/">Maja Lindholm</a> och <a href="/av/oskar-palm/">Oskar Palm</a>',
    ld_authors=["Maja Lindholm", "Oskar Palm"], ld_type="LiveBlogPosting", ld_section="Nyheter",
    pub="2026-03-05T06:12:00+01:00", mod="2026-03-05T13:05:00+01:00",
    date="publicerad 5 mars 2026 kl 06:12", updated="uppdaterad 5 mars 2026 kl 13:05",
    nav=NB_NAV, cookie="Vi använder cookies för att webbplatsen ska fungera, för statistik och för att visa relevanta annonser.",
    cookie_title="Cookies på Norrlandsbladet",
    ticker=["Skellefteå AIK vidare till semifinal", "Ny förskola i Ersboda klar till hösten"],
    caption="⟪Höga vågor slår in mot hamnen i Holmsund under torsdagsmorgonen.⟫ Foto: Oskar Palm",
    entries=[
        ("13:05", "för 12 minuter sedan", "Maja Lindholm", """[[H|E4 öppnad igen vid Hörnefors]]

⟦Trafikverket har öppnat E4 mellan Hörnefors och Obbola för trafik igen.⟧ Vägen var avstängd i nästan tre timmar sedan flera träd blåst ned över körbanan. Det går fortfarande långsamt, och Trafikverket ber bilister att hålla nere farten."""),
        ("12:40", "för 37 minuter sedan", "Oskar Palm", """[[H|SMHI: Vinden mojnar under eftermiddagen]]

⟦SMHI räknar med att de kraftigaste byarna är över vid 15-tiden i Västerbotten.⟧ I Norrbotten väntas stormen hålla i sig till sent i kväll. Den orangea varningen ligger kvar för kustområdena fram till midnatt."""),
        ("11:58", "för 1 timme sedan", "Maja Lindholm", """[[H|Över 20 000 hushåll utan ström]]

Enligt elnätsbolagen är drygt 20 000 kunder i Västerbotten utan ström. Värst drabbat är området mellan Robertsfors och Bygdeå.

– Vi har alla tillgängliga montörer ute, men vi kan inte skicka upp folk i stolparna förrän vinden lagt sig, säger Per-Olof Nyström, driftchef på ett av nätbolagen.

⟦Bolaget räknar med att de flesta har ström igen under fredagen.⟧"""),
        ("11:02", "⟪för 2 timmar sedan⟫", "Oskar Palm", """[[H|Norrtåg ställer in alla avgångar norr om Umeå]]

⟦Norrtåg har ställt in samtliga avgångar mellan Umeå och Luleå resten av dagen.⟧ Bolaget sätter inte in ersättningsbussar, eftersom vägarna längs kusten bedöms som för riskabla.

[[READ|⟪Så förbereder du dig inför ett längre strömavbrott⟫]]"""),
        ("09:47", "för 3 timmar sedan", "Maja Lindholm", """[[H|Skolor i Umeå skickar hem elever]]

Flera skolor på Umeås landsbygd stänger efter lunch, och skolskjutsarna går tidigare än vanligt. ⟦Kommunen uppmanar föräldrar som kan att hämta sina barn själva.⟧ Förskolorna håller öppet som vanligt."""),
        ("06:12", "för 7 timmar sedan", "Oskar Palm", """[[H|Stormen har nått kusten]]

Under natten har vindarna ökat kraftigt längs kusten, och vid Holmögadd uppmättes i morse byar på 31 meter per sekund. Sjöfartsverket har stoppat all färjetrafik till Holmön. Räddningstjänsten uppmanar alla att stanna inomhus om de inte måste ut, och att inte gå ut på bryggor och pirer.

⟦Vi följer stormen under hela dagen här.⟧"""),
    ],
    ads_after=[1, 3],
    side=[("Mest läst", ["⟪Så blir vädret i helgen – kyla efter stormen⟫", "Restaurang på Rådhustorget stänger efter 30 år",
                          "Nytt bostadsområde planeras vid Tomtebo"]),
          ("Ledare och debatt", [("Ledare", "Elnätet måste klara en vanlig vinterstorm"), ("Debatt", "Ge glesbygdsskolorna en chans"),
                                 ("Insändare", "⟪Varför plogas cykelbanorna sist?⟫")])],
    tags=["Stormen Ylva", "Väder", "SMHI", "Strömavbrott"],
    newsletter="Prenumerera på Norrlandsbladets nyhetsbrev och få dagens viktigaste lokala nyheter.",
    footer="⟪© Norrlandsbladet 2026. Chefredaktör och ansvarig utgivare: Anders Lundström.⟫", footer_nav=["Kundservice", "Annonsera", "Tipsa redaktionen", "Integritetspolicy"],
    kind="news", why="live blog reporting a storm",
))
PAGES[-1]["body"] = ""  # the live blog's text is in its entries

# ---------------------------------------------------------------- 3. Regional story with a video player and a fold, Text: … Foto: …
VK_NAV = ["Göteborg", "Kungsbacka", "Öckerö", "Partille", "Sport", "Kultur", "Ledare", "Debatt", "Krönikor", "Familj"]
PAGES.append(dict(
    case="sv-news-nordic-skargardsbat", lang="sv", skin="nordic", domain="www.vastkustbladet.example", site="Västkustbladet", secpath="goteborg",
    url="https://www.vastkustbladet.example/goteborg/farre-batturer-till-sodra-skargarden-oborna-protesterar",
    h1="Färre båtturer till södra skärgården – öborna protesterar",
    deck="Från april försvinner fyra kvällsturer till Vrångö och Donsö. Nu samlar de boende namn mot beslutet.",
    kicker="Göteborg", authors=["Sara Holmqvist"],
    byline_html='Text: <a href="/av/sara-holmqvist/">Sara Holmqvist</a> Foto: Daniel Ek', meta="og", meta_section="Göteborg",
    pub="2026-03-05T07:00:00+01:00", date="Publicerad 5 mars 2026 kl 07:00", today="Torsdag 5 mars 2026",
    nav=VK_NAV, cookie="Vi och våra 142 partner behandlar personuppgifter för att visa annonser och mäta hur webbplatsen används.",
    cookie_title="Din integritet",
    ticker=["Olycka på Tingstadstunneln – ett körfält avstängt", "Liseberg presenterar ny berg-och-dalbana"],
    caption="⟪Donsöbon Gunilla Berntsson väntar på kvällsbåten vid Saltholmen.⟫ Foto: Daniel Ek",
    side=[("Mest läst", ["⟪Fastighetsägare bötfälls för nedskräpad gård i Majorna⟫", "Ny krog öppnar i gamla tullhuset",
                          "Frölunda tappade ledningen i sista perioden"]),
          ("Ledare och krönikor", [("Ledare", "Skärgården är också Göteborg"), ("Krönika", "Västtrafik borde åka båt oftare")])],
    tags=["Västtrafik", "Skärgården", "Kollektivtrafik"],
    related=["Västtrafik höjer priset på månadskortet", "Färjan till Hönö ställs in för reparation"],
    comments=[("Bengt på Styrsö", "för 3 timmar sedan", "⟪Sista båten hem kl 21 är inte rimligt för oss som jobbar kväll.⟫"),
              ("Johanna K", "för 2 timmar sedan", "Skriv gärna på listan, den ligger på affären på Donsö.")],
    comment_rules="Kommentarerna granskas i efterhand. Håll god ton.",
    footer="⟪© Västkustbladet 2026 · Ansvarig utgivare: Petra Ahlgren⟫", footer_nav=["Kontakta oss", "Prenumeration", "Cookies", "Tipsa oss"],
    body="""⟦Från och med den 1 april försvinner de fyra sista kvällsturerna från Saltholmen till Vrångö, Donsö och Styrsö.⟧ Västtrafik motiverar beslutet med lågt resande och höga kostnader, men på öarna har protesterna redan börjat.

– Om sista båten hem går kvart över nio kan jag inte jobba kväll på Sahlgrenska längre. Då måste vi flytta, säger Gunilla Berntsson, som är undersköterska och bor på Donsö sedan 23 år.

Hon är en av de boende som sedan i helgen har samlat in namn mot nedskärningen. ⟦På onsdagskvällen hade listorna över 1 800 underskrifter.⟧

[[VIDEO|Öborna om de indragna turerna: ”Vi blir inlåsta”|1:48]]

Enligt Västtrafik åker i genomsnitt 14 personer per tur på de sena avgångarna. Varje tur kostar omkring 9 000 kronor att köra.

För de boende handlar det inte bara om arbetspendling. På Vrångö finns ingen vårdcentral och inget apotek, och många äldre åker in till fastlandet för att träffa läkare eller handla. Med en tidigare sista båt blir det svårare att hinna tillbaka samma dag.

– Vi förstår att det här påverkar vardagen för dem som bor på öarna. Men vi måste använda pengarna där de flesta resenärerna finns, säger Västtrafiks trafikchef Mattias Holm.

[[FOLD|Läs hela artikeln]]

[[H|Politiker vill se över beslutet]]

I Göteborgs kommunfullmäktige vill flera partier nu att beslutet prövas på nytt. ⟦Frågan väntas tas upp i regionens kollektivtrafiknämnd den 19 mars.⟧

Öföreningarna föreslår i stället att kvällsturerna körs med en mindre båt, som redan finns i Västtrafiks flotta och som enligt föreningarna kostar hälften så mycket i drift.

Även näringslivet på öarna är oroligt. Restaurangen vid hamnen på Styrsö har redan fått avbokningar från sällskap som inte vill riskera att bli kvar på ön, berättar ägaren Thomas Wall.

– Vi har inte bett om något nytt. Vi vill bara behålla det vi har, säger Gunilla Berntsson.

⟦Västtrafik säger att bolaget ska titta på förslaget inför sommartidtabellen.⟧""",
    kind="news", why="local report on cut ferry departures, sourced quotes",
))

# ---------------------------------------------------------------- 4. Debatt by two outside writers, disclaimer
SK_NAV = ["Stockholm", "Sverige", "Världen", "Ekonomi", "Sport", "Kultur", "Debatt", "Ledare", "Kolumnister", "Bostad", "Mat"]
PAGES.append(dict(
    case="sv-opinion-nordic-skolbibliotek", lang="sv", skin="nordic", domain="www.stockholmskuriren.example", site="Stockholms-Kuriren", secpath="debatt",
    url="https://www.stockholmskuriren.example/debatt/skolbiblioteken-haller-pa-att-forsvinna-nu-maste-lagen-skarpas/",
    h1="Skolbiblioteken håller på att försvinna – nu måste lagen skärpas",
    deck="Var tredje elev i grundskolan saknar i dag ett bemannat skolbibliotek. Det är ett svek mot de barn som inte har böcker hemma, skriver en skolbibliotekarie och en rektor.",
    kicker="Debatt", kicker_path="debatt", authors=["Karin Sjöberg", "Ahmed Yusuf"],
    byline_html='<a href="/av/karin-sjoberg/">Karin Sjöberg</a> och <a href="/av/ahmed-yusuf/">Ahmed Yusuf</a>',
    ld_authors=["Karin Sjöberg", "Ahmed Yusuf"], ld_type="OpinionNewsArticle", ld_section="Debatt",
    pub="2026-03-06T05:00:00+01:00", date="Publicerad 6 mars 2026 kl 05:00", today="Fredag 6 mars 2026",
    nav=SK_NAV, subnav=["Debatt", "Ledare", "Kolumnister", "Repliker", "Skriv debattartikel"],
    cookie="Vi och våra partner lagrar och får åtkomst till information på din enhet, till exempel cookies, för annonser och statistik.",
    cookie_title="Vi bryr oss om din integritet",
    caption="⟪Skolbiblioteket på en grundskola i Umeå, där bibliotekarien finns på plats tre dagar i veckan.⟫ Foto: Elin Berg",
    side=[("Mest läst", ["⟪Hyrorna i Stockholm höjs med 4,5 procent⟫", "Tunnelbanan till Nacka försenas igen", "Hammarby värvar landslagsback"]),
          ("Mer debatt", [("Debatt", "Förskolan behöver fler utbildade lärare, inte fler barn"), ("Replik", "Läsförståelse handlar inte bara om böcker"),
                          ("Ledare", "Bibliotekslagen är ingen önskelista")])],
    tags=["Skola", "Läsning", "Skolbibliotek"],
    related=["Skolinspektionen: Många skolbibliotek uppfyller inte kraven", "Barns läsande fortsätter att minska"],
    newsletter="Missa ingen debatt. Prenumerera på vårt nyhetsbrev från debattredaktionen.",
    footer="⟪© Stockholms-Kuriren 2026. Ansvarig utgivare: Lars-Erik Holm.⟫", footer_nav=["Kundservice", "Skicka in en debattartikel", "Cookies", "Om oss"],
    body="""⟦För många barn är skolbiblioteket det enda ställe där de möter böcker som de själva har valt.⟧ Ändå håller skolbiblioteken på att försvinna i tysthet. I vår kommun, liksom i många andra, har bemannade bibliotek ersatts med en bokhylla i korridoren och en läsplatta i klassrummet.

Skollagen säger att eleverna ska ha tillgång till skolbibliotek. Men lagen säger inget om hur många böcker som ska finnas, hur ofta biblioteket ska vara öppet eller om det ska finnas en utbildad bibliotekarie. Resultatet är att ett rum med några hyllor och en nyckel hos vaktmästaren räknas som ett skolbibliotek.

[[READ|⟪Barn som läser på fritiden blir allt färre⟫]]

Vi ser varje dag vad ett bemannat bibliotek betyder. Det är bibliotekarien som hittar rätt bok till pojken som säger att han hatar att läsa, som lär eleverna att skilja en källa från en reklamtext och som håller öppet på lunchrasten för dem som inte har någon annanstans att ta vägen.

⟦Det är också de barn som har minst böcker hemma som förlorar mest när skolbiblioteket stängs.⟧ Barn till högutbildade föräldrar får sina böcker ändå. Det är därför frågan inte bara handlar om läsning, utan om likvärdighet.

[[AD]]

[[H|Tre förändringar som behövs]]

Regeringen har aviserat en översyn av skollagen. Vi vill att den leder till tre konkreta förändringar:

[[OL|⟦Ett krav på att varje skolbibliotek bemannas av utbildad personal⟧ under större delen av skoldagen.|Ett minimibestånd av aktuella böcker per elev, anpassat efter elevernas ålder och språk.|Ett öronmärkt statsbidrag så att kommuner med små marginaler inte väljer bort biblioteket först.]]

Det här är inga dyra reformer. En bibliotekarie kostar mindre än en lärartjänst, och en stor del av bokbeståndet finns redan på skolorna, i kartonger i källaren.

⟦Om vi menar allvar med att alla barn ska kunna läsa, måste skolbiblioteket vara mer än en hylla.⟧

[[BIO|Karin Sjöberg, skolbibliotekarie i Umeå. Ahmed Yusuf, rektor på Västerbacka skola i Umeå.]]

[[DISC|⟪Debattartikeln uttrycker skribentens egna åsikter.⟫]]""",
    kind="opinion", why="debate article demanding a stricter school library law",
))

# ---------------------------------------------------------------- 5. Krönika marked only by the byline role, filed under Nöje
KB_NAV = ["Nyheter", "Nöje", "Sport", "Tv", "Musik", "Kändis", "Ledare", "Kolumnister", "Debatt", "Plus", "Spel"]
PAGES.append(dict(
    case="sv-opinion-nordic-dansband", lang="sv", skin="nordic", domain="www.kvallsbladet.example", site="Kvällsbladet", secpath="noje",
    url="https://www.kvallsbladet.example/noje/a/Vd3rP1/sluta-skammas-dansbandet-ar-sveriges-arligaste-musik",
    h1="Sluta skämmas – dansbandet är Sveriges ärligaste musik",
    kicker="Nöje", kicker_path="noje", authors=["Jenny Håkansson"],
    byline_html='Av <a href="/av/jenny-hakansson/">Jenny Håkansson</a>', role="krönikör", meta="og", meta_section="Nöje",
    pub="2026-03-07T18:00:00+01:00", date="publicerad 7 mars 2026 kl 18:00", today="Lördag 7 mars 2026",
    nav=KB_NAV, cookie="Kvällsbladet och våra partner använder cookies för personanpassade annonser och för att förbättra tjänsten.",
    cookie_title="Vi använder cookies",
    ticker=["Melodifestivalen: Här är startordningen i kväll", "Känd programledare lämnar SVT"],
    caption="⟪Dansgolvet på Kvarnvikens logdans i juli förra året.⟫ Foto: Kvällsbladet",
    side=[("Mest läst", ["⟪Stjärnan bryter tystnaden efter uppbrottet⟫", "Här är vinnarna på Grammisgalan", "Tv-kvällen: tre serier du inte får missa"]),
          ("Kolumnister", [("Kolumnist", "Därför är jag trött på poddar om poddar"), ("Ledare", "Kulturstödet måste nå hela landet")])],
    tags=["Dansband", "Musik", "Logdans"],
    related=["Dansbandsveckan i Malung firar 40 år", "Lista: Tio dansbandslåtar alla kan"],
    comments=[("Kerstin58", "7 mars 2026", "⟪Äntligen! Vi har dansat i 40 år och aldrig skämts.⟫"),
              ("Mange", "7 mars 2026", "Bra skrivet, men saxofonen kan man vara utan.")],
    footer="⟪© Kvällsbladet 2026. Ansvarig utgivare: Mikael Strand.⟫", footer_nav=["Kundservice", "Tipsa", "Cookies", "Annonsera"],
    body="""⟦Det finns en särskild min som folk gör när man säger att man gillar dansband.⟧ Ett litet ryck i mungipan, som om man just erkänt att man äter pizza med ananas eller röstar på fel parti. Jag har sett den minen i tjugo år, och jag är trött på den.

Dansbandsmusiken har alltid varit lätt att håna. Det är glittriga scenkläder, keyboards från 1990 och texter om kärlek vid en sjö i juni. Men bakom skämten finns en musik som gör precis det den lovar: den får folk att dansa med varandra. Inte framför varandra, inte bredvid varandra med telefonen i handen, utan med varandra.

[[AD]]

Gå till en logdans en sommarkväll. Där står artonåringar och åttioåringar på samma golv, och ingen bryr sig om vem som är cool. ⟦Bandet spelar i tre timmar utan att någon gång ta publiken för given.⟧ Det är mer än man kan säga om de flesta arenakonserter.

Ändå behandlas dansbanden som en pinsamhet av både kulturredaktioner och skivbolag. De får aldrig recensioner, sällan stöd och nästan aldrig plats i radions spellistor. Det säger mer om oss som skriver om musik än om musiken.

[[READ|⟪Dansbandsveckan i Malung slår publikrekord⟫]]

⟦Ärlighet är för övrigt ordet jag återkommer till.⟧ Dansbanden låtsas inte vara något annat än de är. De vet att folk har kört tjugo mil för att dansa, och de levererar. I en tid när det mesta ska vara ironiskt är det nästan radikalt.

Jag förstår att man kan tycka att musiken är enkel. Det är den. Men enkelhet är inget misslyckande, det är ett hantverk. Att skriva en refräng som tusen personer kan sjunga med i efter första lyssningen är svårare än det låter, fråga vilken låtskrivare som helst.

Så nästa gång du hör en dansbandslåt på radion: vrid upp. ⟦Och om någon gör den där minen, bjud upp dem.⟧""",
    kind="opinion", why="columnist argues dansband deserves respect; only byline role marks it",
))

# ---------------------------------------------------------------- 6. Product test on a consumer magazine
PAGES.append(dict(
    case="sv-other-magasin-vattenkokare", lang="sv", skin="magasin", domain="www.hemmetstest.example", site="Hemmets Test", secpath="test",
    url="https://www.hemmetstest.example/test/kok/test-vattenkokare-2026/",
    h1="Test: 8 vattenkokare – bäst i test kostar under 500 kronor",
    deck="Vi har kokat över 300 liter vatten för att hitta den bästa vattenkokaren. Den dyraste var inte bäst.",
    kicker="Test", tagline="Oberoende tester för hemmet sedan 1998", authors=["Linnea Forsberg"],
    byline_html='Av <a href="/skribent/linnea-forsberg/">Linnea Forsberg</a>',
    ld_authors=["Linnea Forsberg"], ld_type="Article", ld_section="Test",
    pub="2026-03-10T08:00:00+01:00", mod="2026-03-11T09:20:00+01:00",
    date="Publicerad 10 mars 2026", updated="Uppdaterad 11 mars 2026",
    nav=["Test", "Kök", "Städ", "Trädgård", "Bygg", "Ekonomi", "Krönikor", "Åsikt", "Nyhetsbrev"],
    cookie="Vi använder cookies för att mäta trafik och visa annonser. Du kan ändra dina val när som helst.",
    caption="⟪De åtta vattenkokarna i testet, från 249 till 1 490 kronor.⟫ Foto: Hemmets Test",
    side=[("Mest läst", ["⟪Test: Bästa dammsugaren för hundägare⟫", "Så avkalkar du kaffebryggaren", "Stor guide: Välj rätt induktionshäll"]),
          ("Krönikor", [("Krönika", "Varför måste allt ha en app?"), ("Åsikt", "Garantin borde gälla i fem år")])],
    tags=["Test", "Vattenkokare", "Kök"],
    related=["Test: 10 brödrostar", "Så mycket el drar dina köksmaskiner"],
    comments=[("Annika", "10 mars 2026", "⟪Vi har haft Nordhem-kokaren i fem år, den håller fortfarande.⟫")],
    footer="⟪© Hemmets Test 2026 – Vi tar inte betalt av tillverkarna.⟫", footer_nav=["Om våra tester", "Kontakt", "Cookies"],
    body="""⟦En vattenkokare ska göra en enda sak: koka vatten snabbt och säkert.⟧ Ändå skiljer det nästan en minut i koktid och flera hundra kronor i pris mellan modellerna i vårt test. Vi har testat åtta vattenkokare som säljs i svenska butiker i vår.

[[H|Så testade vi]]

[[LIST|⟦Koktid för en liter kranvatten från tio grader⟧ till kokpunkten, uppmätt tre gånger.|Elförbrukning per kokning, mätt med en energimätare.|Hur varm utsidan blir, och hur lätt det är att hälla utan att spilla.|Ljudnivå under kokningen.]]

[[H|Bäst i test: Nordhem KV-17]]

[[SCORE|Betyg|4,5 av 5]]

Nordhem KV-17 kokade en liter på 2 minuter och 41 sekunder, snabbast i testet. Den är välisolerad, tyst och har en tydlig vattenmätare på båda sidor. ⟦Med ett pris på 449 kronor är den testets klara vinnare.⟧

[[H|Bra men dyr: Caldera Pro]]

[[SCORE|Betyg|4 av 5]]

Caldera Pro har temperaturinställning i fem steg, vilket uppskattas av den som dricker grönt te. Men för 1 490 kronor borde locket inte kännas så glappt.

[[H|Sämst i test: Basic Kitchen WK2]]

[[SCORE|Betyg|2 av 5]]

Den billigaste kokaren, för 249 kronor, är långsam och blir så varm på utsidan att vi inte rekommenderar den i hem med små barn.

[[H|De andra i testet]]

[[LIST|Ekelund Retro, 699 kronor: snygg men högljudd.|Varma Glas, 549 kronor: glaskanna som är lätt att hålla ren.|Strömsö Mini, 399 kronor: bra för en person, rymmer bara 0,8 liter.|Polar Steel, 899 kronor: stabil men tung.|Kokaren X1, 349 kronor: okej, men sladden är kort.]]

Det som skiljer vinnaren från de sämre modellerna är framför allt isoleringen. En dubbelväggig kokare håller vattnet varmt längre och blir inte farlig att ta i, och det märks också på elförbrukningen när man kokar flera gånger om dagen.

[[READ|⟪Så avkalkar du vattenkokaren med citronsyra⟫]]

⟦Tips: koka bara så mycket vatten som du behöver, så sparar du både tid och el.⟧""",
    kind="other", why="product test with scores",
))
