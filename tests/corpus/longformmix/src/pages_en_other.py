"""English "other" pages: a long walking guide with a table of contents, sections, ad slots and an "at a glance"
box; a long recipe story with a drop cap, captioned figures and a collapsed second half; page 1 of a two-page
headphones review with sections, ad slots and a specifications box."""
from parts import P, ad, also, cta, factbox, fig, fold, lede, pager, sec, toc

L = "en"
PAGES = []

# ---------------------------------------------------------------- 8: guide: toc, sections with ads between them, fact box
PAGES.append(dict(
    case="en-other-ridgewalk", lang=L, skin="magazine", domain="fellandfoot.example", site="Fell and Foot",
    url="https://fellandfoot.example/routes/the-long-ridge-a-complete-guide",
    h1="The Long Ridge: a complete guide to the finest day walk in the north",
    deck="Eighteen miles, six summits and one very good pie shop. Everything you need to plan a traverse of the Long Ridge.",
    kicker="Route guide", reading="22 min read",
    authors=["Gareth Lindqvist"], byline_text="Words and photos by Gareth Lindqvist", ld_authors=["Gareth Lindqvist"], meta="ld", ld_type="Article",
    pub="2026-06-03T10:00:00+01:00", date="3 June 2026",
    nav=["Routes", "Gear", "Skills", "Wild camping", "Shop", "Magazine"],
    cookie="⟪We use cookies to improve your experience and to show relevant adverts.⟫",
    related=["⟪Ten ridge walks for beginners⟫", "How to read a contour line", "Best lightweight waterproofs of 2026"],
    most=["⟪The ten best boots for wide feet⟫", "Wild camping: the rules explained"],
    comments=[("hillbagger_jo", "⟪Did this last September, the descent off Raven Crag is brutal on the knees.⟫")],
    footer="⟪Fell and Foot is an independent walking magazine. © 2026.⟫",
    body=toc(L, [("start", "Before you go"), ("s1", "Section one: Thornby to High Pike"), ("s2", "Section two: the Saddle and the Needle"), ("s3", "Section three: Raven Crag and the descent"), ("after", "Getting back, eating, sleeping")]) +
    P("""⟦Every walker in the north has a ridge they measure the others against.⟧ For a great many of us, it is the Long Ridge: eighteen miles of grass, rock and airy crest running north from the village of Thornby to the market town of Kelderby, crossing six summits over two thousand feet along the way. On a clear day you can see three counties and the sea. On a bad day you will see nothing but the back of the walker in front, and you will remember it just as fondly.

This guide covers the full traverse from south to north, which is the usual direction because it keeps the sun behind you in the afternoon and ends at a town with a railway station and a pie shop. It is a long day, and not one to attempt without some experience of navigating in the hills, but there is nothing on it that requires scrambling skills or a head for heights beyond the ordinary.""") +
    factbox("At a glance", ["⟪Distance: 18 miles (29 km); ascent 1,640 m⟫", "Time: 9–11 hours", "Start: Thornby village hall; finish: Kelderby station", "Map: Ridge District North, 1:25,000"]) +
    sec("Before you go", """The single most important decision is the weather. The ridge is exposed for almost its entire length, and there is little shelter between the Saddle and Raven Crag. In strong westerly winds, which are common, walking along the crest becomes tiring and, on the Needle, genuinely unpleasant. Check the mountain forecast, not the general one, and be willing to postpone. The ridge has been there for four hundred million years and will wait for you.

Start early. In midsummer you have the light to be relaxed about timing, but in spring and autumn a late start can leave you descending off Raven Crag in the dusk, which is not where you want to be. Most walkers aim to leave Thornby by seven.

Carry more water than you think. There are no reliable streams on the ridge itself after the first two miles, and the only tap is at the Saddle car park, which is not always working. In warm weather, two and a half litres per person is a sensible minimum. Food, a map and compass, a head torch and a proper waterproof are non-negotiable; the ridge catches weather that the valleys never see.

⟦There are three sensible escape routes,⟧ described below at the points where they leave the ridge. Know where they are before you set off. The people who get into difficulty up here are rarely the inexperienced; they are the experienced walkers who decide, at four in the afternoon with six miles to go, that they will just push on.""", "start") +
    ad(L, 1) +
    sec("Section one: Thornby to High Pike", """Leave Thornby by the lane beside the village hall, signed for Holm Farm, and follow it for half a mile to a gate where the tarmac ends. A clear track climbs from here through a series of sheep pastures, steepening as it gains the shoulder of Thornby Fell. The first hour is the hardest of the day in terms of sustained ascent, and it is worth taking slowly: you have a long way to go.

⟦At the cairn on Thornby Fell the ridge proper begins,⟧ and the view opens to the north. You can see almost the whole route from here, curling away in a series of humps and dips towards the distinctive notch of the Saddle and the sharp little summit of the Needle beyond it. Most people stop here for the first photograph of the day and the first sandwich.

From Thornby Fell to High Pike the walking is easy: a broad grassy crest with a clear path, gently undulating, for about three miles. In mist, the path is easy to follow but the ridge is wide enough to wander off; keep the wall on your right until it turns away east after two miles. High Pike itself is a rounded summit with a trig point and a stone shelter, the only real shelter on the whole route.

Escape route one leaves from the col just before High Pike, descending west by a good path to the hamlet of Stainforth, from where there is a bus twice a day in summer.""", "s1") +
    cta(L, "Sign up for our weekly route newsletter") +
    sec("Section two: the Saddle and the Needle", """Beyond High Pike the character of the ridge changes. The crest narrows, the grass gives way to broken rock, and the path drops steeply to the Saddle, a deep col where a minor road crosses the ridge. There is a car park here, a tap that sometimes works, and on summer weekends an ice-cream van that always does. Many walkers split the ridge into two days at this point, and there is no shame in it.

⟦The climb out of the Saddle onto the Needle is the crux of the day.⟧ It is not technically difficult, but it is steep and loose, and after eight or nine miles it will feel longer than it is. The path zigzags up the southern face; keep to it, because the erosion on either side is severe and the ground is unstable. The summit is small, rocky and dramatic, with steep drops on the eastern side, and in a strong wind it is not a place to linger.

From the Needle the ridge runs north along a narrow crest for a mile, the finest stretch of the whole route. On either side the ground falls away into deep valleys, and on a clear day you feel as if you are walking along the spine of the county. In cloud it can be confusing, because the path splits several times around rock outcrops; all the branches rejoin, but keep the steep drop on your right.

Escape route two descends east from the col beyond the Needle to the youth hostel at Greendale. It is steep but well marked.""", "s2") +
    ad(L, 2) +
    sec("Section three: Raven Crag and the descent", """The last two summits, Coldside and Raven Crag, are broad and grassy again, and the walking is easier underfoot, although by now your legs may disagree. There is a boggy stretch between them that never quite dries out; the best line is on the left, close to the fence.

Raven Crag is the highest point of the day and has the best view, north across the plain to the estuary and, on a very clear evening, the hills on the far side of the firth. ⟦It is also where most walkers realise they still have four miles to go.⟧

The descent to Kelderby is long and hard on the knees. The path leaves the summit heading north-east, drops steeply over rough ground for the first half mile, and then settles into a long grassy spur that leads down to the intake wall above the town. Go through the gate, follow the walled lane past two farms, and you will come out on the main street opposite the church.

Escape route three is really a shortcut: from the col before Raven Crag a path contours west to the Kelderby road, missing the last summit and saving about an hour.""", "s3") +
    sec("Getting back, eating, sleeping", """Kelderby has a railway station with trains south to Thornby roughly every two hours until about nine in the evening; check the timetable before you set off, because missing the last train means a taxi fare you will not enjoy. There is also a bus on weekdays.

If you have made it this far, you have earned a pie. The shop on Market Street closes at six, though it has been known to stay open for walkers who ring ahead. The Drovers Arms, opposite the station, serves food until nine and does not mind muddy boots in the back bar.

If you are splitting the walk over two days, the youth hostel at Greendale is the obvious base, with the bunkhouse at the Saddle a cheaper alternative. Both fill up quickly on summer weekends.

⟦Whatever the weather does, and however your knees feel at the end, do not leave it too long before you go back.⟧ The ridge is different in every season, and it is best of all in late October, when the bracken turns and the crowds have gone home.""", "after"),
    kind="other", why="walking route guide with practical directions and tips",
))

# ---------------------------------------------------------------- 9: recipe story: drop cap lede, figures with long captions, collapsed second half
_o, _c = fold(L, "collapsed")
PAGES.append(dict(
    case="en-other-grandmasloaf", lang=L, skin="newsroom", domain="thekitchentable.example", site="The Kitchen Table",
    url="https://www.thekitchentable.example/food/2026/12/13/the-loaf-that-crossed-an-ocean",
    h1="The loaf that crossed an ocean: my grandmother’s cardamom bread",
    deck="A braided sweet bread, a tin box of handwritten cards, and what I learned trying to bake it from memory.",
    section="Food", kicker="Recipe story",
    authors=["Linnea Haraldsen"], byline_text="By Linnea Haraldsen", ld_authors=["Linnea Haraldsen"], meta="og",
    pub="2026-12-13T11:00:00-05:00", date="December 13, 2026",
    nav=["Recipes", "Food", "Drink", "Travel", "Home", "Newsletters"],
    cookie="⟪We use cookies and similar technologies to personalize content and ads.⟫",
    caption="The finished loaf, brushed with egg and scattered with pearl sugar.",
    related=["⟪Twelve holiday breads from around the world⟫", "How to braid dough, step by step", "The case for weighing your flour"],
    most=["⟪The only gingerbread recipe you need⟫", "Why your cookies spread, and how to stop it", "Best stand mixers, tested"],
    comments=[("Karin from Duluth", "⟪My mormor made this every Saturday. I cried reading this.⟫")],
    footer="⟪The Kitchen Table is a reader-supported food publication.⟫",
    body=lede("⟦My grandmother never wrote down the recipe for her cardamom bread,⟧ which is a strange thing to say about a woman who wrote down everything else. She kept a tin box of recipe cards for sixty years, hundreds of them, in a slanting hand that got larger as her eyes got worse: meatballs, pickled herring, a lemon cake she made for every funeral in the parish, a casserole involving canned soup that she was not proud of but made anyway. The bread was not in the box. When I asked her about it, years ago, she laughed and said the recipe was in her hands.") +
    P("""She came to Minnesota from a small town on the west coast of Sweden in 1954, when she was nineteen, on a ship that took eleven days. She brought one suitcase, a wool coat that was too warm for the ship and not warm enough for her first winter, and a small paper packet of cardamom pods, which her own mother had pressed into her hand at the quay. She baked the bread for the first time in America six weeks later, in the kitchen of the family she worked for as a maid, and she baked it nearly every Saturday for the next sixty-two years.

When she died, in the spring of 2019, we found the tin box and went through every card. My aunt cried at the lemon cake. My brother laughed at the soup casserole. I looked for the bread, knowing it would not be there, and it wasn’t.""") +
    fig("The tin recipe box, bought at a hardware store in Duluth in 1956. The cards inside are arranged by a system only my grandmother understood: fish, then cakes, then everything else.", "Photo: Linnea Haraldsen", "tin") +
    P("""⟦So I set out to rebuild it from memory,⟧ which turned out to mean from the memories of seven people, none of whom agreed with any of the others.

#Seven versions of one loaf

My mother was certain the dough had potato in it. My aunt said absolutely not, that was a different bread, the one from Christmas. My brother remembered it as much sweeter than I did. A neighbour who had eaten it every Saturday for twenty years said the secret was that my grandmother crushed the cardamom herself, every time, with the bottom of a glass, and never used the ground kind from a jar. On that, everyone agreed.

I baked eleven versions over three months. Some were too dense, some too dry, one was so sweet that my children, who will eat anything with sugar in it, left it on the plate. The tenth was close. The eleventh made my mother put down her coffee and go quiet for a while, which I took to be the verdict.""") +
    fig("Test loaf number four, which collapsed in the oven because I had let it rise for too long in a warm kitchen. My family ate it anyway, as they ate all of them.", "Photo: Linnea Haraldsen", "loaf4") +
    _o +
    P("""#Whose bread is it?

While I was baking, I started reading about the bread itself, and discovered that my grandmother’s loaf was not quite as personal as we had all assumed. Braided cardamom breads are baked across Scandinavia and Finland, and in the Swedish and Finnish communities of the upper Midwest they are a small institution, sold at church bazaars and county fairs under half a dozen names. ⟦Every family I spoke to believed their version was the original.⟧ A retired baker in a town near the Canadian border told me, with complete confidence, that anyone who used butter instead of lard was a fraud. Another swore by a splash of coffee in the egg wash.

I found this oddly comforting. The bread did not belong to my grandmother alone, and it did not need to. It belonged to a whole generation of young women who crossed the Atlantic with very little and recreated, in rented kitchens and other people’s houses, the smell of the places they had left. Each of them changed it a little, according to what the local store sold and what their new families liked, and each of them passed on a slightly different loaf. The recipe below is ours. Yours, if you have one, is just as right.

#What I learned

Three things made the difference, and none of them was an ingredient.

The first was patience with the dough. My grandmother kneaded by hand for what my mother estimates was fifteen minutes, far longer than most modern recipes ask for, and the dough she made was soft and almost silky. A stand mixer will do the job in eight, but you have to let it run longer than feels natural.

The second was the cardamom. Crushing whole pods, picking out the husks and grinding the seeds just before you use them makes an enormous difference. ⟦The smell when you crack the pods is the smell of my grandmother’s kitchen,⟧ and I cannot describe it better than that. Ground cardamom from a jar gives you a pleasant, vaguely spiced bread. Fresh cardamom gives you something that tastes of a place.

The third was the braid. She made a three-strand braid, loose and a little uneven, and she tucked the ends under so the loaf looked like a long pillow. I had been braiding too tightly, which made the bread dense in the middle. A loose braid gives the dough room to rise in the oven, and the bread comes out tall and light.

#The recipe

This makes two loaves, because my grandmother always made two: one for the family, one to give away.""") +
    """<h3>Ingredients</h3>
<ul class="ingredients"><li>⟦250 ml whole milk, warmed to body temperature⟧</li><li>100 g butter, melted</li><li>100 g sugar</li><li>1 packet (7 g) instant yeast</li><li>2 teaspoons cardamom seeds, freshly crushed (from about 25 pods)</li><li>½ teaspoon salt</li><li>1 egg, plus 1 egg for brushing</li><li>about 600 g plain flour</li><li>pearl sugar or coarse sugar, for the top</li></ul>
""" +
    P("""#Method

Mix the warm milk, melted butter and sugar in a large bowl, then stir in the yeast and leave for five minutes. Add the crushed cardamom, salt and one egg, and beat well. Add the flour gradually, stirring with a wooden spoon and then using your hands, until you have a soft dough that only just stops sticking to your fingers. You may not need all the flour.

Knead for fifteen minutes by hand, or eight to ten in a mixer with a dough hook, until the dough is smooth and springs back when pressed. Cover and leave to rise somewhere warm, but not hot, for about an hour, until doubled.

Divide the dough in half, and each half into three. Roll each piece into a rope about forty centimetres long. Braid three ropes loosely, pinch the ends and tuck them under. Repeat with the other three. Place both loaves on a lined baking sheet, cover with a tea towel and leave to rise for another forty-five minutes.

Heat the oven to 190°C. Brush the loaves with beaten egg, scatter generously with pearl sugar, and bake for twenty to twenty-five minutes, until deep golden brown. Cool on a rack for at least half an hour before slicing, if you can wait, which in our house nobody ever can.

#One for the family, one to give away

I have baked the bread most Saturdays this autumn. My children have started to expect it, the way I did as a child, and my daughter has asked to learn the braid. Her first attempt looked like a rope ladder. She was delighted with it.

Last weekend I took the second loaf to my grandmother’s old neighbour, the one who remembered the glass and the cardamom pods. She is ninety-one now and lives in a care home on the other side of town. She ate a slice in silence, and then she said it needed a pinch more salt.

⟦She was right, of course. I have added it to the recipe above.⟧""") + _c,
    kind="other", why="recipe told through a family story, with ingredients and method",
))

# ---------------------------------------------------------------- 10: review, page 1 of 2: sections with ad slots, specifications box
PAGES.append(dict(
    case="en-other-headphonesreview", lang=L, skin="portal", domain="signalandnoise.example", site="Signal and Noise",
    url="https://signalandnoise.example/reviews/audio/corvane-aria-2-review",
    h1="Corvane Aria 2 review: the quietest headphones we have tested, with one big catch",
    deck="Class-leading noise cancelling and a superb sound, let down by a companion app that wants far too much from you.",
    kicker="Review", strip="Tech reviews since 2011",
    authors=["Sunil Mehra"], byline_text="Reviewed by Sunil Mehra", ld_authors=["Sunil Mehra"], meta="ld", ld_type="Article",
    pub="2026-03-24T14:00:00+00:00", date="24 March 2026",
    nav=["Phones", "Laptops", "Audio", "Smart home", "Deals", "Buying guides"],
    cookie="⟪We may earn a commission when you buy through links on our site.⟫",
    related=["⟪Best noise-cancelling headphones 2026⟫", "Corvane Aria 2 vs Halden Q9: which should you buy?", "How we test headphones"],
    most=["⟪The best cheap phones you can buy right now⟫", "Our favourite laptops for students"],
    footer="⟪Signal and Noise is part of Brightline Digital Media.⟫",
    body=P("""⟦Three years ago, the first Corvane Aria arrived from nowhere and embarrassed the big names in noise-cancelling headphones.⟧ It was cheaper than the market leaders, lighter, and, to the surprise of almost everyone who tested it, quieter. We gave it five stars and called it the best pair of travel headphones you could buy. Corvane, a small company founded by two former hearing-aid engineers, sold out of its first production run in a week.

The Aria 2 is the follow-up, and it has a lot to live up to. It costs 329 pounds, eighty more than its predecessor, which puts it in direct competition with the established models it once undercut. Corvane has redesigned almost everything: new drivers, a new folding hinge, twice as many microphones for noise cancelling and voice calls, and a new companion app. I have used a pair every day for five weeks, on trains, on two long-haul flights, in a very loud open-plan office and in a quiet flat, and the verdict is more complicated than I expected.""") +
    factbox("Specifications", ["⟪Price: £329; weight 248 g⟫", "Battery: 38 hours with noise cancelling on", "Bluetooth 5.4, multipoint, USB-C audio", "Colours: graphite, stone, deep green"]) +
    sec("Design and comfort", """The first thing you notice is the weight, or rather the lack of it. At 248 grams the Aria 2 is lighter than any rival we have tested at this price, and it sits on the head with very little clamping pressure. I wore it for the whole of a thirteen-hour flight with only two breaks and had no sore spots, which I cannot say of any other pair I own.

The earcups are deeper than before and the padding is softer, covered in a faintly grippy synthetic leather that does not get as hot as some. People with larger ears will appreciate the extra room. The headband has a thin strip of memory foam and slides smoothly on metal arms that click reassuringly into place.

⟦The new hinge is a genuine improvement.⟧ The original Aria folded flat but not inward, which meant a bulky case. The Aria 2 folds both ways, and the case is now about the size of a hardback book. It is still not small, but it fits in a rucksack pocket where the old one did not.

Build quality is mostly excellent. The one weak point is the touch panel on the right earcup, which controls playback and volume by taps and swipes. It works, but it is oversensitive: adjusting the headphones on my head often paused the music, and after a week I switched the touch controls off and used the physical buttons instead.""") +
    ad(L, 1) +
    sec("Noise cancelling", """This is where the Aria 2 earns its price. Corvane has doubled the number of microphones from four to eight and rewritten its processing, and the result is the most effective noise cancelling I have heard from any consumer headphones.

On a plane, the low roar of the engines simply disappears. Not reduced, disappears: I took the headphones off mid-flight more than once to check that the engines were still running. Train rumble and air conditioning go the same way. ⟦Higher-pitched sounds, such as voices and keyboard clatter, are harder for any headphones to cancel,⟧ and here the Aria 2 is good rather than miraculous, but it is still noticeably better than its predecessor and at least level with the best of its rivals.

There is a transparency mode, which uses the microphones to let outside sound in, and it is natural enough to hold a conversation without taking the headphones off. An adaptive mode adjusts the level of cancelling as you move between environments. I found it changed its mind too often in the office, where the noise level rises and falls constantly, and settled on setting the level manually.

One thing worth knowing: the noise cancelling is strong enough that some people feel a slight pressure in the ears, sometimes described as eardrum suck. I did not, but a colleague who tried the Aria 2 for a day found it uncomfortable at the highest setting. The app lets you reduce it.""") +
    ad(L, 2) +
    sec("Calls and connectivity", """The eight microphones are not only there for noise cancelling. Four of them are dedicated to picking up your voice on calls, and the improvement over the original Aria, which was mediocre on calls, is large. ⟦People I spoke to from a busy railway station said they could hear me clearly,⟧ with the announcements and the rumble of trains reduced to a faint background. In a windy street the processing struggles a little more, and my voice took on a slightly thin, processed quality, but I was never asked to repeat myself.

Multipoint Bluetooth, which lets the headphones stay connected to two devices at once, now works properly. With the original Aria it was unreliable, often dropping the laptop connection when a phone call came in. Over five weeks the Aria 2 switched between my phone and laptop without a single hiccup, and it remembers up to eight devices. Range is good: I could walk to the far end of a large flat, through two walls, before the audio started to break up.

Latency, the delay between the picture and the sound when watching video, is low enough that I never noticed it on films or streaming. There is a low-latency mode for games, which reduces the delay further at some cost to battery life. Serious gamers will still want a wired connection, but for casual play on a phone or tablet it is perfectly adequate.

The headphones support the two most common high-quality Bluetooth codecs, but not the newest lossless standard that some phones now offer. Corvane says it chose not to, in order to keep battery life high. In practice, the difference is very hard to hear, and I would not let it put you off.""") +
    sec("Sound quality", """The original Aria had a warm, slightly bass-heavy sound that was pleasant but not especially detailed. The Aria 2 is more balanced and considerably more refined. Bass is still full and punchy, but it no longer bleeds into the mid-range, and vocals have much more presence. There is more detail in the treble too, without the harshness that some rival headphones suffer from at higher volumes.

Listening to a solo piano recording, I could hear the pedals and the slight creak of the stool in a way I had not on the original model. On busier music, such as a full orchestra or a dense rock mix, the Aria 2 keeps instruments well separated, though the soundstage, the sense of space around the music, is narrower than on the best open-backed wired headphones, as you would expect.

⟦Wired listening is possible over USB-C, with the headphones acting as their own digital converter,⟧ and this is the best way to hear them: a little more detail, a little more dynamic range, and no Bluetooth compression. There is no analogue headphone socket, which will annoy people who still use the cable supplied with airline seats. Corvane includes a USB-C to 3.5mm adapter in the box, but it is small and easy to lose.

Out of the box, the default sound profile has a small lift in the upper bass that some listeners will want to tame. The app includes a five-band equaliser and a hearing test that builds a personal profile, which Corvane, with its hearing-aid background, clearly takes seriously. ⟦The personal profile made a real difference for me, mainly in the clarity of voices,⟧ and I kept it switched on for the rest of the test. Whether you will be willing to use that app at all is another question, and it is the one that dominates the second half of this review.""") +
    pager(L, 2, "⟪Battery life, calls and the app problem⟫", "/reviews/audio/corvane-aria-2-review"),
    kind="other", why="product review with specifications, testing notes and a verdict",
))
