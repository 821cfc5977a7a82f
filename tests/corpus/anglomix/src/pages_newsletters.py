"""Newsletter and platform pages of anglomix (6): three Substack-like posts (an argued essay without any opinion label,
a Sunday link roundup, a local-news newsletter's meeting report) and three Medium-like posts (an argued member-only
essay without a label, a database tutorial, a "what I learned" list)."""

PAGES = []

# ---------------------------------------------------------------- 27. Substack essay that argues, no label
PAGES.append(dict(
    case="en-opinion-substack-restrooms", lang="en", html_lang="en", skin="substack", domain="slowlane.substack.example", site="The Slow Lane",
    secpath="p", title_tag="The case for the public restroom - by Hannah Cole",
    url="https://slowlane.substack.example/p/the-case-for-the-public-restroom",
    h1="The case for the public restroom",
    deck="Every city that wants people downtown needs somewhere for them to go.",
    authors=["Hannah Cole"], byline_html='<a href="https://substack.example/@hannahcole">Hannah Cole</a>', owner="Hannah Cole",
    ld_authors=["Hannah Cole"], ld_type="NewsArticle",
    pub="2026-03-05T11:02:00+00:00", date="Mar 5, 2026", meta="full",
    nav=["Home", "Notes", "Archive", "About"],
    ufi=("1,284", "212", "96"),
    recs=[("Bench Press", "⟪A newsletter about the furniture of public space⟫, by Owen Garza"), ("Walk This Way", "⟪Notes on walkable towns from a retired traffic engineer⟫")],
    sub_footer="⟪Thanks for reading The Slow Lane! Subscribe for free to receive new posts and support my work.⟫",
    comments=[("Marta D.", "Mar 5", "The Portland-style kiosks are great. Ours got removed after two years because nobody budgeted for cleaning.", "88"),
              ("Jim Okonkwo", "Mar 5", "As someone with Crohn's: thank you. I plan every walk around which coffee shops will let me in.", "143"),
              ("Rachel Tan", "Mar 6", "Counterpoint: they become a magnet for problems. But I agree the answer is staffing, not closing them.", "37")],
    body="""⟦Last month I spent a Saturday afternoon downtown with my mother, who is 78, and my son, who is four.⟧ We had lunch, looked at the river, bought a birthday present and went home early. Not because anyone was tired, but because between the three of us we needed a bathroom roughly every 90 minutes, and there was nowhere to go that did not require buying a coffee nobody wanted.

This is not a small complaint. ⟦The absence of public restrooms shapes who gets to use a city, and for how long.⟧

[[SUB|⟪The Slow Lane is a reader-supported publication.⟫ To receive new posts and support my work, consider becoming a free or paid subscriber.]]

[[H|Who gets left out]]

Think about who needs a toilet most urgently and most often. Older people. Pregnant people. Small children and the adults who look after them. People with bowel conditions, diabetes or bladder problems. Delivery drivers and bus drivers who spend their whole working day on the street. Unhoused people, who have no alternative at all.

When a downtown has no public toilets, all of those people quietly plan around it. They stay home, shorten their trips or go to the mall instead, where the restrooms are clean and free. Then city leaders wonder why the downtown is empty on weekends.

[[H|We know how to do this]]

The usual objection is that public restrooms get dirty, get vandalized and attract drug use. Some do. ⟦But that is an argument for staffing and maintaining them, not for not having them.⟧ Cities that have installed well-lit, single-user kiosks with an attendant during the busiest hours report that problems drop sharply. The attendant costs money. So does an empty downtown.

[[SHAREBTN]]

There is also a basic question of dignity. We accept that a city should provide sidewalks, benches and drinking fountains because everyone needs them. ⟦A toilet is no different, and it is far more urgent than a bench.⟧

So here is my modest proposal for every city council reading this, and I know a few of you are: before you fund one more streetscape study or branding campaign for your downtown, build a public restroom, staff it and keep it open until ten at night.

⟦If you want people to stay, give them somewhere to go.⟧

[[COMMENTBTN]]""",
    kind="opinion", why="newsletter essay arguing cities should build restrooms, no label",
))

# ---------------------------------------------------------------- 28. Substack link roundup
PAGES.append(dict(
    case="en-other-substack-roundup", lang="en", html_lang="en", skin="substack", domain="smalldata.substack.example", site="Small Data",
    secpath="p", title_tag="Sunday Links #112: rivers, receipts and a very old sandwich - by Marcus Lee",
    url="https://smalldata.substack.example/p/sunday-links-112",
    h1="Sunday Links #112: rivers, receipts and a very old sandwich",
    deck="Eleven things worth your time this week.",
    authors=["Marcus Lee"], byline_html='<a href="https://substack.example/@marcuslee">Marcus Lee</a>', owner="Marcus Lee",
    ld_authors=["Marcus Lee"], ld_type="NewsArticle",
    pub="2026-03-08T13:00:00+00:00", date="Mar 8, 2026", meta="full",
    nav=["Home", "Sunday Links", "Charts", "Archive", "About"],
    ufi=("412", "31", "18"),
    recs=[("Chart Party", "⟪One beautiful chart every weekday morning⟫"), ("The Map Room", "⟪Old maps, new stories, once a fortnight⟫")],
    ready="⟪Ready for more?⟫",
    comments=[("Beth K.", "Mar 8", "The receipt-paper piece sent me down a two-hour rabbit hole. Thanks, I think.", "22"),
              ("Dan Whitby", "Mar 9", "Long-time reader: the chart of library loans is my favourite thing you have linked this year.", "15")],
    body="""⟦Good morning, and welcome to the 112th edition of Sunday Links.⟧ Thank you to the 240 of you who signed up this week after last Sunday's piece was shared around. If you are new: every week I collect the most interesting things I read about data, cities and the small details of everyday life, with a line or two on why they are worth your time.

[[SUB|⟪Small Data is a reader-supported publication.⟫ To receive new posts and support my work, consider becoming a free or paid subscriber.]]

[[H|Read]]

[[LIST|⟦Rivers that move: a gorgeous interactive map⟧ of how the Mississippi has shifted its course over the last 10,000 years, built from old survey maps.|Why are receipts printed on such strange paper? A short history of thermal printing, and why your receipt fades in the sun.|The oldest sandwich? Archaeologists think a 2,000-year-old crust of bread found in a Roman fort was once a packed lunch.|A long, thoughtful essay on what happens to a town when its last bank branch closes.]]

[[H|Charts]]

[[LIST|⟦Library loans by hour of the day, from a city that publishes all of its data⟧. The Saturday-morning peak is lovely.|A chart of how long each country's parliament takes, on average, to pass a budget. Some take days; one took 541.|Electricity prices by time of day over a single week, for anyone who still thinks running the dishwasher at night is a myth.]]

[[SHAREBTN]]

[[H|Listen and watch]]

[[LIST|A 40-minute documentary about the last family-run lighthouse on the Great Lakes.|⟦A podcast episode on the people who name hurricanes⟧, and the names they have retired.|A short video of a bridge being moved 50 metres sideways over one weekend.]]

[[H|One more thing]]

⟦My favourite email this week came from a reader in Leeds⟧ who has been photographing the same bus stop every morning for six years. She sent me the whole series as a flip-book. If you do something like that, I would love to hear about it.

⟦See you next Sunday.⟧""",
    kind="other", why="newsletter roundup of links with short blurbs",
))

# ---------------------------------------------------------------- 29. local-news newsletter reporting a school board meeting
PAGES.append(dict(
    case="en-news-substack-schoolboard", lang="en", html_lang="en", skin="substack", domain="westfieldbeat.substack.example", site="The Westfield Beat",
    secpath="p", title_tag="School board votes to close Hawthorne Elementary in 2027 - by Kim Alvarez",
    url="https://westfieldbeat.substack.example/p/school-board-votes-to-close-hawthorne",
    h1="School board votes to close Hawthorne Elementary in 2027",
    deck="The 5-2 vote followed three hours of public comment. Students will move to Garfield and Lincoln.",
    authors=["Kim Alvarez"], byline_html='<a href="https://substack.example/@kimalvarez">Kim Alvarez</a>', owner="The Westfield Beat",
    ld_authors=["Kim Alvarez"], ld_type="NewsArticle",
    pub="2026-03-04T14:30:00+00:00", date="Mar 4, 2026", meta="full",
    nav=["Home", "Schools", "City Hall", "Police Blotter", "Events", "Archive", "About"],
    ufi=("96", "41", "7"),
    recs=[("Union County Courts", "⟪Plain-language reports from the county courthouse⟫"), ("Eastside Eats", "⟪New restaurants and old favourites in Westfield and Cranford⟫")],
    sub_footer="⟪The Westfield Beat is free, independent local news. Subscribe to get every story.⟫",
    comments=[("Hawthorne PTA", "Mar 4", "Thank you for being the only outlet that covered the whole meeting.", "54"),
              ("Greg S.", "Mar 4", "Did the board say anything about what happens to the building?", "12")],
    body="""⟦The Westfield Board of Education voted 5-2 on Tuesday night to close Hawthorne Elementary School at the end of the 2026-27 school year⟧, ending nearly 90 years of classes in the building on Maple Street.

About 260 students will be split between Garfield and Lincoln elementary schools, according to the plan presented by Superintendent Dr. Carla Benson. Hawthorne's 31 teachers will be offered positions elsewhere in the district.

[[SUB|⟪The Westfield Beat is a reader-supported publication.⟫ To receive new posts and support our work, consider becoming a free or paid subscriber.]]

[[H|Why the district says it must close]]

Enrollment at Hawthorne has fallen from 412 students in 2015 to 258 this year, and the building needs an estimated $6.8 million in repairs, including a new roof and heating system, Benson said. ⟦Closing it would save the district about $1.4 million a year⟧ in staffing and operating costs.

"Nobody on this board wanted to make this decision," board president Alan Whitmore said before the vote. "But we have to spend our money on teaching children, not on heating half-empty buildings."

Board members Denise Park and Ray Colon voted against the plan. Park said the board should have waited for the results of a new enrollment study due in June.

[[H|Parents push back]]

More than 40 people spoke during public comment, almost all of them against the closure. Several parents said the walk to Garfield would take their children across Route 22. ⟦The district said it would add two bus routes to serve those families.⟧

"We bought our house because of this school," said Maria Esposito, whose two children attend Hawthorne. "Now we're being told that doesn't count for anything."

[[SHAREBTN]]

[[H|What happens next]]

The district will hold two community meetings in April to discuss boundary changes. No decision has been made about the future of the building, which the city could buy back under a 1961 agreement.

⟦The Westfield Beat will be at both meetings. If you have questions you want asked, reply to this email.⟧""",
    kind="news", why="independent newsletter reporting a board vote with quotes",
))

# ---------------------------------------------------------------- 30. Medium member-only essay that argues, no label
MD_REC = ["How we cut our meeting load in half without anyone noticing", "The engineering manager's guide to saying no",
          "I quit Slack for a month. Here is what happened.", "Why senior engineers write less code"]
PAGES.append(dict(
    case="en-opinion-medium-standups", lang="en", html_lang="en", skin="medium", domain="medium.example", site="Medium",
    secpath="p", title_tag="Daily stand-ups are a ritual we should retire | by Tomás Ibarra | Better Teams | Medium",
    url="https://medium.example/better-teams/daily-stand-ups-are-a-ritual-we-should-retire-4f2a9c1b7e3d",
    h1="Daily stand-ups are a ritual we should retire",
    deck="Fifteen minutes a day adds up to a week a year. Most teams would get more from writing it down.",
    authors=["Tomás Ibarra"], byline_html="Tomás Ibarra", handle="tomasibarra", publication="Better Teams", member=True,
    read_time="6 min read", date="Mar 5, 2026", claps="2.1K", responses="48",
    pub="2026-03-05T14:11:00Z", meta="og",
    followers="⟪4.8K Followers⟫ · Writer for Better Teams",
    bio="⟪Engineering manager. I write about teams, process and the work between the work.⟫",
    tags=["Agile", "Software Development", "Management", "Productivity"],
    more=["What a good one-on-one actually looks like", "⟪Your roadmap is a wish list⟫", "The on-call rotation that nearly broke us"],
    recommended=MD_REC,
    comments=[("Priya N.", "Mar 5", "We moved to written updates two years ago and I would never go back. The trick is that the manager has to actually read them.", "212"),
              ("Ben Harlow", "Mar 6", "Strong disagree. For a junior-heavy team the daily call is the only time some people ask for help.", "94")],
    body="""⟦Every morning at 9:45, in thousands of companies, a group of people stand up, or pretend to on a video call, and take turns reciting what they did yesterday.⟧ Most of them are not listening to each other. They are rehearsing their own update, or finishing the Slack message they were typing when the meeting started.

I have run these meetings for nine years, across four teams and two companies. ⟦I now think most teams should stop having them.⟧

[[H|What the stand-up was for]]

The daily stand-up came out of a good idea: a short, frequent check-in so that blockers surface quickly and nobody spends three days stuck on a problem a colleague could solve in five minutes. For a small team sitting in one room, working on one product, it made a lot of sense.

But most teams no longer look like that. They are spread across time zones, split between projects and interrupted constantly by messages. ⟦The 15-minute stand-up has become a 25-minute status meeting that breaks the morning in two.⟧

[[PHOTO|⟪Fifteen minutes a day, five days a week, comes to roughly a working week each year.⟫ Image by the author.]]

[[H|What to do instead]]

On my current team we replaced the daily call with a written update in a shared channel, posted by 10 a.m. in whatever time zone you are in. It has three lines: what I finished, what I am doing next, and whether I am blocked. ⟦If someone is blocked, the right person replies directly, and the conversation happens between the two people who need to have it.⟧

We kept one live meeting a week, and we use it for things that actually benefit from talking: planning, trade-offs, and the occasional argument.

Six months in, nobody has asked to go back. Our cycle time is slightly shorter, and people say they have more uninterrupted mornings.

[[H|The objection I hear most]]

"But the stand-up is the only time the team sees each other." If that is true, the problem is not the stand-up. It is that your team has no other reason to talk. Fix that deliberately, with a weekly demo or a long lunch, instead of propping it up with a ritual nobody enjoys.

⟦Stand-ups were a means to an end. It is time we admitted the end can be reached another way.⟧""",
    kind="opinion", why="argues teams should drop daily stand-ups; no label",
))

# ---------------------------------------------------------------- 31. Medium tutorial
PAGES.append(dict(
    case="en-other-medium-pgbackup", lang="en", html_lang="en", skin="medium", domain="medium.example", site="Medium",
    secpath="p", title_tag="How to back up a PostgreSQL database to object storage every night | by Priyanka Das | Byte Sized | Medium",
    url="https://medium.example/byte-sized/how-to-back-up-a-postgresql-database-to-object-storage-every-night-9b1e07d2a4c6",
    h1="How to back up a PostgreSQL database to object storage every night",
    deck="A small shell script, a cron entry and a retention rule. No extra services required.",
    authors=["Priyanka Das"], byline_html="Priyanka Das", handle="priyankadas", publication="Byte Sized", member=False,
    read_time="8 min read", date="Mar 3, 2026", claps="312", responses="9",
    pub="2026-03-03T09:40:00Z", meta="og",
    followers="⟪1.2K Followers⟫ · Editor for Byte Sized",
    bio="⟪Backend developer in Pune. Databases, Linux and the occasional Rust rewrite.⟫",
    tags=["PostgreSQL", "DevOps", "Backup", "Linux", "Tutorial"],
    more=["Five psql tricks I use every day", "⟪Reading EXPLAIN output without crying⟫", "Rotating logs the boring way"],
    recommended=["Postgres connection pooling, explained", "⟪Stop writing bash scripts without set -e⟫", "A gentle introduction to systemd timers", "Why your database is slow on Mondays"],
    comments=[("sysadmin_joe", "Mar 4", "Consider adding a restore test to the cron job. A backup you have never restored is a hope, not a backup.", "41")],
    body="""⟦If your side project or small business runs on a single PostgreSQL server, you need backups that run without you remembering them.⟧ In this tutorial we will write a short script that dumps the database, compresses it, uploads it to an S3-compatible bucket and deletes old copies, then schedule it to run every night.

This guide assumes a Linux server, PostgreSQL 16 and the AWS command-line tool configured with credentials for your bucket.

[[H|Step 1: Create a backup user]]

It is good practice not to run backups as the superuser. Create a role that can read everything but change nothing:

[[CODE|CREATE ROLE backup WITH LOGIN PASSWORD 'change-me'; ⏎ GRANT pg_read_all_data TO backup;]]

⟦Store the password in a .pgpass file in the home directory of the user that will run the script⟧, with permissions set to 600, so that it never appears in your crontab or shell history.

[[H|Step 2: Write the script]]

Save the following as /usr/local/bin/pg-backup.sh:

[[CODE|#!/bin/sh ⏎ set -eu ⏎ STAMP=$(date +%Y-%m-%d) ⏎ FILE=/var/backups/app-$STAMP.sql.gz ⏎ pg_dump -U backup -h localhost app | gzip -9 > $FILE ⏎ aws s3 cp $FILE s3://my-backups/postgres/ ⏎ find /var/backups -name 'app-*.sql.gz' -mtime +7 -delete]]

The set -eu line makes the script stop at the first error, so a failed dump is never uploaded as if it were a good one. ⟦The last line keeps a week of local copies and removes anything older.⟧

[[H|Step 3: Schedule it]]

Make the script executable and open your crontab with crontab -e. This entry runs the backup at 2:30 every morning:

[[CODE|30 2 * * * /usr/local/bin/pg-backup.sh >> /var/log/pg-backup.log 2>&1]]

[[H|Step 4: Set a retention rule on the bucket]]

Rather than deleting old files from the bucket in the script, add a lifecycle rule in your storage provider's console that expires objects under the postgres/ prefix after 30 days. ⟦That way a bug in the script can never delete your remote backups.⟧

[[H|Step 5: Test a restore]]

Finally, and most importantly, download one of the files and restore it into a scratch database. ⟦Do this now, and then again every month.⟧""",
    kind="other", why="technical tutorial with code and steps",
))

# ---------------------------------------------------------------- 32. Medium "what I learned" list, personal, no argument
PAGES.append(dict(
    case="en-other-medium-firstyear", lang="en", html_lang="en", skin="medium", domain="medium.example", site="Medium",
    secpath="p", title_tag="What I learned in my first year as a freelance illustrator | by Grace Oduya | Medium",
    url="https://medium.example/@graceoduya/what-i-learned-in-my-first-year-as-a-freelance-illustrator-71c3de0f5a28",
    h1="What I learned in my first year as a freelance illustrator",
    deck="Twelve months, 31 clients, one very bad invoice and a lot of tea.",
    authors=["Grace Oduya"], byline_html="Grace Oduya", handle="graceoduya", member=False,
    read_time="5 min read", date="Jan 4, 2026", claps="876", responses="23",
    pub="2026-01-04T18:25:00Z", meta="og",
    followers="⟪640 Followers⟫",
    bio="⟪Illustrator in Nairobi. Children's books, maps and the occasional beer label.⟫",
    tags=["Freelancing", "Illustration", "Year In Review", "Creativity"],
    more=["My studio setup for under $500", "⟪Drawing every day for 100 days⟫", "How I price a book cover"],
    recommended=["Ten things nobody tells you about going freelance", "The one spreadsheet every freelancer needs",
                 "I took a month off social media. My sales went up.", "Notes from my first art fair"],
    comments=[("Lola M.", "Jan 5", "Number four made me laugh out loud. The invoice saga is so familiar.", "18")],
    body="""⟦A year ago this week, I handed in my notice at the design agency where I had worked for five years and went freelance.⟧ I had three clients lined up, six months of savings and no real idea what I was doing. Here is what the year taught me, in no particular order.

[[H|1. The first month is the quietest]]

Two of my three clients postponed their projects in January. ⟦I spent most of that month redrawing my portfolio and wondering if I had made a terrible mistake.⟧ By March I had more work than I could handle.

[[H|2. Most work came from people I already knew]]

Of my 31 clients this year, 22 came through former colleagues, friends of friends or people who had seen my work on a colleague's wall. Only four came from social media.

[[PHOTO|⟪A spread from the children's book I illustrated in the summer.⟫ Illustration by the author.]]

[[H|3. I love a deadline more than I expected]]

At the agency, deadlines felt like something done to me. Working for myself, they became the structure that holds the week together.

[[H|4. Always send the invoice the same day]]

⟦In April I forgot to invoice a client for six weeks⟧, and by the time I did, the person who commissioned me had left the company. It took until September to get paid.

[[H|5. Tea is a business expense]]

It is not, my accountant tells me. But it felt like one.

[[H|6. I need other people]]

By the summer I was lonely in a way I did not expect. ⟦Joining a shared studio two days a week made a bigger difference than any piece of software or equipment.⟧

I do not know what year two will bring. I have a book cover due in February, a mural to paint in March, and a new sketchbook on the desk.

⟦Thank you to everyone who hired me, recommended me or just asked how it was going.⟧""",
    kind="other", why="personal year-in-review list, no argument",
))
