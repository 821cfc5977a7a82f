"""English Medium-like stories: a rant against daily stand-ups, a CSV tutorial with code, and an e-reader review that
argues in places."""

PAGES = []

# ---------------------------------------------------------------- rant against stand-ups
PAGES.append(dict(
    case="en-opinion-standups", lang="en", skin="medium", domain="medium.example", site="Medium",
    url="https://medium.example/@kerrydunmore/kill-the-daily-stand-up-3f9a1c2d7b10",
    h1="Kill the daily stand-up",
    deck="Fifteen minutes a day, five days a week, and nobody remembers a word of it",
    authors=["Kerry Dunmore"], byline_text="Kerry Dunmore", byline_name="Kerry Dunmore", handle="kerrydunmore",
    ld_authors=["Kerry Dunmore"], meta="ld", ld_type="Article",
    pub="2026-03-05T16:41:07.512Z", date="Mar 5, 2026", read=6, claps="2.4K", followers="3.1K",
    bio="⟪Engineering manager. Writes about teams, meetings and the gaps between them.⟫",
    tags=["Agile", "Management", "Software Development", "Meetings"],
    comments=[("Ben Aldous", "Mar 6", "⟪Our stand-up is the only time I see my team’s faces. Async would make that worse.⟫",
               [("Kerry Dunmore", "Mar 6", "Fair. Keep the faces, drop the status report.")])],
    more=[("⟪Your one-on-ones are too short⟫", "5 min read · Jan 12, 2026"), ("The roadmap is a wish list", "7 min read · Dec 2, 2025")],
    recommended=[("⟪I stopped estimating in story points. Here is what happened.⟫", "9 min read · Feb 20, 2026"),
                 ("The quiet cost of Slack huddles", "4 min read · Feb 2, 2026")],
    body="""<p class="pw-post-body-paragraph">⟦Every weekday at 9:30, eight people on my old team stood in a circle and took turns reciting their to-do lists.⟧ Yesterday I worked on the ticket. Today I will keep working on the ticket. No blockers. Then the next person. Fifteen minutes, sometimes twenty-five, and by 10 a.m. nobody could have told you what anyone else had said.</p>
<p class="pw-post-body-paragraph">I ran that meeting for three years. I now think it was one of the least useful things I did as a manager, and I want to make the case that most teams should stop doing it.</p>
<p class="pw-post-body-paragraph">The stand-up was designed for a specific situation: a small team, in one room, working on one shared goal, over short iterations. The point was to surface blockers fast and to let the team adjust its plan. That is a good idea. But the meeting most of us actually hold is something else. ⟦It is a status report delivered to a manager, dressed up as a team ritual.⟧ People talk to the person running it, not to each other. They describe what they did, because that is easy, instead of what is stuck, because that is uncomfortable in front of eight colleagues.</p>
<p class="pw-post-body-paragraph">The costs are larger than they look. Fifteen minutes is not fifteen minutes when it lands in the middle of a morning. It breaks the longest block of focus time most engineers have. For people in other time zones it is scheduled at dawn or dinner. And because it happens every day, it teaches everyone that the real place to raise a problem is tomorrow’s stand-up, instead of right now, in the team channel, when it occurs.</p>
<p class="pw-post-body-paragraph">Defenders say it is the only moment the whole team is together. That is a real benefit, and I do not want to dismiss it. But if connection is the goal, then hold a meeting for connection: a weekly session where people talk about the work in depth, demo something, argue about design. ⟦Do not disguise a social need as a daily process.⟧</p>
<p class="pw-post-body-paragraph">What replaced the stand-up on my team was boring. Each person posted a short written update in a thread whenever it suited them in the morning. Blockers went straight into the channel, tagged to whoever could unblock them. Twice a week we met for thirty minutes to talk about anything that needed a conversation. Our cycle time did not get worse. Two people told me it was the first time in years they had started a day without an interruption before ten.</p>
<p class="pw-post-body-paragraph">I am not saying no team should have a daily meeting. A team firefighting a launch, or a very new team still learning to work together, might need one. But that should be a choice, made for a reason and reviewed every few months, not a habit that nobody dares to question because the methodology book said so.</p>
<p class="pw-post-body-paragraph">⟦If your stand-up ended tomorrow, would anyone actually miss it?⟧ Ask your team. You might be surprised by the answer.</p>""",
    kind="opinion", why="manager argues teams should drop the daily stand-up",
))

# ---------------------------------------------------------------- tutorial with code blocks
PAGES.append(dict(
    case="en-other-csvtutorial", lang="en", skin="medium", domain="medium.example", site="Medium",
    url="https://medium.example/@priyanair.dev/cleaning-a-messy-csv-with-only-the-python-standard-library-8e21b0c4a977",
    h1="Cleaning a messy CSV with only the Python standard library",
    deck="No pandas, no installs, just csv, datetime and decimal",
    authors=["Priya Nair"], byline_text="Priya Nair", byline_name="Priya Nair", handle="priyanair.dev", meta="og",
    pub="2026-02-08T09:12:44.000Z", date="Feb 8, 2026", read=7, claps="891", followers="1.2K",
    bio="⟪Data engineer in Pune. I write short tutorials for people who hate installing things.⟫",
    tags=["Python", "Data Cleaning", "Programming", "Tutorial"],
    comments=[("Jorge M.", "Feb 9", "⟪Honestly pandas would do this in three lines, but I like the point about installs.⟫", [])],
    more=[("⟪Reading Excel files without Excel⟫", "6 min read · Jan 20, 2026"), ("A gentle guide to argparse", "8 min read · Dec 15, 2025")],
    recommended=[("⟪Ten Python one-liners I actually use⟫", "3 min read · Feb 1, 2026"), ("Stop writing classes", "5 min read · Jan 30, 2026")],
    body="""<p class="pw-post-body-paragraph">⟦Last week a friend sent me a CSV export from her shop’s till system⟧ and asked why her spreadsheet kept getting the totals wrong. The file had dates in two formats, prices with currency symbols and commas, blank lines in the middle and a few rows with trailing spaces in the product names. She did not want to install anything. Here is how I cleaned it with nothing but the Python standard library.</p>
<p class="pw-post-body-paragraph">People will tell you to reach for pandas for anything involving a CSV, and for big analytical work they are right. But for a one-off cleaning job on a machine where you cannot install packages, the standard library is more than enough, and the code is easier to read six months later.</p>
<h2>Step 1: read the file safely</h2>
<p class="pw-post-body-paragraph">Always open CSV files with <code>newline=""</code> and an explicit encoding. Till systems love to export in Windows-1252, so try UTF-8 first and fall back:</p>
<pre><code>import csv

def read_rows(path):
    for enc in ("utf-8-sig", "cp1252"):
        try:
            with open(path, newline="", encoding=enc) as f:
                return list(csv.DictReader(f))
        except UnicodeDecodeError:
            continue
    raise ValueError("unknown encoding")</code></pre>
<h2>Step 2: normalise dates</h2>
<p class="pw-post-body-paragraph">The file had both <code>03/02/2026</code> and <code>2026-02-03</code>. Try each format in turn and keep the first that parses:</p>
<pre><code>from datetime import datetime

FORMATS = ("%Y-%m-%d", "%d/%m/%Y")

def parse_date(s):
    for fmt in FORMATS:
        try:
            return datetime.strptime(s.strip(), fmt).date()
        except ValueError:
            pass
    return None</code></pre>
<p class="pw-post-body-paragraph">⟦Returning None instead of raising lets you count the bad rows at the end⟧ rather than crashing on the first one.</p>
<h2>Step 3: prices as decimals, not floats</h2>
<p class="pw-post-body-paragraph">Never store money in floats. Strip the symbol and the thousands separator, then use <code>Decimal</code>:</p>
<pre><code>from decimal import Decimal, InvalidOperation

def parse_price(s):
    cleaned = s.replace("€", "").replace(",", "").strip()
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None</code></pre>
<h2>Step 4: put it together</h2>
<pre><code>def clean(path):
    good, bad = [], []
    for row in read_rows(path):
        if not any(v.strip() for v in row.values()):
            continue
        day = parse_date(row["Date"])
        price = parse_price(row["Price"])
        if day is None or price is None:
            bad.append(row)
            continue
        ⟦good.append((day, row[⟧"Product"].strip(), price))
    return good, bad</code></pre>
<p class="pw-post-body-paragraph">Skipping rows where every value is blank handles the empty lines in the middle of the export. The call to <code>strip()</code> on the product name removes the trailing spaces that made the same product show up twice in her spreadsheet’s pivot table, which was the real reason her totals were wrong.</p>
<p class="pw-post-body-paragraph">On my friend’s file, this kept 4,812 rows and flagged 17, which turned out to be refunds typed by hand. Her totals now match the till.</p>
<p class="pw-post-body-paragraph">⟦Write the bad rows to a separate file and look at them yourself;⟧ they are usually where the interesting problems are.</p>""",
    kind="other", why="step-by-step Python tutorial with code blocks",
))

# ---------------------------------------------------------------- product review with argumentative passages
PAGES.append(dict(
    case="en-other-ereaderreview", lang="en", skin="medium", domain="medium.example", site="Medium",
    url="https://medium.example/@owenhartigan/the-lumen-7-after-three-months-a-great-e-reader-with-one-bad-idea-c47d2a9e11f3",
    h1="The Lumen 7 after three months: a great e-reader with one bad idea",
    authors=["Owen Hartigan"], byline_text="Owen Hartigan", byline_name="Owen Hartigan", handle="owenhartigan",
    ld_authors=["Owen Hartigan"], meta="ld", ld_type="Article",
    pub="2026-03-19T20:05:00.000Z", date="Mar 19, 2026", read=8, claps="1.1K", followers="6.8K",
    bio="⟪I review gadgets I paid for myself. No affiliate links, no free samples.⟫",
    tags=["E Readers", "Gadgets", "Reviews", "Books"],
    comments=[("Maya L.", "Mar 20", "⟪The subscription lock-in is exactly why I returned mine.⟫", []),
              ("Tomasz", "Mar 21", "Does it still support sideloading EPUB over USB?",
               [("Owen Hartigan", "Mar 21", "Yes, over USB and by email. Covered in the last section.")])],
    more=[("⟪Three budget headphones, one winner⟫", "6 min read · Feb 27, 2026"), ("My travel kit for 2026", "5 min read · Jan 9, 2026")],
    recommended=[("⟪Why I went back to paper books⟫", "4 min read · Mar 1, 2026"), ("The best note-taking tablets, ranked", "11 min read · Feb 14, 2026")],
    body="""<p class="pw-post-body-paragraph">⟦I bought the Lumen 7 with my own money in December⟧ and have read nineteen books on it since. That is enough time to get past the unboxing glow and into the things you only notice when a device becomes part of your routine. The short version: the hardware is the best I have used on an e-reader, the software is mostly good, and one decision by the manufacturer makes me hesitate to recommend it without a warning.</p>
<h2>Hardware</h2>
<p class="pw-post-body-paragraph">The 7-inch screen is sharp, at 300 pixels per inch, and the front light is even across the whole panel, with none of the blotchy bottom edge my old reader had. The warm-light slider goes further towards amber than most competitors, which I like for late-night reading. Page turns are fast, and the physical buttons on the right edge are firm and quiet. ⟦At 182 grams it is light enough to hold in one hand lying down,⟧ which is the true test of an e-reader.</p>
<p class="pw-post-body-paragraph">Battery life has been excellent. With the light at about a third and Wi-Fi off, I charged it roughly every four weeks. It is waterproof to the usual standard, and it survived a bath, though I would not make a habit of it.</p>
<h2>Software</h2>
<p class="pw-post-body-paragraph">The reading app is clean and fast. Font choices are good, margins and line spacing can be adjusted in fine steps, and the dictionary works offline. Highlights sync to the companion app, and you can export them as a plain text file, which more companies should allow.</p>
<h2>The bad idea</h2>
<p class="pw-post-body-paragraph">Here is the problem. Since a software update in February, the home screen devotes half its space to the manufacturer’s reading subscription, and there is no way to turn this off. Books you own are pushed to a second tab. I find this genuinely irritating. A device you paid full price for should not advertise to you every time you pick it up, and it is fair to say so loudly in a review.</p>
<p class="pw-post-body-paragraph">The good news is that the rest of the system is open enough to work around. ⟦You can still load your own EPUB files over USB or by email,⟧ and once you pin your library as the default view, you see the subscription shelf only when you leave a book.</p>
<h2>Verdict</h2>
<p class="pw-post-body-paragraph">If you want the best screen and the most comfortable device to hold, this is it. If advertising on a device you own bothers you as much as it bothers me, wait a few months to see whether the company listens to the complaints.</p>
<p class="pw-post-body-paragraph">Score: hardware 9/10, software 7/10, overall 8/10. ⟦I will keep using mine, and I will keep complaining about the home screen.⟧</p>""",
    kind="other", sure=False, why="product review; one section argues against in-device advertising",
))
