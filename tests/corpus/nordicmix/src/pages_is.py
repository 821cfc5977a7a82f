"""Icelandic pages of nordicmix (2): a news story with Höfundur and "5. mars 2026 | 10:32", a Skoðun by an outside
writer with the note on the writer at the end of the text."""

PAGES = []

MF_NAV = ["Fréttir", "Innlent", "Erlent", "Viðskipti", "Íþróttir", "Menning", "Skoðun", "Leiðari", "Pistlar", "Veður", "Hlaðvarp"]

# ---------------------------------------------------------------- 22. News story, Höfundur
PAGES.append(dict(
    case="is-news-nordic-landris", lang="is", html_lang="is-IS", skin="nordic", domain="www.morgunfrettir.example", site="Morgunfréttir", secpath="innlent",
    url="https://www.morgunfrettir.example/innlent/2026/03/05/landris_vid_svartsengi_heldur_afram/",
    h1="Landris við Svartsengi heldur áfram og líkur á gosi aukast",
    deck="Veðurstofan telur miklar líkur á kvikuhlaupi á næstu vikum. Bláa lónið verður lokað í tvo daga.",
    kicker="Innlent", authors=["Guðrún Helga Sigurðardóttir"],
    byline_html='Höfundur: <a href="/hofundar/gudrun-helga/">Guðrún Helga Sigurðardóttir</a>',
    ld_authors=["Guðrún Helga Sigurðardóttir"], ld_type="NewsArticle", ld_section="Innlent",
    pub="2026-03-05T10:32:00+00:00", date="5. mars 2026 | 10:32", updated="Uppfært 5. mars 2026 | 14:10", today="Fimmtudagur 5. mars 2026",
    nav=MF_NAV, subnav=["Skoðun", "Leiðari", "Pistlar", "Aðsendar greinar"],
    cookie="Við notum vafrakökur til að bæta upplifun þína á vefnum, greina umferð og birta auglýsingar.", cookie_title="Vafrakökur",
    ticker=["Appelsínugul viðvörun á Vestfjörðum í kvöld", "Verðbólga mælist 3,9 prósent"],
    caption="⟪Varnargarðarnir við orkuverið í Svartsengi í morgun.⟫ Ljósmynd: Morgunfréttir / Ari Páll",
    side=[("Mest lesið", ["⟪Hús í Hafnarfirði seldist á metverði⟫", "Flug til Akureyrar fellur niður vegna veðurs", "Landsliðið mætir Portúgal í júní"]),
          ("Skoðun", [("Leiðari", "Suðurnesin þurfa varanlegt skipulag"), ("Skoðun", "Grindvíkingar eiga skilið skýr svör"),
                      ("Pistill", "⟪Að lifa með eldfjalli í bakgarðinum⟫")])],
    tags=["Reykjanesskagi", "Eldgos", "Veðurstofa Íslands"],
    related=["Svona var síðasta gos á Sundhnúksgígaröðinni", "Grindvíkingar vilja vita hvenær þeir geta flutt heim"],
    comments=[("Sigurður Þ.", "5. mars 2026", "⟪Það er ótrúlegt hvað þetta heldur lengi áfram.⟫")],
    footer="⟪© Morgunfréttir 2026. Allur réttur áskilinn.⟫", footer_nav=["Hafa samband", "Persónuvernd", "Auglýsingar", "Áskrift"],
    body="""⟦Landris heldur áfram við Svartsengi á Reykjanesskaga⟧ og hefur kvikumagnið undir svæðinu aldrei mælst meira frá því að goshrinan hófst. Þetta kemur fram í nýju mati Veðurstofu Íslands sem birt var í morgun.

Samkvæmt Veðurstofunni hafa um 25 milljónir rúmmetra af kviku safnast fyrir undir Svartsengi síðan síðasta gosi lauk í desember. ⟦Líkur á nýju kvikuhlaupi eða eldgosi á næstu vikum eru taldar miklar.⟧

„Við sjáum sama mynstur og fyrir fyrri gos. Landrisið er stöðugt og skjálftavirkni hefur aukist síðustu daga,“ segir Sigrún Ólafsdóttir, náttúruvársérfræðingur á Veðurstofunni.

[[READ|⟪Svona var síðasta gos á Reykjanesskaga⟫]]

[[H|Bláa lónið lokað í tvo daga]]

Almannavarnir hafa ákveðið að Bláa lónið verði lokað gestum í dag og á morgun í varúðarskyni. ⟦Í Grindavík hafa íbúar verið beðnir að vera viðbúnir rýmingu með stuttum fyrirvara.⟧ Um 40 manns hafa þar skráða búsetu.

[[AD]]

Grindavíkurvegur er opinn, en lögreglan á Suðurnesjum fylgist grannt með umferð og getur lokað veginum án fyrirvara ef merki sjást um kvikuhlaup.

Varnargarðarnir umhverfis orkuverið í Svartsengi hafa verið styrktir frá síðasta gosi. Að sögn HS Orku er starfsemi orkuversins óbreytt og engin hætta á rafmagnsleysi á Suðurnesjum eins og staðan er nú.

Íbúar í Reykjanesbæ og Vogum hafa fengið upplýsingar um hvernig bregðast eigi við ef gos hefst nálægt byggð. Almannavarnir leggja áherslu á að fólk fylgist með tilkynningum í fjölmiðlum og á vef Veðurstofunnar, en telja ekki ástæðu til að óttast um byggðina eins og staðan er í dag.

Sérfræðingar benda á að gosin á svæðinu hafi hingað til hafist með litlum fyrirvara, oft innan við klukkustund eftir að skjálftahrina hefst.

⟦Veðurstofan mun endurmeta stöðuna á fundi með almannavörnum síðdegis.⟧""",
    kind="news", why="report on magma accumulation and precautions",
))

# ---------------------------------------------------------------- 23. Skoðun by an outside writer
PAGES.append(dict(
    case="is-opinion-nordic-leiga", lang="is", html_lang="is-IS", skin="nordic", domain="www.morgunfrettir.example", site="Morgunfréttir", secpath="skodun",
    url="https://www.morgunfrettir.example/skodun/2026/03/09/ungt_folk_a_ekki_ad_borga_helming_launa_sinna_i_leigu/",
    h1="Ungt fólk á ekki að borga helming launa sinna í leigu",
    kicker="Skoðun", kicker_path="skodun", authors=["Elín Björk Jónsdóttir"],
    byline_html='<a href="/hofundar/elin-bjork/">Elín Björk Jónsdóttir</a>', meta="og", meta_section="Skoðun",
    pub="2026-03-09T07:00:00+00:00", date="9. mars 2026 | 07:00", today="Mánudagur 9. mars 2026",
    nav=MF_NAV, subnav=["Skoðun", "Leiðari", "Pistlar", "Aðsendar greinar"],
    cookie="Við notum vafrakökur til að bæta upplifun þína á vefnum, greina umferð og birta auglýsingar.", cookie_title="Vafrakökur",
    ticker=["Strætó hækkar fargjöld 1. apríl", "Þrír fluttir á sjúkrahús eftir árekstur á Reykjanesbraut"],
    side=[("Mest lesið", ["⟪Leiguverð hækkaði um níu prósent á einu ári⟫", "Nýtt hverfi rís í Úlfarsárdal", "Valur vann toppslaginn"]),
          ("Skoðun", [("Leiðari", "Húsnæðismarkaðurinn er ekki náttúrulögmál"), ("Pistill", "Af hverju flytur enginn aftur heim?")])],
    tags=["Húsnæðismál", "Leigumarkaður", "Skoðun"],
    related=["Leigjendasamtökin krefjast leiguþaks", "Fjórðungur ungs fólks býr enn í foreldrahúsum"],
    comments=[("Anna K.", "9. mars 2026", "⟪Ég borga 290 þúsund fyrir tveggja herbergja íbúð. Þetta er rétt.⟫"),
              ("Gunnar", "9. mars 2026", "Leiguþak hefur ekki virkað annars staðar.")],
    footer="⟪© Morgunfréttir 2026. Allur réttur áskilinn.⟫", footer_nav=["Hafa samband", "Senda grein", "Persónuvernd"],
    body="""⟦Ég er 29 ára, með háskólapróf og í fullu starfi.⟧ Samt fer næstum helmingur útborgaðra launa minna í leigu á lítilli tveggja herbergja íbúð í Reykjavík. Ég er ekki einsdæmi. Þannig er staðan hjá stórum hluta minnar kynslóðar.

Leiguverð á höfuðborgarsvæðinu hefur hækkað um tæp 40 prósent á fimm árum. Laun ungs fólks hafa ekki fylgt með. ⟦Afleiðingin er sú að fólk frestar því að stofna fjölskyldu⟧, býr lengur í foreldrahúsum eða flytur hreinlega úr landi.

[[AD]]

Stjórnvöld hafa lengi talað um að lausnin sé að byggja meira. Það er rétt að það þarf að byggja meira. En nýjar íbúðir eru flestar seldar á verði sem ungt fólk ræður ekki við, og leigufélögin sem kaupa þær setja leiguna eftir því sem markaðurinn þolir.

Ég tel að þrennt þurfi að gerast. Í fyrsta lagi þarf að setja reglur um hversu mikið má hækka leigu á hverju ári, eins og gert er víða á Norðurlöndum. Í öðru lagi þarf ríki og sveitarfélög að byggja fleiri óhagnaðardrifnar leiguíbúðir. ⟦Í þriðja lagi þarf að tryggja að leigjendur hafi raunverulegt húsnæðisöryggi⟧, þannig að ekki sé hægt að segja upp samningi án ástæðu.

[[READ|⟪Leigjendur fá minni vernd hér en annars staðar á Norðurlöndum⟫]]

Sumir segja að leiguþak dragi úr framboði og að verktakar hætti að byggja. En reynslan frá Danmörku og Svíþjóð sýnir að það er hægt að hafa bæði virkan byggingarmarkað og sanngjarna leigu, ef reglurnar eru skýrar og stöðugar.

Ekkert af þessu er róttækt. Þetta eru úrræði sem nágrannaþjóðir okkar hafa notað í áratugi. Það sem er róttækt er að sætta sig við að heil kynslóð eigi aldrei möguleika á öruggu heimili.

⟦Við biðjum ekki um forréttindi, heldur um að geta búið í eigin landi.⟧

[[BIO|⟪Höfundur er hagfræðingur og býr í Reykjavík.⟫]]""",
    kind="opinion", why="op-ed arguing for rent regulation",
))
