"""South Africa (southern skin): a Johannesburg water story split by ad blocks with "READ |" boxes, an op-ed with a
contributor role, an author box and a disclaimer, a Lotto results page by a staff reporter; in Afrikaans a column
marked only by the byline role "Rubriekskrywer" and a weekly horoscope; in Zulu a taxi strike report "Ngu…"."""
from parts import smart

PAGES = []

SA_NAV = ["News", "South Africa", "Politics", "Business", "World", "Opinion", "Columnists", "Voices", "Sport", "Lifestyle", "Lottery"]
SA_WIDGET = ("<b>LOAD SHEDDING:</b> Stage 0 <span class=\"sep\">|</span> <b>R/$</b> 18.21 · <b>R/£</b> 23.04 · <b>R/€</b> 19.67 "
             "<span class=\"sep\">|</span> <b>JSE ALSI</b> 96,412 ▲0.6% <span class=\"sep\">|</span> <b>Petrol 95 (inland)</b> R22.41/l")
SA_COOKIE = "We use cookies to personalise content and ads and to analyse our traffic. By using this site, you agree to our cookie policy."
SA_FOOT = ["About us", "Contact us", "Advertise", "Terms and conditions", "Privacy policy", "Press Code", "PAIA manual"]
SA_SPON = ["Retirees in Gauteng are switching to this medical aid@Cover Compare SA", "The 3 shares analysts are watching this month@Invest Daily",
           "New solar loans approved in minutes@SunFinance"]

# ---------------------------------------------------------------- 1. Johannesburg water outage: split by ad blocks, READ | boxes, full metadata
PAGES.append(dict(
    case="en-news-southern-water", lang="en", html_lang="en-ZA", skin="southern", domain="www.highveldpost.example", site="Highveld Post", secpath="news",
    url="https://www.highveldpost.example/news/south-africa/joburg-residents-face-fourth-day-without-water-as-pump-station-fails-20260305",
    h1="Joburg residents face fourth day without water as pump station fails",
    deck="Parts of Soweto, Roodepoort and Randburg have been dry since Sunday.",
    kicker="Water crisis", crumbs=["News", "South Africa", "Gauteng"], authors=["Thandiwe Mokoena"], byline_text="Thandiwe Mokoena",
    byline_html='<a href="/authors/thandiwe-mokoena">Thandiwe Mokoena</a>', ld_authors=["Thandiwe Mokoena"], ld_type="NewsArticle", ld_section="South Africa",
    pub="2026-03-05T10:32:00+02:00", mod="2026-03-05T15:05:00+02:00", date="05 Mar 2026, 10:32 · Updated 15:05", today="Thursday, 5 March 2026", edition="Gauteng edition",
    nav=SA_NAV, widget=SA_WIDGET, cookie=SA_COOKIE, w={"read_also": "READ |"},
    ticker=["⟪Eskom suspends load shedding for the weekend⟫", "Proteas name squad for Sri Lanka tour"], ticker_label="LIVE",
    caption="⟪Residents queue at a water tanker in Protea Glen, Soweto, on Wednesday. Photo: Sizwe Ndlovu⟫",
    side=[("Most Read", ["⟪Petrol price: what to expect in April⟫", "SASSA grant payment dates for March", "Matric results: how to apply for a remark"]),
          ("Voices", [("Opinion", "Our cities are failing the water test"), ("Columnist", "The minibus taxi is the real public transport")])],
    tags=["Johannesburg Water", "Water outage", "Soweto", "Rand Water"], spon=SA_SPON, spon_h="Sponsored Content",
    related=["Joburg Water outage map: affected suburbs", "Rand Water to start maintenance on two reservoirs"],
    comment_rules="Only registered subscribers can comment on this article.",
    comments=[("Lerato M.", "2 hours ago", "Four days with small children and no water. This is not living.")],
    footer="⟪© 2026 Highveld Post. All rights reserved.⟫", footer_nav=SA_FOOT,
    body="""⟦Tens of thousands of Johannesburg residents are facing a fourth day without running water after a pump station that feeds reservoirs in the west of the city broke down on Sunday night.⟧

Johannesburg Water said an electrical fault at the Eikenhof pump station had reduced supply to the Commando and Crosby reservoir systems, which serve parts of Soweto, Roodepoort, Randburg and the inner west.

"⟦Technicians have been working around the clock to replace the damaged switchgear⟧, and we expect pumping to resume at full capacity by Friday morning," the utility's spokesperson, Nomvula Khumalo, said on Thursday.

[[READ|⟪Where to find water tankers in your area⟫]]

[[SPLIT]]

She said it could take a further 48 hours for reservoirs to refill and for high-lying areas to receive water again.

Residents say they have had little warning and even less help. In Protea Glen, queues formed before dawn at the single water tanker sent to the area.

⟦"We were told a tanker would come at eight. It came at twelve, and it was empty by one," said Zanele Dube⟧, a mother of three who had been waiting with a wheelbarrow and four buckets.

[[READ|⟪Rand Water says bulk supply is not the problem⟫]]

[[SPLIT]]

The City of Johannesburg said 45 tankers had been deployed, and that hospitals, clinics and schools were being given priority.

Ward councillors in Roodepoort have called for an independent investigation into the failure, the third at the pump station in 12 months.

The DA's caucus leader in the council said the city had been warned in 2024 that the station's equipment was past its lifespan.

⟦Johannesburg Water has urged residents to use water sparingly once supply is restored.⟧""",
    kind="news", why="report on a water outage",
))

# ---------------------------------------------------------------- 2. op-ed: Opinion kicker, role "Contributor", OpinionNewsArticle, disclaimer, author box
PAGES.append(dict(
    case="en-opinion-southern-libraries", lang="en", html_lang="en-ZA", skin="southern", domain="www.coastalmercury.example", site="The Coastal Mercury", secpath="opinion",
    url="https://www.coastalmercury.example/opinion/our-schools-need-librarians-not-more-tablets-7d2c41",
    h1="Our schools need librarians, not more tablets",
    deck="Reading for meaning starts with books and the people who know them.",
    kicker="OPINION", kicker_path="opinion", crumbs=["Opinion"], authors=["Sipho Ngcobo"], byline_text="Sipho Ngcobo", role="Contributor",
    byline_html='<a href="/authors/sipho-ngcobo">Sipho Ngcobo</a>', ld_authors=["Sipho Ngcobo"], ld_type="OpinionNewsArticle", ld_section="Opinion",
    pub="2026-03-10T06:00:00+02:00", date="10 March 2026 | 06:00", today="Tuesday, 10 March 2026", edition="KZN edition",
    nav=SA_NAV, widget=SA_WIDGET, cookie=SA_COOKIE, w={"read_also": "READ |"},
    ticker=["⟪Durban beaches reopen after sewage spill⟫", "Sharks beat Bulls in URC thriller"], ticker_label="LIVE",
    box=("Sipho Ngcobo", "⟪Sipho Ngcobo is an education researcher based in Durban.⟫"),
    after=[("disclaimer", "⟪Disclaimer: the views expressed are the writer’s own⟫ and do not necessarily reflect those of The Coastal Mercury.")],
    side=[("Most Read", ["⟪Eight KZN schools still without teachers, union says⟫", "SASSA grant payment dates for March", "New toll fees on the N3 from April"]),
          ("Columnists", [("Columnist", "The minibus taxi is the real public transport"), ("Editorial", "Sewage on our beaches is a scandal")])],
    tags=["Education", "Reading", "Libraries"], spon=SA_SPON, spon_h="Sponsored Content",
    related=["Reading clubs spread in township schools", "Province to hand out 120,000 tablets"],
    comment_rules="Only registered subscribers can comment on this article.",
    comments=[("Mrs Pillay", "1 day ago", "As a retired teacher-librarian, thank you for writing this.")],
    footer="⟪© 2026 The Coastal Mercury. All rights reserved.⟫", footer_nav=SA_FOOT,
    body="""⟦Every few months a provincial department somewhere in South Africa hands out a new batch of tablets to learners, with speeches and photographs.⟧ A few months later, many of those devices are broken, locked or sitting in a cupboard because the data has run out.

Meanwhile, the finding that should keep all of us awake at night has not changed: most of our Grade 4 children cannot read for meaning in any language. ⟦No tablet will fix that on its own.⟧

[[H|Books first]]

Children learn to read by reading, a great deal, with books that they want to pick up and adults who help them choose. That is what a school library does. Yet fewer than one in four public schools has a functioning library, and far fewer have a trained person to run it.

[[READ|⟪Most Grade 4 learners cannot read for meaning, study finds⟫]]

[[SPLIT]]

I understand why politicians prefer devices. They are visible, they can be counted and they look like the future. ⟦A librarian is a salary, year after year, and nobody cuts a ribbon for a salary.⟧

But the money is there. The cost of one year's tablet rollout in a single province would pay for hundreds of school librarians, and books in isiZulu, isiXhosa, Sepedi and every other home language our children speak.

[[H|What should change]]

Provinces should set aside a fixed share of their learner-support budgets for school libraries, and fund posts for library assistants drawn from the communities around the schools. Publishers and the department must also close the gap in children's books in African languages.

Technology has a place, after children can read. ⟦Until then, we are buying screens for children who cannot yet read what is on them.⟧""",
    kind="opinion", why="op-ed arguing for school libraries over tablets",
))

# ---------------------------------------------------------------- 3. Lotto results page: Staff Reporter (null), Open Graph only
PAGES.append(dict(
    case="en-other-southern-lotto", lang="en", html_lang="en-ZA", skin="southern", domain="www.highveldpost.example", site="Highveld Post", secpath="lottery",
    url="https://www.highveldpost.example/lottery/lotto-and-lotto-plus-results-wednesday-4-march-2026-20260304",
    h1="Lotto and Lotto Plus results: Wednesday, 4 March 2026",
    kicker="Lottery", crumbs=["News", "Lottery"], authors=None, byline_text="Staff Reporter",
    byline_html="Staff Reporter", meta="og", meta_section="Lottery",
    pub="2026-03-04T21:25:00+02:00", date="04 Mar 2026, 21:25", today="Wednesday, 4 March 2026", edition="Gauteng edition",
    nav=SA_NAV, widget=SA_WIDGET, cookie=SA_COOKIE, w={"read_also": "READ |"},
    ticker=["⟪Powerball jackpot rolls over to R62 million⟫", "Eskom suspends load shedding for the weekend"], ticker_label="LIVE",
    side=[("Most Read", ["⟪Daily Lotto results for Wednesday⟫", "SASSA grant payment dates for March", "Petrol price: what to expect in April"]),
          ("Voices", [("Opinion", "Why the lottery is a tax on hope"), ("Columnist", "Gambling ads have no place on kids’ TV")])],
    tags=["Lotto", "Lotto Plus", "Lottery results"], spon=SA_SPON, spon_h="Sponsored Content",
    related=["Powerball and Powerball Plus results: Tuesday", "Unclaimed prizes: R40m waiting for winners"],
    comment_rules="Comments are closed for this article.",
    footer="⟪© 2026 Highveld Post. All rights reserved.⟫", footer_nav=SA_FOOT,
    body="""⟦Here are the winning numbers for the Lotto, Lotto Plus 1 and Lotto Plus 2 draws of Wednesday, 4 March 2026.⟧ Check your tickets below.

[[H|Lotto]]

[[LIST|⟦Winning numbers: 07, 15, 22, 31, 44, 51⟧|Bonus ball: 19|Estimated jackpot: R18 million]]

[[H|Lotto Plus 1]]

[[LIST|⟦Winning numbers: 03, 11, 26, 29, 38, 50⟧|Bonus ball: 42|Estimated jackpot: R6.2 million]]

[[READ|⟪How lottery winnings are taxed in South Africa⟫]]

[[H|Lotto Plus 2]]

[[LIST|Winning numbers: 09, 13, 17, 35, 46, 48|Bonus ball: 02|Estimated jackpot: R3.1 million]]

[[SPLIT]]

[[H|Next draw]]

The next Lotto, Lotto Plus 1 and Lotto Plus 2 draws take place on Saturday, 7 March 2026. Tickets can be bought at participating retailers, on banking apps and on the official lottery website until 20:30 on the day of the draw.

[[H|How to claim]]

Prizes of up to R2,000 can be claimed at any participating retailer. Prizes between R2,000 and R50,000 can be claimed at selected banks, while larger prizes must be claimed at a regional office of the national lottery operator. Winners have 365 days from the date of the draw to claim. Winners of large prizes are offered free financial advice and counselling, and their names are not made public unless they agree.

⟦Results are published as provided by the operator; the official results prevail in case of any error.⟧

The operator reminds players that the lottery is a game of chance. Players must be 18 or older, and help for problem gambling is available through the National Responsible Gambling Programme's toll-free line. ⟦Play responsibly and never spend more than you can afford to lose.⟧""",
    kind="other", why="lottery results service page",
))

AF_NAV = ["Nuus", "Sake", "Sport", "Mening", "Rubrieke", "Leefstyl", "Kuns", "Kos", "Sterre", "Gemeenskap", "Weer"]
AF_WIDGET = ("<b>BEURTKRAG:</b> Vlak 0 <span class=\"sep\">|</span> <b>R/$</b> 18,21 · <b>R/€</b> 19,67 <span class=\"sep\">|</span> "
             "<b>Petrol 95 (kus)</b> R21,58/l <span class=\"sep\">|</span> <b>Kaapstad</b> 24°C Sonnig")
AF_COOKIE = "Ons gebruik koekies om jou ervaring op ons webwerf te verbeter. Deur voort te gaan, aanvaar jy ons koekiebeleid."
AF_FOOT = ["Oor ons", "Kontak ons", "Adverteer", "Privaatheidsbeleid", "Gebruiksvoorwaardes", "Perskode"]

# ---------------------------------------------------------------- 4. Afrikaans column marked only by the byline role "Rubriekskrywer"
PAGES.append(dict(
    case="af-opinion-southern-slaggate", lang="af", html_lang="af-ZA", skin="southern", domain="www.platteland-nuus.example", site="Platteland Nuus", secpath="nuus",
    url="https://www.platteland-nuus.example/nuus/gemeenskap/ons-dorp-se-slaggate-is-nie-n-natuurramp-nie-20260305",
    h1="Ons dorp se slaggate is nie ’n natuurramp nie",
    crumbs=["Nuus", "Gemeenskap"], authors=["Marietjie van der Merwe"], byline_text="Deur Marietjie van der Merwe", role="Rubriekskrywer",
    byline_html='Deur <a href="/skrywers/marietjie-van-der-merwe">Marietjie van der Merwe</a>', ld_authors=["Marietjie van der Merwe"], ld_type="NewsArticle",
    ld_section="Gemeenskap",
    pub="2026-03-05T07:00:00+02:00", date="5 Maart 2026", today="Donderdag 5 Maart 2026", edition="Wes-Kaap",
    nav=AF_NAV, widget=AF_WIDGET, cookie=AF_COOKIE, w={"read_also": "Lees ook:"},
    ticker=["⟪Munisipaliteit kry tot Vrydag om begroting in te dien⟫", "Boland wen in Paarl"], ticker_label="NUUSFLITS",
    side=[("Mees gelees", ["⟪Waterbeperkings in Worcester verslap⟫", "Matriekuitslae: so kry jy jou punte", "Nuwe tolgeld op die N1 vanaf April"]),
          ("Mening", [("Rubriek", "Ons kinders verdien beter skoolbusse"), ("Redaksioneel", "Die begroting moenie die platteland vergeet nie")])],
    tags=["Munisipaliteit", "Paaie", "Belastingbetalers"],
    related=["Raad keur nuwe tariewe goed ondanks protes", "Provinsie stuur span om paaie te herstel"],
    comment_rules="Slegs intekenaars kan kommentaar lewer.",
    comments=[("Koos B.", "3 uur gelede", "⟪Presies so. Ek het al twee bande in Kerkstraat verloor.⟫")],
    footer="⟪© 2026 Platteland Nuus. Alle regte voorbehou.⟫", footer_nav=AF_FOOT,
    body="""⟦Verlede week het ek vir die derde keer vanjaar ’n band in Kerkstraat verloor.⟧ Dieselfde slaggat, voor die ou koöperasie, net groter. Toe ek die munisipaliteit bel, het ’n vriendelike stem my meegedeel dat die paaie ná die reën "baie gely" het en dat die span "so gou moontlik" sal kom.

Ek glo die stem was opreg. Maar ek glo nie meer die storie nie.

⟦Slaggate is nie ’n natuurramp nie.⟧ Hulle is die gevolg van besluite: om instandhouding uit te stel, om die begroting aan ander dinge te bestee, om nie die ingenieurspos te vul wat al twee jaar vakant staan nie. Reën maak ’n swak pad stukkend. ’n Goeie pad oorleef dit.

[[READ|⟪Inwoners dreig om tariewe terug te hou⟫]]

[[SPLIT]]

Ek verstaan dat munisipaliteite op die platteland onder druk is. Die inkomste is klein, die skuld is groot en die beste mense trek na die stede. Maar dit is juis daarom dat ons nie kan bekostig om die min geld wat daar is op konsultante en nuwe voertuie vir raadslede te spandeer nie.

Wat kan ons as inwoners doen? ⟦Eerstens moet ons ophou om die situasie as normaal te aanvaar.⟧ Gaan na die raadsvergaderings. Vra vir die instandhoudingsplan en die begroting daarvoor, en vra dit skriftelik. Die wet gee ons daardie reg.

Tweedens kan belastingbetalersverenigings saam met die munisipaliteit werk, nie net teen hom nie. Op sommige dorpe herstel vrywilligers reeds slaggate met materiaal wat die raad verskaf. Dit is nie die ideaal nie, maar dit is beter as om elke maand ’n nuwe band te koop.

⟦Ons dorp verdien strate waarop ’n mens kan ry sonder om te bid.⟧""",
    kind="opinion", why="first-person column arguing about municipal road maintenance",
))

# ---------------------------------------------------------------- 5. Afrikaans weekly horoscope, Open Graph only
PAGES.append(dict(
    case="af-other-southern-sterre", lang="af", html_lang="af-ZA", skin="southern", domain="www.platteland-nuus.example", site="Platteland Nuus", secpath="leefstyl",
    url="https://www.platteland-nuus.example/leefstyl/sterre/jou-sterre-vir-die-week-9-tot-15-maart-20260308",
    h1="Jou sterre vir die week: 9 tot 15 Maart",
    kicker="Sterre", crumbs=["Leefstyl", "Sterre"], authors=["Anneke Steyn"], byline_text="Deur Anneke Steyn",
    byline_html='Deur <a href="/skrywers/anneke-steyn">Anneke Steyn</a>', meta="og", meta_section="Leefstyl",
    pub="2026-03-08T18:00:00+02:00", date="8 Maart 2026", today="Sondag 8 Maart 2026", edition="Wes-Kaap",
    nav=AF_NAV, widget=AF_WIDGET, cookie=AF_COOKIE, w={"read_also": "Lees ook:"},
    ticker=["⟪Reën op pad vir die Overberg⟫", "Stormers klop Leinster"], ticker_label="NUUSFLITS",
    side=[("Mees gelees", ["⟪Resep: bobotie soos ouma dit gemaak het⟫", "Waterbeperkings in Worcester verslap", "Tuinwenke vir die herfs"]),
          ("Mening", [("Rubriek", "Ons dorp se slaggate is ons eie skuld"), ("Redaksioneel", "Gee die jeug ’n rede om te bly")])],
    tags=["Sterre", "Horoskoop", "Leefstyl"],
    related=["Kristalle en die maan: ’n beginnersgids", "Jou sterre vir die week: 2 tot 8 Maart"],
    comment_rules="Slegs intekenaars kan kommentaar lewer.",
    footer="⟪© 2026 Platteland Nuus. Alle regte voorbehou.⟫", footer_nav=AF_FOOT,
    body="""⟦Die son beweeg hierdie week deur Visse, en dit bring ’n sagter, meer gevoelige energie na almal se lewens.⟧ Hier is wat die sterre vir jou teken inhou.

[[H|Ram (21 Maart – 19 April)]]

⟦Jy is haastig om ’n projek klaar te kry, maar gee ander kans om by te hou.⟧ Donderdag is goed vir ’n belangrike gesprek oor geld.

[[H|Bul (20 April – 20 Mei)]]

’n Vriend vra jou hulp. Sê ja, maar stel jou grense duidelik.

[[H|Tweeling (21 Mei – 20 Junie)]]

Werk gaan vinnig. Moenie die naweek met e-posse vul nie; jou liggaam vra vir rus.

[[H|Kreef (21 Junie – 22 Julie)]]

’n Onverwagse boodskap van familie maak jou bly. Beplan ’n kort reis.

[[READ|⟪Volmaan in Maagd: wat dit vir jou beteken⟫]]

[[H|Leeu (23 Julie – 22 Augustus)]]

Jou selfvertroue is hoog. Gebruik dit om ’n saak aan te spreek wat jy lank uitgestel het.

[[H|Maagd (23 Augustus – 22 September)]]

Die volmaan aan die begin van die week kan emosies opstook. Tel tot tien voor jy antwoord.

[[SPLIT]]

[[H|Weegskaal (23 September – 22 Oktober)]]

⟦’n Goeie week vir die huis: herinrig, skoonmaak, uitgooi.⟧

[[H|Skerpioen (23 Oktober – 21 November)]]

Iemand by die werk sien jou harde werk raak. Bly beskeie.

[[H|Boogskutter (22 November – 21 Desember)]]

Jy voel rusteloos. ’n Nuwe stokperdjie sal help.

[[H|Steenbok (22 Desember – 19 Januarie)]]

Finansies verbeter stadig. Hou by jou begroting.

[[H|Waterdraer (20 Januarie – 18 Februarie)]]

’n Ou vriendskap kry nuwe lewe. Maak die oproep.

[[H|Visse (19 Februarie – 20 Maart)]]

⟦Dit is jou seisoen: vier dit, en laat ander jou vir ’n slag bederf.⟧""",
    kind="other", why="weekly horoscope",
))

# ---------------------------------------------------------------- 6. Zulu: taxi strike report "NguSibusiso Mkhize", full metadata
PAGES.append(dict(
    case="zu-news-southern-itekisi", lang="zu", html_lang="zu-ZA", skin="southern", domain="www.izwelethekwini.example", site="Izwi LaseThekwini", secpath="izindaba",
    url="https://www.izwelethekwini.example/izindaba/abagibeli-bakhungathekile-ngesiteleka-samatekisi-20260305",
    h1="Abagibeli bakhungathekile ngesiteleka samatekisi eThekwini",
    kicker="Izindaba", crumbs=["Izindaba", "KwaZulu-Natal"], authors=["Sibusiso Mkhize"], byline_text="NguSibusiso Mkhize",
    byline_html='Ngu<a href="/ababhali/sibusiso-mkhize">Sibusiso Mkhize</a>', ld_authors=["Sibusiso Mkhize"], ld_type="NewsArticle", ld_section="Izindaba",
    pub="2026-03-05T12:15:00+02:00", date="ULwesine, 5 Mashi 2026 · 12:15", today="ULwesine, 5 Mashi 2026", edition="KwaZulu-Natal",
    nav=["Izindaba", "Ezombusazwe", "Ezomnotho", "Ezemidlalo", "Imibono", "Ezokungcebeleka", "Ezempilo", "Amabhizinisi", "Amavidiyo"],
    widget="<b>UGESI:</b> Asikho isikhathi sokucishwa kukagesi <span class=\"sep\">|</span> <b>R/$</b> 18.21 <span class=\"sep\">|</span> <b>eThekwini</b> 29°C",
    cookie="Sisebenzisa ama-cookie ukwenza ingosi yethu isebenze kangcono. Uma uqhubeka, uyavuma.", w={"read_also": "FUNDA FUTHI:"},
    ticker=["⟪AmaZulu FC izodlala neChiefs ngoMgqibelo⟫", "Amanzi azobuyela eChatsworth kusihlwa"], ticker_label="OKUSHA",
    caption="⟪Abagibeli belinde amatekisi erenki yaseWarwick ekuseni namuhla.⟫",
    side=[("Okufundwe kakhulu", ["⟪Izinsizakalo zikaMasipala zizoshintsha ngo-Ephreli⟫", "Umfundi wasePinetown uphumelele kahle kumatikuletsheni", "Imali yesibonelelo izokhokhwa ngoMsombuluko"]),
          ("Imibono", [("Umbono", "Izitimela kufanele zibuye zisebenze"), ("Umhleli", "Udlame lwamatekisi kalupheli")])],
    tags=["Amatekisi", "Isiteleka", "eThekwini"],
    related=["Imigwaqo emisha izovulwa eMlazi", "Amaphoyisa aqinisa ukuphepha emigwaqweni"],
    comments=[("Nomusa", "emahoreni amabili edlule", "⟪Sihambe ngezinyawo ukusuka eMlazi, kubi kakhulu.⟫")],
    footer="⟪© 2026 Izwi LaseThekwini. Wonke amalungelo agodliwe.⟫", footer_nav=["Mayelana nathi", "Xhumana nathi", "Ukukhangisa", "Imfihlo"],
    body="""⟦Izinkulungwane zabagibeli eThekwini zikhungatheke namuhla ekuseni ngemuva kokuba abanikazi bamatekisi bemise ukusebenza⟧ bebhikishela imithetho emisha yokuthola amalayisensi.

Amarenki amakhulu aseWarwick nasesiteshini sikaMgeni abekade egcwele abantu kusukela ngehora lesihlanu ekuseni, kodwa amatekisi ambalwa kakhulu avele. Abaningi baphoqeleke ukuhamba ngezinyawo noma ukugibela izimoto zangasese ngemali ephezulu.

⟦"Ngihambe amakhilomitha ayishumi namuhla ukuya emsebenzini"⟧, kusho uThandeka Zulu, osebenza esitolo edolobheni. "Umqashi wami uthe uzongikhipha imali uma ngifike sekwephuzile."

[[READ|⟪Abashayeli bamatekisi bafuna ukukhulunywa nabo⟫]]

[[SPLIT]]

Inhlangano yabanikazi bamatekisi esifundazweni ithi imithetho emisha izokwenza kube nzima ukuvuselela amalayisensi ezimoto ezindala. ⟦Bathi abanikazi abaningi abanayo imali yokuthenga amatekisi amasha.⟧

Umnyango wezokuthutha esifundazweni KwaZulu-Natal uthe ukulungele ukuhlangana nabaholi bamatekisi kusasa. Umkhulumeli womnyango uthe imithetho emisha yenzelwe ukuphepha kwabagibeli, hhayi ukujezisa abanikazi bamatekisi.

Amaphoyisa athe asabalalise amaphoyisa amaningi emigwaqweni emikhulu nasemarenki ukuze kuvikelwe abashayeli abafuna ukusebenza. Kuze kube manje akukho sigameko sodlame esibikiwe.

Abanye abagibeli bazame ukusebenzisa amabhasi kaMasipala, kodwa amabhasi nawo abegcwele kakhulu. Umkhulumeli kaMasipala wakuleli dolobha uthe amabhasi angeziwe athunyelwe emizileni emikhulu, kodwa wavuma ukuthi awanele ukuthatha bonke abagibeli abavamise ukusebenzisa amatekisi.

Abanikazi bezitolo edolobheni bathi amakhasimende ambalwa kakhulu namuhla. Omunye umnikazi wesitolo sezingubo uthe ngeke akwazi ukukhokhela abasebenzi bakhe uma isiteleka siqhubeka isikhathi eside.

Izikole ezimbalwa eMlazi naseKwaMashu zibike ukuthi abafundi abaningi abafikanga esikoleni namuhla.

⟦Kulindeleke ukuthi isiteleka siqhubeke kuze kube sekupheleni kwesonto uma kungatholakali isivumelwano.⟧""",
    kind="news", why="report on a taxi strike",
))

smart(PAGES)
