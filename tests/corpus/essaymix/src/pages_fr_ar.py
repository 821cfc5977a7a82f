"""French and Arabic pages: a review-like essay that argues a cultural point, an interview written as prose,
a column on water in Amman and a report on a bakers' strike full of angry quotes."""

PAGES = []

# ---------------------------------------------------------------- review-like essay that argues a broader cultural point
PAGES.append(dict(
    case="fr-opinion-adaptations", lang="fr", skin="story", domain="lecourrierdesarts.example", site="Le Courrier des arts",
    url="https://www.lecourrierdesarts.example/2026/02/15/encore-un-comte-de-monte-cristo",
    h1="Encore un « Comte de Monte-Cristo » ? La télévision a peur de ses propres auteurs",
    deck="La nouvelle adaptation diffusée depuis mardi est soignée. Elle dit surtout ce que la fiction française n’ose plus faire.",
    authors=["Hélène Vasseur"], byline_text="Par Hélène Vasseur", ld_authors=["Hélène Vasseur"], meta="full",
    pub="2026-02-15T10:00:00+01:00", date="15 février 2026 à 10 h 00",
    nav=["Cinéma", "Séries", "Livres", "Musique", "Scènes", "Expositions"],
    footer_nav=["Mentions légales", "Confidentialité", "Contact", "Abonnement"],
    cookie="⟪Nous utilisons des cookies pour mesurer l’audience et proposer des contenus adaptés.⟫",
    related=["⟪Audiences : 5,1 millions de téléspectateurs pour le premier épisode⟫", "Les séries françaises à l’export, un marché en croissance"],
    most=["⟪Festival d’Angoulême : le palmarès complet⟫", "Un inédit de Colette retrouvé à Besançon", "La Comédie-Française annonce sa saison"],
    newsletter="Chaque vendredi, nos choix culturels de la semaine.",
    footer="⟪© 2026 Le Courrier des arts. Tous droits réservés.⟫",
    body="""<p>⟦Il faut le reconnaître d’emblée : la nouvelle série adaptée du « Comte de Monte-Cristo »⟧, dont les deux premiers épisodes ont été diffusés mardi soir sur une grande chaîne publique, est une belle réussite artisanale. Les décors marseillais sont somptueux, la photographie a la lumière dorée des tableaux de Joseph Vernet, et l’acteur principal, qui passe en trois épisodes du jeune marin naïf au vengeur glacé, tient la distance. Le public a suivi : plus de cinq millions de téléspectateurs, un score que la fiction française n’avait pas atteint depuis longtemps.</p>
<p>Et pourtant, on sort de ces deux heures avec un étrange sentiment de déjà-vu. Pas seulement parce que l’histoire d’Edmond Dantès est connue de tous, ni parce que c’est la quatrième adaptation du roman en un peu plus de vingt ans, en comptant le film sorti en salles il y a deux ans. ⟦Mais parce que cette série, malgré ses qualités, ressemble à un symptôme.⟧</p>
<p>Regardons la liste des grandes fictions patrimoniales lancées depuis cinq ans : Dumas, encore Dumas, Hugo, Zola, Maupassant, Balzac. Des œuvres magnifiques, libres de droits, connues dans le monde entier, et qui ont l’immense avantage, pour un diffuseur, de ne présenter aucun risque. Le titre fait déjà la promotion. Les enseignants recommanderont la série à leurs élèves. Les acheteurs étrangers savent ce qu’ils achètent.</p>
<p>⟦Pendant ce temps, les romanciers vivants attendent.⟧ La France publie chaque année des centaines de romans dont certains sont de formidables matériaux de fiction : des sagas familiales, des intrigues sociales, des polars ancrés dans des territoires que la télévision ne montre jamais. Quelques-uns sont adaptés, souvent pour des plateformes, rarement avec les moyens dont bénéficie aujourd’hui Edmond Dantès. Les scénaristes le disent à voix basse dans les festivals : un projet original ou contemporain est infiniment plus difficile à financer qu’un classique.</p>
<p>On objectera que le public plébiscite ces adaptations, et les audiences de mardi semblent le confirmer. C’est vrai, mais c’est un raisonnement circulaire. Le public ne peut pas plébisciter ce qu’on ne lui propose pas. Lorsque des séries originales ambitieuses ont été diffusées en première partie de soirée, certaines ont trouvé un large public, parfois plus jeune que celui des adaptations classiques. Le succès d’un Dumas ne prouve pas que les spectateurs ne veulent que du Dumas ; il prouve qu’ils veulent des histoires bien racontées, avec de l’ampleur et des personnages forts.</p>
<p>Il y a aussi quelque chose d’un peu mélancolique dans ce retour perpétuel au XIXᵉ siècle. Balzac et Zola ont écrit sur leur propre époque, sur l’argent, la spéculation, les mines, les grands magasins, la presse. ⟦Ils étaient, en leur temps, des auteurs du présent.⟧ Les adapter sans fin, c’est honorer leurs livres mais trahir un peu leur geste. Le véritable héritier de Zola, aujourd’hui, ce ne serait pas une nouvelle version de « Germinal », mais une série sur les entrepôts logistiques ou les livreurs à vélo.</p>
<p>La télévision publique a les moyens de prendre ce risque. Elle a une mission qui ne se réduit pas à l’audience, et elle l’a prouvé dans le passé. Elle pourrait, par exemple, réserver une part fixe de son budget de fiction de prestige à des adaptations de romans contemporains, ou à des créations originales, et s’y tenir. Les producteurs suivraient, parce qu’ils suivent l’argent.</p>
<p>Rien de tout cela n’enlève ses mérites à ce « Monte-Cristo », qu’on regardera jusqu’au bout avec plaisir, notamment pour la scène du château d’If, saisissante. ⟦Mais on aimerait que le prochain grand rendez-vous de la fiction française ne commence pas,⟧ une fois de plus, par « Il était une fois, en 1815 ».</p>""",
    kind="opinion", sure=False, why="reads like a series review but argues a cultural policy point",
))

# ---------------------------------------------------------------- interview written as prose, scientist speaks plainly
PAGES.append(dict(
    case="fr-news-glaciologue", lang="fr", skin="portal", domain="alpes-matin.example", site="Alpes Matin",
    url="https://www.alpes-matin.example/a/662415",
    h1="« Le glacier d’Argentière aura perdu la moitié de son volume d’ici 2050 » : rencontre avec une glaciologue",
    authors=["Thomas Rey"], byline_text="Thomas Rey", ld_authors=["Thomas Rey"], meta="og",
    pub="2026-03-01T12:15:00+01:00", date="Publié le 01/03/2026 à 12h15", strip="Dimanche 1 mars 2026",
    nav=["Actu", "Savoie", "Haute-Savoie", "Montagne", "Sports", "Loisirs"],
    footer_nav=["Mentions légales", "Données personnelles", "Nous contacter"],
    cookie="⟪En poursuivant votre navigation, vous acceptez l’utilisation de cookies.⟫",
    related=["⟪Chamonix : la Mer de Glace a encore reculé de 40 mètres⟫", "Les refuges d’altitude face au manque d’eau"],
    most=["⟪Avalanche au col du Lautaret : deux skieurs secourus⟫", "Stations : une fréquentation en hausse malgré le manque de neige"],
    footer="⟪© Alpes Matin 2026 – Reproduction interdite⟫",
    body="""<p>⟦Dans son bureau de l’Institut des géosciences de Grenoble, Claire Morand a accroché au mur deux photographies du glacier d’Argentière.⟧ La première date de 1919, la seconde de l’été dernier. Entre les deux, la langue de glace qui descendait presque jusqu’au village s’est retirée de plus d’un kilomètre. La glaciologue, qui mesure ce glacier depuis vingt-deux ans, vient de publier avec son équipe une nouvelle projection de son évolution. Nous l’avons rencontrée la semaine dernière.</p>
<p>Elle commence par rappeler comment on mesure un glacier. Chaque automne, son équipe plante des balises en bois dans la glace, à différentes altitudes, et revient au printemps et à la fin de l’été pour mesurer ce qui a fondu et ce qui s’est accumulé. « C’est un travail très physique, très artisanal, raconte-t-elle. On monte avec des foreuses à vapeur, des sacs de balises, on dort parfois au refuge. Les satellites nous aident beaucoup aujourd’hui, mais rien ne remplace la mesure sur place. »</p>
<p>Ces mesures, combinées à des modèles climatiques, conduisent à un résultat sans ambiguïté. ⟦Selon l’étude, le glacier d’Argentière aura perdu environ la moitié de son volume actuel d’ici 2050,⟧ quel que soit le scénario d’émissions retenu. « Ce qui va se passer dans les vingt-cinq prochaines années est déjà largement écrit, explique-t-elle. Le glacier réagit avec retard au réchauffement qui a déjà eu lieu. » Les choix faits aujourd’hui, en revanche, détermineront ce qu’il en restera à la fin du siècle : un glacier réduit mais encore vivant au-dessus de 3 000 mètres, ou quelques plaques de glace morte.</p>
<p>Claire Morand parle de son objet d’étude avec une affection évidente, mais sans sentimentalisme. Lorsqu’on lui demande si elle est triste, elle prend le temps de réfléchir. « Triste, oui, parfois. Quand on retourne sur une balise et qu’on voit que la glace a baissé de quatre mètres en un été, ça fait quelque chose. Mais mon travail, c’est de mesurer et d’expliquer. ⟦Si je me mets à pleurer sur chaque balise, je ne fais plus de science.⟧ »</p>
<p>Elle insiste sur les conséquences très concrètes du recul des glaciers pour la vallée. Les glaciers fonctionnent comme des réservoirs : ils stockent l’eau en hiver et la relâchent pendant les mois chauds, au moment où les rivières en ont le plus besoin. « Pendant quelques années, la fonte accélérée augmente même le débit estival. Puis il y a un pic, et le débit diminue. Pour beaucoup de bassins alpins, ce pic est en train de passer. » Les communes, les producteurs d’hydroélectricité et les agriculteurs en aval devront s’adapter, souligne-t-elle.</p>
<p>Le recul crée aussi de nouveaux risques. En se retirant, la glace laisse derrière elle des moraines instables et parfois des lacs qui peuvent se vider brutalement. En 2024, un petit lac glaciaire s’est formé sous le front du glacier ; il est désormais surveillé par des capteurs. « Ce n’est pas une menace immédiate pour Argentière, précise la chercheuse, mais ce genre de phénomène va se multiplier dans les Alpes. »</p>
<p>Interrogée sur ce que l’on peut encore faire, elle se montre prudente, refusant de se poser en donneuse de leçons. Elle rappelle seulement que chaque dixième de degré compte pour les glaciers et que les mesures locales, comme couvrir certaines parties de glace de bâches en été, ne peuvent protéger que de très petites surfaces. « Ce sont des pansements. Utiles pour une piste de ski, pas pour un glacier. »</p>
<p>Avant de nous quitter, elle montre une troisième photographie, posée sur son bureau, pas encore encadrée : son fils de huit ans, l’été dernier, au pied du glacier. ⟦« Je lui ai dit de bien regarder », dit-elle simplement.⟧</p>""",
    kind="news", why="interview rendered as prose; the scientist explains, reporter stays neutral",
))

# ---------------------------------------------------------------- Arabic column, no marker, argues for water pricing reform
PAGES.append(dict(
    case="ar-opinion-miyah", lang="ar", skin="story", domain="alghadalyawm.example", site="الغد اليوم",
    url="https://www.alghadalyawm.example/2026/02/22/al-miyah-allati-la-nara",
    h1="المياه التي لا نراها",
    authors=["ريم الخطيب"], byline_text="ريم الخطيب", ld_authors=["ريم الخطيب"], meta="full",
    pub="2026-02-22T08:00:00+03:00", date="22 شباط 2026",
    nav=["محليات", "عربي ودولي", "اقتصاد", "ثقافة", "رياضة", "منوعات"],
    footer_nav=["من نحن", "سياسة الخصوصية", "اتصل بنا"],
    cookie="⟪يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.⟫",
    related=["⟪وزارة المياه: الفاقد في الشبكة يتجاوز 45 في المئة⟫", "مشروع الناقل الوطني يدخل مرحلة التنفيذ"],
    most=["⟪منخفض جوي يؤثر على المملكة نهاية الأسبوع⟫", "ارتفاع أسعار الخضار في السوق المركزي", "افتتاح مكتبة عامة جديدة في الزرقاء"],
    footer="⟪جميع الحقوق محفوظة © 2026 الغد اليوم⟫",
    body="""<p>⟦في كل صيف يتكرر المشهد نفسه في أحياء عمّان الشرقية:⟧ خزانات فارغة على الأسطح، وصهاريج تجوب الشوارع، وأسر تنتظر دورها في التزويد الأسبوعي كما ينتظر المزارع المطر. وفي كل صيف يتكرر الخطاب نفسه أيضاً: الأردن من أفقر دول العالم مائياً، والمطلوب من المواطن أن يرشّد استهلاكه.</p>
<p>الحقيقة الأولى صحيحة تماماً. نصيب الفرد من المياه المتجددة في البلاد لا يتجاوز جزءاً صغيراً من خط الفقر المائي المعتمد دولياً، واللجوء والنمو السكاني والتغير المناخي جعلت الوضع أكثر صعوبة. أما الحقيقة الثانية، أي تحميل المواطن وحده مسؤولية الأزمة، فهي نصف الحقيقة في أحسن الأحوال.</p>
<p>⟦فبحسب أرقام وزارة المياه نفسها، يضيع أكثر من أربعين في المئة من المياه التي تُضخ في الشبكة قبل أن تصل إلى أي بيت.⟧ جزء من هذا الفاقد تسرّب من أنابيب قديمة تجاوز عمر بعضها نصف قرن، وجزء آخر اعتداءات على الشبكة وسرقات لا تُحاسَب، وجزء ثالث عدادات معطلة أو غير دقيقة. هذه مياه لا نراها، لكنها تساوي في كل عام ما يكفي لتزويد مئات الآلاف من الناس.</p>
<p>حين نطلب من أم في حي الهاشمي الشمالي أن تقتصد في غسيل الملابس، بينما يضيع نصف الماء تقريباً في الطريق إليها، فإننا نطلب منها أن تدفع ثمن تقصير ليس تقصيرها. ⟦الترشيد ضروري، لكنه لا يمكن أن يكون سياسة مياه كاملة.⟧</p>
<p>ما المطلوب إذن؟ أولاً، أن يصبح تقليل الفاقد أولوية معلنة لها أرقام وجداول زمنية، لا بنداً ثانوياً في خطط طويلة. ينبغي أن تُنشر كل عام، لكل محافظة، نسبة المياه غير المحسوبة، وأن تُربط مكافآت الإدارات وشركات التشغيل بتخفيضها. ما لا يُقاس لا يُصلَح، وما لا يُعلن لا يُحاسَب عليه أحد.</p>
<p>ثانياً، أن تُطبَّق القوانين على الاعتداءات الكبيرة على الشبكة بلا استثناء. كثيرون يعرفون أن بعض المزارع والمنشآت الكبرى تحصل على مياه غير مشروعة منذ سنوات، وأن الحملات تتوقف عادة عند أصحاب النفوذ. لا يمكن أن نطالب المواطن العادي بالالتزام بينما يرى من يخالف القانون علناً دون عقاب.</p>
<p>وقد أظهرت تجارب دول أخرى في المنطقة أن الحملات الجادة ضد سرقة المياه، حين تُطبق على الجميع، تستعيد كميات كبيرة خلال سنوات قليلة، وتعيد في الوقت نفسه شيئاً من الثقة بين المواطن والمؤسسات. فالناس يقبلون القواعد الصارمة حين يرون أنها تُطبق على الكبير قبل الصغير، ويرفضونها حين يشعرون أنها وُضعت لهم وحدهم.</p>
<p>ثالثاً، أن يُعاد النظر في تعرفة المياه بطريقة عادلة. التعرفة الحالية لا تغطي كلفة الضخ والمعالجة، وهذا يعني أن الخزينة تدعم الجميع، بمن فيهم أصحاب المسابح والحدائق الواسعة. تعرفة متدرجة، منخفضة للكميات الأساسية التي تحتاجها الأسرة، ومرتفعة للاستهلاك الكبير، تحقق العدالة وتوفر أموالاً لإصلاح الشبكة في الوقت نفسه.</p>
<p>سيقول البعض إن المشاريع الكبرى، وفي مقدمتها مشروع تحلية مياه البحر ونقلها من العقبة، هي الحل الحقيقي. وهذا صحيح جزئياً، فالبلاد تحتاج إلى مصادر جديدة. لكن ضخ مياه مُحلاة باهظة الكلفة في شبكة تفقد نصفها يشبه صب الماء في دلو مثقوب. ⟦لا معنى لجلب الماء من البحر قبل أن نسدّ الثقوب في بيتنا.⟧</p>
<p>أزمة المياه ليست قدراً جغرافياً فقط، بل هي أيضاً نتيجة قرارات وإدارة وأولويات. والاعتراف بذلك ليس تشكيكاً في الجهود المبذولة، بل هو الخطوة الأولى نحو تحسينها. المواطن الأردني أثبت عبر السنين أنه مستعد للتكيف والتقشف، وهو يستحق في المقابل أن يرى الدولة تبدأ بما تستطيع إصلاحه.</p>
<p>⟦هذا الصيف سيأتي كما جاء كل صيف، والسؤال هو ما إذا كنا سنستقبله بالخطاب نفسه.⟧</p>""",
    kind="opinion", why="column arguing leakage and tariffs matter more than rationing",
))

# ---------------------------------------------------------------- Arabic news: bakers' strike, anger voiced by quoted people
PAGES.append(dict(
    case="ar-news-khabbazin", lang="ar", skin="portal", domain="akhbaralsahil.example", site="أخبار الساحل",
    url="https://www.akhbaralsahil.example/a/771093",
    h1="إضراب المخابز يدخل يومه الثالث في صفاقس والحكومة تعد بصرف المستحقات",
    authors=["سامي بن عمر"], byline_text="سامي بن عمر", ld_authors=["سامي بن عمر"], meta="min",
    pub="2026-03-04T16:40:00+01:00", date="الأربعاء 4 مارس 2026 - 16:40", strip="الأربعاء 4 مارس 2026",
    nav=["وطنية", "جهات", "اقتصاد", "عالمية", "رياضة", "ثقافة"],
    footer_nav=["من نحن", "الخصوصية", "اتصل بنا"],
    cookie="⟪نستخدم ملفات الارتباط لضمان أفضل تجربة على موقعنا.⟫",
    related=["⟪ديوان الحبوب: مخزون القمح يكفي حتى نهاية أفريل⟫", "نقابة المخابز تطالب بمراجعة هامش الربح"],
    most=["⟪أمطار غزيرة منتظرة على الشمال الغربي⟫", "النادي الصفاقسي يتأهل إلى ربع النهائي"],
    footer="⟪© 2026 أخبار الساحل - جميع الحقوق محفوظة⟫",
    body="""<p>⟦دخل إضراب أصحاب المخابز في ولاية صفاقس يومه الثالث على التوالي الأربعاء،⟧ وسط طوابير طويلة أمام المخابز القليلة التي واصلت العمل، في وقت أعلنت فيه وزارة التجارة أنها ستصرف جزءاً من المستحقات المتأخرة لأصحاب المخابز قبل نهاية الأسبوع.</p>
<p>ويطالب المضربون بصرف مستحقات الدعم المتأخرة منذ أكثر من ستة أشهر، والتي تقول الغرفة الجهوية للمخابز إنها تتجاوز عشرين مليون دينار على مستوى الولاية، إضافة إلى مراجعة هامش الربح المحدد للخبز المدعم، الذي لم يتغير منذ سنوات رغم ارتفاع أسعار الكهرباء والأجور والخميرة.</p>
<p>وقال رئيس الغرفة الجهوية للمخابز بصفاقس، الهادي الكشو، في تصريح للموقع: ⟦«لم نعد قادرين على الاستمرار. أنا أبيع الخبز بالخسارة منذ شهور،⟧ وأقترض لأدفع أجور العمال. الدولة تطلب منا أن ننتج الخبز المدعم ثم تتأخر في الدفع نصف سنة. هذا ليس عدلاً، ومن حقنا أن نرفع صوتنا». وأضاف أن نحو ثلثي مخابز الولاية البالغ عددها قرابة 380 مخبزة شاركت في الإضراب.</p>
<p>وفي حي الربض، وقف العشرات منذ الساعة السادسة صباحاً أمام إحدى المخابز المفتوحة. وقالت نجاة، وهي ربة بيت في الخمسينات من عمرها: «نفهم أن أصحاب المخابز مظلومون، لكننا نحن أيضاً مظلومون. لدي خمسة أطفال، ووقفت ساعتين لأحصل على أربع خبزات. ⟦من يدفع الثمن في النهاية؟ المواطن البسيط دائماً».⟧</p>
<p>أما العامل في مخبزة بوسط المدينة، محمد الصغير، فقال إن العمال يخشون على أجورهم. «إذا استمر الإضراب أسبوعاً آخر، فلن يدفع لنا أحد. نحن بين نارين: صاحب المخبزة غاضب من الدولة، والناس غاضبون منا».</p>
<p>وفي معتمدية ساقية الزيت، قال صاحب مخبزة رفض الكشف عن اسمه إنه لم يشارك في الإضراب «خوفاً من سحب الحصة»، لكنه يتفهم مطالب زملائه. وأوضح أن كلفة إنتاج الخبزة الواحدة ارتفعت بشكل كبير خلال العامين الماضيين، في حين بقي سعر البيع ثابتاً، وأن الفارق يُفترض أن تغطيه الدولة عبر منحة الدعم التي تصل متأخرة. وأضاف: «بعض الزملاء باعوا سياراتهم ليدفعوا فواتير الكهرباء. هذا وضع لا يمكن أن يستمر طويلاً».</p>
<p>كما أكد عدد من أصحاب المطاعم والمقاهي في المدينة أنهم اضطروا إلى تقليص بعض الوجبات أو شراء الخبز من ولايات مجاورة بأسعار أعلى.</p>
<p>من جهتها، قالت وزارة التجارة في بيان إنها «تتفهم الصعوبات التي يواجهها أصحاب المخابز»، وإنها ستصرف دفعة أولى من المستحقات المتأخرة بقيمة سبعة ملايين دينار قبل يوم الجمعة، على أن تُصرف البقية «في أقرب الآجال». ودعت الوزارة أصحاب المخابز إلى استئناف العمل «حفاظاً على مصلحة المواطن»، مشيرة إلى أن أي امتناع عن إنتاج الخبز المدعم يعرّض صاحبه لسحب حصته من الفرينة المدعمة.</p>
<p>ورد الكشو على البيان بأن الإضراب «لن يُرفع بالوعود». وقال: «سمعنا هذا الكلام مرات كثيرة. عندما نرى المال في حساباتنا، سنعود إلى العمل في اليوم نفسه».</p>
<p>وأفاد والي صفاقس في تصريح إذاعي صباح الأربعاء بأن السلطات الجهوية اتفقت مع عدد من المخابز غير المضربة ومع وحدات الجيش على رفع الإنتاج، وأنه تم توزيع كميات إضافية من الخبز في الأحياء الشعبية عبر نقاط بيع مؤقتة. وقال إن «الوضع تحت السيطرة» وإن المفاوضات مع الغرفة «متواصلة وبناءة».</p>
<p>ويعتبر الخبز المدعم مادة أساسية لملايين التونسيين، وتخصص الدولة سنوياً مبالغ كبيرة لدعم الحبوب ومشتقاتها. ⟦وتشهد البلاد منذ سنوات اضطرابات متكررة في توفير بعض المواد الأساسية،⟧ بسبب صعوبات مالية تواجهها المؤسسات العمومية المكلفة بالتوريد.</p>
<p>ومن المنتظر أن تعقد الغرفة الوطنية للمخابز اجتماعاً الخميس في العاصمة لتقرير ما إذا كان الإضراب سيتوسع إلى ولايات أخرى. ⟦وقال مصدر نقابي إن عدة غرف جهوية أبدت استعدادها للانضمام.⟧</p>""",
    kind="news", why="strike report; anger comes only from quoted bakers and residents",
))
