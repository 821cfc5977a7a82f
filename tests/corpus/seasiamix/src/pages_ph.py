"""Philippine sites: a Filipino tabloid (Balitang Bayan: "ni …", "Disyembre 7, 2026 | 2:05 PM", BASAHIN lines, Opinyon ›
Kolum) and an English broadsheet (Manila Courier: "By …", "December 2, 2026 - 6:00 AM", READ lines, RELATED STORIES,
newsletter box). A typhoon report, PNA copy with a printed date only, a Kolum, a signed piece under Balita › Metro
with no opinion label, an EXPLAINER, a column marked only by JSON-LD articleSection."""

PAGES = []

TL_NAV = [("Balita", ["Metro", "Probinsya", "Bansa", "Mundo", "Krimen"]), ("Opinyon", ["Editoryal", "Kolum", "Liham sa Patnugot"]),
          ("Showbiz", ["Chika", "Pelikula", "Teleserye"]), ("Sports", ["PBA", "Volleyball", "Boxing"]), ("Negosyo", []),
          ("Lifestyle", ["Kalusugan", "Pagkain", "Horoscope"]), ("Video", []), ("Pinoy Abroad", [])]
TL_FOOT = ["Tungkol sa Amin", "Makipag-ugnayan", "Mag-advertise", "Patakaran sa Privacy", "Mga Tuntunin"]
TL_RANK = ["Presyo ng bigas, bababa na raw sa Enero", "Sahod ng mga guro, dadagdagan ng P5,000", "Gilas Pilipinas, wagi kontra Japan",
           "Lotto jackpot, umabot na sa P180 milyon", "Aktres, umamin sa tunay na estado ng relasyon"]
TL_OP = [("Editoryal: Pera ng bayan, hindi pang-papogi", "Editoryal"), ("Ang tunay na presyo ng traffic", "Lito Dimaculangan"),
         ("Nasaan na ang pangakong libreng gamot?", "Josie Macaraeg")]

SB = dict(domain="www.balitangbayan.example", site="Balitang Bayan", nav=TL_NAV, footer_nav=TL_FOOT, rank=TL_RANK, oprail=TL_OP, opbase="opinyon",
          lang="tl", html_lang="fil", skin="ph_portal", related_label="Iba pang balita", privacy_label="Patakaran sa Privacy",
          cookie_text="Gumagamit ang site na ito ng cookies para mapabuti ang iyong karanasan. Sa patuloy na paggamit, sumasang-ayon ka rito.",
          weather="Maynila 29°C Maulap", forex="US$1 = ₱58.42", footer_info="Balitang Bayan Publishing Corp., Port Area, Maynila",
          footer="© 2026 Balitang Bayan. Lahat ng karapatan ay nakalaan.")

EN_NAV = [("News", ["Metro", "Regions", "Nation", "World"]), ("Business", ["Economy", "Markets", "Property"]), ("Opinion", ["Editorial", "Columns", "Letters"]),
          ("Sports", []), ("Lifestyle", ["Food", "Travel", "Health"]), ("Entertainment", []), ("Technology", []), ("Podcasts", [])]
EN_FOOT = ["About Us", "Contact", "Advertise", "Privacy Policy", "Terms of Use", "Careers"]
EN_RANK = ["Senate approves 2027 budget on final reading", "MRT-3 to run extended hours until January 3", "PSEi closes above 7,000 for first time in a year",
           "Pagasa: 'La Niña' may bring more storms in early 2027", "Gilas rallies past Japan in Fiba qualifier"]
EN_OP = [("Editorial: A budget that forgets the farmer", "Editorial"), ("The quiet crisis in our public schools", "Teresa Lacson-Ramos"),
         ("Why Manila keeps flooding", "Benjie Ocampo")]

SE = dict(domain="www.manilacourier.example", site="Manila Courier", nav=EN_NAV, footer_nav=EN_FOOT, rank=EN_RANK, oprail=EN_OP, opbase="opinion",
          lang="en", html_lang="en-PH", skin="ph_portal", related_label="More stories",
          cookie_text="This website uses cookies. By continuing to browse, you agree to our use of cookies as described in our Privacy Policy.",
          weather="Manila 30°C Partly cloudy", forex="US$1 = ₱58.40", footer_info="Manila Courier Media Inc., Makati City",
          footer="Copyright © 2026 Manila Courier Media Inc. All rights reserved.")

# ---------------------------------------------------------------- tl news: typhoon, "ni …", full metadata
PAGES.append(dict(SB,
    case="tl-news-phportal-bagyo", meta="og", secpath="balita/bansa", url="https://www.balitangbayan.example/balita/bansa/2026/12/07/bagyong-tamaraw-signal-no-3-bicol-samar-418802",
    h1="Bagyong Tamaraw, lumakas pa; Signal No. 3 itinaas sa Bicol at Samar",
    label="BALITA", crumbs=["Balita", "Bansa"], authors=["Jerome Villanueva"], byline_text="ni Jerome Villanueva",
    byline_html='ni <a href="/author/jerome-villanueva">Jerome Villanueva</a>', ld_authors=["Jerome Villanueva"], ld_type="NewsArticle",
    pub="2026-12-07T14:05:00+08:00", date="Disyembre 7, 2026 | 2:05 PM", today="Lunes, Disyembre 7, 2026",
    ticker=["Klase sa ilang lugar sa Bicol, suspendido", "Biyahe ng barko sa Matnog, kanselado"],
    hero="Mga residente ng Legazpi City habang inililikas patungo sa evacuation center. (Larawan: Jerome Villanueva)",
    tags=["Bagyong Tamaraw", "PAGASA", "Bicol", "Samar"],
    related=["Mga paaralang walang pasok bukas dahil sa bagyo", ("Kolum", "⟪Hanggang kailan tayo laging nagugulat sa bagyo?⟫"), "DSWD, naghanda ng 200,000 family food packs"],
    comments=[("BicolanaAko", "1 oras", "⟪Ingat po sa lahat ng taga-Albay, malakas na ang ulan dito sa Daraga.⟫", "48")],
    body="""⟦Lalo pang lumakas ang Bagyong Tamaraw habang papalapit sa kalupaan ng Bicol Region,⟧ kaya itinaas na ng PAGASA ang Tropical Cyclone Wind Signal No. 3 sa Catanduanes, Albay, Sorsogon at Northern Samar ngayong Lunes ng hapon.

Ayon sa PAGASA, huling namataan ang mata ng bagyo 180 kilometro silangan ng Virac, Catanduanes. ⟦Taglay nito ang lakas ng hangin na 140 kilometro bawat oras⟧ at pagbugsong aabot sa 170 kilometro bawat oras. Kumikilos ito pakanluran sa bilis na 20 kilometro bawat oras.

[[ALSO|⟪LISTAHAN: Mga lugar na nasa ilalim ng Signal No. 1 at 2⟫]]

Inaasahang tatama sa kalupaan ang bagyo sa Catanduanes o sa silangang bahagi ng Albay bukas ng madaling-araw. Nagbabala rin ang ahensya ng posibleng storm surge na aabot sa tatlong metro sa mga baybaying-dagat.

[[SPLIT]]

Sa Albay, mahigit 12,000 pamilya na ang inilikas sa mga evacuation center, ayon sa provincial disaster office. ⟦Sinuspinde na rin ang klase sa lahat ng antas⟧ sa mga lalawigang nasa ilalim ng Signal No. 2 at 3.

"Huwag na po tayong maghintay na tumaas ang tubig bago lumikas. Mas mabuti nang maaga kaysa mahuli," pakiusap ni Albay provincial disaster officer Renato Lanuza sa mga residente.

[[REL|⟪Paano maghanda ng go-bag bago dumating ang bagyo⟫|PCG: Mahigit 3,000 pasahero, stranded sa mga pantalan]]

Kinansela ng Philippine Coast Guard ang lahat ng biyahe ng sasakyang-dagat sa Bicol at Eastern Visayas, kaya mahigit 3,000 pasahero ang stranded sa mga pantalan. Ilang flight din patungong Legazpi at Virac ang kinansela.

Pinaalalahanan ng PAGASA ang publiko na patuloy na subaybayan ang mga abiso. ⟦Inaasahang lalabas ng Philippine Area of Responsibility ang bagyo sa Huwebes.⟧""",
    kind="news", why="typhoon report with weather agency data",
))

# ---------------------------------------------------------------- tl news: PNA copy (null), printed date only (no date metadata)
PAGES.append(dict(SB,
    case="tl-news-phportal-coding", secpath="balita/metro", url="https://www.balitangbayan.example/balita/metro/number-coding-suspendido-sa-kapaskuhan-417530",
    h1="Number coding, suspendido sa Kapaskuhan — MMDA",
    crumbs=["Balita", "Metro"], authors=None, byline_text="PNA", byline_html="PNA", meta="og", meta_pub=False,
    pub="2026-11-30T10:30:00+08:00", date="Lunes, Nobyembre 30, 2026", today="Lunes, Nobyembre 30, 2026",
    ticker=["Presyo ng petrolyo, may rollback bukas"], tags=["MMDA", "number coding", "Pasko", "trapiko"],
    related=["⟪Mga mall, papayagang magbukas hanggang hatinggabi⟫", ("Editoryal", "Ang Pasko at ang EDSA"), "LTFRB: Dagdag na bus sa EDSA Carousel"],
    comments=[("jeepney_driver_QC", "2 oras", "⟪Sana dagdagan din ang mga traffic enforcer sa Cubao tuwing gabi.⟫", "19")],
    body="""⟦Pansamantalang sinuspinde ng Metropolitan Manila Development Authority (MMDA) ang number coding scheme⟧ sa buong Metro Manila mula Disyembre 21, 2026 hanggang Enero 3, 2027 para sa Kapaskuhan.

Ayon sa MMDA, layunin nitong mabigyan ng pagkakataon ang mga motorista na makapamili at makauwi sa kanilang mga probinsya nang hindi nag-aalala sa coding. ⟦Gayunman, mananatiling ipinatutupad ang coding sa mga araw na walang pasok sa opisina⟧ bago ang Disyembre 21.

[[ALSO|⟪Biyahe ng MRT at LRT, pinalawig tuwing Kapaskuhan⟫]]

Sinabi ng ahensya na magtatalaga ito ng mahigit 2,000 traffic enforcer sa mga pangunahing lansangan, lalo na malapit sa mga mall, palengke at terminal ng bus. Magpapatupad din ng mas mahigpit na bawal sa pagparada sa Divisoria, Baclaran at Cubao.

[[AD]]

Nakiusap din ang MMDA sa mga mall operator na isagawa ang pagpapasok ng mga delivery truck sa gabi, mula alas-onse ng gabi hanggang alas-singko ng umaga. ⟦Inaasahang tataas ng hanggang 15 porsiyento ang dami ng sasakyan sa EDSA⟧ sa huling dalawang linggo ng Disyembre.

Pinayuhan din ang publiko na gumamit ng pampublikong transportasyon hangga't maaari at planuhin nang maaga ang kanilang biyahe. ⟦Maaaring tingnan ang real-time na lagay ng trapiko sa opisyal na social media accounts ng MMDA.⟧

[[SIGN|⟪Ulat mula sa Philippine News Agency (PNA)⟫]]""",
    kind="news", why="agency report of a traffic rule suspension",
))

# ---------------------------------------------------------------- tl opinion: Kolum, marked (Opinyon › Kolum, kicker, column name)
PAGES.append(dict(SB,
    case="tl-opinion-phportal-kolum", secpath="opinyon/kolum", url="https://www.balitangbayan.example/opinyon/kolum/2026/11/13/palakasan-sa-gobyerno-415072",
    h1="Tapusin na ang palakasan sa gobyerno",
    label="KOLUM | SA TOTOO LANG", crumbs=["Opinyon", "Kolum"], authors=["Lito Dimaculangan"], byline_text="ni Lito Dimaculangan",
    byline_html='ni <a href="/kolumnista/lito-dimaculangan">Lito Dimaculangan</a>', ld_authors=["Lito Dimaculangan"], ld_type="OpinionNewsArticle",
    ld_section="Opinyon", meta_section="Opinyon", pub="2026-11-13T05:00:00+08:00", date="Nobyembre 13, 2026 | 5:00 AM", today="Biyernes, Nobyembre 13, 2026",
    ticker=["CSC: 40,000 bakanteng posisyon sa gobyerno"], tags=["Sa Totoo Lang", "gobyerno", "trabaho", "Civil Service"],
    statement="⟪Ang mga pananaw sa kolum na ito ay sa may-akda at hindi kumakatawan sa Balitang Bayan.⟫",
    related=["Civil service exam, gagawin nang online", ("Editoryal", "⟪Serbisyo publiko, hindi negosyo⟫")],
    comments=[("Tita Baby", "4 na oras", "⟪Totoo ito, pamangkin ko ang pinakamataas ang iskor pero hindi natanggap.⟫", "231")], comment_count=86,
    body="""⟦Kilala ko ang isang dalagang nagtapos nang may karangalan sa kursong accountancy at pumasa sa board exam sa unang subok.⟧ Tatlong beses siyang nag-apply sa munisipyo ng kanilang bayan. Tatlong beses din siyang naunahan ng mga aplikanteng may kakilala sa kapitolyo.

Hindi na bago ang kuwentong ito. Sa maraming lokal na pamahalaan, ⟦mas mahalaga pa rin ang padrino kaysa sa kakayahan.⟧ Ang tawag natin dito ay palakasan, at panahon nang tapusin ito.

[[AD]]

Sa totoo lang, hindi kulang ang batas. May Civil Service Commission tayo, may mga pamantayan sa kwalipikasyon, at may mga patakaran laban sa nepotismo. Ang kulang ay ang tapang na ipatupad ang mga ito at ang sistemang magpapakita sa publiko kung paano pinipili ang mga empleyado.

Narito ang aking mungkahi. Una, ⟦dapat ilathala online ang listahan ng mga aplikante at ang kanilang mga iskor⟧ sa bawat bakanteng posisyon, maliban sa personal na impormasyon. Ikalawa, dapat may kinatawan mula sa labas ng opisina ang bawat selection board. Ikatlo, dapat may mabilis at libreng paraan para makapagreklamo ang mga aplikanteng naagrabyado.

[[ALSO|⟪CSC, naglabas ng bagong patakaran sa pagkuha ng contractual⟫]]

Maraming magsasabing ganyan talaga ang pulitika. Pero tuwing may taong hindi karapat-dapat na naupo sa posisyon, tayong lahat ang nagbabayad: sa mabagal na serbisyo, sa maling desisyon, at sa pondong nasasayang. ⟦Ang gobyerno ay hindi dapat maging pag-aari ng iilang pamilya.⟧

Kung gusto nating bumalik sa bayan ang mga mahuhusay nating kabataan, ⟦kailangan nilang makita na may patas na laban sa serbisyo publiko.⟧""",
    kind="opinion", why="signed Kolum arguing for merit-based government hiring",
))

# ---------------------------------------------------------------- tl opinion NOT marked: signed piece under Balita › Metro, typed NewsArticle
PAGES.append(dict(SB,
    case="tl-opinion-phportal-palengke", secpath="balita/metro", url="https://www.balitangbayan.example/balita/metro/2026/10/18/huwag-gibain-ang-palengke-412266",
    h1="Huwag gibain ang lumang palengke",
    crumbs=["Balita", "Metro"], authors=["Josie Macaraeg"], byline_text="ni Josie Macaraeg",
    byline_html='ni <a href="/author/josie-macaraeg">Josie Macaraeg</a>', ld_authors=["Josie Macaraeg"], ld_type="NewsArticle", ld_section="Metro",
    pub="2026-10-18T07:30:00+08:00", date="Oktubre 18, 2026 | 7:30 AM", today="Linggo, Oktubre 18, 2026",
    ticker=["Konseho ng lungsod, boboto sa planong mall sa Martes"], tags=["palengke", "Metro Manila", "vendors"],
    next="⟪Presyo ng galunggong, tumaas ng P20 kada kilo⟫",
    hero="Mga tindera sa lumang pampublikong palengke tuwing madaling-araw",
    related=["⟪Mga vendor, nagprotesta sa harap ng city hall⟫", ("Kolum", "Ang palengke bilang paaralan"), "Presyo ng isda, tumaas ngayong linggo"],
    comments=[("suki_since_1995", "3 oras", "⟪Dito ako lumaki, dito rin ako namimili hanggang ngayon. Sana hindi nila gibain.⟫", "156")],
    body="""⟦Alas-kuwatro pa lang ng umaga, gising na ang lumang palengke sa aming lungsod.⟧ Dumarating ang mga trak ng gulay mula Benguet, nag-aayos ng tindahan ang mga magdaragat, at may kape na sa karinderya ni Aling Nena. Dito ako namimili mula pa noong bata ako, kasama ang aking lola.

Kaya mabigat sa loob ko ang balitang ipapagiba ito ng pamahalaang lungsod para palitan ng isang mall na may "modern market" sa basement. ⟦Naniniwala akong mali ang planong ito,⟧ at hindi lang dahil sa nostalgia.

[[AD]]

Una, ang palengke ay hindi lang gusali. Ito ang kabuhayan ng mahigit 600 vendor na karamihan ay maliliit na negosyante. Sa mga mall, ⟦mas mataas ang upa at mas mahigpit ang patakaran,⟧ kaya tiyak na marami sa kanila ang hindi na makababalik.

Ikalawa, ang mga mamimili rin ang talo. Sa palengke, nakikipagtawaran tayo, may suki, at may pautang kapag gipit. Hindi ito mapapalitan ng mga naka-pack na gulay sa supermarket na mas mahal nang dalawampung porsiyento.

[[REL|⟪Plano ng lungsod: P2-bilyong mall sa lugar ng palengke⟫]]

Hindi ko sinasabing walang dapat ayusin. Tumutulo ang bubong, madulas ang sahig, at kulang ang palikuran. ⟦Pero ang sagot dito ay pagsasaayos, hindi paggiba.⟧ Maaaring gamitin ang pondo para sa bagong bubong, maayos na drainage, at malinis na palikuran, habang nananatili ang mga vendor sa kanilang puwesto.

Sa Martes, boboto ang konseho ng lungsod tungkol sa planong ito. ⟦Sana pakinggan muna nila ang mga taong gumigising nang alas-kuwatro para pakainin ang lungsod.⟧""",
    kind="opinion", why="first-person argument against demolishing a market; filed under news",
))

# ---------------------------------------------------------------- en news: EXPLAINER (evaluative words, reporting)
PAGES.append(dict(SE,
    case="en-news-phportal-explainer", meta="og", secpath="business/economy", url="https://www.manilacourier.example/business/economy/2026/12/02/explainer-rice-import-tariff-what-it-means",
    h1="EXPLAINER: What the higher rice tariff means for your plate",
    label="EXPLAINER", crumbs=["Business", "Economy"], authors=["Maria Clara Santos"], byline_text="By Maria Clara Santos",
    byline_html='By <a href="/author/maria-clara-santos">Maria Clara Santos</a>', ld_authors=["Maria Clara Santos"], ld_type="NewsArticle",
    ld_section="Business", pub="2026-12-02T06:00:00+08:00", date="December 2, 2026 - 6:00 AM", today="Wednesday, December 2, 2026",
    ticker=["BSP keeps key rate at 5.25%", "Peso closes at 58.40 to the dollar"],
    tags=["rice", "tariff", "inflation", "agriculture"],
    related=["Farmers welcome tariff hike, traders warn of price spike", ("Opinion", "⟪The rice tariff is a tax on the poor⟫"), "Inflation eases to 2.9% in November"],
    comments=[("jun_ph", "2h", "⟪Clear explanation. Now I know why my sari-sari store supplier raised prices.⟫", "33")],
    body="""⟦Beginning January 1, 2027, imported rice will be taxed at 25 percent, up from the current 15 percent.⟧ The decision, signed by the President last week, has divided farmers, traders and economists. Here is what it means and why it matters.

[[H|Why did the government raise the tariff?]]

The Department of Agriculture says the lower tariff, introduced in 2024 to cool prices, flooded the market with cheap imports during harvest season. ⟦Farmgate prices of palay fell to as low as ₱15 per kilo in some provinces,⟧ below what many farmers say it costs to produce.

[[ALSO|⟪Palay prices drop to three-year low in Nueva Ecija⟫]]

[[H|Will rice become more expensive?]]

Probably, but not by much, according to most estimates. The Philippine Institute for Development Studies projects that retail prices of imported well-milled rice could rise by ₱2 to ₱3 per kilo. Local rice, which does not pay the tariff, may see smaller increases.

[[AD]]

Consumer groups, however, call the move a burden on low-income families, who spend about a fifth of their food budget on rice. ⟦Traders warn that prices could rise faster if the peso weakens further.⟧

Farmers' groups have welcomed the decision but say tariffs alone will not fix low yields, pointing to expensive fertilizer and the lack of post-harvest facilities such as dryers and warehouses.

[[NEWS|⟪Subscribe to our daily newsletter for the latest business news.⟫]]

[[H|Where will the money go?]]

The government expects to collect about ₱40 billion a year from rice tariffs. By law, the bulk goes to the Rice Competitiveness Enhancement Fund, ⟦which pays for farm machinery, seeds and training for rice farmers.⟧

[[H|What happens next?]]

The DA says it will review the tariff every six months and may lower it if prices spike. ⟦Economists say the real test will come during the lean months of July to September, when local supply is tight.⟧""",
    kind="news", why="explainer reporting a policy change and reactions",
))

# ---------------------------------------------------------------- en opinion marked ONLY by JSON-LD articleSection "Opinion"; crumbs Business, no kicker
PAGES.append(dict(SE,
    case="en-opinion-phportal-remittances", secpath="business", url="https://www.manilacourier.example/business/2026/11/23/remittances-are-not-a-development-plan",
    h1="Remittances are not a development plan",
    crumbs=["Business"], authors=["Ramon Dizon"], byline_text="By Ramon Dizon",
    byline_html='By <a href="/author/ramon-dizon">Ramon Dizon</a>', ld_authors=["Ramon Dizon"], ld_type="NewsArticle", ld_section="Opinion",
    pub="2026-11-23T05:30:00+08:00", date="November 23, 2026 - 5:30 AM", today="Monday, November 23, 2026",
    ticker=["OFW remittances hit record $3.6B in September"], tags=["remittances", "OFW", "economy", "jobs"],
    next="⟪Peso slips past 58.50 as oil prices climb⟫",
    related=["⟪Cash remittances up 3.2% in September — BSP⟫", "Deployment of nurses to UK resumes", ("Editorial", "Bring the jobs home")],
    comments=[("ofw_in_riyadh", "5h", "⟪Thank you for writing this. None of us wanted to leave our kids.⟫", "274")],
    body="""⟦Every December, officials greet the latest remittance figures like a good harvest.⟧ Money sent home by Filipinos abroad reached another record this year, and the headlines will again call overseas workers our modern-day heroes.

They are heroes. But I think we should be honest about what those numbers also say: ⟦that for millions of families, the only reliable path out of poverty still runs through an airport.⟧

[[AD]]

Remittances keep the peso steady and fill malls on weekends. Yet an economy that depends on them has quietly accepted that it cannot create enough good jobs at home. Nurses, engineers and electricians leave not because they want to, but because the salary gap is too wide to ignore.

[[REL|⟪Nurses’ group: 6 of 10 graduates plan to work abroad⟫]]

The costs are real. Children grow up with a parent on a phone screen. Hospitals in the provinces run short of staff. ⟦And the money that arrives is mostly spent on consumption, not on businesses that would employ neighbors.⟧

What would a real plan look like? First, we should treat the return of skilled workers as a policy goal, with tax breaks and fast-tracked licenses for those who come home to set up practices or firms. Second, manufacturing and agriculture need long-term, boring, consistent support — power that is cheaper, roads that reach farms, rules that do not change with every administration.

Third, we must stop measuring success by how much money flows in. ⟦A better measure is how many Filipinos can choose to stay.⟧

Until that number rises, the record remittance figures are not a triumph. ⟦They are a reminder of the jobs we still have not built.⟧""",
    kind="opinion", why="signed column arguing against reliance on remittances",
))

from common import grow  # noqa: E402

grow(PAGES, {
    "tl-news-phportal-bagyo": [
        "Naka-preposition na rin ang mga food pack at gamot sa mga bayan ng Catanduanes na posibleng ma-isolate kapag nasira ang mga tulay, ayon sa Department of Social Welfare and Development.",
    ],
    "tl-news-phportal-coding": [
        "Samantala, pinaalalahanan din ng MMDA ang mga motorista na hindi kasama sa suspensyon ang mga lungsod na may sariling ordinansa sa coding. Kailangan pa ring alamin ng mga motorista ang patakaran sa bawat lungsod na kanilang dadaanan.",
        "Nagbabala rin ang ahensya laban sa mga bus at trak na lalabag sa truck ban at sa mga pribadong sasakyang dadaan sa EDSA Busway. Papatawan ng multang ₱5,000 ang unang paglabag sa busway.",
    ],
    "tl-opinion-phportal-kolum": [
        "Hindi ito mahirap gawin. May mga lungsod na nagsimula nang maglathala ng resulta ng kanilang hiring online, at wala namang gumuho. Sa halip, dumami pa ang nag-apply dahil naniwala silang may tsansa sila.",
    ],
    "tl-opinion-phportal-palengke": [
        "May mga lungsod na rin sa bansa na nag-ayos ng kanilang palengke nang hindi pinapaalis ang mga vendor, at naging mas malinis at mas maayos ang mga ito.",
    ],
})
