"""English newsletter posts (Substack/Ghost-like): an essay with footnotes whose JSON-LD calls it a NewsArticle, a
local-news newsletter dated only "3 weeks ago" plus <time datetime>, a weekly link roundup and a personal year-review
that sounds argumentative but argues nothing."""

PAGES = []

# ---------------------------------------------------------------- essay against AI code review as a gate; footnotes are body
PAGES.append(dict(
    case="en-opinion-aireview", lang="en", skin="newsletter", domain="mergeconflict.substack.example", site="Merge Conflict",
    url="https://mergeconflict.substack.example/p/the-robot-should-not-approve-your-pull-request",
    h1="The robot should not approve your pull request",
    deck="Automated review is a fine assistant and a terrible gatekeeper",
    authors=["Hannah Lindqvist"], byline_text="Hannah Lindqvist", byline_name="Hannah Lindqvist", ld_authors=["Hannah Lindqvist"],
    meta="ld", ld_type="NewsArticle", pub="2026-02-24T14:03:11.000Z", date="Feb 24, 2026", likes="212", restacks="31",
    nav=["Home", "Archive", "About"],
    sub_inline="⟪Merge Conflict is a reader-supported publication. To receive new posts, consider subscribing.⟫",
    sub_end="⟪Thanks for reading Merge Conflict! Subscribe for free to receive new posts.⟫",
    comments=[("Oskar", "Feb 24", "⟪We made the bot a required check last year. Reverted it in two months.⟫",
               [("Hannah Lindqvist", "Feb 24", "Would love to hear what made you revert it.")]),
              ("devon_r", "Feb 25", "Counterpoint: humans rubber-stamp too. At least the bot reads the whole diff.")],
    footer="⟪© 2026 Hannah Lindqvist⟫",
    footnotes=["⟦I am not naming the company, because the engineer who told me the story still works there.⟧",
               "The survey was small, 140 engineers at six companies, so treat the numbers as a hint rather than a finding."],
    body="""<p>⟦Over the past year, a quiet change has spread through engineering teams I talk to:⟧ the automated reviewer, which started as an optional comment on pull requests, has become a required check. At some companies it can approve a change on its own. At others, a human can merge only after the tool has signed off. I think this is a mistake, and I want to explain why before it becomes the default everywhere.</p>
<p>Let me be clear about what I am not saying. Automated review tools are useful. They catch missing null checks, forgotten awaits, inconsistent naming and the occasional real bug. I use one on my own projects. My objection is not to the tool but to the role we are giving it.</p>
<p>Code review was never mainly about finding bugs. Studies of review have said this for years, and anyone who has done a lot of it knows it: review is how a team shares knowledge, argues about design and decides what kind of codebase it wants to have. When I review a colleague’s change, the most valuable comment I leave is rarely “this line is wrong.” It is “why are we doing this here?” or “this will make the migration next quarter harder.” ⟦Those questions come from knowing the system, the people and the plans,⟧ which is exactly what an automated reviewer does not have.</p>
<p>When the tool becomes the gate, the humans drift. I heard from one team where the median human review time dropped from forty minutes to six after the bot became a required approver.[^1] Nobody decided to review less carefully. It just happened, because the check was green and the human assumed the machine had looked at the hard parts. In a survey I ran in January, a majority of engineers on teams with required automated review said they read diffs less thoroughly than before.[^2]</p>
[[SUBSCRIBE]]
<p>There is also an accountability problem. When a change causes an outage, the post-mortem asks who approved it. “The bot” is not an answer anyone can learn from. A review signed by a person is a small promise: I looked at this, and I share responsibility for it. An approval by a tool is no promise at all.</p>
<blockquote><p>⟦A green check tells you what a tool could verify. It does not tell you what the team understands.⟧</p></blockquote>
<p>So what should teams do instead? Keep the tool, but keep it in the role of a very fast, slightly pedantic colleague whose comments are suggestions. Never let it approve on its own. Track human review time, and treat a sudden drop as a warning rather than a win. And spend the time the tool saves on the conversations it cannot have.</p>
<p>⟦Automation should make review cheaper, not make it disappear.⟧</p>""",
    kind="opinion", why="newsletter essay arguing against AI tools as approvers",
))

# ---------------------------------------------------------------- local news newsletter, relative date + <time datetime>
PAGES.append(dict(
    case="en-news-schoolboard", lang="en", skin="newsletter", domain="thelakesidebrief.example", site="The Lakeside Brief",
    url="https://thelakesidebrief.example/p/school-board-votes-to-close-cedar-hill-elementary",
    h1="School board votes 5-2 to close Cedar Hill Elementary",
    deck="Students will move to Northgate and Willow Park in the fall",
    authors=["Marcus Oyelaran"], byline_text="Marcus Oyelaran", byline_name="Marcus Oyelaran", meta="min",
    pub="2026-02-10T12:30:00.000Z", date="3 weeks ago", likes="48",
    nav=["Home", "Schools", "City hall", "Archive"],
    sub_inline="⟪The Lakeside Brief is free. Get local news in your inbox every Tuesday.⟫",
    sub_end="⟪Know something we should cover? Reply to this email or subscribe below.⟫",
    comments=[("Jenna W.", "Feb 10", "⟪Thank you for actually being at the meeting. Nobody else reported the vote count.⟫", [])],
    footer="⟪© 2026 The Lakeside Brief · A nonprofit local newsroom⟫",
    body="""<p>⟦The Lakeside Unified school board voted 5-2 on Monday night to close Cedar Hill Elementary⟧ at the end of the current school year, ending months of debate over how the district should respond to falling enrollment.</p>
<p>Cedar Hill’s 214 students will be split between Northgate Elementary and Willow Park Elementary starting in August. District staff said both schools have enough classroom space, though Willow Park will add two portable classrooms over the summer.</p>
<p>The meeting, held in the Lakeside High School cafeteria to accommodate the crowd, lasted more than four hours. About 60 people signed up to speak during public comment, most of them Cedar Hill parents and teachers who urged the board to keep the school open.</p>
<p>⟦“This school is the only thing in our neighborhood that everyone shares,”⟧ said Ana Ruiz, whose two children attend Cedar Hill. “You are asking seven-year-olds to ride a bus for twenty-five minutes so the district can save money on a building.”</p>
<p>District officials presented figures showing that enrollment across Lakeside’s nine elementary schools has fallen by 18 percent since 2019, and is projected to fall by another 9 percent by 2030. Cedar Hill, built in 1962, operates at about 55 percent of its capacity and needs an estimated $7.4 million in repairs, including a new roof and heating system, according to a facilities report commissioned last year.</p>
<p>Superintendent Dana Whitlock said closing the school would save the district about $1.1 million a year in operating costs. “None of us wanted to be here,” Whitlock told the board before the vote. “But the alternative is spreading cuts across every school, and that would hurt far more students.”</p>
<h3>How the board voted</h3>
<p>Board members Teresa Ngo, Paul Haverford, Linda Cho, Ray Dominguez and board president Alan Brewster voted in favor. Members Sofia Petrakis and James Holloway voted against.</p>
<p>Petrakis, who represents the area that includes Cedar Hill, said the district had not done enough to study alternatives, such as leasing part of the building to a preschool. ⟦Holloway said he was concerned about bus times for the youngest students.⟧</p>
<p>The board also approved a transition plan that includes keeping Cedar Hill’s teachers together in the receiving schools where possible, adding a crossing guard at Willow Park, and forming a committee of parents and staff to decide on the future use of the Cedar Hill site. The committee is expected to report by December.</p>
[[SUBSCRIBE]]
<p>Several parents said after the meeting that they were considering asking the county to review the decision. A district spokesperson said the board had followed state rules for school closures, including two public hearings held in January.</p>
<p>⟦The district will hold an information night for Cedar Hill families on March 5 at Northgate Elementary.⟧</p>""",
    kind="news", why="local newsletter report of a board vote with both sides quoted",
))

# ---------------------------------------------------------------- weekly link roundup
PAGES.append(dict(
    case="en-other-linksweekly", lang="en", skin="newsletter", domain="slowcomputing.example", site="Slow Computing",
    url="https://slowcomputing.example/p/links-for-the-week-112",
    h1="Links for the week #112: floppy disks, tiny databases and a very long README",
    deck="Eleven things I read this week, and one I could not finish",
    authors=["Theo Brandt"], byline_text="Theo Brandt", byline_name="Theo Brandt", ld_authors=["Theo Brandt"], meta="ld",
    pub="2026-03-13T08:00:00.000Z", date="Mar 13, 2026", likes="87",
    nav=["Home", "Links", "Essays", "Archive"],
    sub_inline="⟪Slow Computing goes out every Friday. Free, no ads, no tracking pixels.⟫",
    sub_end="⟪Enjoyed this week’s links? Forward it to one friend who would like it.⟫",
    comments=[("Ruth", "Mar 13", "⟪The floppy disk piece made my week. My dad still has a box of them.⟫", []),
              ("kbarr", "Mar 14", "Re: #4, I think you are being unfair to ORMs. Happy to argue over coffee.")],
    footer="⟪© 2026 Theo Brandt · Privacy ∙ Terms⟫",
    body="""<p>⟦Hello from a rainy Friday. This week’s list is heavy on old hardware and small software,⟧ which is apparently what I think about when it rains. As always, the numbers mean nothing and the order is the order I read them in.</p>
<p><strong>1. The last floppy disk factory.</strong> A lovely piece about a small company that still makes and tests floppy disks for aircraft, embroidery machines and industrial controllers. ⟦The owner keeps a drawer of spare parts for machines that no longer exist.⟧ I read it twice.</p>
<p><strong>2. SQLite as an application file format.</strong> An old essay that I reread every year. If you are designing a file format for a desktop app, read this first and you may never design one again.</p>
<p><strong>3. A very long README.</strong> Someone wrote a 9,000-word README for a 300-line command-line tool, and it is the best documentation I have seen this year: every flag explained with an example, every error message listed with its cause. More of this, please.</p>
<p><strong>4. Against ORMs, again.</strong> A spirited argument that object-relational mappers hide the one thing you most need to understand about your app, which is the queries it runs. I do not fully agree, but it is well made, and the section on N+1 queries is worth the click on its own.</p>
<p><strong>5. The cost of a web page in 2026.</strong> Someone measured the median page weight of news sites and found it has doubled in six years. The chart of third-party scripts is horrifying in a useful way.</p>
<p><strong>6. Repairing a 1980s synthesizer.</strong> A photo-heavy repair log, with the kind of patience I do not have. The moment the last voice chip comes back to life is a small joy.</p>
<p><strong>7. Text files all the way down.</strong> A writer describes her note-taking system, which is a folder of plain text files and a search command. It has survived four laptops and three note-taking apps that she tried and abandoned.</p>
<p><strong>8. Timezones are hard, a visual guide.</strong> A good illustrated explainer on why you should store timestamps in UTC and what happens when a country changes its clocks with two weeks’ notice.</p>
<p><strong>9. A tiny Lisp in a weekend.</strong> Step-by-step, with the code. I have not tried it yet, but it is on my list for the next long weekend.</p>
<p><strong>10. The library that lends tools.</strong> A neighbourhood tool library with 2,000 items, from drills to pasta makers, run entirely by volunteers. ⟦I want one in my town so badly.⟧</p>
<p><strong>11. Why old keyboards feel better.</strong> Not much science, but a lot of enthusiasm and some nice photos of switches.</p>
[[SUBSCRIBE]]
<p><strong>The one I could not finish:</strong> a 60-page report on the future of work that used the word “synergy” fourteen times in the first three pages. I stopped there.</p>
<p>⟦That is all for this week. Reply and tell me what you have been reading; I read every email.⟧</p>""",
    kind="other", why="weekly link roundup with short annotations",
))

# ---------------------------------------------------------------- year without a fitness tracker: sounds argumentative, is a personal report
PAGES.append(dict(
    case="en-other-trackeryear", lang="en", skin="newsletter", domain="kitchentablenotes.example", site="Kitchen Table Notes",
    url="https://kitchentablenotes.example/one-year-without-a-fitness-tracker/",
    h1="One year without a fitness tracker",
    deck="What changed, what didn’t, and what I still miss",
    authors=["Sam Okonjo"], byline_text="Sam Okonjo", byline_name="Sam Okonjo", meta="og",
    pub="2026-01-18T10:00:00.000Z", date="Jan 18, 2026", likes="134",
    nav=["Home", "Notes", "About"],
    sub_inline="⟪Kitchen Table Notes is a letter about ordinary life. Sign up to get it by email.⟫",
    sub_end="⟪Thanks for reading. New notes arrive every other Sunday.⟫",
    comments=[("Lina", "Jan 18", "⟪I did the same with my step counter and I walk MORE now. Weird.⟫",
               [("Sam Okonjo", "Jan 18", "Not weird at all, that matches my experience.")])],
    footer="⟪© 2026 Kitchen Table Notes · Published with Ghost⟫",
    body="""<p>⟦A year ago today I took off my fitness tracker, put it in a kitchen drawer and did not put it back on.⟧ I had worn one, in various models, for seven years. I knew my resting heart rate better than my own phone number. This is a note about what the year without it was like. It is not advice, and I am not trying to convince anyone to do the same; plenty of people I love find these devices genuinely useful.</p>
<p>The reason I stopped was small. On a holiday in the mountains, I caught myself checking my wrist at the top of a climb to see whether the view had been “worth” enough steps. That was the moment I decided to try a month without it. The month became a year.</p>
<h3>The first weeks</h3>
<p>The first two weeks were strange. I kept reaching for a device that was not there, at the end of walks, after bad nights, during meetings. ⟦I felt oddly unsupervised, as if I had left the house without my keys.⟧ I did not know whether I had slept well until I noticed whether I felt tired, which, it turns out, is how people knew for most of human history.</p>
<h3>What changed</h3>
<p>I walk about as much as I did before, as far as I can tell. I no longer do laps of the living room at 11 p.m. to reach a number, which I am not proud of having done. I run less often but enjoy it more, because I run at whatever pace feels right that day instead of chasing a target zone.</p>
<p>My sleep did not improve in any way I could measure, for obvious reasons. But I stopped lying awake worrying about how my sleep score would look in the morning, which I suspect helped.</p>
<h3>What didn’t change</h3>
<p>My weight, my blood pressure and my cholesterol, which my doctor checked in November, are all about where they were. I did not become fitter by giving up data, and I did not become less fit either.</p>
<h3>What I miss</h3>
<p>I miss the alarm that buzzed on my wrist instead of waking my partner. I miss knowing exactly how far a new walking route was. ⟦And I miss, a little, the small pleasure of a streak,⟧ that chain of green days that made me go out in the rain.</p>
[[SUBSCRIBE]]
<p>A few readers asked whether I will go back. I do not know. The tracker is still in the drawer, fully charged, because I charge it every few months out of some kind of superstition. Maybe I will wear it for a specific goal, a race or a recovery, and take it off again afterwards.</p>
<p>⟦For now, I tell the time with a plain watch with hands, and that has been enough.⟧</p>""",
    kind="other", sure=False, why="personal year-review; declines to argue, though could read as essay",
))
