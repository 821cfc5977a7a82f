"""English pages on a Hugo static site: an open letter to a transit authority, a release announcement with quotes and
no author, a backup tutorial with a shell script, and an "About" page with no date and no byline."""

PAGES = []

# ---------------------------------------------------------------- open letter, signature inside the text
PAGES.append(dict(
    case="en-opinion-openlettergtfs", lang="en", skin="hugo", domain="imogenclarke.example", site="Imogen Clarke",
    url="https://imogenclarke.example/posts/open-letter-publish-the-bus-timetables/",
    h1="An open letter to the Valley Transit Authority: publish the timetables",
    authors=["Imogen Clarke"], byline_text="Imogen Clarke", byline_name="Imogen Clarke", ld_authors=["Imogen Clarke"], meta="ld",
    pub="2026-02-02T09:00:00+00:00", date="February 2, 2026", read="5 min",
    nav=["Posts", "Projects", "About", "RSS"],
    tags=["transit", "letters", "civic tech"], recent=["⟪Mapping every bench in town, part 2⟫", "⟪What a bus feed actually contains⟫", "⟪Bike lanes, counted by hand⟫", "Notes from a data meetup"],
    prev="⟪Mapping every bench in town, part 2⟫", next="Notes from a data meetup",
    footer="⟪© 2026 Imogen Clarke · Licensed CC BY 4.0⟫",
    body="""<p>⟦Dear members of the board of the Valley Transit Authority,⟧</p>
<p>I am writing to ask you to do something small that would make a large difference to the people who ride your buses: publish your timetables as open data, in the standard format that every journey planner understands, and keep them up to date.</p>
<p>Today your schedules exist only as PDF files on your website, one per route, updated whenever a route changes. To find out when the next bus leaves, a rider must know which route to look for, download the right file and read a table designed for printing. Journey planning apps, including the ones already on most of your riders’ phones, cannot use these files at all. ⟦As a result, the Valley is one of the few regions in the country where no app can tell you how to get somewhere by bus.⟧</p>
<p>I am a software developer and a daily rider on the 14 and the 22. Last autumn, with three volunteers, I typed your timetables into the standard feed format by hand, to show what is possible. It took us about sixty hours. Within a week of releasing it, two journey planners had added the Valley. Then your routes changed in January, our copy went out of date, and the apps now show times that are wrong. That is worse than showing nothing, and it is why this cannot be left to volunteers.</p>
<p>I have heard three objections, and I want to answer them directly.</p>
<p>The first is cost. Most scheduling software sold to transit agencies, including the package your staff already use, exports the standard feed with a setting that costs nothing to turn on. Where it does not, agencies of your size have done the conversion in a few days of staff time.</p>
<p>The second is control: a worry that third parties will show your data badly. But the alternative is not control; it is absence. Riders already use apps. At the moment those apps either ignore your buses or rely on a feed that strangers typed in by hand. An official feed is the only way to make sure what riders see is correct.</p>
<p>The third is that few people would use it. ⟦Every rider who currently drives because they cannot work out the bus is a rider you are losing.⟧ Your own surveys say that “difficulty finding information” is the second most common reason people give for not using the service.</p>
<p>I am asking for three things: publish an official feed by the summer timetable change; update it whenever a timetable changes; and publish it under an open licence, so anyone may use it. My volunteers and I would gladly help your staff test it, free of charge.</p>
<p>Thank you for your time and for the work you do keeping the Valley moving.</p>
<p>⟦Yours sincerely,⟧<br>Imogen Clarke<br>Route 14 rider, Eastfield</p>""",
    kind="opinion", why="open letter urging transit authority to publish open timetable data",
))

# ---------------------------------------------------------------- release announcement with quotes, no author, no metadata
PAGES.append(dict(
    case="en-news-tallyhorelease", lang="en", skin="hugo", domain="tallyho-project.example", site="Tallyho",
    url="https://tallyho-project.example/blog/tallyho-3-0-released/",
    h1="Tallyho 3.0 released with streaming imports and a new plugin API",
    authors=None, byline_text=None, meta="min",
    pub="2026-03-16", date="16 March 2026",
    nav=["Docs", "Blog", "Download", "Community", "GitHub"],
    tags=["release", "announcements"], recent=["⟪Tallyho 2.9.4 security release⟫", "⟪Meet the maintainers: Grace Lindholm⟫", "⟪Plugin API 3.0: the migration guide⟫", "Call for maintainers: Windows packaging", "Our 2025 in numbers"],
    prev="⟪Tallyho 2.9.4 security release⟫", next="Call for maintainers: Windows packaging",
    footer="⟪Tallyho is a community project. Documentation licensed CC BY 4.0.⟫",
    body="""<p>⟦The Tallyho project released version 3.0 of its open-source survey-counting tool on Monday,⟧ the first major release in more than two years. The update adds streaming imports for large files, a rewritten plugin interface and support for right-to-left languages in exported reports.</p>
<p>Tallyho is used by election observers, researchers and non-profit organisations to tally paper survey forms and ballots that have been scanned or entered by hand. According to the project’s download statistics, version 2 was installed about 48,000 times in 2025, roughly twice as often as in the year before.</p>
<h2>What is new</h2>
<p>The most visible change is the import engine. Previous versions loaded an entire file into memory before counting, which limited imports to a few hundred thousand rows on a typical laptop. Version 3.0 reads files as a stream. In the project’s tests, a file of 12 million rows was imported in under four minutes using less than 300 MB of memory.</p>
<p>“Observers were splitting their files into dozens of pieces to get them through,” said Femi Adebayo, one of the project’s four core maintainers, in the release notes. ⟦“That was error-prone, and in election work errors are exactly what you cannot afford.”⟧</p>
<p>The plugin interface has been redesigned so that plugins run in a separate process and cannot change the core data. Plugins written for version 2 will need to be updated. The maintainers said the ten most-used plugins had already been ported, and that a migration guide was available in the documentation.</p>
<p>Exported PDF and HTML reports now lay out Arabic, Hebrew, Persian and Urdu text correctly. The work was funded by a grant of 40,000 euros from an open-source foundation and carried out by two contributors in Amman and Lahore.</p>
<h2>Breaking changes and support</h2>
<p>Version 3.0 requires Python 3.11 or later and drops support for the legacy XML project format, which was deprecated in 2023. ⟦Version 2.9 will receive security fixes until the end of 2026,⟧ the maintainers said.</p>
<p>Maintainer Grace Lindholm said the team had delayed the release twice to finish testing with partner organisations. “We had five observer groups run 3.0 alongside 2.9 on real data from last year’s local elections,” she said. “The counts matched in every case.”</p>
<p>The release includes contributions from 63 people, 29 of them first-time contributors. Packages are available for Linux, macOS and Windows, and the source code is published under the Apache 2.0 licence.</p>
<p>⟦The next minor release, 3.1, is planned for the summer and is expected to add scanning support for handwritten digits.⟧</p>""",
    kind="news", why="release announcement reported neutrally with maintainers quoted",
))

# ---------------------------------------------------------------- tutorial with a shell script
PAGES.append(dict(
    case="en-other-sqlitebackup", lang="en", skin="hugo", domain="adakowal.example", site="ada kowal · notes",
    url="https://adakowal.example/notes/nightly-sqlite-backups/",
    h1="Nightly SQLite backups with a twelve-line shell script",
    authors=["Ada Kowal"], byline_text="Ada Kowal", byline_name="Ada Kowal", meta="og",
    pub="2026-01-11T19:30:00+01:00", date="2026-01-11", read="4 min",
    toc=["Why not just copy the file?", "The script", "Scheduling it", "Testing a restore"],
    nav=["Notes", "Talks", "Now", "About"],
    tags=["sqlite", "backups", "shell"], recent=["⟪Notes on systemd timers⟫", "Self-hosting a feed reader on a 5 euro server", "⟪A checklist for retiring a server⟫"],
    prev="⟪Self-hosting a feed reader on a 5 euro server⟫", next="Notes on systemd timers",
    footer="⟪© 2026 Ada Kowal. No cookies, no analytics.⟫",
    body="""<p>⟦My small web apps all keep their data in SQLite,⟧ and for years I backed them up badly: an occasional manual copy, whenever I remembered. This note describes the tiny script that now runs every night on each of my servers, and how I check that the backups actually work.</p>
<h2 id="why-not-just-copy-the-file">Why not just copy the file?</h2>
<p>Because the database may be in the middle of a write when you copy it, and a copy taken at the wrong moment can be corrupt. I have seen people argue that this never happens in practice. It happened to me, once, and once is enough. SQLite has a proper online backup command that takes a consistent snapshot while the application keeps running. Use it.</p>
<h2 id="the-script">The script</h2>
<pre><code>#!/bin/sh
set -eu
DB=/srv/app/data.db
DEST=/var/backups/app
STAMP=$(date +%Y-%m-%d)
mkdir -p "$DEST"
sqlite3 "$DB" ".backup $DEST/data-$STAMP.db"
⟦sqlite3 $DEST/data-$STAMP.db⟧ "PRAGMA integrity_check;" | grep -qx ok
gzip -f "$DEST/data-$STAMP.db"
find "$DEST" -name "data-*.db.gz" -mtime +30 -delete
rclone copy "$DEST" offsite:app-backups --max-age 25h
echo "backup ok: $STAMP"</code></pre>
<p>Line by line: the <code>.backup</code> command writes a consistent copy; the integrity check makes the script fail loudly if the copy is damaged; ⟦old backups are deleted after thirty days;⟧ and the last step copies the new file to a second machine, because a backup on the same disk as the original is only half a backup.</p>
<h2 id="scheduling-it">Scheduling it</h2>
<p>I run it from cron at 03:17, an odd minute chosen so that it does not collide with everything else that runs on the hour:</p>
<pre><code>17 3 * * * /usr/local/bin/backup-app.sh >> /var/log/backup-app.log 2>&1</code></pre>
<p>If the script fails, cron mails the output to me. I also have a tiny monitoring check that alerts if the newest file in the offsite folder is more than 26 hours old, which catches the case where the script silently stops running.</p>
<h2 id="testing-a-restore">Testing a restore</h2>
<p>A backup you have never restored is a hope, not a backup. Once a month, a second script downloads the latest file, unpacks it into a temporary directory, opens it and counts the rows in the three most important tables. If the counts are zero or the file will not open, it alerts me. It takes thirty seconds and has caught one problem so far in the year it has been running, when a full disk had been producing empty files for two nights.</p>
<p>⟦That is the whole setup: one script, one cron line, and a monthly restore test.⟧</p>""",
    kind="other", why="how-to with shell script and cron line",
))

# ---------------------------------------------------------------- "About" page: no date, no byline
PAGES.append(dict(
    case="en-other-aboutme", lang="en", skin="hugo", domain="miracastellanos.example", site="Mira Castellanos",
    url="https://miracastellanos.example/about/",
    h1="About", title_tag="About · Mira Castellanos",
    authors=None, byline_text=None, meta="min", og_title="About",
    pub="", exp_pub=None, date=None,
    nav=["Writing", "Projects", "Now", "About"],
    footer="⟪© 2026 Mira Castellanos · Built on a Raspberry Pi in a cupboard⟫", recent=["⟪Boring software is a feature⟫", "⟪Learning Dutch at forty, month six⟫", "⟪Notes on testing data pipelines⟫", "Bread diary: the rye experiments"],
    body="""<p>⟦Hi, I am Mira. I write software for a living and essays for fun,⟧ and this website is where both end up.</p>
<p>I grew up in Valencia, studied physics in Lyon, and have lived in Rotterdam since 2017, where I work as a backend engineer at a company that makes software for shipping terminals. Before that I spent four years building data tools for a public health institute, which is where I learned that the hardest part of any data project is the meeting where someone asks what a column actually means.</p>
<h2>What you will find here</h2>
<p>⟦Most of what I publish falls into three piles.⟧ There are technical notes, usually about databases, small tools and the kind of bugs that take a week to find and one line to fix. There are longer essays about technology and work, some of which argue for things I believe quite strongly, such as boring software and four-day weeks. And there are occasional notes about cycling, bread and learning Dutch, which is going slowly.</p>
<p>I try to write one long piece a month and short notes whenever I have something worth writing down. I do not always manage it.</p>
<h2>Things I have made</h2>
<ul>
<li>A command-line tool for comparing two database schemas, which a surprising number of people use</li>
<li>A small library for parsing shipping container codes, with more tests than code</li>
<li>A printed zine about the bridges of Rotterdam, sold out, never reprinted</li>
</ul>
<h2>Talks</h2>
<p>I have spoken at a handful of conferences and meetups, mostly about testing data pipelines. The slides and recordings are on the <a href="/projects/">projects page</a>. I am happy to speak at community events, especially ones that pay their speakers or at least feed them.</p>
<h2>How this site works</h2>
<p>This site is built with a static site generator and served from a small computer in a cupboard in my flat, with a cloud copy for when the cupboard loses power. It has no analytics, no cookies and no comments. ⟦If you want to reply to something, email me;⟧ I read everything, and I answer most things, eventually.</p>
<h2>Contact</h2>
<p>You can reach me at hello at this domain. I am also on a couple of social networks under the same name, though I check them less than I should. I do not accept guest posts or sponsored content, and I do not review products sent to me for free.</p>
<p>⟦Thanks for stopping by.⟧</p>""",
    kind="other", why="personal about page describing the author and site",
))
