"""Notion, Substack-like newsletter, Discourse, LinkedIn Pulse."""
from skins_c import substack_anchor, substack_subscribe

PAGES = []

# ---------------------------------------------------------------- Notion published page: Indonesian volunteer handbook (docs), no author, date only as a page property
PAGES.append(dict(
    case="id-other-notion-banksampah", lang="id", skin="notion", domain="banksampahmelati.notion.example",
    site="Bank Sampah Melati", og_site="Bank Sampah Melati on Notion", url="https://banksampahmelati.notion.example/Panduan-Relawan-Baru-3f9a2c71d4e84b0c9a1e5b7d2c6f8a10",
    title_tag="Panduan Relawan Baru", h1="Panduan Relawan Baru", icon="♻️",
    crumbs=["Wiki Relawan", "Panduan"], duplicate="Duplikat", get_notion="⟪Dapatkan Notion gratis⟫", made_with="⟪Dibuat dengan Notion⟫",
    authors=None, byline_text=None, pub="2026-03-02T00:00:00+07:00", exp_pub="2026-03-02",
    props=[("Kategori", "Panduan"), ("Tanggal", "2 Maret 2026"), ("Status", "⟪Aktif⟫")],
    blocks=[("toc", ["Sebelum hari pertama", "Saat penimbangan", "Setelah penimbangan"]),
            ("text", "⟦Selamat bergabung di Bank Sampah Melati!⟧ Halaman ini berisi hal-hal yang perlu kamu ketahui sebelum ikut bertugas di hari penimbangan. Bacalah sampai selesai, dan jangan ragu bertanya di grup relawan kalau ada yang belum jelas."),
            ("header", "Sebelum hari pertama"),
            ("text", "Penimbangan dilakukan setiap Sabtu pukul 07.00 sampai 11.00 di balai RW 05. Datanglah lima belas menit lebih awal untuk membantu menyiapkan timbangan, karung dan buku tabungan nasabah."),
            ("bulleted_list", "⟦Pakai sepatu tertutup dan bawa sarung tangan kerja sendiri.⟧"),
            ("bulleted_list", "Isi daftar hadir di meja pengurus."),
            ("bulleted_list", "Baca ulang daftar harga sampah terbaru yang ditempel di papan."),
            ("callout", ("💡", "Sarung tangan cadangan tersedia di lemari biru, tetapi jumlahnya terbatas.")),
            ("header", "Saat penimbangan"),
            ("text", "Setiap relawan bertugas di satu meja: plastik, kertas, logam atau minyak jelantah. ⟦Pastikan sampah sudah dipilah dan dalam keadaan kering sebelum ditimbang.⟧ Sampah yang masih kotor dikembalikan kepada nasabah dengan sopan, disertai penjelasan cara membersihkannya."),
            ("numbered_list", (1, "Timbang sampah dan sebutkan beratnya dengan jelas.")),
            ("numbered_list", (2, "Catat berat dan jenisnya di buku tabungan nasabah.")),
            ("numbered_list", (3, "Minta nasabah memeriksa catatan sebelum pergi.")),
            ("divider", ""),
            ("header", "Setelah penimbangan"),
            ("text", "Kalau ada nasabah yang membawa barang berbahaya, seperti baterai, lampu neon atau kemasan pestisida, jangan ditimbang bersama sampah lain. Simpan di kotak merah dan catat nama nasabahnya, karena barang seperti ini kami serahkan ke dinas lingkungan hidup sebulan sekali."),
            ("text", "Bantu merapikan karung dan menyapu balai. ⟦Bendahara akan mencocokkan total berat dengan catatan semua meja sebelum kita pulang.⟧"),
            ("bookmark", ("⟪Daftar harga sampah Maret 2026⟫", "Harga beli per kilogram untuk semua jenis sampah.", "banksampahmelati.notion.example/harga")),
            ("text", "⟦Terima kasih sudah meluangkan waktu untuk lingkungan kita.⟧")],
    kind="other", why="volunteer handbook page published from Notion",
))

# ---------------------------------------------------------------- Substack-like newsletter issue in Italian: header-anchor subheadings, subscription widget inside the body
_SW = dict(subscribe="Iscriviti", signin="Accedi", like="Mi piace", share="Condividi", reply="Rispondi", email_ph="Scrivi la tua email…",
           cta_caption="⟪Grazie per aver letto Lettere da Bologna! Iscriviti gratuitamente per ricevere i nuovi post.⟫",
           cta_caption2="Iscriviti per ricevere ogni settimana una nuova lettera.", footer_sub="Lettere da Bologna è una newsletter settimanale.",
           discussion="⟪Discussione su questo post⟫", all_comments="Visualizza tutti i commenti", privacy="Privacy", terms="Termini",
           slogan="Substack è la casa della grande cultura")
PAGES.append(dict(
    case="it-opinion-substack-affitti", lang="it", skin="substack", domain="letteredabologna.example", handle="lucamarchetti",
    site="Lettere da Bologna", site_desc="Una lettera a settimana sulla città, la casa e chi ci vive.", subscribers=8400,
    url="https://letteredabologna.example/p/gli-affitti-brevi-vanno-regolati-dai-comuni",
    title_tag="Gli affitti brevi vanno regolati dai comuni - by Luca Marchetti", h1="Gli affitti brevi vanno regolati dai comuni",
    deck="Lettera n. 112. Perché il governo dovrebbe lasciare ai sindaci gli strumenti per decidere quante case possono diventare alloggi turistici.",
    authors=["Luca Marchetti"], byline_text="Luca Marchetti", byline="Luca Marchetti", ld_authors=["Luca Marchetti"], author_desc="Giornalista, scrive di città e casa.",
    pub="2026-03-07T06:31:02+00:00", date="7 mar 2026", likes="214", n_comments="31", restacks="18",
    comments=[("Francesca", "7 mar", "⟪Nel mio palazzo in via del Pratello sono rimaste due famiglie su nove.⟫"), ("Giorgio T.", "7 mar", "Il problema sono anche gli affitti a studenti, non solo i turisti.")],
    footer="⟪© 2026 Luca Marchetti⟫", w=_SW,
    body="""<p>⟦Cara lettrice, caro lettore, questa settimana vi scrivo da una via del centro dove, nel giro di cinque anni,⟧ metà delle case è diventata un alloggio per turisti. Lo si capisce dalle cassette con il codice sulle porte, dai trolley che rimbalzano sul selciato la domenica sera, dal fatto che nessuno sa più il nome dei vicini.</p>
<p>Non credo che gli affitti brevi siano il male. Hanno aiutato molte famiglie a pagare un mutuo e portato lavoro a chi pulisce, cucina, accoglie. Ma quando un quartiere supera una certa soglia, smette di essere un quartiere.</p>
""" + substack_anchor(dict(url="https://letteredabologna.example/p/gli-affitti-brevi-vanno-regolati-dai-comuni"), "Chi deve decidere") + """
<p>Il punto è chi decide dove sta quella soglia. ⟦Oggi i comuni hanno pochissimi strumenti: possono chiedere un codice identificativo, fare controlli, tassare.⟧ Non possono dire che in una certa via non si aprono più alloggi turistici, come invece fanno Barcellona, Amsterdam o Lisbona.</p>
""" + substack_subscribe(dict(domain="letteredabologna.example", lang="it", w=_SW)) + """
<p>Io credo che dovrebbero poterlo fare. Un sindaco conosce la differenza tra una via del centro storico e una periferia dove un alloggio turistico porta vita. Una legge nazionale, per quanto ben scritta, non può conoscerla.</p>
""" + substack_anchor(dict(url="https://letteredabologna.example/p/gli-affitti-brevi-vanno-regolati-dai-comuni"), "Cosa proporrei") + """
<p>Proporrei tre cose. Che i comuni sopra una certa densità turistica possano fissare tetti per zona. ⟦Che i tetti valgano per i nuovi alloggi, senza espropriare chi ha già investito.⟧ E che una parte della tassa di soggiorno finanzi affitti calmierati per chi lavora in città.</p>
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.example/image/fetch/portici.jpeg"><div class="image2-inset"><picture><img src="https://substackcdn.example/image/fetch/w_1456,c_limit,f_auto,q_auto:good/portici.jpeg" width="1456" height="971" alt="" loading="lazy" class="sizing-normal"></picture></div></a><figcaption class="image-caption">⟪I portici di via Saragozza, una domenica di febbraio.⟫</figcaption></figure></div>
<p>So che non tutti sarete d’accordo, e mi piacerebbe leggere le vostre obiezioni nei commenti. ⟦Ma lasciare tutto com’è significa decidere lo stesso: a favore delle valigie.⟧</p>
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://letteredabologna.example/p/gli-affitti-brevi-vanno-regolati-dai-comuni?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Condividi&quot;}" data-component-name="ButtonCreateButton"><a class="button primary" href="https://letteredabologna.example/p/gli-affitti-brevi-vanno-regolati-dai-comuni?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>⟪Condividi Lettere da Bologna⟫</span></a></p>""",
    exclude=["div.subscription-widget-wrap-editor", "div.captioned-image-container", "p.button-wrapper", "div.header-anchor-parent"],
    kind="opinion", why="newsletter column arguing cities should cap short-term rentals",
))

# ---------------------------------------------------------------- Discourse: German announcement thread; the first post is the article, replies follow in the same markup
_DW = dict(post_label="Beitrag #%d von @%s", post_date="Beitragsdatum", likes_title="Wer hat das gelikt?", like="Diesen Beitrag liken", share="Einen Link zu diesem Beitrag kopieren und teilen",
           reply="Antworten", reading_time="Lesezeit", community="Community", community_links=["Themen", "Benutzer", "Abzeichen", "Gruppen", "Über"],
           categories="Kategorien", sidebar="Seitenleiste umschalten", signup="Registrieren", login="Anmelden", views="Aufrufe", likes="Likes", users="Benutzer",
           related="⟪Ähnliche Themen⟫", powered="Powered by Discourse, best viewed with JavaScript enabled")
PAGES.append(dict(
    case="de-news-discourse-linuxtage", lang="de", skin="discourse", domain="forum.lug-mittelsachsen.example", topic_id="2841", slug_="linux-tage-mittelsachsen-2026-programm-steht-anmeldung-offen",
    site="LUG Mittelsachsen Forum", url="https://forum.lug-mittelsachsen.example/t/linux-tage-mittelsachsen-2026-programm-steht-anmeldung-offen/2841",
    title_tag="Linux-Tage Mittelsachsen 2026: Programm steht, Anmeldung offen - Ankündigungen - LUG Mittelsachsen Forum",
    h1="Linux-Tage Mittelsachsen 2026: Programm steht, Anmeldung offen",
    category="Ankündigungen", category_desc="Neuigkeiten vom Vorstand und vom Orga-Team", tags=["linux-tage"],
    categories=["Ankündigungen", "Hilfe und Support", "Treffen", "Off-Topic"],
    authors=["Jana Krause"], byline_text="Jana Krause", pub="2026-03-04T17:22:10+00:00", views="1,2 Tsd.", total_likes="58",
    related=[("⟪Helfer für den Aufbau am Freitag gesucht⟫", 12, "Feb."), ("Nachlese: Linux-Tage 2025", 23, "Okt. 2025")],
    w=_DW,
    posts=[("jkrause", "Jana Krause", "Orga-Team", "4. März 2026 18:22", "4. März", "31", """<p>⟦Liebe Community, das Programm für die Linux-Tage Mittelsachsen 2026 steht!⟧ Die Veranstaltung findet am 18. und 19. April wieder in der Aula der Hochschule in Mittweida statt. Der Eintritt ist wie immer frei.</p>
<p>Wir haben in diesem Jahr 41 Einreichungen bekommen, so viele wie noch nie. Daraus sind 24 Vorträge und 6 Workshops geworden. ⟦Schwerpunkte sind diesmal Linux in Schulen, Heimautomatisierung und der Umstieg von Windows 10.⟧ Die Keynote am Samstag hält Dr. Petra Lindner vom Landesamt für Schule und Bildung über freie Software im Unterricht.</p>
<h2><a name="p-9101-anmeldung-1" class="anchor" href="#p-9101-anmeldung-1"></a>Anmeldung</h2>
<p>Für die Vorträge braucht ihr keine Anmeldung. ⟦Für die Workshops ist die Teilnehmerzahl begrenzt, bitte meldet euch bis zum 10. April an.⟧ Den Link zum Formular findet ihr auf der Veranstaltungsseite.</p>
<aside class="onebox allowlistedgeneric" data-onebox-src="https://linux-tage-mittelsachsen.example/2026/programm"><header class="source"><a href="https://linux-tage-mittelsachsen.example/2026/programm" target="_blank" rel="noopener">linux-tage-mittelsachsen.example</a></header><article class="onebox-body"><h3><a href="https://linux-tage-mittelsachsen.example/2026/programm" target="_blank" rel="noopener">⟪Programm – Linux-Tage Mittelsachsen 2026⟫</a></h3><p>Alle Vorträge und Workshops auf einen Blick.</p></article></aside>
<h2><a name="p-9101-projektmeile-3" class="anchor" href="#p-9101-projektmeile-3"></a>Projektmeile</h2>
<p>Auch die Projektmeile im Foyer gibt es wieder. Vereine, Hochschulgruppen und kleine Firmen aus der Region können dort kostenlos einen Tisch bekommen, um ihre Projekte vorzustellen. Bisher haben sich zwölf Aussteller angemeldet, darunter das Repair-Café Döbeln und der Freifunk Mittelsachsen. Ein paar Plätze sind noch frei, schreibt uns einfach.</p>
<h2><a name="p-9101-install-party-2" class="anchor" href="#p-9101-install-party-2"></a>Install-Party</h2>
<p>Am Sonntagnachmittag gibt es wieder eine Install-Party: Bringt euren alten Laptop mit, wir helfen beim Umstieg. ⟦Wer mithelfen möchte, meldet sich bitte hier im Thread oder per Nachricht an das Orga-Team.⟧</p>
<p>Wir freuen uns auf euch!<br>Jana für das Orga-Team</p>"""),
           ("tobi_k", "Tobias K.", "", "4. März 2026 19:05", "4. März", "9", "<p>⟪Super, ich bin beim Aufbau am Freitag dabei und helfe gern bei der Install-Party.⟫</p>"),
           ("mschubert", "Martina Schubert", "", "5. März 2026 08:41", "5. März", "4", "<p>Gibt es dieses Jahr wieder Kinderbetreuung? Letztes Mal war das super.</p>"),
           ("jkrause", "Jana Krause", "Orga-Team", "5. März 2026 09:13", "5. März", "6", "<p>⟪@mschubert ja, am Samstag von 10 bis 16 Uhr im Raum 1.04.⟫</p>")],
    exclude=["aside.onebox"],
    kind="news", sure=False, why="community forum announcement of an event programme",
))

# ---------------------------------------------------------------- LinkedIn Pulse: Turkish opinion article, author headline and follow button, comments
PAGES.append(dict(
    case="tr-opinion-linkedin-dortgun", lang="tr", skin="linkedin", domain="tr.linkedin.example", locale="tr_TR", handle="aysedemirtas",
    site="LinkedIn", url="https://tr.linkedin.example/pulse/d%C3%B6rt-g%C3%BCnl%C3%BCk-%C3%A7al%C4%B1%C5%9Fma-haftas%C4%B1-bir-%C3%B6d%C3%BCl-de%C4%9Fil-ay%C5%9Fe-demirta%C5%9F-7c2k9f",
    title_tag="Dört günlük çalışma haftası bir ödül değil, bir tasarım sorunu", h1="Dört günlük çalışma haftası bir ödül değil, bir tasarım sorunu",
    authors=["Ayşe Demirtaş"], byline_text="Ayşe Demirtaş", byline="Ayşe Demirtaş", ld_authors=["Ayşe Demirtaş"],
    headline="⟪İnsan Kaynakları Direktörü | Organizasyonel Tasarım | Eğitmen⟫",
    pub="2026-03-09T07:15:00.000+00:00", date="Yayınlanma tarihi: 9 Mar 2026",
    reactions=128, n_comments=18, reactions_txt="128", comments_txt="⟪18 Yorum⟫",
    cookie="⟪LinkedIn ve 3. taraflar, hizmetlerimizi sunmak ve geliştirmek amacıyla temel ve temel olmayan çerezler kullanır.⟫",
    comments=[("Emre Yıldız", "Yazılım Ekip Lideri", "2 hf.", "⟪Bizde pilot uyguladık, toplantıları yarıya indirmeden işe yaramadı.⟫", "12"), ("Selin A.", "İK Uzmanı", "2 hf.", "Çok yerinde tespitler, teşekkürler.", "3")],
    more=[("⟪Performans değerlendirmesini yılda bir yapmak neden işe yaramıyor?⟫", "14 Şub 2026"), ("Uzaktan çalışmada görünmezlik sorunu", "20 Oca 2026")],
    w=dict(skip="Ana içeriğe atla", accept="Kabul et", reject="Reddet", nav=["Makaleler", "Kişiler", "Learning", "İş İlanları", "Oyunlar"],
           join="Hemen katılın", signin="Oturum açın", follow="Takip et", like="Beğen", comment="Yorum yap", share="Paylaş", reply="Yanıtla",
           comments_h="Yorumlar", see_more="Daha fazla yorum görmek için oturum açın", more_from="%s tarafından diğer makaleler",
           signin_h="⟪Tüm makaleyi görmek için oturum açın⟫", signin_t="Profesyonel ağınıza katılın ve daha fazlasını keşfedin.",
           footer=["Hakkında", "Erişilebilirlik", "Kullanıcı Anlaşması", "Gizlilik Politikası", "Çerez Politikası", "Marka Politikası"]),
    body="""<p class="reader-text-block__paragraph">⟦Son iki yılda dört günlük çalışma haftasını deneyen en az on şirketle konuştum.⟧ Bazıları çalışan bağlılığında ve işe alımda belirgin bir iyileşme gördü. Bazıları ise altı ay sonra sessizce beş güne döndü. Aradaki farkın, çoğu zaman sanıldığı gibi sektör ya da şirket büyüklüğü olmadığını düşünüyorum.</p>
<p class="reader-text-block__paragraph">Başarısız olanların ortak noktası şuydu: dört günlük haftayı bir ödül gibi sundular. “Çok çalıştınız, cuma sizin” dediler ve işin kendisine dokunmadılar. Aynı toplantılar, aynı onay zincirleri, aynı e-posta trafiği dört güne sıkıştırıldı. ⟦Sonuç tükenmişlik oldu, özgürlük değil.⟧</p>
<h2 class="reader-text-block__heading-2">Önce işi yeniden tasarlayın</h2>
<p class="reader-text-block__paragraph">Başarılı örneklerde ise süreç tersinden başladı. Şirketler önce hangi işlerin gerçekten değer ürettiğine baktı. Haftalık toplantıların yarısını kaldırdılar, raporları sadeleştirdiler, karar yetkisini ekiplere devrettiler. ⟦Dördüncü gün ancak bu değişikliklerden sonra masaya geldi.⟧</p>
<p class="reader-text-block__paragraph">Konuştuğum bir lojistik şirketinde, yöneticiler ilk üç ay boyunca her toplantının gerçekten gerekli olup olmadığını kayda geçirdi. Toplantı süresi yüzde kırk azaldı ve dördüncü gün, ekiplerin kendi önerisiyle hayata geçti.</p>
<p class="reader-text-block__paragraph">Bu yaklaşım, dört günlük haftayı herkese uygun hale getirmez. Müşteri hizmetleri, üretim ya da sağlık gibi alanlarda vardiya düzeni başka çözümler gerektirir. Ama masa başı işlerin büyük çoğunluğunda sorun zaman değil, zamanın nasıl kullanıldığıdır.</p>
<h2 class="reader-text-block__heading-2">Yöneticiler için üç soru</h2>
<p class="reader-text-block__paragraph">Dört günlük haftayı düşünen yöneticilere şu üç soruyu sormalarını öneriyorum: Hangi toplantılar olmasa kimse fark etmez? Hangi onaylar sadece alışkanlık yüzünden var? Ekibimiz neyi ölçtüğümüzü biliyor mu?</p>
<p class="reader-text-block__paragraph">⟦Bu sorulara dürüst cevap vermeden atılan her adım, beş günlük sorunları dört güne taşımaktan öteye geçmez.⟧</p>""",
    kind="opinion", why="professional's article arguing a view on four-day work week",
))
