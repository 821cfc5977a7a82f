# Opinion columns written for this corpus (Apache-2.0), by invented columnists. Each column is
# syndicated by make.py to several outlets with that outlet's boilerplate, headline and edits.
# SECOND_COLUMNS are hard negatives: the same columnist on the same topic, another column.
# REPORTS are hard negatives of another kind: one event reported separately by two outlets.

# key: (columnist, home outlet, published, [headlines...], [paragraphs...])
COLUMNS = {
"ashdown-rent": ("Helen Ashdown", "Harbour Post", "2024-04-02T06:00:00Z",
 ["Rent controls are a promise cities cannot keep", "Why rent caps will not fix our housing crisis",
  "Capping rents sounds kind. It isn't."],
 ["Every few years the idea returns, dressed in new clothes: cap the rents, and the tenants will be safe. "
  "It is an appealing promise, and I understand why councillors reach for it when their inboxes fill with "
  "stories of families priced out of the neighbourhoods they grew up in.",
  "But a cap does nothing to the number of homes. It decides who gets the flats that already exist, and "
  "it tends to reward those who are already inside: the long-term tenant with a good lease, not the young "
  "nurse arriving next spring. Landlords who can sell, do. Those who stay stop repairing.",
  "What would help is duller. Allow taller buildings near stations. Let owners turn empty offices into "
  "flats without a two-year planning fight. Tax land that sits idle while its value climbs. None of this "
  "fits on a placard, and none of it pays off before the next election.",
  "That is precisely why it has not been done. If our leaders want to be remembered for housing, they "
  "will have to build some."]),
"ocampo-offices": ("Graham Ocampo", "Valley Ledger", "2024-04-03T05:30:00Z",
 ["The empty office is not coming back", "Our downtowns must stop waiting for the commuters",
  "Remote work has already won"],
 ["Walk through the business district on a Friday afternoon and you will hear your own footsteps. The "
  "sandwich shops close at two. The lifts carry more cleaners than clerks. Four years after the pandemic "
  "sent everyone home, a good part of them never came back, and the landlords' patience is running out.",
  "Companies say they want people in three days a week. Their own badge data tells a different story: "
  "Tuesdays are busy, Mondays are thin, Fridays are a ghost town. Workers have discovered that an hour "
  "on a train is an hour of their life, and they are not keen to give it back.",
  "City halls can keep subsidising car parks and hoping. Or they can accept what has happened and change "
  "the rules, so that towers can hold homes, schools and clinics as well as desks. A district where people "
  "live does not empty at five o'clock.",
  "The office is not dead. It is simply no longer the reason a city exists."]),
"natarajan-phones": ("Priya Natarajan", "Capital Review", "2024-04-04T07:00:00Z",
 ["Ban phones in schools, and mean it", "Schools need a real phone ban, not a polite request",
  "A phone-free school day is possible"],
 ["I taught secondary maths for eleven years, and the last three were the hardest. Not because the "
  "pupils had changed, but because each of them carried a slot machine in a pocket, buzzing through "
  "every lesson.",
  "The government's guidance says schools may restrict phones. Many already do, on paper. In practice "
  "a rule that says phones must stay in bags is a rule that says phones will be checked under desks. "
  "Teachers become police officers, and the lesson stops while they argue.",
  "The schools that have made it work did something simple: phones go into a locked pouch or a locker at "
  "the gate and come back at the end of the day. Parents worried about emergencies are told to call the "
  "office, as we all did for decades. Within a term, head teachers report calmer corridors and fewer "
  "fights that began online the night before.",
  "This is not nostalgia. It is a decision about what a school day is for."]),
"whitcombe-papers": ("Tom Whitcombe", "Riverside Gazette", "2024-04-05T06:15:00Z",
 ["When the local paper dies, who watches the council?", "The quiet death of local news",
  "Nobody covers the planning committee any more"],
 ["The last reporter at our local paper left in February. Nobody replaced her. The paper still appears "
  "online, filled with press releases and items about lost dogs, but no one sits at the back of the "
  "council chamber any more, taking notes while the members vote on the bypass.",
  "Researchers have measured what happens next. Where local news disappears, borrowing costs for "
  "councils rise, turnout at elections falls and fewer candidates stand. Nobody notices the small "
  "scandals, so they grow.",
  "There are experiments worth backing: non-profit newsrooms funded by readers, public money handed out "
  "at arm's length, partnerships with universities. None is a full answer. All are better than silence.",
  "If you still read a local paper, pay for it. It may be the cheapest insurance you ever buy."]),
"farouk-heat": ("Leila Farouk", "Coastal Herald", "2024-04-06T06:00:00Z",
 ["Plant trees now, or swelter later", "Our cities are not ready for the next heatwave",
  "Shade is a public service"],
 ["Last July the pavement outside my flat reached 52 degrees. I know because my neighbour, a retired "
  "engineer, pointed an infrared thermometer at it and posted the number in the building's chat. Under "
  "the plane tree at the corner it was 31.",
  "That difference is the whole argument. Heatwaves are getting longer and more frequent, and the people "
  "who die in them are mostly old, poor and alone, in top-floor flats on treeless streets. Air "
  "conditioning helps those who can pay for it and heats the street for everyone else.",
  "Trees take twenty years to grow, which is why the time to plant them was twenty years ago. The second "
  "best time is this autumn. Cities should also open cool rooms in libraries and town halls, paint roofs "
  "white and stop paving over every front garden.",
  "Shade is not a luxury. In the summers we are heading into, it is a public service."]),
"brenner-pensions": ("Martin Brenner", "Midland Times", "2024-04-08T06:30:00Z",
 ["Raising the pension age is not the only way", "Before we work until seventy, look at the alternatives",
  "The pension age debate is asking the wrong question"],
 ["The arithmetic is familiar by now. People live longer, fewer workers pay in for each retiree, and so, "
  "we are told, the pension age must go up again: to 68, then 69, perhaps 70.",
  "But life expectancy has not risen equally. A lawyer in a prosperous suburb can expect many healthy "
  "years after retiring; a scaffolder in a former mining town may not reach the new age in good health at "
  "all. A single number for everyone asks the people with the hardest jobs to pay the most.",
  "There are other levers. Bring more people into work, especially older workers pushed out early and "
  "parents held back by childcare costs. Tax all income in retirement the same way. Let people who "
  "started work at sixteen leave earlier.",
  "A debate that only moves one dial will keep moving it. It is time to look at the whole panel."]),
"lindqvist-scooters": ("Sofia Lindqvist", "Northern Courier", "2024-04-09T05:45:00Z",
 ["Don't ban e-scooters. Give them somewhere to go", "The e-scooter problem is a street problem",
  "Cities are blaming scooters for their own bad streets"],
 ["Paris voted to ban rented e-scooters, and several cities are tempted to follow. I understand the anger: "
  "scooters dumped across pavements, riders weaving between pedestrians, the occasional terrible crash.",
  "But look at where the scooters end up. They crowd pavements because there is nowhere else to put them, "
  "and riders use the pavement because the road belongs to cars moving at fifty. The scooter did not "
  "create that street; it just made its faults visible.",
  "Mark parking bays on the road, one car space holds ten scooters. Build protected lanes that bikes and "
  "scooters share. Fine the operators, not only the riders, when machines block a doorway. Cities that "
  "have done this, from Oslo to Bologna, report fewer complaints and more trips made without a car.",
  "A ban is easy. Fixing the street is the job."]),
"okafor-tickets": ("David Okafor", "Capital Review", "2024-04-10T07:00:00Z",
 ["Football is pricing out the fans who made it", "A season ticket should not cost a month's rent",
  "The clubs have forgotten who fills their stadiums"],
 ["My father took me to my first match in 1994. The ticket cost eight pounds. Last month I paid sixty-two "
  "for a seat behind a pillar, and the man next to me had paid ninety through a resale site.",
  "Clubs say they need the money to compete. Yet ticket income is a small share of what a top club earns; "
  "television deals dwarf it. Raising prices at the turnstile brings in little and drives away exactly the "
  "supporters who create the atmosphere the broadcasters are selling.",
  "Some clubs have frozen prices for young fans and away supporters, and the sky has not fallen. The "
  "league could cap away tickets for everyone, as it did for a few seasons, and clubs could reserve a "
  "share of seats for local people at fixed prices.",
  "A stadium full of tourists is quieter than one full of fans. The clubs will learn that too late."]),
"kessler-ai": ("Ruth Kessler", "Valley Ledger", "2024-04-11T06:00:00Z",
 ["Chatbots in the classroom need rules, not panic", "Schools cannot pretend AI does not exist",
  "What teachers should do about AI homework"],
 ["A teacher friend told me she now reads essays looking for the bot rather than the pupil. Too many "
  "sentences are smooth, confident and empty. She is exhausted, and she is not alone.",
  "Banning the tools will not work; pupils have them on their phones. Detection software fails often "
  "enough to accuse innocent children. What is left is to change the work itself: more writing done in "
  "class, more oral exams, more drafts handed in along the way so teachers can see thinking change.",
  "Schools also need to teach what these systems are: prediction machines that sound sure even when "
  "they are wrong. A pupil who has caught a chatbot inventing a source has learned more about evidence "
  "than one who was simply told not to use it.",
  "The calculator did not end arithmetic. It changed what we chose to test."]),
"pierce-fourday": ("Jonah Pierce", "Harbour Post", "2024-04-12T06:10:00Z",
 ["The four-day week works. Let's stop pretending otherwise", "Britain's four-day week trial has answered the sceptics",
  "Fewer days, same pay, better work"],
 ["Two years ago sixty companies tried a four-day week with no loss of pay. The sceptics predicted chaos. "
  "Most of those firms have kept the new schedule, and the reasons are not mysterious.",
  "Staff took fewer sick days and fewer quit. Meetings shrank because nobody could afford to waste them. "
  "Managers discovered how much of the fifth day had been spent looking busy.",
  "It will not suit every job. Hospitals and buses cannot simply close on Fridays, and some trials there "
  "have struggled. But for office work the evidence is now better than the evidence for the five-day week "
  "ever was.",
  "The question is no longer whether it can work, but why so many employers are waiting to be last."]),
"haddad-libraries": ("Amira Haddad", "Riverside Gazette", "2024-04-13T06:00:00Z",
 ["Libraries are the last free room in town", "Closing libraries is a false economy",
  "Keep the library open"],
 ["On a wet Tuesday my local library is full. A man prints his job application. Two students share a "
  "charger. A grandmother reads picture books to a toddler in a language I do not speak. Nobody is asked "
  "to buy anything.",
  "Since 2010 more than 800 libraries have closed in this country, and many others open only three days a "
  "week. Each closure saves a council a little money and costs a town a great deal: a warm room, "
  "internet for people who have none, help with forms nobody else will explain.",
  "Libraries can do more, too. Some lend tools and sewing machines, host coding clubs and citizens' "
  "advice sessions. They are the nearest thing we have to a town square with a roof.",
  "When the next budget comes, cut something else."]),
"marsh-farmers": ("Colin Marsh", "Midland Times", "2024-04-15T06:20:00Z",
 ["Supermarkets are squeezing farmers out of business", "Why farmers are driving tractors into town",
  "The price of milk is a scandal, and not the way you think"],
 ["When farmers block a ring road with their tractors, the reports focus on the traffic. They rarely "
  "explain the sum that drove them there: a litre of milk that costs 42 pence to produce sells to the "
  "dairy for 38, and the supermarket sells it for 95.",
  "Four chains buy most of what British farms produce. They set the terms, change them at short notice "
  "and pass on the cost of every promotion. A grocery code exists, but the watchdog that enforces it has "
  "a handful of staff and little power to fine.",
  "Give the adjudicator teeth. Require written contracts with fixed prices for a season. Let producers "
  "bargain together without falling foul of competition law.",
  "Cheap food has a price. At the moment the farmers pay it."]),
"vance-trains": ("Elena Vance", "Northern Courier", "2024-04-16T06:00:00Z",
 ["Night trains deserve a second chance", "Bring back the sleeper train",
  "Europe's night trains are coming back, slowly"],
 ["There is a particular pleasure in falling asleep in one country and waking up in another, with coffee "
  "and a view of mountains you did not see arrive. For years, Europe's railways decided it was not worth "
  "the bother, and the sleeper trains vanished one by one.",
  "Now they are returning: Vienna to Paris, Brussels to Berlin, Stockholm to Hamburg. The carriages are "
  "often old and the tickets expensive, because a bed costs more to provide than a seat and track fees are "
  "high at night as well.",
  "Governments that want people out of short-haul planes could cut those fees, share the cost of new "
  "carriages and sell tickets across borders on one website. It is not glamorous policy. It is the kind "
  "that works.",
  "I will be on the Vienna train next month. I hope it is full."]),
"ibarra-water": ("Lucia Ibarra", "Coastal Herald", "2024-04-17T05:50:00Z",
 ["We are pouring our water away", "Fix the leaks before building the reservoirs",
  "A drought is the wrong time to discover our pipes"],
 ["Every day, about a fifth of the water our utilities treat leaks out of their pipes before it reaches a "
  "tap. In a wet year nobody notices. In a drought like this one, with hosepipe bans across the south, it "
  "is hard to think of anything else.",
  "The companies prefer to talk about new reservoirs, which are visible and come with ribbon-cutting. "
  "Fixing leaks means digging up streets, one pipe at a time, for years. It is slow, unglamorous and "
  "exactly what the regulator should demand before approving another dividend.",
  "Households can help, with meters and fewer thirsty lawns. But it is odd to ask people to take shorter "
  "showers while the mains leak day and night.",
  "Water is not scarce because it stopped raining. It is scarce because we let it drain away."]),
}

# Hard negatives: (key, columnist, outlet, published, title, paragraphs)
SECOND_COLUMNS = [
("ashdown-rent-2", "Helen Ashdown", "Harbour Post", "2024-04-23T06:00:00Z",
 "Tenants need protection from eviction, not price caps",
 ["Two weeks ago I argued that rent controls would not solve the housing crisis. Many readers wrote to say "
  "I had forgotten the tenants. Fair enough: let me talk about them.",
  "The cruellest thing in our rental market is not the price but the uncertainty. A no-fault eviction "
  "notice can end a family's life in a neighbourhood within two months, with children moved between "
  "schools and jobs lost to longer commutes.",
  "Longer tenancies, a ban on evictions without reason and a public register of landlords would give "
  "renters security without freezing the market. Scotland and Ireland have gone part of the way; England "
  "still talks about it.",
  "Security matters as much as price. On that, my correspondents and I agree."]),
("natarajan-phones-2", "Priya Natarajan", "Capital Review", "2024-04-25T07:00:00Z",
 "What I learned from a phone-free term",
 ["Last month I wrote that schools should lock phones away for the whole day. A head teacher in Kent "
  "invited me to see what that looks like, and I spent a week at her school.",
  "At lunchtime the playground was loud in the old way: football, arguments, a card game I did not "
  "understand. The staff told me fights had fallen by a third since September. The pupils complained, "
  "then admitted they did not miss the group chats as much as they expected.",
  "It was not free. The pouches cost money, the first weeks were tense, and a few parents complained to "
  "the governors. But the teachers looked less tired than any I met in my own career.",
  "One term does not prove everything. It proves enough to try."]),
("farouk-heat-2", "Leila Farouk", "Coastal Herald", "2024-04-27T06:00:00Z",
 "Heat kills quietly. Cities need a plan before July",
 ["Heatwaves do not knock buildings down, so they do not make the front page until the death toll is "
  "counted, weeks later. By then it is August and the lesson is forgotten.",
  "Some cities have heat plans that work: lists of vulnerable people who get a phone call every morning "
  "when the forecast turns, volunteers who check on neighbours, public buildings that stay open late "
  "with the air conditioning on.",
  "Our city has a document with that title. It was last updated in 2019 and nobody at the council could "
  "tell me who is in charge of it.",
  "Before July, someone should be."]),
("okafor-tickets-2", "David Okafor", "Capital Review", "2024-04-30T07:00:00Z",
 "Dynamic pricing has no place in football",
 ["The latest idea from the clubs is to price tickets like airline seats: cheap when nobody wants them, "
  "expensive when everybody does. A derby, a cup final or a title decider could cost three times a "
  "midweek match against a side from the bottom.",
  "This is how you turn supporters into customers. A fan who goes to every home game does not choose "
  "matches by demand; she goes because it is her club.",
  "Concert fans have already learned what dynamic pricing means: queuing online for hours and paying "
  "whatever the algorithm decides. Football should not copy the worst idea in live entertainment.",
  "The clubs can still choose. So can the fans who refuse to pay."]),
("kessler-ai-2", "Ruth Kessler", "Valley Ledger", "2024-05-02T06:00:00Z",
 "The AI detectors are failing our pupils",
 ["A mother wrote to me after my last column. Her son's history essay had been flagged by a detection "
  "program as written by a machine. He had written it himself, with her watching, over two evenings.",
  "The school gave him a zero. It took three meetings and a folder of drafts to reverse the decision.",
  "These programs guess. Their makers admit a rate of false alarms that would be unacceptable in any "
  "other disciplinary process, and the errors fall more often on pupils writing in a second language.",
  "Schools should stop using detector scores as evidence. A conversation with the pupil about the essay "
  "reveals far more."]),
("marsh-farmers-2", "Colin Marsh", "Midland Times", "2024-05-06T06:20:00Z",
 "Farmers need more than sympathy from the ministry",
 ["The minister visited a dairy farm last week, wore the right boots and promised to listen. Farmers have "
  "heard that before.",
  "Subsidy payments are late again. The new environmental scheme pays for hedges and ponds but so little "
  "that smaller farms cannot afford to join it. Imports produced to lower standards arrive under new "
  "trade deals, undercutting the very rules our farmers must follow.",
  "None of this needs new money so much as competence: pay on time, simplify the forms, and say no to "
  "trade terms that export our standards along with our jobs.",
  "Listening was the easy part."]),
]

# Separately written reports of one event: (event, key, outlet, published, title, text)
REPORTS = [
("ev-tram", "tram-a", "Riverside Gazette", "2024-04-18T17:00:00Z", "Council approves eastern tram line",
 "The city council approved plans for a six-kilometre tram line to the eastern suburbs on Thursday evening, "
 "by 41 votes to 19. The line, costing an estimated 310 million pounds, would link the station with the "
 "hospital and the new housing at Millbrook. Work could start in 2026. Opposition councillors said buses "
 "would be cheaper and quicker to introduce."),
("ev-tram", "tram-b", "Midland Times", "2024-04-18T19:30:00Z", "Green light for Millbrook tram after long debate",
 "After four hours of debate, councillors voted 41-19 to back a new tram route from the city centre to "
 "Millbrook. Supporters cheered from the public gallery. The project's price tag of around 310 million "
 "has worried some members, who asked whether the government would pay its share. Construction is not "
 "expected before 2026, and the first trams would run three years later."),
("ev-factory", "factory-a", "Valley Ledger", "2024-04-19T10:00:00Z", "Boiler maker to close Ashford plant, 600 jobs lost",
 "Heating manufacturer Calderwell will close its factory in Ashford by the end of the year, with the loss of "
 "600 jobs, the company said on Friday. Production will move to a plant in Poland. The union said workers "
 "learned the news at a meeting in the canteen and called the decision a betrayal."),
("ev-factory", "factory-b", "Northern Courier", "2024-04-19T13:20:00Z", "Calderwell workers stunned by closure",
 "Staff at Calderwell's Ashford works were told on Friday morning that the plant will shut in December. "
 "The firm, which has made boilers in the town since 1961, blamed falling demand and energy costs. About "
 "600 people work there. The local MP said she would meet the managing director next week to ask whether "
 "the site could be sold rather than closed."),
("ev-storm", "storm-a", "Coastal Herald", "2024-04-20T08:00:00Z", "Storm brings down trees and cuts power on the coast",
 "Gusts of up to 90 miles per hour battered the coast overnight, bringing down trees and power lines. "
 "About 20,000 homes were without electricity on Saturday morning. The pier at Westhaven lost part of its "
 "railing, and ferries to the islands were cancelled."),
("ev-storm", "storm-b", "Harbour Post", "2024-04-20T12:30:00Z", "Clean-up begins after overnight storm",
 "Residents of Westhaven spent Saturday clearing branches and broken glass after the strongest storm of the "
 "spring. Engineers worked to reconnect some 20,000 households. Ferry services remained suspended until "
 "the afternoon. The Met Office recorded a gust of 91 mph on the headland."),
("ev-strike", "strike-a", "Capital Review", "2024-04-22T07:00:00Z", "Hospital porters begin week-long strike",
 "Porters and cleaners at St Anne's hospital began a seven-day strike on Monday in a dispute over pay. "
 "The hospital said planned operations would go ahead but warned of delays. The union says its members "
 "earn less than staff doing the same work at the hospital next door."),
("ev-strike", "strike-b", "Riverside Gazette", "2024-04-22T11:00:00Z", "Picket line at St Anne's as support staff walk out",
 "A picket line formed at the gates of St Anne's early on Monday as porters and cleaners started a week of "
 "strikes. They are employed by a contractor, not the health service, and are paid up to two pounds an "
 "hour less than colleagues on the health service payroll. Management said emergency care was unaffected."),
("ev-museum", "museum-a", "Northern Courier", "2024-04-24T09:00:00Z", "Maritime museum reopens after three-year refit",
 "The maritime museum reopened on Wednesday after a three-year renovation costing 18 million pounds. A "
 "new glass hall houses the restored lifeboat Mary Ellen, and visitors can climb into a replica of a "
 "submarine's control room. Entry remains free."),
("ev-museum", "museum-b", "Coastal Herald", "2024-04-24T15:00:00Z", "Queues as the maritime museum opens its doors again",
 "Hundreds queued in the rain on Wednesday for the reopening of the maritime museum. The building, closed "
 "since 2021, now has a glass extension built around the Mary Ellen lifeboat. Children made straight for "
 "the submarine room. The refit cost about 18 million, most of it from the lottery."),
]
