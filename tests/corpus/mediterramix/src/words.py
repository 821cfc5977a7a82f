"""Interface words of the mediterramix skeletons, per language: the buttons, box headings and labels a template prints
around every article (menus, rails, teasers and prompts are per page). A page may override any of them in p["w"]."""

_K = ["share", "related", "most_read", "comments", "comment_btn", "nl_btn", "email", "ad", "cookie_ok", "cookie_set",
      "home", "subscribe", "login", "search", "read_also", "tags", "breaking", "fold", "more_from", "listen", "watch",
      "paywall", "paywall_btn", "latest", "close", "all_by", "register"]

_W = {
    "el": ["Κοινοποίηση", "Σχετικά άρθρα", "Δημοφιλή", "Σχόλια", "Υποβολή σχολίου", "Εγγραφή", "Το email σας", "Διαφήμιση",
           "Αποδοχή όλων", "Ρυθμίσεις", "Αρχική", "Συνδρομή", "Σύνδεση", "Αναζήτηση", "Διαβάστε επίσης", "Ετικέτες",
           "Τελευταία νέα", "Διαβάστε περισσότερα", "Περισσότερα από τον συντάκτη", "Ακούστε το άρθρο", "Αναπαραγωγή",
           "Είστε ήδη συνδρομητής; Συνδεθείτε", "Δείτε τα πακέτα", "Τώρα", "Κλείσιμο", "Όλα τα άρθρα", "Εγγραφή"],
    "tr": ["Paylaş", "İlgili Haberler", "Çok Okunanlar", "Yorumlar", "Yorum gönder", "Abone ol", "E-posta adresiniz", "Reklam",
           "Kabul et", "Çerez ayarları", "Ana Sayfa", "Abone Ol", "Giriş Yap", "Ara", "İLGİLİ HABER", "Etiketler",
           "Son Dakika", "Devamını oku", "Yazarın diğer yazıları", "Haberi dinle", "İzle",
           "Zaten abone misiniz? Giriş yapın", "Abonelik paketleri", "Şimdi", "Kapat", "Tüm yazıları", "Üye Ol"],
    "pl": ["Udostępnij", "Zobacz również", "Najczęściej czytane", "Komentarze", "Dodaj komentarz", "Zapisz się", "Twój adres e-mail", "Reklama",
           "Przejdź do serwisu", "Ustawienia zaawansowane", "Strona główna", "Kup subskrypcję", "Zaloguj się", "Szukaj", "Czytaj także", "Tagi",
           "Najnowsze", "Czytaj dalej", "Więcej tekstów autora", "Posłuchaj artykułu", "Odtwórz",
           "Masz już subskrypcję? Zaloguj się", "Zobacz ofertę", "Teraz", "Zamknij", "Wszystkie teksty autora", "Załóż konto"],
    "cs": ["Sdílet", "Související články", "Nejčtenější", "Diskuse", "Odeslat", "Odebírat", "Váš e-mail", "Reklama",
           "Souhlasím", "Nastavení", "Úvod", "Předplatné", "Přihlásit", "Hledat", "Čtěte také", "Témata",
           "Nejnovější", "Číst dál", "Další články autora", "Poslechnout si článek", "Přehrát",
           "Už předplatné máte? Přihlaste se", "Předplatit", "Nyní", "Zavřít", "Všechny články autora", "Registrace"],
    "sk": ["Zdieľať", "Súvisiace články", "Najčítanejšie", "Diskusia", "Odoslať", "Odoberať", "Váš e-mail", "Reklama",
           "Súhlasím", "Nastavenia", "Domov", "Predplatné", "Prihlásiť sa", "Hľadať", "Prečítajte si tiež", "Témy",
           "Najnovšie", "Čítať ďalej", "Ďalšie články autora", "Vypočujte si článok", "Prehrať",
           "Už máte predplatné? Prihláste sa", "Predplatiť", "Teraz", "Zavrieť", "Všetky články autora", "Registrácia"],
    "hu": ["Megosztás", "Kapcsolódó cikkek", "Legolvasottabb", "Hozzászólások", "Elküldöm", "Feliratkozom", "E-mail-címed", "Hirdetés",
           "Elfogadom", "Beállítások", "Címlap", "Előfizetés", "Belépés", "Keresés", "Kapcsolódó", "Címkék",
           "Friss", "Tovább olvasom", "A szerző további cikkei", "Meghallgatom", "Lejátszás",
           "Már előfizető? Lépjen be", "Előfizetek", "Most", "Bezárás", "A szerző összes írása", "Regisztráció"],
    "sl": ["Deli", "Sorodne novice", "Najbolj brano", "Komentarji", "Objavi komentar", "Prijava na e-novice", "Vaš e-naslov", "Oglas",
           "Sprejmi vse", "Nastavitve", "Domov", "Naročnina", "Prijava", "Iskanje", "Preberite še", "Oznake",
           "Najnovejše", "Preberi več", "Več od avtorja", "Poslušaj članek", "Predvajaj",
           "Ste že naročnik? Prijavite se", "Naroči se", "Zdaj", "Zapri", "Vsi prispevki avtorja", "Registracija"],
    "hr": ["Podijeli", "Povezane vijesti", "Najčitanije", "Komentari", "Objavi komentar", "Prijavi se", "Vaša e-mail adresa", "Oglas",
           "Prihvaćam", "Postavke", "Naslovnica", "Pretplata", "Prijava", "Traži", "Pročitajte još", "Oznake",
           "Najnovije", "Pročitaj više", "Više od autora", "Poslušaj članak", "Pokreni",
           "Već ste pretplatnik? Prijavite se", "Pretplatite se", "Sada", "Zatvori", "Svi tekstovi autora", "Registracija"],
    "sq": ["Shpërndaj", "Lajme të ngjashme", "Më të lexuarat", "Komente", "Dërgo", "Abonohu", "Email-i juaj", "Reklamë",
           "Pranoj", "Cilësimet", "Kryefaqja", "Abonim", "Hyr", "Kërko", "Lexo edhe", "Etiketa",
           "Të fundit", "Lexo më shumë", "Më shumë nga autori", "Dëgjo artikullin", "Luaj",
           "Jeni abonent? Hyni", "Abonohu tani", "Tani", "Mbyll", "Të gjitha shkrimet", "Regjistrohu"],
    "mt": ["Ixxerja", "Artikli relatati", "L-aktar moqrija", "Kummenti", "Ibgħat", "Abbona", "L-indirizz tal-email tiegħek", "Reklam",
           "Naċċetta kollox", "Għażliet", "Paġna ewlenija", "Abbonament", "Idħol", "Fittex", "Aqra wkoll", "Tikketti",
           "L-aħħar aħbarijiet", "Aqra aktar", "Aktar mill-awtur", "Isma’ l-artiklu", "Ara",
           "Diġà abbonat? Idħol", "Ara l-offerti", "Issa", "Agħlaq", "L-artikli kollha", "Irreġistra"],
    "en": ["Share", "Related stories", "Most read", "Comments", "Post comment", "Sign up", "Your email address", "Advertisement",
           "Accept all", "Manage preferences", "Home", "Subscribe", "Log in", "Search", "Read also", "Topics",
           "Breaking", "Continue reading", "More from", "Listen to this article", "Play",
           "Already a subscriber? Log in", "See our plans", "Now", "Close", "All articles", "Register"],
    "eu": ["Partekatu", "Lotutako albisteak", "Irakurrienak", "Iruzkinak", "Bidali", "Harpidetu", "Zure helbide elektronikoa", "Publizitatea",
           "Onartu guztiak", "Ezarpenak", "Hasiera", "Harpidetza", "Hasi saioa", "Bilatu", "Irakurri ere", "Etiketak",
           "Azken orduan", "Irakurri gehiago", "Egilearen beste artikuluak", "Entzun artikulua", "Ikusi",
           "Harpideduna zara? Hasi saioa", "Egin zaitez harpidedun", "Orain", "Itxi", "Egilearen artikulu guztiak", "Erregistratu"],
}

W = {lang: dict(zip(_K, v)) for lang, v in _W.items()}
for _lang, _v in _W.items():
    assert len(_v) == len(_K), _lang


def words(p):
    w = dict(W[p["lang"]])
    w.update(p.get("w", {}))
    return w
