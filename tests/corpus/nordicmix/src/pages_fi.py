"""Finnish pages of nordicmix (5): an STT story, a paywalled local story split by an ad and printed in full, a
Vieraskynä with its disclaimer, a sponsored page (Kaupallinen yhteistyö), an ice-safety guide with no date metadata."""

PAGES = []

PS_NAV = ["Uutiset", "Kotimaa", "Ulkomaat", "Talous", "Politiikka", "Urheilu", "Kulttuuri", "Mielipide", "Pääkirjoitukset", "Kolumnit", "Vieraskynä", "Hyvä olo"]
PS_COOKIE = ("Käytämme evästeitä ja muita tunnisteita sivuston toiminnan varmistamiseen, sisällön ja mainonnan kohdentamiseen "
             "sekä liikenteen analysointiin. Voit muuttaa valintojasi milloin tahansa.")

# ---------------------------------------------------------------- 17. STT story
PAGES.append(dict(
    case="fi-news-suomi-asumistuki", lang="fi", html_lang="fi-FI", skin="suomi", domain="www.paivansanomat.example", site="Päivän Sanomat", secpath="kotimaa",
    url="https://www.paivansanomat.example/kotimaa/art-2000011562873.html",
    h1="Asumistukihakemusten käsittely ruuhkautui – odotusaika jopa kaksi kuukautta",
    deck="Kela on palkannut lisää käsittelijöitä, mutta jonojen arvioidaan purkautuvan vasta toukokuussa.",
    kicker="Kotimaa", authors=None, byline_html="STT", ld_authors=["org:STT"], ld_type="NewsArticle", ld_section="Kotimaa",
    pub="2026-03-05T10:32:00+02:00", mod="2026-03-05T13:45:00+02:00",
    date="5.3.2026 klo 10.32", updated="Päivitetty 5.3.2026 klo 13.45",
    nav=PS_NAV, cookie=PS_COOKIE, cookie_title="Yksityisyytesi on meille tärkeää",
    ticker=["Hallitus sopi kehysriihen aikataulusta", "Lumimyräkkä sekoittaa liikennettä Lapissa"],
    caption="⟪Kelan toimisto Helsingin Kampissa torstaiaamuna.⟫ Kuva: Heikki Saukkomaa / Lehtikuva",
    audio="Kuuntele juttu · 3 min",
    side=[("Luetuimmat", ["⟪Sähkön hinta nousi yöllä ennätyslukemiin⟫", "Tutkimus: Nuorten yksinäisyys on lisääntynyt", "Näin verotus muuttuu huhtikuussa"]),
          ("Mielipide", [("Pääkirjoitus", "Asumistuen jonot ovat hallinnon epäonnistuminen"), ("Kolumni", "Kela ei ole asiakaspalvelun kultamitalisti"),
                         ("Vieraskynä", "⟪Sosiaaliturvan uudistus tarvitsee enemmän aikaa⟫")])],
    tags=["Kela", "Asumistuki", "Sosiaaliturva"],
    related=["Näin haet asumistukea – katso ohjeet", "Asumistuen leikkaukset koskevat yli 200 000 taloutta"],
    footer="⟪© Päivän Sanomat 2026. Vastaava päätoimittaja Matti Heinonen.⟫", footer_nav=["Asiakaspalvelu", "Tietosuoja", "Evästeasetukset", "Ilmoita meille"],
    body="""⟦Yleisen asumistuen hakemusten käsittely on ruuhkautunut Kelassa pahasti.⟧ Keskimääräinen käsittelyaika on nyt 38 päivää, ja osa hakijoista on joutunut odottamaan päätöstä jopa kaksi kuukautta. Lain mukaan hakemus pitäisi käsitellä viimeistään 30 päivässä.

Kelan mukaan ruuhkan taustalla ovat vuodenvaihteessa voimaan tulleet muutokset asumistukeen. Muutosten vuoksi Kela on joutunut tarkistamaan kymmenien tuhansien tukea saavien tiedot uudelleen, ja samalla uusia hakemuksia on tullut tavallista enemmän.

– Tilanne on meille erittäin ikävä, ja ymmärrämme, että viive voi aiheuttaa hakijoille suuria vaikeuksia. ⟦Olemme palkanneet 120 uutta käsittelijää⟧, sanoo Kelan etuuspalvelujen johtaja Sari Lindqvist STT:lle.

[[READ|⟪Näin asumistuki muuttui vuodenvaihteessa⟫]]

[[H|Vuokranantajat joustavat]]

Vuokralaisten yhdistyksen mukaan jäsenet ovat ottaneet yhteyttä tavallista useammin, koska vuokraa ei ole pystytty maksamaan ajallaan. ⟦Useimmat vuokranantajat ovat kuitenkin suostuneet lykkäämään eräpäivää⟧, kun vuokralainen on näyttänyt, että hakemus on vireillä.

Kela neuvoo hakijoita ottamaan yhteyttä kunnan sosiaalitoimeen, jos rahat eivät riitä välttämättömiin menoihin. Toimeentulotukea voi hakea samaan aikaan, kun asumistukihakemus on vielä käsittelyssä.

[[AD]]

Eduskunnan sosiaali- ja terveysvaliokunta on pyytänyt Kelalta selvitystä ruuhkasta. Valiokunnan puheenjohtajan mukaan asia otetaan esille ensi viikon kokouksessa.

Kela arvioi, että käsittelyajat palaavat normaaliksi toukokuun aikana. Ruuhkaa lisää se, että myös opintotuen ja työttömyysturvan hakemuksia tulee keväällä tavallista enemmän.

Ruuhka koskee erityisesti opiskelijoita ja pienituloisia eläkeläisiä, joiden asumistuki on tarkistettu uudelleen lakimuutosten vuoksi. Monelle heistä tuki on pienentynyt, ja Kelan neuvontapuhelimeen on tullut helmikuussa lähes kaksi kertaa enemmän puheluita kuin tavallisesti.

Kela muistuttaa, että hakemusta ei kannata lähettää uudelleen, koska se vain pidentää jonoa.

⟦Hakemuksen tilannetta voi seurata Kelan asiointipalvelussa.⟧""",
    kind="news", why="agency report on benefit processing delays",
))

# ---------------------------------------------------------------- 18. Local story split by an ad and behind a paywall, printed in full
US_NAV = ["Uutiset", "Lohja", "Vihti", "Karkkila", "Raasepori", "Urheilu", "Menot", "Mielipide", "Pääkirjoitus", "Yleisönosasto", "Näköislehti"]
PAGES.append(dict(
    case="fi-news-suomi-yopaivystys", lang="fi", html_lang="fi-FI", skin="suomi", domain="www.uusimaansanomat.example", site="Uusimaan Sanomat", secpath="lohja",
    url="https://www.uusimaansanomat.example/lohja/lohjan-sairaalan-yopaivystys-loppuu-kesakuussa/8213905",
    h1="Lohjan sairaalan yöpäivystys loppuu kesäkuussa – potilaat ohjataan Espooseen",
    deck="HUS perustelee muutosta lääkäripulalla. Lohjalaiset pelkäävät, että matka päivystykseen venyy yöllä tuntiin.",
    kicker="Lohja", authors=["Anni Mäkelä"], byline_html='Teksti: <a href="/toimittaja/anni-makela">Anni Mäkelä</a> Kuvat: Jari Lehto',
    meta="og", meta_section="Lohja", paywall=("⟪Tämä juttu on tilaajille⟫", "Tilaa Uusimaan Sanomat ja lue kaikki paikalliset uutiset. Ensimmäinen kuukausi 1 €."),
    pub="2026-03-05T06:00:00+02:00", date="5.3.2026 klo 6.00",
    nav=US_NAV, cookie="Uusimaan Sanomat käyttää evästeitä. Hyväksymällä sallit evästeiden käytön myös mainonnan kohdentamiseen.",
    ticker=["Kunnanvaltuusto hyväksyi uuden koulun rakentamisen", "Hiihtoladut Lohjanharjulla suljetaan sulan sään vuoksi"],
    caption="⟪Lohjan sairaalan päivystyksen sisäänkäynti keskiviikkoiltana.⟫ Kuva: Jari Lehto",
    side=[("Luetuimmat", ["⟪Kauppakeskus Lohjantähteen tulee uusi ruokakauppa⟫", "Vihdissä myytiin ennätysmäärä omakotitaloja", "Lohjan Pallo hankki hyökkääjän"]),
          ("Mielipide", [("Pääkirjoitus", "Päivystys kuuluu myös länsiuusimaalaisille"), ("Yleisönosasto", "Kuka vastaa, jos ambulanssi ei ehdi?")])],
    tags=["HUS", "Päivystys", "Lohja"],
    related=["HUS: Säästöjä haetaan 300 miljoonaa euroa", "Ambulanssien vasteajat pidentyneet Länsi-Uudellamaalla"],
    comments=[("Pirjo L.", "5.3.2026 klo 7.12", "⟪Jorvin päivystyksessä odotetaan jo nyt tuntikausia.⟫")],
    footer="⟪© Uusimaan Sanomat 2026 · Päätoimittaja Tiina Koskinen⟫", footer_nav=["Asiakaspalvelu", "Ilmoitusmyynti", "Tietosuojaseloste"],
    body="""⟦Lohjan sairaalan päivystys suljetaan öisin kesäkuun alusta alkaen.⟧ Kello 22:n ja 8:n välillä potilaat ohjataan jatkossa Jorvin sairaalaan Espooseen. Asiasta päätti HUS-yhtymän hallitus keskiviikkona.

HUS perustelee muutosta lääkäripulalla. Yöpäivystykseen on viime kuukausina ollut vaikea saada erikoislääkäreitä, ja vuoroja on jouduttu täyttämään keikkalääkäreillä.

– Potilasturvallisuus ei ole parempi, jos päivystyksessä on yöllä vain yksi kokematon lääkäri. ⟦Jorvissa potilas saa tarvittaessa heti kaikki erikoisalat⟧, sanoo HUS:n akuuttitoiminnan johtaja Mikko Salo.

[[SPLIT]]

[[READ|⟪Näin HUS aikoo säästää 300 miljoonaa euroa⟫]]

⟦Yöaikaan päivystyksessä käy Lohjalla keskimäärin yksitoista potilasta.⟧ Heistä noin kolmannes tulee ambulanssilla. Muut tulevat omalla autolla tai taksilla, ja heille matka Espooseen tarkoittaa pahimmillaan lähes tunnin ajomatkaa.

[[PAYWALL]]

[[H|Kunta vastustaa päätöstä]]

Lohjan kaupunginhallitus vastusti muutosta jo syksyllä antamassaan lausunnossa. Kaupunginjohtaja Mari Virtanen pitää päätöstä pettymyksenä.

– Länsi-Uudenmaan väestö ikääntyy, ja tarve päivystykselle kasvaa. ⟦Nyt palvelu viedään kauemmas juuri niiltä, jotka sitä eniten tarvitsevat⟧, Virtanen sanoo.

Myös ensihoidon henkilöstö on huolissaan. Ensihoitajien mukaan yöllä Espooseen lähtevä ambulanssi on poissa alueelta parhaimmillaankin puolitoista tuntia, jolloin seuraava hälytys voi jäädä odottamaan.

Päätöstä vastaan on jo kerätty adressi, jonka on allekirjoittanut yli 6 000 länsiuusimaalaista. Adressi luovutetaan HUS:n johdolle ensi viikolla.

Päivällä päivystys jatkaa Lohjalla ennallaan. HUS lupaa myös, että ensihoidon yksiköitä lisätään alueella yhdellä yövuorossa, jotta ambulanssien vasteajat eivät pitene.

Lohjan sairaalan päivystyksessä kävi viime vuonna yhteensä noin 38 000 potilasta, joista yöaikaan noin 4 000.

Muutosta arvioidaan uudelleen vuoden kuluttua. ⟦Sitä ennen HUS kerää tietoa siitä, miten potilasmäärät ja matka-ajat muuttuvat.⟧""",
    kind="news", why="local report on closing a night emergency unit",
))

# ---------------------------------------------------------------- 19. Vieraskynä with its disclaimer
IS_NAV = ["Uutiset", "Kuopio", "Joensuu", "Mikkeli", "Urheilu", "KalPa", "Kulttuuri", "Mielipide", "Pääkirjoitus", "Vieraskynä", "Kolumnit", "Lukijoilta"]
PAGES.append(dict(
    case="fi-opinion-suomi-itarata", lang="fi", html_lang="fi-FI", skin="suomi", domain="www.itasuomensanomat.example", site="Itä-Suomen Sanomat", secpath="mielipide",
    url="https://www.itasuomensanomat.example/mielipide/vieraskyna/ita-suomi-tarvitsee-nopean-junan-ei-uusia-selvityksia/4471092",
    h1="Itä-Suomi tarvitsee nopean junan, ei uusia selvityksiä",
    deck="Itärataa on selvitetty kymmenen vuotta. Nyt on aika päättää, kirjoittaa liikennetutkija Jukka Rantanen.",
    kicker="Vieraskynä", kicker_path="mielipide/vieraskyna", authors=["Jukka Rantanen"],
    byline_html='Kirjoittanut <a href="/kirjoittaja/jukka-rantanen">Jukka Rantanen</a>', byline_extra="Kirjoittaja on liikennetutkija.",
    ld_authors=["Jukka Rantanen"], ld_type="OpinionNewsArticle", ld_section="Mielipide",
    pub="2026-03-10T05:00:00+02:00", date="10.3.2026 klo 5.00",
    nav=IS_NAV, subnav=["Pääkirjoitus", "Vieraskynä", "Kolumnit", "Lukijoilta", "Kommentti"],
    cookie=PS_COOKIE, cookie_title="Evästeasetukset",
    ticker=["Kuopion torin parkkihalli suljetaan remontin ajaksi", "KalPa voitti Tapparan jatkoajalla"],
    caption="⟪Intercity-juna Kuopion asemalla helmikuussa.⟫ Kuva: Itä-Suomen Sanomat",
    side=[("Luetuimmat", ["⟪Kuopioon rakennetaan 300 uutta asuntoa satamaan⟫", "Joensuun lentoliikenne jatkuu syksyyn", "Koulukiusaaminen väheni Pohjois-Savossa"]),
          ("Mielipide", [("Pääkirjoitus", "Raideliikenne ratkaisee alueen vetovoiman"), ("Kolumni", "Pistekirjoittaja: Junassa ei ole kenttää"),
                         ("Kommentaattori", "⟪Hallitus lupaa ratoja, mutta rahaa ei näy⟫")])],
    tags=["Itärata", "Raideliikenne", "Vieraskynä"],
    related=["Väylävirasto: Itäradan kustannusarvio nousi", "Kuopion junayhteys nopeutuu vuonna 2030"],
    newsletter="Tilaa Itä-Suomen Sanomien mielipideuutiskirje – viikon puhutuimmat kirjoitukset sunnuntaisin.",
    footer="⟪© Itä-Suomen Sanomat 2026. Vastaava päätoimittaja Heli Kärkkäinen.⟫", footer_nav=["Asiakaspalvelu", "Lähetä mielipidekirjoitus", "Tietosuoja"],
    body="""⟦Itärataa on selvitetty vuodesta 2016 lähtien.⟧ Sen jälkeen on tehty esiselvitys, hankearviointi, ympäristövaikutusten arviointi ja kaksi kustannuslaskelmaa. Jokainen selvitys on päätynyt samaan johtopäätökseen: nopea yhteys Helsingistä Kouvolan kautta itään lyhentäisi matka-aikoja merkittävästi. Silti päätöstä ei ole tehty.

Samaan aikaan Itä-Suomen yhteydet ovat heikentyneet. Junamatka Helsingistä Joensuuhun kestää nyt lähes neljä ja puoli tuntia, eli kauemmin kuin kymmenen vuotta sitten. Lentoyhteyksiä on karsittu, ja moni yritys on siirtänyt toimintojaan pääkaupunkiseudulle.

[[AD]]

Päättäjät perustelevat lykkäämistä hinnalla. ⟦Itäradan kustannusarvio on noussut noin kolmeen miljardiin euroon⟧, ja valtion taloustilanne on tiukka. Tämä on ymmärrettävää, mutta se ei ole koko totuus. Samalla rahalla on päätetty rakentaa moottoriteitä ja lentoasemien laajennuksia, joiden hyödyt kohdistuvat lähinnä eteläiseen Suomeen.

Liikennetutkijana tiedän, että hyvä raideyhteys ei ratkaise alueen kaikkia ongelmia. ⟦Se on kuitenkin edellytys sille, että nuoret ja yritykset voivat valita Itä-Suomen.⟧ Kun matka Helsinkiin kestää alle kolme tuntia, etätyö ja kahden kaupungin elämä ovat todellisia vaihtoehtoja.

[[READ|⟪Näin Itäradan linjaus muuttui vuosien aikana⟫]]

On myös muistettava, että raideyhteys on ilmastoteko. Jos haluamme, että ihmiset vaihtavat auton ja lentokoneen junaan, junan on oltava nopea, luotettava ja kilpailukykyinen. Nykyinen yhteys ei ole mitään näistä.

Hallituksen pitäisi tehdä kolme asiaa tänä keväänä. Ensinnäkin itärata on nostettava liikenneverkon kehittämisohjelmaan sitovana hankkeena. Toiseksi on haettava EU:n rahoitusta, jota Suomi on jättänyt käyttämättä. Kolmanneksi ratasuunnittelu on aloitettava heti, jotta rakentaminen voi alkaa ennen vuosikymmenen loppua.

Jokainen lykkäysvuosi maksaa. Rakentamisen hinta nousee, ja samalla menetämme vuoden, jonka aikana alue olisi voinut alkaa hyötyä paremmista yhteyksistä.

Uusia selvityksiä emme tarvitse. ⟦Tarvitsemme päätöksen.⟧

[[DISC|⟪Kirjoitus edustaa kirjoittajan omia näkemyksiä.⟫]]""",
    kind="opinion", why="guest op-ed urging a decision on the eastern rail line",
))

# ---------------------------------------------------------------- 20. Sponsored page (Kaupallinen yhteistyö)
PAGES.append(dict(
    case="fi-other-suomi-lampopumppu", lang="fi", html_lang="fi-FI", skin="suomi", domain="www.paivansanomat.example", site="Päivän Sanomat", secpath="kaupallinen",
    url="https://www.paivansanomat.example/kaupallinen/kotilampo/nain-ilmavesilampopumppu-puolitti-sahkolaskun/",
    h1="Näin ilma-vesilämpöpumppu puolitti omakotitalon sähkölaskun",
    deck="Tampereella asuva perhe luopui suorasta sähkölämmityksestä. Ensimmäisenä talvena säästöä kertyi yli 1 800 euroa.",
    kicker="Kaupallinen yhteistyö", kicker_path="kaupallinen", authors=None, byline_html="Kaupallinen yhteistyö: Kotilämpö Oy",
    meta="og", meta_section="Kaupallinen yhteistyö",
    pub="2026-03-09T08:00:00+02:00", date="9.3.2026 klo 8.00",
    nav=PS_NAV, cookie=PS_COOKIE, cookie_title="Yksityisyytesi on meille tärkeää",
    caption="⟪Virtaset asennuttivat ilma-vesilämpöpumpun syyskuussa.⟫ Kuva: Kotilämpö Oy",
    after=[("sponsor", "⟪Tämä sisältö on tuotettu yhteistyössä Kotilämpö Oy:n kanssa.⟫ Päivän Sanomien toimitus ei ole osallistunut sisällön tekemiseen.")],
    side=[("Luetuimmat", ["⟪Sähköyhtiöt nostavat perusmaksuja huhtikuussa⟫", "Ruokakorin hinta laski helmikuussa", "Taloyhtiöiden remontit lykkääntyvät"]),
          ("Mielipide", [("Pääkirjoitus", "Energiaremontit tarvitsevat vakaan tuen"), ("Kolumni", "Lämpöpumppu on uusi sauna")])],
    tags=["Kaupallinen yhteistyö", "Lämmitys", "Energia"],
    footer="⟪© Päivän Sanomat 2026. Vastaava päätoimittaja Matti Heinonen.⟫", footer_nav=["Asiakaspalvelu", "Tietosuoja", "Mainosta meillä"],
    body="""⟦Kun Virtasen perheen sähkölasku nousi talvella 2023 yli 600 euroon kuukaudessa⟧, oli aika tehdä jotain. Perheen 1980-luvulla rakennettu omakotitalo Tampereen Hervannassa lämpeni suoralla sähköllä, ja jokainen pakkasjakso näkyi laskussa heti.

– Ensin mietimme maalämpöä, mutta porakaivo olisi ollut meidän tontillamme hankala. ⟦Ilma-vesilämpöpumppu sopi taloon paremmin⟧, kertoo Tuomas Virtanen.

[[H|Asennus kahdessa päivässä]]

Kotilämpö Oy:n asentajat kävivät kohteessa ensin arviointikäynnillä, jonka jälkeen perhe sai kiinteähintaisen tarjouksen. Asennus vei kaksi päivää. Vanhat sähköpatterit korvattiin vesikiertoisilla lattia- ja patterilämmityksillä talon alakerrassa.

[[AD]]

Ensimmäisen talven jälkeen tulokset ovat selvät. Perheen sähkönkulutus laski noin 55 prosenttia, ja säästöä kertyi lokakuun ja helmikuun välillä yli 1 800 euroa.

[[H|Näin valitset oikean lämpöpumpun]]

[[LIST|⟦Selvitä talon lämmitysjärjestelmä ja lämmitettävä pinta-ala.⟧|Vertaa pumppujen hyötysuhdetta kovilla pakkasilla, ei vain leudossa säässä.|Kysy, sisältyykö tarjoukseen asennus ja vanhan järjestelmän purku.|Muista kotitalousvähennys, jonka voi saada asennustyön osuudesta.]]

[[H|Tuki ja rahoitus]]

Kotilämpö Oy auttaa asiakkaitaan myös rahoituksen kanssa. Lämpöpumpun voi maksaa kuukausierissä, jolloin säästö sähkölaskussa kattaa usein suurimman osan kuukausierästä. Lisäksi yrityksen asiantuntijat selvittävät, voiko kotitalous saada energia-avustusta öljy- tai sähkölämmityksestä luopumiseen.

Virtasten mukaan suurin yllätys oli se, miten tasainen lämpö talossa nyt on. Kylmät lattiat ovat historiaa.

– Nyt talossa on lämmin joka huoneessa, eikä sähkölaskua tarvitse pelätä, vaikka pakkanen kiristyisi, Tuomas Virtanen sanoo.

⟦Kotilämpö Oy tarjoaa maaliskuun ajan maksuttoman arviointikäynnin Pirkanmaalla.⟧""",
    kind="other", why="sponsored content for a heat pump company",
))

# ---------------------------------------------------------------- 21. Ice-safety guide, no date metadata
JS_NAV = ["Uutiset", "Jyväskylä", "Jämsä", "Äänekoski", "Urheilu", "JYP", "Kulttuuri", "Mielipide", "Kolumnit", "Pääkirjoitus", "Ohjeet"]
PAGES.append(dict(
    case="fi-other-suomi-jaaturvallisuus", lang="fi", html_lang="fi-FI", skin="suomi", domain="www.jarviseudunsanomat.example", site="Järviseudun Sanomat", secpath="ohjeet",
    url="https://www.jarviseudunsanomat.example/ohjeet/nain-tarkistat-kantaako-jaa/6290117",
    h1="Näin tarkistat, kantaako jää – katso turvalliset paksuudet",
    deck="Maaliskuun aurinko heikentää jäätä nopeasti, vaikka pakkanen jatkuisi öisin. Kokosimme ohjeet pilkkijöille ja retkiluistelijoille.",
    kicker="Ohjeet", authors=["Eero Kallio"], byline_html='Toimittaja <a href="/toimittaja/eero-kallio">Eero Kallio</a>', meta="min",
    pub="2026-03-05T06:00:00+02:00", date="5.3.2026 klo 6.00",
    nav=JS_NAV, cookie="Sivustomme käyttää evästeitä. Voit hyväksyä kaikki evästeet tai valita, mitä sallit.",
    ticker=["Päijänteen jäätie suljettiin", "JYP hävisi kotonaan HIFK:lle"],
    caption="⟪Pilkkijöitä Jyväsjärven jäällä maaliskuun alussa.⟫ Kuva: Järviseudun Sanomat",
    side=[("Luetuimmat", ["⟪Moottorikelkka putosi jäihin Keiteleellä⟫", "Jyväskylän uimahallit kiinni viikon", "Kevään ensimmäiset joutsenet saapuivat"]),
          ("Mielipide", [("Kolumni", "Kolumnisti: Jäällä kävely on suomalainen lottovoitto"), ("Pääkirjoitus", "Pelastuslaitokset tarvitsevat lisää vesipelastajia")])],
    tags=["Jää", "Turvallisuus", "Ulkoilu"],
    related=["Pelastuslaitos: Jäihin putoamisia tavallista enemmän", "Retkiluistelu kasvattaa suosiotaan"],
    comments=[("Pilkkijä", "5.3.2026", "⟪Naskalit kaulaan aina, vaikka jää näyttäisi kuinka hyvältä.⟫")],
    footer="⟪© Järviseudun Sanomat 2026⟫", footer_nav=["Asiakaspalvelu", "Tietosuoja", "Evästeet"],
    body="""⟦Jään paksuus ei yksin kerro, kantaako jää.⟧ Keväällä jää muuttuu hauraaksi ja rakeiseksi, vaikka sen paksuus näyttäisi riittävältä. Pelastuslaitokset muistuttavat, että jäälle ei pidä lähteä yksin eikä ilman turvavälineitä.

[[H|Vähimmäispaksuudet teräsjäälle]]

Teräsjäällä tarkoitetaan kirkasta, kovaa jäätä, joka on syntynyt järven pinnasta jäätymällä. Suuntaa antavat vähimmäispaksuudet ovat:

[[LIST|⟦Yksi kävelijä: vähintään 5 senttimetriä⟧|Ryhmä kävelijöitä tai hiihtäjiä: 10 senttimetriä|Moottorikelkka: 15 senttimetriä|Henkilöauto: 20 senttimetriä]]

Lumijää, joka syntyy lumen ja veden sekoituksesta, kantaa vain noin puolet teräsjään kuormasta. ⟦Jos jäässä on paljon lumijäätä, paksuuden pitää olla selvästi suurempi.⟧

[[AD]]

[[H|Näin mittaat jään]]

[[OL|Ota mukaan jäätuura tai kaira ja mittanauha.|Tee reikä jo rannan lähellä ja mittaa jää säännöllisesti, kun siirryt kauemmas.|Tarkista jään rakenne: kirkas jää on vahvinta, harmaa ja rakeinen heikointa.|⟦Palaa heti takaisin samaa reittiä, jos jää ritisee tai vettä nousee reikään.⟧]]

Jään paksuutta kannattaa mitata useasta kohdasta, sillä se voi vaihdella samalla järvellä huomattavasti. Esimerkiksi lumikerroksen alla jää kasvaa hitaammin, koska lumi eristää sitä pakkaselta.

[[H|Vältä nämä paikat]]

Virtapaikat, salmet, laiturien ja siltojen ympäristöt sekä ruovikot ovat vaarallisia koko talven. Keväällä auringon lämmittämät rannat sulavat ensimmäisinä.

[[H|Jos putoat jäihin]]

Älä yritä nousta heti ylös. Käänny siihen suuntaan, josta tulit, sillä siellä jää on kantanut. Iske naskalit jäähän, potki jaloilla vauhtia ja ponnista itsesi vaakatasossa jään päälle. Kun pääset ylös, ryömi tai kieri kauemmas reiästä ja hakeudu heti lämpimään.

[[READ|⟪Näin toimit, jos putoat jäihin⟫]]

Pidä aina mukana naskalit, heittoliina ja täyteen ladattu puhelin vesitiiviissä pussissa. ⟦Kerro jollekulle, minne olet menossa ja milloin aiot palata.⟧""",
    kind="other", why="how-to guide on ice safety",
))
