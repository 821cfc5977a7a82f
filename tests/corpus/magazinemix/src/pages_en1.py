"""English, part one: columns and essays (opinion) in a news weekly, a literary review, a culture
magazine, a science magazine and a long-read site, marked strongly, weakly or not at all."""
from sites import use

PAGES = []

# ---------------------------------------------------------------- marked column: section, kicker, byline role, OpinionNewsArticle
PAGES.append(use(dict(
    case="en-opinion-nextweekly-fourday", lang="en", skin="nextweekly", secpath="opinion",
    url="https://www.meridianweekly.example/opinion/2026/03/12/the-four-day-week-is-a-test-of-trust",
    h1="The four-day week is a test of trust, and most bosses are failing it",
    deck="Employers say they want results, not hours. Their own pilot schemes suggest otherwise.",
    kicker="Opinion", section="Opinion", authors=["Hannah Okafor"], byline_text="Hannah Okafor, Columnist",
    byline_html='<a href="/profile/hannah-okafor">Hannah Okafor</a>, Columnist', ld_authors=["Hannah Okafor"], ld_type="OpinionNewsArticle",
    ld_section="Opinion", meta_section="Opinion", pub="2026-03-12T06:00:00+00:00", date="Thursday 12 March 2026", readmin=6, listen="6:12",
    hero="⟪Office workers in Manchester. Photograph: Meridian picture desk⟫",
    bio="⟪Hannah Okafor writes a weekly column on work and money.⟫", tags=["Work", "Employment", "Four-day week"],
    comments=[("daveinleeds", "2 hours ago", "My firm tried this and quietly dropped it after six weeks."), ("Ros M", "1 hour ago", "Trust cuts both ways.")],
    body="""⟦Every few months another company announces, with some fanfare, that it is trying a four-day week.⟧ The press release talks about wellbeing and productivity. The staff get a new calendar. And then, somewhere around the third month, the managers start to twitch.

I have spent the past year talking to people whose employers joined these pilots, and the pattern is remarkably consistent. The work gets done. Output, by the firms' own measures, holds steady or rises slightly. What breaks is not the business but the nerve of the people running it.

[[H|The problem is not productivity]]

Consider the retailer whose head-office staff moved to a Monday-to-Thursday schedule last spring. Sales targets were met. Customer complaints fell. Yet by the summer, team leaders were asking for "a quick check-in" on Fridays, then for people to "stay reachable", and finally for the day off to rotate so that the office was never empty. Nobody cancelled the scheme. It simply dissolved.

[[PULL|What breaks is not the business but the nerve of the people running it.]]

⟦This is what a failure of trust looks like in practice.⟧ Managers who were trained to judge effort by presence find it very hard to judge anything else. If you cannot see someone working, the instinct says, perhaps they are not.

[[NEWS]]

[[H|What good employers do differently]]

The firms that make it work tend to share three habits. They decide in advance what the week is for, rather than compressing five days of meetings into four. They measure outcomes that existed before the pilot began, so that nobody can move the goalposts. And, crucially, they protect the fifth day from their own managers as firmly as from clients.

[[LIST|They cut standing meetings by at least a third before the trial starts.|⟦They publish the measures of success to every member of staff.⟧|They treat a Friday e-mail from a boss as a breach, not a favour.]]

None of this is complicated. It does, however, require executives to believe that adults paid to do a job will generally do it. That is a lower bar than it sounds, and yet it is the one most of them keep tripping over.

⟦If your four-day week failed, look first at the people who were afraid of the empty office.⟧""",
    kind="opinion", why="weekly column arguing employers fail four-day-week trials through distrust",
), "meridian"))

# ---------------------------------------------------------------- unmarked: signed column under Life, typed Article
PAGES.append(use(dict(
    case="en-opinion-nextweekly-leafblowers", lang="en", skin="nextweekly", secpath="life",
    url="https://www.meridianweekly.example/life/2026/04/03/leaf-blowers-and-the-noise-we-accept",
    h1="Leaf blowers, and the noise we have agreed to put up with",
    deck="A spring morning on a suburban street, and a question nobody seems to ask.",
    kicker="Life", section="Life", authors=["Tom Ashworth"], byline_text="Tom Ashworth",
    byline_html='<a href="/profile/tom-ashworth">Tom Ashworth</a>', ld_authors=["Tom Ashworth"], ld_type="Article", ld_section="Life",
    meta="og", pub="2026-04-03T07:30:00+01:00", date="Fri 3 Apr 2026 07.30 BST", readmin=5,
    hero="⟪A garden in Surrey in early April. Photograph: Meridian⟫",
    bio="⟪Tom Ashworth is a writer and the author of a book on allotments.⟫", tags=["Gardens", "Noise", "Suburbs"],
    body="""⟦At a quarter past eight on Tuesday, the man across the road started his leaf blower.⟧ There were, as far as I could see, perhaps eleven leaves on his drive. He blew them for twenty minutes, back and forth, until they had been driven into the hedge of the house next door, where they will no doubt be waiting for him next week.

I do not blame him. He has been sold a machine that promises tidiness, and tidiness has become one of the few virtues a suburban street can display in public. But I have come to think that the leaf blower is a small, perfect example of a nuisance we have all agreed not to mention.

[[AD]]

⟦A petrol blower at close range is louder than a passing lorry.⟧ It runs for far longer. Its noise carries through double glazing and into the bedrooms of children, shift workers and anyone who works from home. And what it achieves could be done, in most gardens, with a rake and ten minutes of mild exercise.

[[PULL|It runs for far longer.]]

⟦Several towns in other countries have restricted them⟧, usually to certain hours, sometimes to electric models only. The objections are always the same: the gardeners' trade will suffer, the rules cannot be enforced, this is the nanny state again. Yet the towns that tried it did not collapse. Their gardeners bought quieter tools and went on working.

We should do the same, and I suspect most people would quietly welcome it. The silence of a Sunday morning used to be something a street shared without thinking. ⟦It seems a small thing to ask for it back.⟧""",
    kind="opinion", sure=True, why="signed first-person column under Life arguing to restrict leaf blowers",
), "meridian"))

# ---------------------------------------------------------------- weak: kicker "Essay" only, in a literary review
PAGES.append(use(dict(
    case="en-opinion-screview-footnotes", lang="en", skin="screview", secpath="issue/spring-2026",
    url="https://lanternreview.example/issue/spring-2026/the-pleasures-of-the-footnote",
    h1="The Pleasures of the Footnote", deck="Small print, long memory: why the best books keep a second voice at the bottom of the page",
    kicker="Essay", crumbs=["Spring 2026", "Vol. 41, No. 2"], authors=["Miriam Castell"], byline_text="Miriam Castell",
    byline_html='<a href="/contributors/miriam-castell">Miriam Castell</a>', ld_authors=["Miriam Castell"], ld_type="Article",
    meta="og", pub="2026-03-02T09:00:00-05:00", date="March 2, 2026", readmin=14,
    bio_head="About the author", bio="⟪Miriam Castell teaches eighteenth-century literature and is writing a book about marginalia.⟫",
    comments=[],
    body="""⟦There is a particular happiness in finding, at the foot of a page, a number that leads somewhere.⟧ Most readers skip footnotes, and most publishers would rather authors did not write them. I want to argue that this is a loss, and that the footnote is one of the great inventions of the printed book.<sup><a href="#fn1">1</a></sup>

[[BREAK|◆]]

The objection to footnotes is that they interrupt. They break the line of an argument, send the eye downwards, and return it, a little dazed, to a sentence it had half forgotten. This is true. ⟦But interruption is not always a fault in a book.⟧ Conversation is full of interruptions, and the best conversations are made of them: the aside, the correction, the story that is only half relevant and wholly delightful.

[[PULL|A footnote allows a writer to be two people at once.]]

A footnote allows a writer to be two people at once. Above the line is the public voice, orderly and patient. Below it is someone who has read too much, who cannot resist telling you that the bishop in question also kept bees, or that the famous letter was probably forged. Gibbon knew this. So did the anonymous editors of the old county histories, whose notes are often livelier than their texts.

[[BREAK|◆]]

Endnotes are a compromise that satisfies nobody. They exile the second voice to the back of the book, where it can be consulted only with two bookmarks and considerable goodwill. Digital books have made matters both better and worse: a tap reveals the note, but the note now floats free of its page, like a remark overheard in another room.

⟦What I am defending, then, is not pedantry but company.⟧ A well-made footnote tells the reader that the author trusts them to wander and to come back. It admits that knowledge is untidy and that the main line of an argument is always a selection from a larger mess.

Publishers should let writers keep their notes, and readers should look down more often. ⟦The bottom of the page is where books keep their secrets.⟧

[[NOTES|Anthony Grafton’s history of the footnote remains the place to start.]]

[[ISSUE|⟪This essay appears in the Spring 2026 issue of The Lantern Review.⟫]]""",
    kind="opinion", why="essay arguing for footnotes; marked only by an Essay kicker",
), "lantern"))

# ---------------------------------------------------------------- unsigned editorial: The Editors (null)
PAGES.append(use(dict(
    case="en-opinion-screview-editors", lang="en", skin="screview", secpath="politics",
    url="https://lanternreview.example/politics/comment-the-libraries-bill",
    h1="Comment: The Libraries Bill Deserves Better Than a Quiet Death",
    kicker="Comment", crumbs=["Politics", "Comment"], authors=None, byline_text="The Editors",
    byline_html='<a href="/contributors/the-editors">The Editors</a>', ld_authors=["org:The Lantern Review"], ld_type="OpinionNewsArticle",
    ld_section="Comment", pub="2026-03-18T08:00:00-04:00", date="March 18, 2026", readmin=5, dropcap=False,
    bio_head="", bio="", comments=[("R. Hale", "March 19", "⟪As a county librarian I can only say thank you.⟫")],
    body="""⟦The bill that would have guaranteed every county a funded public library is about to die in committee.⟧ It will not be voted down. It will simply not be scheduled, and at the end of the session it will lapse, and the legislators who let it lapse will say, if asked, that they supported it in principle.

We think that outcome would be a disgrace, and we say so plainly.

Libraries are among the few public spaces left where nobody is asked to buy anything. ⟦They lend books, of course, but⟧ they also lend laptops, fishing rods and seed packets; they host tax clinics and toddler sessions; in a heatwave they are where the elderly go to keep cool. ⟦Their budgets have fallen by a quarter in a decade while their visitor numbers have held up.⟧

[[PULL|We think that outcome would be a disgrace, and we say so plainly.]]

The objections to the bill are familiar. It costs money. It ties the hands of county councils. It favours one kind of service over others that also need help. Each of these is a fair point, and none of them is a reason to avoid a vote. If the bill is flawed, amend it. If it is too expensive, say which cuts you would make instead.

What is not acceptable is to let a popular and modest measure expire through inattention, because nobody with power finds it urgent. ⟦Those who run the committee should schedule the vote before the spring recess.⟧

[[ISSUE|⟪From the April 2026 issue.⟫]]""",
    kind="opinion", why="unsigned editorial by The Editors urging a committee vote",
), "lantern"))

# ---------------------------------------------------------------- marked op-ed: section Opinion, URL, ld section
PAGES.append(use(dict(
    case="en-opinion-culturemag-museumfees", lang="en", skin="culturemag", secpath="opinion",
    url="https://www.tessellate-mag.example/opinion/museums-should-scrap-exhibition-fees",
    h1="Museums should scrap their blockbuster exhibition fees", deck="The ticketed show has become the default. It is quietly shrinking who visits.",
    kicker="Opinion", crumbs=["Opinion", "Art"], section="Opinion", authors=["Priya Raman"], byline_text="By Priya Raman",
    byline_html='By <a href="/authors/priya-raman">Priya Raman</a>', ld_authors=["Priya Raman"], ld_type="OpinionNewsArticle", ld_section="Opinion",
    meta_section="Opinion", pub="2026-02-24T10:00:00+00:00", date="24 February 2026", readmin=6,
    hero="⟪Queueing for a ticketed exhibition in London. Photo: Tessellate⟫",
    bio="⟪Priya Raman is a curator and a contributing writer at Tessellate.⟫", tags=["Museums", "Art", "Access"],
    comments=[("Gallery Goer", "24 Feb", "Eighteen pounds for a show about the Impressionists is too much, full stop.")],
    body="""⟦Free admission to national museums was one of the great cultural policies of the last half-century.⟧ It filled galleries with schoolchildren, tourists and people sheltering from the rain, and it made the idea that art belonged to everyone something more than a slogan.

Yet walk into almost any major museum now and the most talked-about thing in the building will be behind a ticket desk. ⟦The blockbuster exhibition has become the place where the institution keeps its real ambition.⟧ The permanent collection, free and often beautifully hung, is what you pass on the way.

[[NEWS]]

[[H|Who pays, and who stays away]]

The prices have crept up without much comment. Twenty pounds is now ordinary for a major show; with a booking fee and a catalogue, a family can spend the better part of a hundred. Museums point to concessions and free evenings, and those are welcome. But the visitor surveys tell a consistent story: the people who buy tickets are older, wealthier and more likely to have visited a museum in the past month than the public as a whole.

[[PULL|Twenty pounds is now ordinary for a major show.]]

I understand why museums do it. Grants have shrunk, insurance for loans has soared and the exhibition budget has to come from somewhere. But charging at the door is a choice, and it is a choice to make the most expensive, most carefully researched work in the building available to a narrower audience than the rest.

[[H|A better bargain]]

There are alternatives. Sponsors could be asked to fund free days rather than private views. Touring shows could be shared across several regional museums to spread costs. ⟦Above all, museums could decide that at least one major exhibition a year will be free, and plan their budgets around it.⟧

That would cost money. It would also remind visitors, and the museums themselves, what the free admission policy was for. ⟦A collection that is free only in its quieter rooms is not really free at all.⟧""",
    kind="opinion", why="op-ed under Opinion arguing museums should drop exhibition fees",
), "tessellate"))

# ---------------------------------------------------------------- weak: URL segment /columns/ only
PAGES.append(use(dict(
    case="en-opinion-culturemag-laughtrack", lang="en", skin="culturemag", secpath="columns",
    url="https://www.tessellate-mag.example/columns/bring-back-the-studio-audience",
    h1="Bring back the studio audience", kicker="", crumbs=["TV"], section="TV",
    authors=["Jonah Fell"], byline_text="Jonah Fell", byline_html='<a href="/authors/jonah-fell">Jonah Fell</a>',
    ld_authors=["Jonah Fell"], ld_type="Article", ld_section="TV", meta="og", pub="2026-03-27T12:00:00+00:00", date="27.03.2026", readmin=4,
    w={"mins": "%d minute read"},
    hero="⟪A sitcom set during recording. Photo: Tessellate archive⟫",
    bio="⟪Jonah Fell writes about television every other Friday.⟫", tags=["TV", "Comedy", "Sitcoms"],
    body="""⟦Somewhere in the last fifteen years, television comedy decided it was embarrassed by laughter.⟧ The studio audience went first, then the laugh track, and now the typical comedy series is shot like a small, sad film, with handheld cameras and long silences that are supposed to be funny.

Some of these shows are very good. But I think the genre has lost something, and it is time to say so.

[[TWEET|Recorded a pilot in front of a live audience last night for the first time in years. Forgot how much the room teaches you.|@KateRowanWrites]]

⟦A live audience is not just a noise machine.⟧ It is a test. Writers who perform in front of real people learn quickly which jokes land and which only looked funny on the page, and actors discover a rhythm that no director can give them. Watch an old recording and you can hear the performers riding the laughs, holding a line for half a second longer because the room demanded it.

[[AD]]

The objection is that laughter tells viewers when to laugh, and that modern audiences find this patronising. Perhaps. But a single-camera comedy tells us when to laugh too, with its music cues and its lingering reaction shots. The difference is that the studio laugh was made by people who were actually there.

Broadcasters say audiences are expensive and unpredictable. ⟦Yet that unpredictability is exactly what comedy needs.⟧ A show that never risks a joke dying in front of two hundred strangers will never know how alive its best jokes are.

⟦So let the audiences back in, and let us hear them.⟧""",
    kind="opinion", why="argues sitcoms should return to studio audiences; only URL says columns",
), "tessellate"))

# ---------------------------------------------------------------- marked: Comment in a science magazine
PAGES.append(use(dict(
    case="en-opinion-sciencemag-peerreview", lang="en", skin="sciencemag", secpath="comment",
    url="https://www.fieldnotes-science.example/comment/2026/03/pay-peer-reviewers",
    h1="It is time to pay peer reviewers", deck="Unpaid review props up a profitable publishing industry. That arrangement is running out of goodwill.",
    kicker="Comment", crumbs=["Comment", "Research culture"], authors=["Elena Varga"], byline_text="Elena Varga",
    byline_html='<a href="/people/elena-varga">Elena Varga</a>', ld_authors=["Elena Varga"], ld_type="OpinionNewsArticle", ld_section="Comment",
    meta_section="Comment", pub="2026-03-09T16:00:00+00:00", date="9 March 2026", readmin=7, listen="7:40",
    hero="⟪Manuscripts awaiting review at a journal office. Credit: Field Notes⟫",
    bio="⟪Elena Varga is an ecologist and chairs a working group on research assessment.⟫",
    update="Competing interests: the author has reviewed for several journals without payment.",
    body="""⟦Last year I reviewed nineteen manuscripts, and I was paid for none of them.⟧ That is normal. Peer review is one of the pillars of modern science, and it rests almost entirely on unpaid work done in evenings and at weekends by researchers who already have full-time jobs.

For a long time this felt like a fair trade. We reviewed others' papers, and others reviewed ours. But the trade has changed. ⟦Publishers now earn large margins on journals whose quality depends on labour they do not buy.⟧ Meanwhile the number of submissions keeps growing, and editors report that they must ask ten or more people to find two willing reviewers.

[[FIG|⟪Requests to review have risen sharply since 2020. Source: Field Notes analysis⟫]]

[[H|The usual objections]]

Critics of paid review raise three concerns. Money might attract careless reviewers who want the fee. It might corrupt judgement, if reviewers feel pressure to please. And it would raise costs that are passed on to libraries and authors.

The first two are empirical questions, and the small experiments so far are encouraging: journals that paid modest fees got faster reviews of similar quality. The third is real, but it assumes publishers' margins are fixed. They are not.

[[H|A modest proposal]]

I am not asking for consultancy rates. A fixed fee, paid to the reviewer or to their institution, would acknowledge that the work has value and would give early-career researchers, who do a growing share of it, something more than a line on a CV.

[[LIST|⟦A flat fee for every completed review, published in the journal’s annual report.⟧|An option to donate the fee to a research charity.|Public credit for reviewers who agree to be named.]]

⟦Goodwill is a renewable resource only if someone occasionally replenishes it.⟧""",
    kind="opinion", why="Comment piece arguing journals should pay peer reviewers",
), "fieldnotes"))

# ---------------------------------------------------------------- weak: kicker "Ideas" only, long read with chapters
PAGES.append(use(dict(
    case="en-opinion-longread-mending", lang="en", skin="longread", secpath="ideas",
    url="https://www.longshore.example/2026/mar/20/in-praise-of-mending",
    h1="In praise of mending", deck="A darned sock, a glued chair and the politics of keeping things.",
    kicker="Ideas", section="Long reads", authors=["Owen Pryce"], byline_text="by Owen Pryce", byline_html='by <a href="/contributors/owen-pryce">Owen Pryce</a>',
    ld_authors=["Owen Pryce"], ld_type="Article", pub="2026-03-20T06:00:00+00:00", date="Fri 20 Mar 2026", readmin=16,
    hero="⟪Photograph: Long Shore studio⟫", issue="", bio="⟪Owen Pryce is a furniture restorer and writer based in Swansea.⟫",
    body="""[[CHAP|I|The chair]]

⟦My grandmother owned a kitchen chair that had been repaired so many times that none of its original wood survived.⟧ The seat was new in the 1970s; the back had been replaced twice; the legs came from three different chairs. She called it the old chair, and she was right. It was the same chair in every way that mattered.

I think about that chair a great deal, because I now spend my days mending other people's furniture, and because I have come to believe that the habit of mending is one we need to recover, not as nostalgia but as a matter of public policy.

[[CHAP|II|The cost of new]]

Most of what we own is now designed to be replaced rather than repaired. Screws have given way to glue; panels are moulded rather than jointed; spare parts are discontinued after a few years. ⟦The result is that repair is often more expensive than replacement, even when it is obviously more sensible.⟧

[[FADE]]

This is not an accident of the market. It is the result of rules that reward cheap production and ignore what happens to things afterwards. Change the rules, and you change the arithmetic.

[[PULL|It is the result of rules that reward cheap production and ignore what happens to things afterwards.]]

[[CHAP|III|What we could do]]

Some countries have begun to act, requiring manufacturers to sell spare parts and publish repair manuals for a decade after a product goes on sale. ⟦These rules should be extended to furniture, clothing and toys, not just washing machines and phones.⟧ Repair cafés, run by volunteers in church halls, should receive the small grants that would keep their doors open.

Mending also teaches something that is hard to learn elsewhere: patience, and attention to the way things are made. ⟦A society that mends is a society that knows how its own objects work.⟧""",
    kind="opinion", why="essay arguing for repair policy; marked only by an Ideas kicker",
), "longshore"))
