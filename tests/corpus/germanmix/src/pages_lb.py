"""Luxembourgish pages (luportal): a report on the delayed tram extension with the updated time
printed before the published time and no date metadata, and a signed Editorial on housing."""
from common import typo

PAGES = []

NAV = [("Lëtzebuerg", ["Politik", "Gesellschaft", "Justiz", "Mobilitéit"]), ("Regioun", ["Stad", "Süden", "Norden", "Osten", "Zentrum"]),
       ("Welt", []), ("Wirtschaft", ["Finanzplaz", "Betriber"]), ("Sport", ["Foussball", "Vëlo", "Basket"]), ("Kultur", []),
       ("Meenung", ["Editorial", "Kommentar", "Carte blanche", "Lieserbréiwer"]), ("Podcasts", []), ("Wieder", [])]

RN = dict(site="RTN Lëtzebuerg", domain="www.rtn.example", badge_word="Premium", footer="© 2026 RTN Lëtzebuerg. All Rechter reservéiert.", nav=NAV)
AL = dict(site="Lëtzebuerger Allgemeng", domain="www.allgemeng.example", badge_word="Abo", footer="© 2026 Lëtzebuerger Allgemeng S.A.", nav=NAV)


def lu(p, s):
    p.update(s, loc="lb-LU", lang="lb", html_lang="lb")
    return p


# ---------------------------------------------------------------- report; "Aktualiséiert" printed before "Publizéiert"; no date metadata
PAGES.append(lu(dict(
    case="lb-news-luportal-tram", skin="luportal", secpath="letzebuerg", meta="min",
    url="https://www.rtn.example/letzebuerg/a/2318804.html",
    h1="Tram op de Findel kënnt ee Joer méi spéit", kicker="Mobilitéit",
    deck="D’Verlängerung vun der Tramsstreck bis bei de Fluchhafe gëtt eréischt am Hierscht 2028 fäerdeg. D’Käschte klammen op 225 Milliounen Euro.",
    authors=["Claude Weber"], byline_text="Claude Weber", byline_html='<a href="/auteur/claude-weber">Claude Weber</a>',
    pub="2026-12-07T14:05:00+01:00", date="Aktualiséiert: 08.12.2026 09:15<br>Publizéiert: 07.12.2026 14:05",
    hero="⟪Chantier vum Tram beim Kierchbierg-Rondpoint.⟫ Foto: Editpress/Julien Garroy",
    ticker=["⟪Accident op der A1: Autobunn Richtung Tréier gespaart⟫", "Schnéi am Éislek: Glatteis op de Stroossen", "F91 Diddeleng gewënnt de Pokalmatch"],
    tags=["Tram", "Mobilitéit", "Findel", "Chantier"],
    comments=[("Pendler_Iechternach", "07.12.2026 15:12", "⟪All Dag eng Stonn am Stau, an elo nach ee Joer méi. Merci fir näischt.⟫", "38")], comment_count=52,
    related=["⟪Neie Parking fir Pendler um Héienhaff⟫", ("Premium", "Wéi d’Stad sech duerch den Tram verännert huet", True),
             ("Kommentar", "D’Mobilitéit brauch e Plang, keng Ukënnegungen")],
    rank=["⟪Chrëschtmaart op der Place d’Armes: Dat ass nei⟫", "Indextranche fält am Februar", ("Premium", "Firwat d’Lëtzebuerger ëmmer méi spéit bestueden", True)],
    opinion=[("Editorial", "Wunnen däerf kee Luxus ginn"), ("Carte blanche", "Eis Sprooch brauch méi Plaz an der Schoul")],
    body="""⟦D’Verlängerung vum Tram bis op de Findel gëtt net wéi geplangt Enn 2027 fäerdeg.⟧ Dat huet d’Mobilitéitsministesch Carole Weis e Méindeg op enger Pressekonferenz matgedeelt. Déi nei Streck soll elo am Hierscht 2028 a Betrib goen, also bal ee Joer méi spéit wéi ugekënnegt.

Als Grond fir de Retard nennt de Ministère Problemer beim Chantier um Kierchbierg. ⟦Do goufen am Ënnergrond vill méi al Leitungen a Kabele fonnt, wéi an de Pläng agezeechent waren.⟧ Déi hu missen ëmgeluecht ginn, ier d’Schinne konnte geluecht ginn.

[[AD]]

D’Streck tëscht der Luxexpo an dem Fluchhafen ass ronn 3,9 Kilometer laang a kritt véier nei Arrêten, dorënner eng beim neien Ëmsteigpol um Héienhaff. Ee Tram soll all sechs Minutte fueren. Vum Haaptbahnhof bis bei de Fluchhafe wäert een dann ongeféier 20 Minutte brauchen.

Och d’Käschte klammen. ⟦Amplaz vun de geplangte 190 Milliounen Euro rechent de Stat elo mat ronn 225 Milliounen Euro.⟧ D’Ministesch huet drop higewisen, datt en Deel vun der Hausse op d’Präisser fir Material a Bauaarbechten zeréckzeféieren ass.

[[REL|⟪Gratis Transport: Wéi vill Leit huelen de Bus?⟫|Nei Buslinnen tëscht Esch an der Stad ab Januar]]

D’Oppositioun huet de Retard kritiséiert. D’Pendler aus dem Osten vum Land missten elo nach méi laang am Stau stoen, sot en Deputéierten. Hie freet, datt d’Regierung bis dohin méi Bussen op der Streck tëscht dem Héienhaff an der Stad asetzt. Och d’Gemeng Sandweiler huet eng besser Informatioun vun den Awunner gefuerdert.

Bis dohin fuere weiderhin d’Busser vun der Linn 16 all zéng Minutten tëscht der Stad an dem Fluchhafen. An de Spëtzestonne sollen nach zousätzlech Busser bäikommen, sou d’Ministesch.

⟦De Chantier op der Route de Trèves soll trotzdem wéi geplangt am Summer ofgeschloss ginn.⟧""",
    kind="news", why="report on delayed tram extension with reactions",
), RN))

# ---------------------------------------------------------------- Editorial: kicker, crumbs, URL, OpinionNewsArticle
PAGES.append(lu(dict(
    case="lb-opinion-luportal-wunnen", skin="luportal", secpath="meenung", plus=True,
    url="https://www.allgemeng.example/meenung/editorial/wunnen-daerf-kee-luxus-ginn-5f20a9",
    h1="Wunnen däerf kee Luxus ginn", kicker="Editorial",
    authors=["Anne Hoffmann"], byline_text="Anne Hoffmann", byline_html='<a href="/auteur/anne-hoffmann">Anne Hoffmann</a>',
    ld_authors=["Anne Hoffmann"], ld_type="OpinionNewsArticle", ld_section="Editorial",
    pub="2026-03-14T18:00:00+01:00", date='<time datetime="2026-03-14T18:00:00+01:00">14.03.2026 um 18:00 Auer</time>',
    ticker=["⟪Chamber stëmmt iwwer de Budget of⟫", "Streik beim CFL: Zich fueren normal", "Tramsarbechten um Boulevard Royal"],
    tags=["Editorial", "Wunnengsbau", "Loyer"],
    comments=[("Escher_Jong", "14.03.2026 19:02", "⟪Ech sinn 31 a wunnen nach ëmmer bei mengen Elteren. Dat seet alles.⟫", "104")], comment_count=77,
    related=[("Wunnen", "Präisser fir Appartementer klamme rëm"), ("Abo", "Firwat esou vill Terrainen eidel leien", True),
             ("Carte blanche", "⟪De Wunnengsbau brauch manner Reegelen⟫")],
    rank=["⟪Indextranche: Wat dat fir Är Pai bedeit⟫", ("Abo", "D’Geheimnis vun de Lëtzebuerger Bakbierer", True), "Schoulvakanz: Stau op der A3 erwaart"],
    opinion=[("Kommentar", "D’Mobilitéit brauch e Plang, keng Ukënnegungen"), ("Lieserbréif", "Iwwer d’Stëmmrecht fir Auslänner")],
    body="""⟦Wien haut zu Lëtzebuerg eng Wunneng sicht, brauch entweder vill Suen oder vill Gedold.⟧ De Loyer fir en Appartement an der Stad läit mëttlerweil am Duerchschnëtt bei iwwer 1.900 Euro de Mount, an e Stéck Bauland am Zentrum vum Land kascht méi wéi eng Millioun Euro den Ar.

Zanter Jore versprieche sämtlech Regierungen, datt si de Problem uginn. Et goufe Pakten, Fongen a Gesetzer, et goufen nei Quartiere geplangt an Zuele publizéiert. ⟦Mä fir vill Famillen ass d’Situatioun an där Zäit net besser ginn, mä méi schlecht.⟧

Dobäi ass d’Ursaach kee Geheimnis. Et gëtt ze wéineg gebaut, well ze vill Terrain an den Hänn vu wéinege Proprietairen ass, déi keen Interessi hunn ze verkafen. D’Präisser klamme weider, esou laang wéi de Buedem als sécher Investitioun gëllt.

[[AD]]

Et ass Zäit fir méi Courage. ⟦D’Gemenge missten d’Recht kréien, Terrainen, déi zanter Joren eidel leien, méi héich ze besteieren.⟧ De Stat muss selwer méi bauen an net nëmmen ukënnegen, a bezuelbar Wunnenge missten net no zwanzeg Joer op de private Maart zréckfalen.

D’Chamber diskutéiert den nächste Mount iwwer den neie Wunnengsbaupak. Et ass eng Geleeënheet, fir endlech méi wäit ze goen wéi bis elo. D’Deputéiert sollten net nëmmen op d’Bauträger lauschteren, mä och op déi, déi all Mount d’Halschent vun hirer Pai fir de Loyer ausginn.

Wunnen ass e Grondrecht an net e Luxus. Wann ëmmer méi jonk Leit, Infirmièren, Enseignanten a Polizisten sech d’Liewen am Land net méi leeschte kënnen, da verléiert Lëtzebuerg méi wéi just Awunner.

⟦D’Regierung huet nach dräi Joer Zäit, fir ze weisen, datt si dat verstanen huet.⟧""",
    kind="opinion", why="signed editorial arguing for tougher housing policy",
), AL))

typo(PAGES)
