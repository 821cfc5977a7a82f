"""Japanese pages on a Hatena-like blog (an essay by a blogger named in her profile, a day-trip diary by a handle),
Russian pages on a LiveJournal-like journal (a community event report by a club account, a rant by a handle whose
profile names the person) and a Turkish event report on the same platform."""

PAGES = []

# ---------------------------------------------------------------- ja: essay against mandatory side jobs boom; author named in profile
PAGES.append(dict(
    case="ja-opinion-fukugyobuumu", lang="ja", skin="hatena", domain="minori-n.hatenablog.example", site="みのりの人事ノート",
    tagline="人事の仕事をしながら考えたこと",
    url="https://minori-n.hatenablog.example/entry/2026/03/08/211500",
    h1="「副業して当たり前」の空気に、私はもう乗らない",
    authors=["中川みのり"], byline_text="minori_n", byline_name="minori_n", meta="og",
    pub="2026-03-08T21:15:00+09:00", time="2026-03-08 21:15",
    cats=["働き方", "考えたこと"],
    profile="⟪中川みのり。都内のIT企業で人事を担当して十年目。週末は図書館で過ごします。⟫",
    related=["⟪面接で「残業できますか」と聞くのをやめた話⟫", "育休から戻った同僚に聞いたこと", "評価面談を三十分に短くした結果"],
    recent=["評価面談を三十分に短くした結果", "育休から戻った同僚に聞いたこと", "⟪二月に読んだ本のまとめ⟫"],
    archive=["2026 / 3", "2026 / 2", "2026 / 1"],
    prev="育休から戻った同僚に聞いたこと", next="春の異動シーズンに思うこと",
    comments=[("hanako_w", "2026/03/09", "⟪すごく共感しました。副業の話をされるたびに疲れていました。⟫")],
    footer="⟪© 2026 みのりの人事ノート⟫",
    body="""<p>⟦最近、採用面接で「副業は何をしていますか」と聞かれることが増えた、と友人から聞いた。⟧面接する側の私にとっても、他人事ではない話だ。この数年、「これからは副業くらいしていて当たり前」という空気が、職場にもSNSにも広がっている。私はこの空気に違和感を持っていて、今日はそれをきちんと言葉にしておきたい。</p>
<p>まず断っておくと、副業そのものに反対しているわけではない。本業では得られない経験を積める人もいるし、収入の柱を増やすことで安心できる人もいる。会社が副業を認めるようになったことは、良い変化だと思う。</p>
<p>問題は、「認める」がいつの間にか「期待する」に変わっていることだ。⟦副業をしていない人が、向上心のない人のように見られ始めている。⟧人事の立場から見ると、これはかなり危うい。</p>
<p>副業に使える時間は、人によって大きく違う。小さな子どもを育てている人、親の介護をしている人、体調に波がある人にとって、平日の夜や週末は「空いている時間」ではない。そういう人たちが、副業をしていないことで評価を下げられるなら、それは能力ではなく家庭の事情で人を選んでいることになる。</p>
<p>もう一つ気になるのは、本業の給料が上がらないことの責任が、いつの間にか個人に移っていることだ。「足りないなら自分で稼げばいい」という考え方は、一見すると自由で前向きに聞こえる。でも本来、フルタイムで働いて生活できる賃金を払うのは会社の仕事のはずだ。</p>
<blockquote><p>⟦休むことも、働き方の一つとして認められるべきだと思う。⟧</p></blockquote>
<p>だから私は、自分の担当する面接では副業の有無を聞かないことにした。聞くとすれば、本人が話したいと思った場合だけだ。社内の研修でも、副業を「推奨」ではなく「選択肢の一つ」として紹介するよう、上司に提案している。</p>
<p>副業をしたい人は、どんどんすればいい。でも、しない人が肩身の狭い思いをする職場にはしたくない。⟦仕事が終わったら、ただ本を読んで眠る。そういう生き方も、ちゃんと尊重される社会であってほしい。⟧</p>""",
    kind="opinion", why="HR blogger argues against treating side jobs as expected",
))

# ---------------------------------------------------------------- ja: day-trip diary by a handle
PAGES.append(dict(
    case="ja-other-kyotohigaeri", lang="ja", skin="hatena", domain="tabinokuma.hatenablog.example", site="旅するくまの日記",
    tagline="日帰りと一泊二日の旅の記録",
    url="https://tabinokuma.hatenablog.example/entry/2026/02/22/kyoto-higaeri",
    h1="雨の京都日帰り旅、ほとんど予定どおりにいかなかった一日",
    authors=None, byline_text="tabi_no_kuma", byline_name="tabi_no_kuma", meta="min",
    pub="2026-02-22T22:40:00+09:00", time="2026-02-22 22:40",
    cats=["旅行", "京都", "日帰り"],
    profile="⟪週末になると電車に乗ってどこかへ行く会社員です。食べることが好き。⟫",
    related=["⟪冬の金沢、一泊二日で回ったところ⟫", "奈良の鹿と朝ごはん", "青春18きっぷで行ける温泉まとめ"],
    recent=["冬の金沢、一泊二日で回ったところ", "⟪奈良の鹿と朝ごはん⟫", "青春18きっぷで行ける温泉まとめ"],
    archive=["2026 / 2", "2026 / 1", "2025 / 12"],
    prev="冬の金沢、一泊二日で回ったところ", next="神戸の坂道を歩いた日",
    comments=[("yuki_travel", "2026/02/23", "⟪雨の京都もいいですよね。お豆腐屋さん、今度行ってみます。⟫")],
    footer="⟪© 2026 旅するくまの日記⟫",
    body="""<p>⟦朝六時に起きて窓を開けたら、思っていたより強い雨が降っていた。⟧天気予報では午後から晴れると言っていたので、そのまま新幹線に乗ることにした。今日は京都への日帰り旅。目的は、前から行きたかった北の方のお寺と、友人に教えてもらったお豆腐屋さんだ。</p>
<p>京都駅に着いたのは九時すぎ。駅の中は観光客でいっぱいで、傘を持った人の列がバス乗り場まで続いていた。バスは諦めて地下鉄に乗り、そこから歩くことにした。</p>
<h3>お寺で一時間、雨の音を聞く</h3>
<p>最初に向かったお寺は、雨のせいか人がほとんどいなかった。本堂の縁側に座ると、庭の苔に雨が落ちる音だけが聞こえる。⟦気づいたら、一時間近くそこでぼんやりしていた。⟧予定では三つのお寺を回るつもりだったが、この時点で一つ目に全部の時間を使ってしまった。でも、不思議と後悔はなかった。</p>
<h3>お豆腐屋さんは臨時休業</h3>
<p>お昼は友人おすすめのお豆腐屋さんへ。ところが、お店の前まで行くと「本日臨時休業」の貼り紙。しばらく立ち尽くしてから、近くの小さな食堂に入った。出てきたのは湯豆腐とご飯と漬物の定食で、結果的にちゃんとお豆腐を食べることができた。店のおばあさんに休業のことを話すと、「あそこは月に一回、急に休むんよ」と笑っていた。</p>
<h3>午後は晴れなかった</h3>
<p>予報は外れて、午後も雨はやまなかった。川沿いを歩く予定はやめて、商店街の古本屋を何軒かのぞいた。昭和の旅行ガイドを一冊買った。今の京都と比べながら読むのが楽しみだ。</p>
<p>古本屋の店主さんは、雨の日はかえってお客さんが長く店にいてくれるのだと言っていた。⟦棚の前で三十分以上迷って、結局二冊だけ買った。⟧帰りのかばんが少し重くなった。</p>
<p>夕方、駅に戻る前に喫茶店でコーヒーとプリンを食べた。窓の外を見ていたら、ほんの少しだけ雨が弱くなって、山の方が明るくなった。</p>
<p>今日のメモ：雨の日のお寺は空いていておすすめ。お豆腐屋さんは事前に営業日を確認すること。歩きやすい靴と、替えの靴下は必須。</p>
<p>⟦予定の半分もできなかったけれど、なぜか今年いちばんいい一日だった気がする。⟧</p>""",
    kind="other", why="first-person day-trip diary with practical notes",
))

# ---------------------------------------------------------------- ru: community event report by a club account
PAGES.append(dict(
    case="ru-news-khakaton", lang="ru", skin="journal", domain="samara-dev.dnevnik.example", site="Самарское сообщество разработчиков",
    url="https://samara-dev.dnevnik.example/48213.html",
    h1="Городской хакатон собрал 160 участников: итоги выходных",
    authors=None, byline_text="samara_dev", byline_name="samara_dev", meta="og",
    pub="2026-03-16T20:30:00+04:00", date="16 марта 2026, 20:30",
    tags=["хакатон", "события", "Самара"],
    profile="⟪Журнал сообщества разработчиков Самары. Встречи, доклады, хакатоны.⟫", entries="214",
    recent=["⟪Апрельская встреча: доклады о базах данных⟫", "Как мы готовили хакатон: закулисье", "Итоги года сообщества"],
    prev="Как мы готовили хакатон: закулисье", next="Апрельская встреча: доклады о базах данных",
    comments=[("olga_qa", "17 марта 2026, 09:12", "⟪Спасибо организаторам! Было тесно, но очень весело.⟫",
               [("samara_dev", "17 марта 2026, 10:05", "Спасибо! В следующий раз ищем зал побольше.")])],
    footer="⟪Журнал ведут волонтёры сообщества. Фото можно использовать со ссылкой.⟫",
    body="""<p>⟦В минувшие выходные в Самаре прошёл третий городской хакатон,⟧ посвящённый городским сервисам. В нём приняли участие около 160 человек, объединившихся в 31 команду. Это почти вдвое больше, чем в прошлом году, когда на хакатон зарегистрировались 18 команд.</p>
<p>Мероприятие проходило 14 и 15 марта в здании областной научной библиотеки. Участникам было предложено за 36 часов создать прототип сервиса, который решает конкретную проблему жителей города. Темы задач заранее собирали через опрос в городских сообществах: в нём приняли участие более двух тысяч человек.</p>
<p>Чаще всего команды выбирали задачи, связанные с общественным транспортом и благоустройством дворов. ⟦Первое место жюри присудило команде «Остановка»,⟧ которая сделала приложение, показывающее, насколько заполнен приближающийся автобус, по данным с камер и валидаторов. Второе место заняла команда, разработавшая карту неработающих фонарей с возможностью отправить жалобу в управляющую компанию, третье — сервис для поиска свободных мест в секциях и кружках для детей.</p>
<p>«Нам было важно, чтобы задачи приходили от жителей, а не придумывались нами», — рассказал один из организаторов, Алексей Гончаров. По его словам, несколько прототипов уже заинтересовали городские службы. ⟦«Мы договорились о встрече с департаментом транспорта в апреле», — добавил он.⟧</p>
<p>В состав жюри вошли представители трёх местных IT-компаний, преподаватель университета и руководитель одного из районных ТСЖ. Победители получили денежные призы, а также возможность пройти трёхмесячную программу наставничества.</p>
<p>Отдельный трек хакатона был посвящён доступности городской среды. Его задачи подготовили вместе с общественной организацией людей с нарушениями зрения. Команда-победитель этого трека сделала голосового помощника, который подсказывает, как пройти от остановки до входа в поликлинику, и предупреждает о ремонтах и перекопанных тротуарах на маршруте. Представители организации пообещали протестировать прототип с участием своих членов и передать разработчикам подробные замечания.</p>
<p>Среди участников были не только программисты. Почти в каждой команде работали дизайнеры, аналитики и просто жители, которые хорошо знают проблему изнутри: водитель автобуса, учительница, диспетчер управляющей компании. Организаторы считают, что именно такие смешанные команды показали лучшие результаты.</p>
<p>Не обошлось без трудностей. В субботу вечером в библиотеке на два часа пропал интернет, и командам пришлось работать через мобильные точки доступа. Организаторы признали, что зал оказался тесным для такого числа участников.</p>
<p>Почти треть участников составили студенты, а около четверти — люди, которые впервые участвовали в хакатоне. Для них в первый день провели короткие мастер-классы по работе с открытыми данными города. Самой младшей участнице было шестнадцать лет, самому старшему — шестьдесят восемь. Оба, по словам организаторов, дошли до финальных презентаций вместе со своими командами и выступали перед жюри наравне со всеми.</p>
<p>⟦Следующий хакатон сообщество планирует провести осенью, место и тема пока не определены.⟧</p>""",
    kind="news", why="community journal report of a hackathon with results and quotes",
))

# ---------------------------------------------------------------- ru: rant; handle in the byline, name in the profile
PAGES.append(dict(
    case="ru-opinion-samokaty", lang="ru", skin="journal", domain="ivan-petrov.dnevnik.example", site="Записки городского архитектора",
    url="https://ivan-petrov.dnevnik.example/9127.html",
    h1="Самокаты — не проблема. Проблема в том, что у них нет места",
    authors=["Иван Петров"], byline_text="ivan_petrov", byline_name="ivan_petrov", meta="min",
    pub="2026-02-28T23:05:00+03:00", date="28 февраля 2026, 23:05",
    tags=["город", "транспорт", "мнение"],
    profile="⟪Иван Петров, архитектор, Казань. Пишу о городе, улицах и людях.⟫", entries="1 082",
    recent=["⟪Почему в новых дворах нет скамеек⟫", "Зимние тротуары: фотоотчёт", "Лекция о городских площадях"],
    prev="Зимние тротуары: фотоотчёт", next="⟪Почему в новых дворах нет скамеек⟫",
    comments=[("marina_k", "1 марта 2026, 08:40", "⟪А мне всё равно страшно ходить, когда они носятся по тротуару.⟫",
               [("ivan_petrov", "1 марта 2026, 09:15", "Понимаю. Именно поэтому им нужна своя полоса, а не наш тротуар.")])],
    footer="⟪Все тексты и фотографии журнала — Иван Петров, 2026.⟫",
    body="""<p>⟦Каждую весну в городе начинается одна и та же дискуссия: запретить электросамокаты или нет.⟧ В этом году городская дума снова обсуждает ограничения — от снижения скорости до полного запрета аренды в центре. Я понимаю раздражение людей, которые боятся выходить на тротуар. Но я уверен, что запрет — неправильный ответ, и хочу объяснить почему.</p>
<p>Самокаты стали заметной частью городского транспорта не из-за моды. Они закрывают реальную потребность: быстро проехать два-три километра там, где автобус ходит редко, а на машине ехать бессмысленно. По данным операторов, средняя поездка длится около двенадцати минут. Это как раз те поездки, которые раньше делались на такси или на личном автомобиле.</p>
<p>Проблема в другом. ⟦Самокатам просто негде ехать.⟧ В городе почти нет велодорожек, а те, что есть, обрываются посреди квартала. На проезжей части самокатчику страшно, и его можно понять. Поэтому он выезжает на тротуар, где мешает пешеходам и создаёт опасность. Мы обвиняем водителей самокатов в том, что они едут там, куда их вытолкнула сама планировка улиц.</p>
<p>Запрет не решит эту проблему. Люди пересядут обратно в машины или такси, пробки станут больше, а тротуары не станут шире. Через пару лет появится новый вид транспорта — электровелосипеды, моноколёса, что-то ещё — и разговор начнётся сначала.</p>
<p>Что нужно сделать вместо этого? Во-первых, выделить полосы для малого транспорта на основных улицах центра — хотя бы за счёт одной полосы для парковки. Во-вторых, обустроить места для стоянки самокатов, чтобы их не бросали посреди тротуара. В-третьих, штрафовать за езду по тротуару — но только там, где есть нормальная альтернатива.</p>
<p>Часто говорят, что наши улицы слишком узкие для отдельных полос. Это неправда. Я измерял несколько улиц в центре: почти везде вдоль тротуара стоит ряд припаркованных машин, которые занимают больше места, чем нужно для полосы шириной полтора метра. Вопрос не в ширине улицы, а в том, кому мы её отдаём. Сейчас мы отдаём её неподвижным автомобилям, и это решение можно изменить за один сезон.</p>
<p>Нельзя забывать и о том, что многие люди пользуются самокатами не для развлечения. Курьеры, студенты, пожилые люди, которым тяжело долго идти пешком, — для них это способ добраться до работы, учёбы или магазина. Запрет ударит прежде всего по ним.</p>
<p>Я двадцать лет работаю архитектором и много раз видел, как город пытается решить проблему запретом, вместо того чтобы изменить пространство. Почти никогда это не работает. ⟦Улица — это не только проезжая часть и тротуар, это договор между всеми, кто по ней движется.⟧</p>
<p>Если дума хочет, чтобы на тротуарах стало безопаснее, ей стоит потратить деньги не на запреты, а на краску, бордюры и знаки. ⟦Дайте самокатам место — и они уйдут с тротуаров сами.⟧</p>""",
    kind="opinion", why="architect’s journal post arguing for lanes instead of scooter bans",
))

# ---------------------------------------------------------------- tr: event report on the journal platform
PAGES.append(dict(
    case="tr-news-kitaptakas", lang="tr", skin="journal", domain="kadikoynotlari.dnevnik.example", site="Kadıköy Notları",
    url="https://kadikoynotlari.dnevnik.example/3318.html",
    h1="Moda sahilindeki kitap takas şenliğine 3 bin kişi katıldı",
    authors=["Zeynep Arslan"], byline_text="kadikoy_notlari", byline_name="kadikoy_notlari", meta="og",
    pub="2026-03-29T19:45:00+03:00", date="29 Mart 2026, 19:45",
    tags=["Kadıköy", "kitap", "etkinlik"],
    profile="⟪Zeynep Arslan. Kadıköy’de yaşıyorum, mahallede olup biteni yazıyorum.⟫", entries="486",
    recent=["⟪Yeldeğirmeni’nde yeni bir mahalle bostanı açıldı⟫", "Vapur seferlerinde bahar tarifesi", "Çarşıda kira artışları konuşuldu"],
    prev="Vapur seferlerinde bahar tarifesi", next="⟪Yeldeğirmeni’nde yeni bir mahalle bostanı açıldı⟫",
    comments=[("deniz_k", "29 Mart 2026, 21:10", "⟪Ben de oradaydım, çocuk kitapları köşesi harikaydı.⟫", [])],
    footer="⟪Kadıköy Notları bağımsız bir mahalle günlüğüdür.⟫",
    body="""<p>⟦Kadıköy’de bu yıl beşincisi düzenlenen kitap takas şenliği, pazar günü Moda sahilinde yapıldı.⟧ Organizatörlerin açıklamasına göre gün boyunca yaklaşık 3 bin kişi etkinliğe katıldı ve 11 binden fazla kitap el değiştirdi.</p>
<p>Şenlik, mahalle gönüllüleri tarafından kurulan bir dernek ve belediyenin kültür müdürlüğü iş birliğiyle düzenlendi. Sahil boyunca kurulan 40 masada roman, çocuk kitabı, şiir, tarih ve ders kitapları ayrı bölümlerde sergilendi. Katılımcılar getirdikleri her kitap için bir fiş aldı ve bu fişlerle başka bir kitap seçebildi.</p>
<p>Etkinliğin koordinatörlerinden Selin Yıldız, ilk şenliğin 2022’de yalnızca on masayla başladığını hatırlattı. ⟦“O gün bin kitap bile toplanmamıştı,” dedi. “Bugün masalar yetmedi.”⟧ Yıldız, bu yıl özellikle çocuk kitaplarına ilginin arttığını, bu bölümdeki masaların öğleden önce boşaldığını söyledi.</p>
<p>Şenlikte ayrıca iki söyleşi ve bir masal saati düzenlendi. Mahallede yaşayan bir çevirmen, edebiyat çevirisinin zorluklarını anlattı; bir sahaf ise eski kitapların nasıl korunması gerektiğine dair ipuçları verdi. Masal saati, sahildeki çay bahçesinin önünde kalabalık bir çocuk grubuyla yapıldı.</p>
<p>Etkinlikte takas edilmeyen yaklaşık 2 bin kitabın köy okullarına ve cezaevi kütüphanelerine bağışlanacağı açıklandı. ⟦Kitapların ayrıştırılması önümüzdeki hafta gönüllüler tarafından yapılacak.⟧</p>
<p>Katılımcıların bir kısmı, sahildeki kalabalık nedeniyle yürümenin zorlaştığını ve gölgelik alanların yetersiz kaldığını dile getirdi. Organizatörler, gelecek yıl etkinliğin iki güne yayılmasının ve çadır sayısının artırılmasının değerlendirildiğini belirtti.</p>
<p>Şenliğe gelenler arasında yalnızca Kadıköylüler yoktu. Üsküdar’dan, Ataşehir’den, hatta vapurla Avrupa yakasından gelen ziyaretçiler de vardı. Bazı katılımcılar yanlarında koli dolusu kitapla geldi; bir aile, taşınmadan önce evlerindeki kütüphaneyi tamamen boşaltmak için iki yüzden fazla kitap getirdiğini anlattı. Gönüllüler, bu kadar büyük bağışlar için ayrı bir kayıt masası kurmak zorunda kaldı.</p>
<p>Mahalle esnafı da etkinliğe destek verdi. Sahil yakınındaki birkaç kafe, kitap takas fişi gösterenlere indirimli çay ve kahve sundu. Bir kırtasiye ise çocuklara ücretsiz ayraç dağıttı. Esnaftan bazıları, pazar günü sahildeki yoğunluğun satışlarına da olumlu yansıdığını söyledi.</p>
<p>Belediyeden yapılan açıklamada, etkinlik sırasında sahilde ek temizlik ekibi görevlendirildiği ve herhangi bir olumsuzluk yaşanmadığı bildirildi. Gün sonunda gönüllüler, kalan masaları ve kitapları toplayarak alanı temizledi. Temizlik yaklaşık iki saat sürdü ve akşam karanlığına kadar devam etti.</p>
<p>Şenliğin gönüllü ekibinde bu yıl 85 kişi yer aldı. Bunların önemli bir kısmı üniversite öğrencisi ve emeklilerden oluşuyordu. Ekip, etkinlik öncesindeki iki hafta boyunca mahalledeki kafelere ve kırtasiyelere kitap toplama kutuları bıraktı. Toplanan kitaplar, şenlikten bir gün önce bir okulun spor salonunda türlerine göre ayrıldı ve etiketlendi. Gönüllülerden biri, bu hazırlığın şenliğin kendisinden daha uzun sürdüğünü ve en yorucu kısmın koliler dolusu kitabı sahile taşımak olduğunu anlattı.</p>
<p>⟦Bir sonraki kitap takas şenliğinin eylül ayında Yeldeğirmeni’nde yapılması planlanıyor.⟧</p>""",
    kind="news", why="neighbourhood journal report of a book-swap festival",
))
