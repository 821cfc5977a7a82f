"""English pages on a WordPress theme: an essay by "admin", a guest post, a meetup report by a handle, a travel log
dated only in its URL, a recipe whose author is named only in the author box, and a sponsored post."""

PAGES = []

CLOUD = ["indieweb", "RSS", "writing", "tools", "privacy", "email", "homelab", "notes", "reading", "web"]

# ---------------------------------------------------------------- essay by "admin"; nobody named anywhere -> authors null
PAGES.append(dict(
    case="en-opinion-smallweb", lang="en", skin="wordpress", domain="lanternroom.example", site="The Lantern Room",
    tagline="A small website about small websites",
    url="https://lanternroom.example/2026/02/17/your-own-website-is-not-nostalgia/",
    h1="Your own website is not nostalgia",
    desc="Why a personal site is still the most durable place to publish.",
    authors=None, byline_text="by admin", byline_name="admin", ld_authors=["admin"], meta="ld", generator="WordPress 6.7.2",
    pub="2026-02-17T08:12:00+00:00", date="17 February 2026",
    nav=["Home", "Essays", "Notes", "Links", "About"],
    cats=["Essays"], allcats=["Essays", "Notes", "Links", "Meta"], tags=["indieweb", "publishing", "platforms"], cloud=CLOUD,
    blogroll=["Quiet Signals", "Fernwood Notes", "The Slow Inbox"],
    recent=["⟪Notes on moving a blog without breaking links⟫", "A reading list for February", "⟪What I learned from 100 posts⟫"],
    prev="⟪Notes on moving a blog without breaking links⟫", next="Small tools I used this winter",
    comments=[("Hollis", "17 February 2026 at 10:31", "⟪I moved my recipes off a social app after it deleted half of them. Never again.⟫",
               [("admin", "17 February 2026 at 12:05", "Sorry about the recipes. Did you have any backups at all?")]),
              ("Ines V.", "18 February 2026 at 07:48", "Counterpoint: most people will never maintain a server, and they shouldn’t have to.")],
    footer="⟪© 2026 The Lantern Room. Words may be quoted with a link back.⟫",
    body="""<p>⟦Every few months someone tells me that personal websites are a nostalgia act,⟧ a hobby for people who miss 2004 and cannot let go of their blogrolls. I understand why it looks that way. The tools are old, the audience is small, and nothing about a self-hosted page with a comment form feels like the future. But I think the charge is wrong, and I want to explain why the small website is the most practical choice a writer can make today, not the most sentimental one.</p>
<p>Start with the simplest fact: platforms end. Not sometimes, but always. In the last ten years I have watched three services where friends published their best writing change their rules, bury old posts behind logins, or switch off entirely. Each time, the writing did not move to a new home. It disappeared, and with it every link anyone had ever made to it. A website that you control can also die, of course, but it dies on your schedule and for your reasons, and you can take the files with you when it does.</p>
<p>The second argument is about attention. A feed decides who sees your work and when, and it makes that decision for its own benefit. ⟦On my own site, a post is shown to exactly the people who asked to see it,⟧ through a feed reader, an email list or a bookmark. That audience is smaller. It is also real, and it does not shrink because a ranking formula changed overnight.</p>
<p>People object that a personal site is hard to run. It was, once. Today a static site can be hosted for the price of a coffee a month, and a blog engine installs in the time it takes to read its documentation. The difficulty that remains is not technical. It is the discipline of writing without the little rewards that platforms hand out for every post, and I have come to think that this discipline is good for the writing itself.</p>
<blockquote><p>⟦The web was built so that anyone could publish a page and anyone could link to it.⟧ Everything else is a convenience layered on top.</p></blockquote>
<p>I am not arguing that everyone should leave every platform tomorrow. Use them to announce things, to talk, to find readers. But the canonical copy of your work, the version that you want to exist in ten years, belongs on a domain you own. Post there first and share the link everywhere else. If the platform disappears, you lose a conversation; you do not lose the work.</p>
<p>There is a civic side to this as well. A web made of millions of small sites is harder to censor, harder to buy and harder to turn into a single shopping mall. Every personal site is a small vote for that kind of web. It costs little, and it keeps alive the idea that publishing is something ordinary people do, not a privilege rented from a company.</p>
<p>So no, I do not keep this site because I miss the old days. I keep it because I have seen what happens to writing that lives only on someone else’s servers. ⟦Nostalgia is wanting the past back; owning your words is planning for the future.⟧</p>""",
    jetpack=False,
    kind="opinion", why="first-person essay arguing writers should publish on their own sites",
))

# ---------------------------------------------------------------- guest post: the blog owner posts it, the guest wrote it
PAGES.append(dict(
    case="en-opinion-guestfines", lang="en", skin="wordpress", domain="stackandspine.example", site="Stack and Spine",
    tagline="Tom Hale writes about libraries, books and the people in between",
    url="https://stackandspine.example/2026/03/10/guest-post-bring-back-late-fines-no/",
    h1="Guest post: No, we should not bring back late fines",
    desc="A children’s librarian answers the council members who want overdue fines back.",
    authors=["Nadia Osei"], byline_text="Guest post by Nadia Osei", byline_name="Tom Hale", ld_authors=["Tom Hale"], meta="ld",
    pub="2026-03-10T07:30:00-05:00", date="March 10, 2026", generator="WordPress 6.7.2", jetpack=True, thumb=True,
    guest_note="⟪Guest post by Nadia Osei. Nadia has been a children’s librarian in Marlow County for eleven years. Views are her own.⟫",
    nav=["Home", "Posts", "Guest posts", "Reading lists", "About Tom"],
    cats=["Guest posts"], allcats=["Guest posts", "Library life", "Reading lists", "Reviews"], tags=["libraries", "fines", "local politics"],
    cloud=["libraries", "fines", "book clubs", "children", "budgets", "local politics", "reviews", "poetry"],
    related=["⟪What a fine-free year did to our circulation⟫", "The quiet work of the reference desk", "Why I read to my kids in two languages"],
    recent=["Reading list: books about rivers", "The quiet work of the reference desk", "Interview: a bookmobile driver"],
    prev="Reading list: books about rivers", next="⟪Interview: a bookmobile driver retires after 30 years⟫",
    comments=[("Gary P.", "March 10, 2026 at 9:14 am", "⟪Fines teach responsibility. My parents paid mine and I learned.⟫",
               [("Nadia Osei", "March 10, 2026 at 11:02 am", "Your parents could pay them. That is exactly the point I am making.")])],
    footer="⟪© 2026 Stack and Spine · Tom Hale · Guest posts are the views of their authors⟫",
    body="""<p>⟦Last month two members of our county council proposed bringing back overdue fines at the public library,⟧ five years after the board abolished them. The argument is that fines teach responsibility and that the library needs the money. I have worked the children’s desk through both systems, and I want to explain, as plainly as I can, why the proposal is a mistake.</p>
<p>Begin with the money, because it is the easiest part. In the last year we charged fines, the library collected a little under forty thousand dollars from them. It spent a good share of that amount on the staff time needed to collect, record, waive and dispute those same fines. The net figure was so small that it would not cover a single part-time position. ⟦Fines were never a revenue stream; they were a toll booth that cost nearly as much to run as it brought in.⟧</p>
<p>Now consider who paid. Fines did not fall evenly on the county. They fell on families with unreliable transport, on parents working two jobs, on children whose books went missing when they moved between households. When a child’s card was blocked over a few dollars, the child did not learn responsibility. The child stopped coming. I remember the names of some of those children, and I remember when they came back, after the fines were gone, some of them with younger brothers and sisters in tow.</p>
<p>The responsibility argument deserves to be taken seriously, so let me take it seriously. Do people return books more slowly without fines? Slightly. Our average loan is about two days longer than it used to be. But the share of items that never come back at all has fallen, because people who owe nothing are not afraid to walk in. A borrower who is ashamed of a debt keeps the book. A borrower who is welcome returns it.</p>
<blockquote><p>A library that locks children out over small debts is teaching a lesson, just not the one the council has in mind.</p></blockquote>
<p>There are better ways to encourage returns. Automatic renewals, text reminders and a simple rule that you cannot borrow new items while old ones are months overdue all work, and none of them hit poorer families harder than everyone else. Our branch has used all three since 2021, and our staff now spend their time helping people instead of counting coins at the desk.</p>
<p>I understand the pressure on the council. Budgets are tight, and fines sound like free money from people who broke a rule. ⟦But the library is one of the last places in our town where nobody has to pay to belong.⟧ Bringing back fines would trade that for a sum too small to notice in the county accounts.</p>
<p>If the council wants to help the library, it has better options: restore the weekend hours cut in 2024, or fund the literacy programme that now runs on donations. ⟦Keeping the doors open to every child is not a loophole we forgot to close.⟧ It is the whole point.</p>""",
    kind="opinion", why="guest essay arguing against reintroducing library fines",
))

# ---------------------------------------------------------------- community event report by a handle, no real name anywhere
PAGES.append(dict(
    case="en-news-sprintday", lang="en", skin="wordpress", domain="riversidepython.example", site="Riverside Python User Group",
    tagline="Monthly talks, sprints and pizza since 2014",
    url="https://riversidepython.example/2026/03/24/spring-sprint-draws-record-crowd/",
    h1="Spring sprint draws record crowd, 41 pull requests merged",
    desc="A report from the group’s spring sprint at the Eastside library.",
    authors=None, byline_text="by jdoe42", byline_name="jdoe42", meta="og", generator="WordPress 6.6.1",
    pub="2026-03-24T21:05:00-04:00", date="March 24, 2026",
    nav=["Home", "Events", "Talks", "Code of conduct", "Sponsors"],
    cats=["Events"], allcats=["Events", "Talks", "Announcements"], tags=["sprint", "community", "open source"],
    cloud=["sprint", "talks", "beginners", "pizza", "testing", "packaging", "data", "web"],
    recent=["⟪April talk night: profiling without tears⟫", "Call for speakers: summer 2026", "Thanks to our 2026 sponsors"],
    prev="Call for speakers: summer 2026", next="April talk night: profiling without tears",
    comments=[("Marta K.", "March 25, 2026 at 8:02 am", "⟪First sprint for me and I got my first PR merged. Thank you all!⟫", [])],
    footer="⟪Riverside Python User Group is run by volunteers. Content CC BY-SA 4.0.⟫",
    cookie="⟪We use a single cookie to remember that you dismissed this notice.⟫",
    body="""<p>⟦About 120 people attended the Riverside Python User Group’s spring sprint on Saturday, March 21,⟧ the largest turnout in the group’s twelve-year history. The event ran from 10 a.m. to 6 p.m. in the community room of the Eastside branch library, which the group has used for its sprints since 2019.</p>
<p>Participants worked on nine open-source projects, most of them maintained by members of the group. By the end of the day, 41 pull requests had been merged and another 23 were open for review, according to a tally kept by the organisers on a whiteboard near the entrance. The largest single share went to a command-line tool for validating transit timetables, which received 14 merged changes, most of them to its documentation.</p>
<p>Organisers said that just over half of the attendees were at their first sprint. A beginners’ table, staffed in shifts by six volunteers, helped newcomers install the tools they needed, set up a fork and find a first issue. “Our goal was that nobody went home without having opened a pull request,” said Priyanka Rao, one of the volunteers at the table. ⟦“We did not quite manage it, but we came close.”⟧</p>
<p>The morning began with three short talks. Luis Ortega, who maintains the timetable validator, explained how the project labels issues for new contributors. A second talk covered writing tests for code that depends on the current date, and a third introduced the group’s new mentoring scheme, which pairs first-time contributors with experienced members for three months.</p>
<h2>Sponsors and food</h2>
<p>Lunch and dinner were paid for by two local companies, a logistics firm and a software consultancy, whose names were listed on a board at the entrance. The library waived its room fee, as it has done since 2021. ⟦The group spent about 900 dollars on pizza, fruit and coffee,⟧ according to its treasurer, and collected 310 dollars in voluntary donations at the door.</p>
<p>Not everything went to plan. The library’s wireless network slowed to a crawl at midday, when more than a hundred laptops were downloading dependencies at once. Volunteers set up a local package mirror on a spare laptop, which organisers said they would bring to future events.</p>
<p>The group’s next event is a talk night on April 14 about profiling Python code. The next sprint is planned for the autumn; a date has not been set. Rao said the organisers would look for a larger room. ⟦“If we grow again, we will need a second beginners’ table and a lot more coffee,” she said.⟧</p>""",
    kind="news", why="neutral report of a community sprint with figures and quotes",
))

# ---------------------------------------------------------------- travel log, date only in the URL, no date anywhere else
PAGES.append(dict(
    case="en-other-islandferries", lang="en", skin="wordpress", domain="ruthgoesslow.example", site="Ruth Goes Slow",
    tagline="Overland, by boat and on foot",
    url="https://ruthgoesslow.example/2026/03/03/three-days-on-the-island-ferries/",
    h1="Three days on the island ferries",
    authors=["Ruth Pemberton"], byline_text="by Ruth Pemberton", byline_name="Ruth Pemberton", meta="min", generator="WordPress 6.7.1",
    pub="2026-03-03", date=None, thumb=True,
    nav=["Home", "Trips", "Gear", "Maps", "About"],
    cats=["Trips"], allcats=["Trips", "Gear", "Planning"], tags=["ferries", "islands", "slow travel"],
    cloud=["ferries", "trains", "islands", "walking", "budget", "packing", "winter", "maps"],
    recent=["⟪Packing list for a week of ferries⟫", "⟪Walking the old drovers’ road⟫", "A winter night train, reviewed"],
    prev="A winter night train, reviewed", next="⟪Packing list for a week of ferries⟫",
    comments=[("Duncan", "March 4, 2026 at 6:40 pm", "⟪The cafe on the long crossing does a great soup, did you try it?⟫",
               [("Ruth Pemberton", "March 4, 2026 at 9:12 pm", "I did! Lentil, and worth the crossing on its own.")])],
    footer="⟪All photographs and words © Ruth Pemberton 2026⟫",
    body="""<p>⟦I had three days, a pass valid on every ferry in the archipelago, and no plan beyond the first crossing.⟧ That was the point. After a winter of spreadsheets at work, I wanted a trip in which the timetable made the decisions and I just turned up at the pier.</p>
<h2>Day one: the long crossing</h2>
<p>The first boat left the mainland at 7:15 in the morning, in a light so grey that the sea and the sky were the same colour. There were eleven passengers, two vans and a tractor. I sat in the lounge with a cup of tea and watched a man in a fleece work through a crossword with great seriousness, pen in hand, never once hesitating. We reached the first island two hours later. I walked from the pier to the village, found the guesthouse I had booked the night before, and spent the afternoon on the beach below the church, where the only footprints were mine and a dog’s.</p>
<p>⟦Dinner was fish soup and bread at the only pub open in March,⟧ where the landlady told me that the ferry is the island’s whole economy: the doctor, the post, the beer and the tourists all arrive on it, and when the weather stops it, everything stops.</p>
<h2>Day two: hopping</h2>
<p>The second day was the one I had been looking forward to. Three short crossings, each under forty minutes, between islands so small that the boats are barely bigger than a bus. On the second of them the crew let me stand on the car deck as we came in, and I watched the ramp come down onto a slipway with a single car waiting and a woman holding a box of eggs for someone on the other side.</p>
<p>⟦I had lunch on a bench by a harbour wall,⟧ bought smoked mackerel from a hut that worked on an honesty box, and walked the coastal path to the lighthouse. The path is badly marked in places; take a map and do not trust the signs at the fork after the second stile. I got slightly lost and found a beach with seals on it, so I am not complaining.</p>
<h2>Day three: weather</h2>
<p>On the third morning the wind rose and the first sailing was cancelled. I spent four hours in the waiting room with a family going home after a funeral, two students and a retired engineer who explained the tides to me with salt cellars. When the boat finally left, it rolled so much that nobody spoke for an hour.</p>
<p>Practical notes, for anyone tempted: the island pass is cheaper than single tickets after four crossings; book beds ahead outside summer, because half the guesthouses close; and carry cash, since several cafes and the honesty boxes do not take cards.</p>
<p>⟦I got home tired, salty and happier than I have been all year.⟧</p>""",
    kind="other", why="first-person travel log with practical tips",
))

# ---------------------------------------------------------------- recipe posted by "admin"; the author box names the person
PAGES.append(dict(
    case="en-other-sodabread", lang="en", skin="wordpress", domain="aoifebakes.example", site="Flour on the Floor",
    tagline="Home baking, mostly successful",
    url="https://aoifebakes.example/brown-soda-bread-for-people-who-think-they-cannot-bake/",
    h1="Brown soda bread for people who think they cannot bake",
    desc="A brown soda bread that needs no yeast, no kneading and one bowl.",
    authors=["Aoife Brennan"], byline_text="by admin", byline_name="admin", ld_authors=["admin"], meta="ld", generator="WordPress 6.7.2",
    pub="2026-01-29T18:20:00+00:00", date="29 January 2026", jetpack=True, thumb=True,
    bio=("⟪About Aoife Brennan⟫", "⟪I bake in a very small kitchen in Galway and write about it here.⟫ Find me on Instagram and Mastodon.", "View all posts by admin"),
    nav=["Home", "Bread", "Cakes", "Weeknight", "About"],
    cats=["Bread"], allcats=["Bread", "Cakes", "Biscuits", "Weeknight"], tags=["soda bread", "no yeast", "beginner"],
    cloud=["bread", "scones", "no yeast", "beginner", "rye", "cakes", "christmas", "biscuits"],
    related=["Treacle scones in twenty minutes", "⟪A rye loaf for the impatient⟫", "My grandmother’s apple tart"],
    recent=["Treacle scones in twenty minutes", "A rye loaf for the impatient", "Lemon drizzle, but sharper"],
    prev="Lemon drizzle, but sharper", next="Treacle scones in twenty minutes",
    comments=[("Siobhan", "30 January 2026 at 08:15", "⟪Made this last night with oat milk and lemon juice, worked a treat.⟫", [])],
    footer="© 2026 Flour on the Floor",
    body="""<p>⟦My mother made soda bread three times a week for forty years and never once weighed anything.⟧ She used a chipped blue mug, a wooden spoon and a feel for the dough that I did not inherit. When I started baking, I was too afraid to try her bread, because everything I read made it sound like an heirloom skill. It is not. It is the easiest bread there is, and this is the version I make when friends tell me they cannot bake.</p>
<p>There is no yeast, so there is no waiting. There is no kneading either; in fact, kneading is the one thing that will ruin it. The buttermilk reacts with the bicarbonate of soda, the loaf rises in the oven, and forty-five minutes after you start you have bread. If you can stir, you can make this.</p>
<h2>Ingredients</h2>
<ul>
<li>⟦250 g wholemeal flour, the coarser the better⟧</li>
<li>200 g plain white flour</li>
<li>1 level teaspoon bicarbonate of soda</li>
<li>1 teaspoon fine salt</li>
<li>1 tablespoon rolled oats, plus a few for the top</li>
<li>400 ml buttermilk, or milk with 2 tablespoons of lemon juice stirred in</li>
</ul>
<h2>Method</h2>
<ol>
<li>Heat the oven to 220°C (200°C fan) and dust a baking tray with flour.</li>
<li>Mix the flours, bicarbonate, salt and oats in a large bowl. Sieve the bicarbonate if it is lumpy; a lump of it in a slice is not pleasant.</li>
<li>Make a well and pour in most of the buttermilk. ⟦Stir with a butter knife or your hand held like a claw,⟧ just until there is no dry flour left. Add the rest of the buttermilk if it seems stiff. It should be a soft, slightly sticky dough.</li>
<li>Tip it onto the tray and shape it into a round about 4 cm high, handling it as little as you can. Cut a deep cross in the top, almost to the bottom, and scatter a few oats over it.</li>
<li>Bake for 15 minutes, then lower the oven to 200°C and bake for another 25 to 30 minutes, until it sounds hollow when you knock on the base.</li>
<li>Wrap it in a clean tea towel while it cools, which keeps the crust soft.</li>
</ol>
<h2>Notes</h2>
<p>People will tell you that real soda bread must be made with this flour or that buttermilk, and that anything else is not authentic. Ignore them. My mother used whatever the shop had, and her bread was the best I have eaten. If you have no buttermilk, the milk and lemon juice trick works almost as well. The bread is best on the day, but it toasts beautifully on the second and third.</p>
<p>The most common mistake is overworking the dough, which makes it heavy. The second is an oven that is not hot enough. ⟦If your first loaf is a little flat, make another one tomorrow; it only takes forty-five minutes.⟧</p>""",
    kind="other", why="recipe with family story and step-by-step method",
))

# ---------------------------------------------------------------- sponsored post in the first person
PAGES.append(dict(
    case="en-other-sponsoreddesk", lang="en", skin="wordpress", domain="smallflatbigplans.example", site="Small Flat, Big Plans",
    tagline="Making a rented one-bedroom work harder",
    url="https://smallflatbigplans.example/2026/02/05/how-i-finally-built-a-home-office-in-a-hallway/",
    h1="How I finally built a home office in a hallway",
    desc="A fold-down desk, a better lamp and the cable tidy that changed my working day.",
    authors=["Lena Marsh"], byline_text="by Lena Marsh", byline_name="Lena Marsh", ld_authors=["Lena Marsh"], meta="ld", generator="WordPress 6.7.2",
    pub="2026-02-05T09:00:00+00:00", date="5 February 2026", thumb=True,
    nav=["Home", "Rooms", "Storage", "Renting", "Shop my flat"],
    cats=["Sponsored", "Rooms"], allcats=["Rooms", "Storage", "Renting", "Sponsored"], tags=["home office", "small spaces", "Deskfold"],
    cloud=["storage", "renting", "hallway", "paint", "lighting", "plants", "budget", "home office"],
    recent=["⟪Five renter-friendly ways to add shelving⟫", "The paint that survived my landlord’s inspection", "A tiny balcony garden, one year on"],
    prev="A tiny balcony garden, one year on", next="Five renter-friendly ways to add shelving",
    comments=[("Pete R.", "5 February 2026 at 13:44", "⟪Does the desk hold a 27 inch monitor or is it too shallow?⟫",
               [("Lena Marsh", "5 February 2026 at 15:10", "It holds mine, but only on a monitor arm.")])],
    footer="⟪Some links on this site are affiliate links. © 2026 Small Flat, Big Plans⟫",
    body="""<p class="sponsored-disclosure"><strong>⟪This post is sponsored by Deskfold. As always, all opinions are my own.⟫</strong></p>
<p>⟦For two years my home office was the end of the kitchen table,⟧ and every evening I packed away my laptop, my notebook and a tangle of cables so we could eat. When Deskfold asked whether I would try one of their wall-mounted desks in our flat, I said yes mainly because I was desperate, and I had a strip of hallway that did nothing except collect shoes.</p>
<p>Here is how the project went, what it cost and what I would do differently.</p>
<h2>Measuring the hallway</h2>
<p>Our hallway is 96 centimetres wide. Building regulations and common sense say you need at least 80 centimetres to walk past comfortably, which left me 16 centimetres of depth when the desk is closed. The Deskfold Slim is 12 centimetres deep folded and 55 centimetres deep open, so it fits, just. ⟦Measure your space twice, and then measure it with the door open,⟧ because I nearly put the desk where the bathroom door swings.</p>
<h2>Installing it</h2>
<p>The desk comes with a steel rail that screws into the wall, and the desk hooks onto it. Our walls are plasterboard, so I used the heavy cavity fixings that came in the box rather than ordinary plugs. It took me about an hour with a borrowed drill, a spirit level and some swearing. Our landlord agreed in writing before I drilled, which I recommend to every renter.</p>
<h2>Light and cables</h2>
<p>The hallway has no window, so lighting mattered more than the desk itself. I added a clamp lamp with a warm bulb and a small daylight panel above the desk for video calls. Cables run through a fabric sleeve down the wall to a socket behind the shoe rack. It is not invisible, but it is tidy, and it means the desk can fold up with the laptop charger still plugged in.</p>
<h2>Living with it</h2>
<p>I have now worked at this desk for two months. The surface is smaller than a kitchen table, so I had to get used to keeping only what I need on it. The chair lives in the bedroom and comes out in the morning. On days when I work from home, the hallway is an office; in the evening I fold the desk away, and the flat is a home again.</p>
<p>Would I have bought this desk if I had not been sent one? Probably, though I would have waited for a sale. ⟦It costs 289 pounds, which is a lot for a shelf on a hinge,⟧ but it solved a problem nothing else in a rented flat could solve. Deskfold is offering readers ten percent off with the code SMALLFLAT until the end of March.</p>
<p>⟦If you have a dead corner in your home, look at it again with a tape measure.⟧</p>""",
    exclude=["p.sponsored-disclosure"],
    kind="other", why="sponsored first-person post promoting a desk, with discount code",
))
