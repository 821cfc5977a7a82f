# Monolingual (English) reports of fictional events full of look-alikes: three earthquakes in
# one week, three celebrities entering rehab, three pirate attacks (two in the Gulf of Guinea a
# year apart), three elections, three central-bank decisions, plus unrelated single reports.
# Every text written for this corpus (Apache-2.0). (event, outlet, published, title, text)

EVENTS = [
# --- Earthquakes -------------------------------------------------------------------------
("eq-spoleto", "Northern Courier", "2024-03-12T06:10:00Z",
 "Deadly earthquake shakes central Italy",
 "A magnitude 6.1 earthquake struck central Italy before dawn on Tuesday, killing at least four people and "
 "forcing hundreds from their homes in the hills around Spoleto, in Umbria.\n"
 "The quake hit at 3:41 local time at a depth of about nine kilometres, according to Italy's National "
 "Institute of Geophysics and Volcanology (INGV). It was felt as far away as Rome.\n"
 "In Campello sul Clitunno the bell tower of a medieval church collapsed onto a parked car. Firefighters "
 "pulled two people alive from a farmhouse near Spoleto.\n"
 "\"The night was long and we are not finished,\" said Marta Ferri, head of the Civil Protection "
 "department, who put the number of displaced people at 230."),
("eq-spoleto", "Valley Ledger", "2024-03-12T09:30:00Z",
 "Umbria quake: four dead as rescuers search rubble",
 "Rescue teams worked through the morning in Umbria after Tuesday's earthquake, which the INGV measured at "
 "magnitude 6.1. Four people died, among them an elderly couple in the village of Eggi.\n"
 "Marta Ferri of the Civil Protection said 230 residents would spend the coming nights in tents and in a "
 "sports hall in Spoleto. Schools across the province of Perugia stayed closed.\n"
 "Aftershocks, the strongest of magnitude 4.2, rattled the area for hours."),
("eq-spoleto", "Capital Review", "2024-03-12T14:05:00Z",
 "Italy pledges 50 million euros after Spoleto earthquake",
 "The Italian government declared a state of emergency for the area around Spoleto on Tuesday afternoon and "
 "set aside 50 million euros for the first repairs, hours after a 6.1 magnitude quake left four dead.\n"
 "The cabinet met in Rome in a special session. Churches, a hospital wing and dozens of farmhouses in "
 "Umbria were damaged; engineers will inspect every school before children return.\n"
 "Civil Protection chief Marta Ferri told reporters the 230 people who lost their homes would be moved to "
 "hotels on the shore of Lake Trasimeno within days."),
("eq-spoleto", "Riverside Gazette", "2024-03-13T08:00:00Z",
 "After the Umbria quake, a town counts its losses",
 "In Campello sul Clitunno, the stump of the bell tower is fenced off with red and white tape. The church it "
 "belonged to had stood since the twelfth century; Tuesday's 6.1 earthquake brought the tower down in "
 "seconds.\n"
 "\"My grandmother was baptised there,\" said Paolo Sensi, a baker, as volunteers carried crates of bread to "
 "the tent camp outside Spoleto. Four people were killed in the quake, the Civil Protection says, and 230 "
 "are homeless.\n"
 "Seismologists at the INGV warn that aftershocks may continue for weeks."),
("eq-spoleto", "Midland Times", "2024-03-12T07:45:00Z",
 "Strong quake hits near Spoleto",
 "An earthquake of magnitude 6.1 hit Umbria early on Tuesday. The epicentre was five kilometres north of "
 "Spoleto. At least four deaths have been confirmed. More to follow."),

("eq-hokkaido", "Northern Courier", "2024-03-14T11:20:00Z",
 "Magnitude 7.0 quake off Hokkaido triggers tsunami advisory",
 "A powerful earthquake of magnitude 7.0 struck off the Pacific coast of Hokkaido on Thursday evening, "
 "Japan's Meteorological Agency (JMA) said, prompting a tsunami advisory for the eastern shore of the "
 "northern island.\n"
 "Waves of up to 40 centimetres reached the port of Kushiro about half an hour after the quake. The "
 "advisory was lifted three hours later.\n"
 "Two people died: a man of 81 who fell down the stairs of his house and a woman crushed by a falling "
 "shelf in a shop. Eighteen were injured."),
("eq-hokkaido", "Coastal Herald", "2024-03-14T13:00:00Z",
 "Hokkaido earthquake cuts power to 11,000 homes",
 "Some 11,000 households in eastern Hokkaido were without electricity on Thursday night after a 7.0 "
 "magnitude quake off Kushiro, the regional utility said. Local trains were halted for safety checks.\n"
 "The JMA warned residents to expect aftershocks of up to magnitude 6 over the next week. \"Please stay "
 "away from the coast,\" said Hiroshi Tanabe, an official of the agency, at a late press conference in "
 "Tokyo.\n"
 "Two deaths have been reported."),
("eq-hokkaido", "Capital Review", "2024-03-15T02:30:00Z",
 "Japan assesses damage after Kushiro quake",
 "Japanese officials on Friday assessed the damage from the magnitude 7.0 earthquake that hit off the coast "
 "of Hokkaido late on Thursday. Cracks opened in roads around Kushiro and Nemuro, and a fishing warehouse "
 "collapsed.\n"
 "Prime Minister's office said the Self-Defense Forces had sent helicopters to survey the coast. The small "
 "tsunami, about 40 cm high, caused no damage, the Meteorological Agency said.\n"
 "Eighteen people were treated for injuries; two died."),
("eq-hokkaido", "Harbour Post", "2024-03-14T12:10:00Z",
 "Fishermen in Kushiro watch the sea after quake",
 "In Kushiro's harbour, fishermen moved their boats out to deep water on Thursday as the tsunami advisory "
 "sounded. \"We have done this before, in 2003,\" said Kenji Sato, 63, who has fished off Hokkaido for forty "
 "years. The waves, when they came, were barely 40 cm.\n"
 "The magnitude 7.0 earthquake was the strongest in the region in more than a decade, according to the "
 "JMA."),

("eq-malatya", "Valley Ledger", "2024-03-15T05:50:00Z",
 "Earthquake in eastern Turkey kills one",
 "A magnitude 5.8 earthquake struck Malatya province in eastern Turkey on Friday morning, killing one person "
 "and injuring 27, the disaster agency AFAD said.\n"
 "The quake, at a shallow depth of 10 km, was centred in the Yesilyurt district. About 40 buildings, many "
 "already weakened by the devastating earthquakes of February 2023, were damaged, and three of them "
 "collapsed. They had been empty since last year.\n"
 "Interior Minister Selim Karaca said search teams were checking every damaged building."),
("eq-malatya", "Northern Courier", "2024-03-15T08:15:00Z",
 "Malatya shaken again: 5.8 quake revives memories of 2023",
 "Residents of Malatya ran into the streets on Friday when a 5.8 magnitude earthquake shook the city, "
 "thirteen months after the disaster that killed tens of thousands across southern Turkey.\n"
 "One man died when a wall fell on him in Yesilyurt, AFAD said; 27 people were hurt, most while fleeing "
 "buildings. \"I still sleep in my clothes,\" said Emine Dogan, a teacher, outside a container camp.\n"
 "Selim Karaca, the interior minister, flew to the city in the afternoon."),
("eq-malatya", "Midland Times", "2024-03-15T10:40:00Z",
 "Turkey: damaged buildings collapse in 5.8 tremor",
 "Three buildings that had stood empty since the 2023 earthquakes collapsed on Friday when a magnitude 5.8 "
 "quake hit Malatya. Turkey's AFAD counted one dead and 27 injured. Schools in the province will stay "
 "closed on Monday while engineers inspect them. Tents were being set up in the Yesilyurt district for "
 "families afraid to go home."),
("eq-malatya", "Riverside Gazette", "2024-03-16T09:00:00Z",
 "In Malatya, a night in the cold after another quake",
 "Hundreds of families in Malatya spent Friday night in cars and tents after the day's 5.8 earthquake. "
 "The toll remained at one dead and 27 injured. AFAD said 40 buildings in the province were damaged, "
 "and Interior Minister Selim Karaca promised that no one would be sent back into a building before it "
 "had been checked."),

# --- Rehab check-ins -------------------------------------------------------------------------
("rehab-whitlock", "Capital Review", "2024-03-11T18:00:00Z",
 "Dana Whitlock enters rehab, cancels tour dates",
 "Pop singer Dana Whitlock has entered a rehabilitation facility in Malibu for treatment of alcohol "
 "dependency, her publicist said on Monday. The 29-year-old has cancelled the remaining 12 dates of her "
 "Glasshouse Tour.\n"
 "\"Dana has made a brave decision and asks for privacy while she focuses on her health,\" publicist "
 "Joel Brandt said in a statement. Ticket holders will be refunded, her label, Meridian Records, said."),
("rehab-whitlock", "Midland Times", "2024-03-11T20:30:00Z",
 "Singer Whitlock seeks treatment for alcohol",
 "Dana Whitlock, whose album Glasshouse topped the charts last year, is in rehab, according to a statement "
 "from her representative Joel Brandt. The singer, 29, checked into a clinic in Malibu over the weekend. "
 "Twelve concerts, including two nights at Madison Square Garden, are off."),
("rehab-whitlock", "Harbour Post", "2024-03-12T09:10:00Z",
 "Fans rally behind Dana Whitlock after rehab news",
 "Messages of support poured in on Tuesday for Dana Whitlock after the singer went into rehab. Fans "
 "gathered outside the Malibu facility with handwritten signs, and several artists on Meridian Records "
 "posted tributes.\n"
 "Whitlock spoke openly about her drinking in an interview last autumn, saying the Glasshouse Tour had "
 "been \"the hardest year of my life\". The 12 cancelled shows will be refunded."),
("rehab-whitlock", "Coastal Herald", "2024-03-13T07:00:00Z",
 "What Dana Whitlock's cancelled tour means for venues",
 "Concert halls that had booked Dana Whitlock's Glasshouse Tour are scrambling to fill their calendars. "
 "The singer's decision to enter rehab in Malibu, announced by her publicist Joel Brandt on Monday, wiped "
 "out 12 shows worth an estimated 9 million dollars in ticket sales."),

("rehab-leyland", "Northern Courier", "2024-03-13T16:45:00Z",
 "Actor Marcus Leyland checks into treatment centre",
 "Marcus Leyland, the star of the crime drama Harlow Street, has checked into a treatment centre in Tucson, "
 "Arizona, his representative Kim Osei confirmed on Wednesday. The 44-year-old actor is being treated for "
 "exhaustion and what Osei called \"substance issues\".\n"
 "Filming of the fourth season of Harlow Street, which was due to start in April, has been postponed."),
("rehab-leyland", "Valley Ledger", "2024-03-13T19:20:00Z",
 "Harlow Street production paused as Leyland enters rehab",
 "The production company behind Harlow Street said on Wednesday that it had paused work on season four "
 "after lead actor Marcus Leyland entered rehab in Arizona. \"We support Marcus completely,\" the "
 "company said. Leyland, 44, won an award last year for his role as detective Sam Harlow."),
("rehab-leyland", "Capital Review", "2024-03-14T10:00:00Z",
 "Marcus Leyland's long road to rehab",
 "For years, friends of Marcus Leyland worried about the hours he kept. On Wednesday the actor, 44, "
 "entered a clinic in Tucson, and his representative Kim Osei asked the press to respect his privacy.\n"
 "Leyland, who grew up in Leeds and moved to Los Angeles in 2009, became a star with Harlow Street. The "
 "series' fourth season is now on hold."),
("rehab-leyland", "Riverside Gazette", "2024-03-13T21:00:00Z",
 "Leyland in treatment, says rep",
 "Harlow Street actor Marcus Leyland is receiving treatment at a facility in Arizona, according to his "
 "spokeswoman Kim Osei. No further details were given."),

("rehab-arguello", "Harbour Post", "2024-03-16T12:00:00Z",
 "Striker Tomás Argüello to be treated for gambling addiction",
 "FC Lindholm striker Tomás Argüello will spend six weeks in a clinic in Barcelona to be treated for a "
 "gambling addiction, the club said on Saturday. The 26-year-old Argentine asked for help himself, "
 "according to the club's statement.\n"
 "\"Tomás has our full support, on and off the pitch,\" said Lindholm coach Erik Vang. Argüello has scored "
 "14 goals this season."),
("rehab-arguello", "Coastal Herald", "2024-03-16T15:30:00Z",
 "Argüello enters clinic, will miss six weeks",
 "Argentine forward Tomás Argüello has checked into a clinic in Barcelona for treatment of a gambling "
 "problem and will miss at least six weeks, FC Lindholm announced. The club's top scorer, with 14 goals, "
 "is 26.\n"
 "Coach Erik Vang said the squad had learned the news on Friday. \"He is brave,\" Vang said."),
("rehab-arguello", "Midland Times", "2024-03-17T09:00:00Z",
 "Gambling and football: the Argüello case",
 "The news that Tomás Argüello is being treated for a gambling addiction has renewed questions about the "
 "betting sponsors on players' shirts. The FC Lindholm forward, 26, entered a Barcelona clinic on Saturday "
 "for six weeks. Players' unions say at least one in twenty professionals shows signs of problem gambling."),

# --- Pirate attacks -------------------------------------------------------------------------
("pir-aurora-2023", "Coastal Herald", "2023-03-14T10:00:00Z",
 "Pirates kidnap eight crew from tanker off Nigeria",
 "Pirates boarded the Liberian-flagged tanker Aurora Bay in the Gulf of Guinea on Tuesday and kidnapped "
 "eight of its 19 crew members, the International Maritime Bureau (IMB) said.\n"
 "The attack happened about 110 nautical miles south of Brass, in Nigeria's Bayelsa State. The pirates "
 "approached in a speedboat before dawn, climbed aboard with ladders and left after two hours.\n"
 "The IMB's Piracy Reporting Centre in Kuala Lumpur said the remaining crew sailed the tanker to safety. "
 "The Nigerian Navy has sent a patrol vessel."),
("pir-aurora-2023", "Harbour Post", "2023-03-14T15:30:00Z",
 "Gulf of Guinea: eight seafarers abducted from Aurora Bay",
 "Eight seafarers, among them the captain and the chief engineer, were abducted on Tuesday when pirates "
 "attacked the tanker Aurora Bay south of Brass, Nigeria. The ship's manager, Helmsford Shipping, said it "
 "was in contact with the families.\n"
 "\"Kidnapping for ransom is back in the Gulf of Guinea,\" said Cyrus Mody of the IMB."),
("pir-aurora-2023", "Capital Review", "2023-03-15T08:00:00Z",
 "Nigerian Navy searches for kidnapped tanker crew",
 "Nigerian Navy vessels searched the creeks of Bayelsa State on Wednesday for eight crew members taken "
 "from the Aurora Bay. The tanker, sailing under the Liberian flag, was boarded 110 miles offshore. The "
 "IMB recorded it as the most serious attack in the Gulf of Guinea this year."),

("pir-kestrel-2024", "Coastal Herald", "2024-03-12T09:00:00Z",
 "Pirates attack bulk carrier in Gulf of Guinea, three crew taken",
 "Pirates attacked the Maltese-flagged bulk carrier Kestrel Star in the Gulf of Guinea on Tuesday and "
 "abducted three crew members, according to the International Maritime Bureau.\n"
 "The ship was sailing about 60 nautical miles south-west of Sao Tome when two skiffs approached it. Armed "
 "men boarded and took the three seafarers, all Ukrainian nationals, before fleeing.\n"
 "The IMB said it was the third incident in the region this year."),
("pir-kestrel-2024", "Northern Courier", "2024-03-12T13:40:00Z",
 "Three Ukrainian sailors kidnapped off Sao Tome",
 "Three Ukrainian sailors were kidnapped from the bulk carrier Kestrel Star off the island of Sao Tome on "
 "Tuesday. The ship's owner, Valletta-based Ostra Maritime, said the other 18 crew were unharmed and the "
 "vessel was heading to the port of Lome in Togo.\n"
 "\"We are working with the authorities to bring our colleagues home,\" the company said."),
("pir-kestrel-2024", "Valley Ledger", "2024-03-13T07:15:00Z",
 "Kestrel Star reaches Lome after pirate attack",
 "The Kestrel Star docked in Lome on Wednesday, a day after pirates in two skiffs took three of its crew "
 "in the Gulf of Guinea. The Maltese-flagged carrier had been bound for Douala with a cargo of clinker. "
 "The IMB urged ships to keep at least 250 nautical miles from the coast."),

("pir-harmony-aden", "Capital Review", "2024-03-15T12:00:00Z",
 "Guards repel pirate attack on container ship off Somalia",
 "Armed guards on the Singapore-flagged container ship Sea Harmony repelled a pirate attack in the Gulf of "
 "Aden on Friday, the EU naval force Atalanta said. Five men in a skiff opened fire on the ship about 90 "
 "nautical miles off the coast of Somalia; the guards fired warning shots and the skiff turned away.\n"
 "No one was hurt. An Italian frigate under EU command was sent to the area."),
("pir-harmony-aden", "Harbour Post", "2024-03-15T16:20:00Z",
 "Sea Harmony escapes pirates in Gulf of Aden",
 "The crew of the Sea Harmony locked themselves in the ship's citadel on Friday as a skiff with five armed "
 "men approached in the Gulf of Aden. The vessel's security team fired warning shots, and the attackers "
 "fled, according to EU Navfor Atalanta. The 24 crew are safe and the ship continued to Djibouti."),
("pir-harmony-aden", "Midland Times", "2024-03-16T08:30:00Z",
 "Somali piracy returns to the Gulf of Aden",
 "Friday's failed attack on the container ship Sea Harmony is the latest sign that Somali pirates are "
 "active again, naval officers say. Atalanta, the EU's anti-piracy mission, counted six attempted "
 "boardings off Somalia since January, after almost none for years."),

# --- Elections ----------------------------------------------------------------------------
("el-portugal", "Capital Review", "2024-03-10T22:30:00Z",
 "Centre-right narrowly wins Portugal's snap election",
 "Portugal's centre-right Democratic Alliance won Sunday's snap general election with 29.5 percent of the "
 "vote, ahead of the Socialists on 28.0 percent, according to near-final results. The hard-right party "
 "Chega more than doubled its score to 18.1 percent.\n"
 "Alliance leader Rui Amaral claimed victory in Lisbon but fell far short of a majority in the 230-seat "
 "parliament. Turnout was 66 percent, the highest in years."),
("el-portugal", "Northern Courier", "2024-03-11T07:00:00Z",
 "Portugal votes: Amaral ahead, far right surges",
 "Rui Amaral's Democratic Alliance came first in Portugal's election on Sunday, but the big winner of the "
 "night was Chega, which took 18 percent. Socialist leader Ines Carvalho conceded defeat shortly before "
 "midnight and said her party would lead the opposition.\n"
 "\"The Portuguese want change, not adventure,\" Amaral told supporters."),
("el-portugal", "Riverside Gazette", "2024-03-11T12:00:00Z",
 "Hung parliament in Lisbon after tight vote",
 "Portugal faces weeks of negotiations after an election that left no party near a majority. The "
 "Democratic Alliance of Rui Amaral has 79 seats, the Socialists of Ines Carvalho 77 and Chega 48. "
 "President Joao Matos will start consultations with party leaders on Tuesday."),
("el-portugal", "Midland Times", "2024-03-11T09:30:00Z",
 "Five things to know about Portugal's election result",
 "Turnout rose to 66 percent. The centre-right Democratic Alliance won 29.5 percent. The Socialists, in "
 "power since 2015, fell to 28 percent. Chega became the third force with 18.1 percent. Rui Amaral is "
 "likely to be asked to form a minority government."),

("el-slovakia", "Valley Ledger", "2024-03-23T21:45:00Z",
 "Slovak presidential vote heads to runoff",
 "Former foreign minister Viktor Hronec led the first round of Slovakia's presidential election on "
 "Saturday with 42.5 percent of the vote, ahead of parliamentary speaker Zuzana Mala on 37.0 percent, "
 "the statistics office said. The two will meet in a runoff on April 6.\n"
 "Turnout was 51.9 percent. Hronec, a liberal, promised to keep Slovakia firmly in the EU and NATO."),
("el-slovakia", "Capital Review", "2024-03-24T08:00:00Z",
 "Hronec and Mala to face off for Slovak presidency",
 "Viktor Hronec and Zuzana Mala will contest the runoff of Slovakia's presidential election in two weeks, "
 "after neither won a majority on Saturday. Mala, backed by the governing coalition in Bratislava, is "
 "expected to gain votes from the nationalist candidate who came third with 11.7 percent."),
("el-slovakia", "Harbour Post", "2024-03-24T11:30:00Z",
 "Slovakia's election: a vote on the war next door",
 "Slovakia's presidential race has turned into a referendum on support for Ukraine. Viktor Hronec, who "
 "won 42.5 percent in the first round on Saturday, wants aid to continue; Zuzana Mala, on 37 percent, "
 "says the country should stay out. The second round is on April 6."),

("el-senegal", "Northern Courier", "2024-03-25T10:00:00Z",
 "Opposition candidate Amadou Faye wins Senegal presidency",
 "Opposition candidate Amadou Faye has won Senegal's presidential election in the first round with 54.3 "
 "percent of the vote, according to provisional results announced on Monday. The ruling coalition's "
 "candidate, former prime minister Ousmane Ndiaye, conceded with 35.8 percent.\n"
 "Faye, 44, was released from prison only ten days before Sunday's vote. Crowds celebrated in Dakar "
 "through the night."),
("el-senegal", "Midland Times", "2024-03-25T14:20:00Z",
 "From prison to palace: Senegal's Amadou Faye",
 "Two weeks ago Amadou Faye was in a cell in Dakar. On Monday he became Senegal's president-elect, winning "
 "54 percent of Sunday's vote. A former tax inspector, Faye promised to fight corruption and renegotiate "
 "oil and gas contracts. Ousmane Ndiaye, the government's candidate, congratulated him."),
("el-senegal", "Coastal Herald", "2024-03-26T09:00:00Z",
 "Senegal's peaceful vote praised by neighbours",
 "West African leaders praised Senegal on Tuesday for a peaceful election won by Amadou Faye with 54.3 "
 "percent. Turnout was 61 percent, the electoral commission in Dakar said. Faye will be sworn in on "
 "April 2, becoming the country's youngest president."),

# --- Central banks ------------------------------------------------------------------------
("cb-ecb-hold", "Capital Review", "2024-03-07T13:30:00Z",
 "ECB holds rates at record high, signals cuts in June",
 "The European Central Bank kept its deposit rate at 4.00 percent on Thursday, the fifth meeting in a row "
 "without a change, but its president, Anneliese Moreau, said the governing council could start cutting "
 "in June.\n"
 "ECB staff lowered their inflation forecast for 2024 to 2.3 percent from 2.7 percent. \"We are making "
 "good progress,\" Moreau told reporters in Frankfurt, \"but we are not sufficiently confident yet.\""),
("cb-ecb-hold", "Riverside Gazette", "2024-03-07T16:00:00Z",
 "Frankfurt waits: no rate cut yet from the ECB",
 "Borrowers in the euro area will have to wait until at least June for relief. The ECB left its deposit "
 "rate unchanged at 4 percent on Thursday. President Anneliese Moreau said inflation, at 2.6 percent in "
 "February, was falling faster than expected."),
("cb-ecb-hold", "Northern Courier", "2024-03-08T08:00:00Z",
 "Markets bet on June ECB cut after Moreau's remarks",
 "Traders raised their bets on a June rate cut after European Central Bank president Anneliese Moreau said "
 "on Thursday that the bank would know \"a lot more\" by then. The euro slipped to 1.09 dollars. The ECB "
 "held its deposit rate at 4.00 percent and cut its 2024 inflation forecast to 2.3 percent."),

("cb-boe-hold", "Capital Review", "2024-03-21T12:30:00Z",
 "Bank of England holds rates at 5.25 percent",
 "The Bank of England kept interest rates at 5.25 percent on Thursday, but for the first time in more than "
 "two years no member of its Monetary Policy Committee voted for a rise. Eight members voted to hold and "
 "one, Swati Dhingra, voted for a cut.\n"
 "Governor Andrew Pell said the economy was \"moving in the right direction\" after inflation fell to 3.4 "
 "percent in February."),
("cb-boe-hold", "Midland Times", "2024-03-21T15:10:00Z",
 "Mortgage holders wait as Bank of England stands pat",
 "The Bank of England held its base rate at 5.25 percent on Thursday, leaving millions of mortgage holders "
 "waiting for cheaper loans. Governor Andrew Pell said cuts were \"in play\" this year. The pound fell "
 "against the dollar after the 8-1 vote in London."),
("cb-boe-hold", "Harbour Post", "2024-03-22T07:30:00Z",
 "Pell: rate cuts are in play",
 "Andrew Pell, governor of the Bank of England, told broadcasters on Friday that interest-rate cuts were "
 "\"in play\" at coming meetings, a day after the bank held rates at 5.25 percent. UK inflation fell to 3.4 "
 "percent in February, its lowest level since 2021."),

("cb-turkey-hike", "Coastal Herald", "2024-03-21T11:20:00Z",
 "Turkey's central bank unexpectedly raises rates to 50 percent",
 "Turkey's central bank raised its main interest rate to 50 percent from 45 percent on Thursday, surprising "
 "economists who had expected no change. The bank, led by governor Fatih Ozer, said it would tighten "
 "further if inflation worsened.\n"
 "Annual inflation in Turkey reached 67 percent in February. The lira firmed after the decision, trading "
 "at 32.2 to the dollar."),
("cb-turkey-hike", "Northern Courier", "2024-03-21T14:00:00Z",
 "Ankara surprises markets with 500-point rate rise",
 "The Central Bank of the Republic of Turkey lifted its one-week repo rate by 500 basis points to 50 "
 "percent on Thursday. Governor Fatih Ozer said the move was needed to stop inflation, now at 67 percent, "
 "from rising further. Analysts said the hike came ahead of local elections on March 31."),
("cb-turkey-hike", "Valley Ledger", "2024-03-22T09:00:00Z",
 "Lira rallies after Turkish rate hike",
 "The Turkish lira had its best day in months on Friday after the central bank's surprise increase in its "
 "policy rate to 50 percent. Governor Fatih Ozer has vowed to do \"whatever it takes\" to bring inflation "
 "down from 67 percent."),

# --- Unrelated single reports ---------------------------------------------------------------
("solo-opera-oslo", "Riverside Gazette", "2024-03-13T18:00:00Z",
 "Oslo opera stages a new Peer Gynt",
 "The Norwegian National Opera opened a new production of Peer Gynt on Wednesday, directed by Ingrid "
 "Solheim, with a score rearranged for a chamber ensemble. Critics praised the lead, baritone Arne Lunde."),
("solo-bridge-rotterdam", "Harbour Post", "2024-03-14T09:00:00Z",
 "Rotterdam bridge closed for repairs until summer",
 "The Van Brienenoord bridge in Rotterdam will be closed to lorries until July while engineers replace "
 "worn joints, the Dutch roads agency said. Commuters were advised to use the Maastunnel."),
("solo-marathon-paris", "Midland Times", "2024-03-17T17:00:00Z",
 "Kenyan runners sweep Paris half marathon",
 "Kenyan athletes took the first three places in the Paris half marathon on Sunday. Daniel Kiprop won the "
 "men's race in 59 minutes 40 seconds, and Ruth Wanjiku the women's in 1:06:12."),
("solo-museum-madrid", "Capital Review", "2024-03-19T10:00:00Z",
 "Prado acquires lost Goya sketch",
 "The Prado Museum in Madrid has bought a red-chalk sketch by Francisco de Goya that had been in a private "
 "collection in Bordeaux for a century. The museum paid 1.2 million euros for the drawing."),
("solo-strike-rail-uk", "Northern Courier", "2024-03-20T07:00:00Z",
 "Train drivers announce new strike dates",
 "Train drivers' union Aslef announced three days of strikes in April at 16 rail companies in England, "
 "saying talks over pay had stalled. Passengers were told to expect severe disruption."),
("solo-whale-cornwall", "Coastal Herald", "2024-03-18T12:00:00Z",
 "Stranded whale refloated off Cornwall",
 "Volunteers and coastguards refloated a young fin whale that had stranded on a beach near Newquay on "
 "Monday. The animal, about 11 metres long, swam out to sea on the evening tide."),
("solo-tech-chip", "Valley Ledger", "2024-03-19T08:00:00Z",
 "Chipmaker Nordtek opens design centre in Dublin",
 "Semiconductor company Nordtek will open a design centre in Dublin with 300 engineers, it said on "
 "Tuesday, citing Ireland's talent pool and its tax regime."),
("solo-flood-valencia", "Riverside Gazette", "2024-03-21T19:00:00Z",
 "Flash floods hit villages near Valencia",
 "Heavy rain caused flash floods in several villages south of Valencia on Thursday. No one was hurt, but "
 "dozens of cars were swept away and a regional road was closed."),
]
