//! Turkish attribution, pattern by pattern (issue 12): invented news sentences and short
//! passages, each with the quote that must be found, its expected speaker and its cue (the
//! whole cue phrase). Near-misses sit beside each pattern. Every text here was written for
//! this test.
#![cfg(not(target_arch = "wasm32"))] // native only; tests/web.rs covers the wasm build

use newsmark::{annotate, Document, Lang, OffsetUnit, Options, QuoteKind};

/// (pattern, text, quote, kind, speaker, cue).
type Case = (
    &'static str,
    &'static str,
    &'static str,
    QuoteKind,
    Option<&'static str>,
    Option<&'static str>,
);

use QuoteKind::{Direct, Term};

const CASES: &[Case] = &[
    // 1. A colon introduces the quote, in the same paragraph or the next ones.
    ("1 colon", "Vali Ahmet Korkmaz, toplantının ardından şöyle konuştu:\n\n\"Yollar sabaha kadar açılacak. Ekiplerimiz sahada.\"", "\"Yollar sabaha kadar açılacak. Ekiplerimiz sahada.\"", Direct, Some("Ahmet Korkmaz"), Some("şöyle konuştu")),
    ("1 colon", "Emine Sarı şunları söyledi: \"Okulumuz yeni dönemde iki kat öğrenci alacak.\"", "\"Okulumuz yeni dönemde iki kat öğrenci alacak.\"", Direct, Some("Emine Sarı"), Some("şunları söyledi")),
    ("1 colon", "Teknik direktör Burak Çelik, maçın ardından şunları söyledi:\n\n\"Oyuncularım büyük bir mücadele verdi.\"\n\n\"Taraftarımıza teşekkür ediyorum.\"", "\"Taraftarımıza teşekkür ediyorum.\"", Direct, Some("Burak Çelik"), Some("şunları söyledi")),
    ("1 colon", "Hasan Aydemir sözlerini şöyle noktaladı:\n\n\"Bu şehir hepimizin, birlikte koruyacağız.\"", "\"Bu şehir hepimizin, birlikte koruyacağız.\"", Direct, Some("Hasan Aydemir"), Some("sözlerini şöyle noktaladı")),
    ("1 colon", "Gönüllü itfaiyeci Murat Yalın olayı şu sözlerle anlattı:\n\n\"Alevler bir anda çatıya sardı, herkesi dışarı çıkardık.\"", "\"Alevler bir anda çatıya sardı, herkesi dışarı çıkardık.\"", Direct, Some("Murat Yalın"), Some("şu sözlerle anlattı")),
    ("1 colon", "Zeynep Arslan'ın paylaşımı şöyle:\n\n\"Bugün kızımın ilk okul günüydü, çok duygulandım.\"", "\"Bugün kızımın ilk okul günüydü, çok duygulandım.\"", Direct, Some("Zeynep Arslan"), Some("paylaşımı şöyle")),
    ("1 colon", "Belediye Başkanı Kemal Ateş, konuşmasında şöyle devam etti:\n\n\"Parkın yapımı bahara kadar bitecek.\"", "\"Parkın yapımı bahara kadar bitecek.\"", Direct, Some("Kemal Ateş"), Some("şöyle devam etti")),
    ("1 colon", "Selin Koç, açıklamasında şunları kaydetti:\n\n\"Fiyatlar bu yıl yüzde on artacak.\"\n\n\"YENİ DÖNEM BAŞLIYOR\"\n\n\"Üreticilerimizi yalnız bırakmayacağız.\"", "\"Üreticilerimizi yalnız bırakmayacağız.\"", Direct, Some("Selin Koç"), Some("şunları kaydetti")),
    ("1 colon", "Selin Koç, açıklamasında şunları kaydetti:\n\n\"Fiyatlar bu yıl yüzde on artacak.\"\n\n\"YENİ DÖNEM BAŞLIYOR\"\n\n\"Üreticilerimizi yalnız bırakmayacağız.\"", "\"YENİ DÖNEM BAŞLIYOR\"", Term, None, None),
    ("1 colon", "Oya Demirtaş basın toplantısında şöyle konuştu: \"Kütüphane yeniden açılıyor.\"", "\"Kütüphane yeniden açılıyor.\"", Direct, Some("Oya Demirtaş"), Some("şöyle konuştu")),
    ("1 colon", "Ankara Büyükşehir Belediyesi'nden yapılan açıklamada şu ifadelere yer verildi:\n\n\"Su kesintisi yarın öğlene kadar sürecek.\"", "\"Su kesintisi yarın öğlene kadar sürecek.\"", Direct, Some("Ankara Büyükşehir Belediyesi"), Some("şu ifadelere yer verildi")),
    ("1 colon", "Kerem Yıldız yaptığı konuşmada şöyle dedi:\n\n\"Hedefimiz şampiyonluk.\"", "\"Hedefimiz şampiyonluk.\"", Direct, Some("Kerem Yıldız"), Some("şöyle dedi")),
    // 2. The subject is far from the quote, with adverbial clauses between.
    ("2 far", "Kartal Spor Kulübü yaptığı açıklamada, \"Taraftarımızın desteğine her zamankinden çok ihtiyacımız var\" ifadelerini kullandı.", "\"Taraftarımızın desteğine her zamankinden çok ihtiyacımız var\"", Direct, Some("Kartal Spor Kulübü"), Some("ifadelerini kullandı")),
    ("2 far", "Bakan Yusuf Tekin, sosyal medya hesabından yaptığı paylaşımda, \"Yeni okullar eylülde açılacak\" dedi.", "\"Yeni okullar eylülde açılacak\"", Direct, Some("Yusuf Tekin"), Some("dedi")),
    ("2 far", "Ayşe Güneş, dün akşam Kadıköy'de düzenlenen törende konuşurken, \"Bu ödül annemindir\" dedi.", "\"Bu ödül annemindir\"", Direct, Some("Ayşe Güneş"), Some("dedi")),
    ("2 far", "Mehmet Toprak, gazetecilerin sorularını yanıtlarken Ankara'daki gelişmelere de değinerek, \"Kimse endişe etmesin\" diye konuştu.", "\"Kimse endişe etmesin\"", Direct, Some("Mehmet Toprak"), Some("diye konuştu")),
    ("2 far", "Türk Eczacılar Birliği, Perşembe günü yayımladığı yazılı açıklamada, \"İlaç stokları yeterli\" ifadesini kullandı.", "\"İlaç stokları yeterli\"", Direct, Some("Türk Eczacılar Birliği"), Some("ifadesini kullandı")),
    ("2 far", "Deniz Kaya, İzmir'e dönünce ailesiyle bir araya geldiği evde, \"Hayatımın en güzel günü\" dedi.", "\"Hayatımın en güzel günü\"", Direct, Some("Deniz Kaya"), Some("dedi")),
    ("2 far", "Cem Özdemir, mahkeme çıkışında kendisini bekleyen gazetecilere, \"Adalete güveniyorum\" dedi.", "\"Adalete güveniyorum\"", Direct, Some("Cem Özdemir"), Some("dedi")),
    ("2 far", "Kızılay, deprem bölgesine ulaşan ilk yardım tırlarının ardından, \"Çadır ihtiyacı karşılandı\" açıklamasını yaptı.", "\"Çadır ihtiyacı karşılandı\"", Direct, Some("Kızılay"), None),
    ("2 far", "Serkan Bulut ise geçen hafta Bursa'da yaptığı açıklamada, bütçeyle ilgili soruya \"Kaynak hazır\" yanıtını verdi.", "\"Kaynak hazır\"", Direct, Some("Serkan Bulut"), None),
    ("2 far", "Zehra Polat, konuyla ilgili olarak, \"Sözleşmeyi imzalamayacağız\" dedi.", "\"Sözleşmeyi imzalamayacağız\"", Direct, Some("Zehra Polat"), Some("dedi")),
    // 3. The head of a long noun phrase speaks; titles and affiliations stay outside.
    ("3 head", "Ankara Üniversitesi'nden Prof. Dr. Ayşe Kaya, \"Kuraklık bu yaz daha sert geçecek\" dedi.", "\"Kuraklık bu yaz daha sert geçecek\"", Direct, Some("Ayşe Kaya"), Some("dedi")),
    ("3 head", "CHP Genel Başkanı Özgür Özel, \"Erken seçim şart\" dedi.", "\"Erken seçim şart\"", Direct, Some("Özgür Özel"), Some("dedi")),
    ("3 head", "İçişleri Bakanı Ali Yerlikaya ise \"Operasyonlar sürecek\" ifadelerini kullandı.", "\"Operasyonlar sürecek\"", Direct, Some("Ali Yerlikaya"), Some("ifadelerini kullandı")),
    ("3 head", "Bakanlık Sözcüsü Ali Veli, \"Süreç devam ediyor\" dedi.", "\"Süreç devam ediyor\"", Direct, Some("Ali Veli"), Some("dedi")),
    ("3 head", "Doktor Jane Roe, \"Hastanın durumu iyi\" dedi.", "\"Hastanın durumu iyi\"", Direct, Some("Jane Roe"), Some("dedi")),
    ("3 head", "Kazada yaralanan sürücünün eşi Mehmet Demir, \"Çok korktuk\" diye konuştu.", "\"Çok korktuk\"", Direct, Some("Mehmet Demir"), Some("diye konuştu")),
    ("3 head", "AK Parti Grup Başkanvekili Abdullah Güler de \"Teklif hazır\" şeklinde konuştu.", "\"Teklif hazır\"", Direct, Some("Abdullah Güler"), Some("şeklinde konuştu")),
    ("3 head", "Meclis Dışişleri Komisyonu üyesi Demokrat John Smith, \"Bu karar yanlış\" dedi.", "\"Bu karar yanlış\"", Direct, Some("John Smith"), Some("dedi")),
    ("3 head", "Galata Sanat Derneği Başkanı Nur Aksu, \"Sergi bir ay açık kalacak\" dedi.", "\"Sergi bir ay açık kalacak\"", Direct, Some("Nur Aksu"), Some("dedi")),
    ("3 head", "Türkiye'nin Berlin Büyükelçisi Ahmet Başar Şen, \"Vize işlemleri hızlanacak\" dedi.", "\"Vize işlemleri hızlanacak\"", Direct, Some("Ahmet Başar Şen"), Some("dedi")),
    ("3 head", "Boğaziçi Üniversitesi öğretim üyesi Doç. Dr. Elif Tan, \"Deniz suyu ısınıyor\" dedi.", "\"Deniz suyu ısınıyor\"", Direct, Some("Elif Tan"), Some("dedi")),
    ("3 head", "Sayın Osman Er, \"Tarlamı kimseye vermem\" dedi.", "\"Tarlamı kimseye vermem\"", Direct, Some("Osman Er"), Some("dedi")),
    // 4. Participle subjects: the name after the participle speaks.
    ("4 participle", "Projenin gecikmediğini belirten Kaya, şöyle devam etti: \"Takvime uyuyoruz.\"", "\"Takvime uyuyoruz.\"", Direct, Some("Kaya"), Some("şöyle devam etti")),
    ("4 participle", "\"Kimseye boyun eğmeyeceğiz\" diyen Hakan Aksoy, seçim tarihini açıklamadı.", "\"Kimseye boyun eğmeyeceğiz\"", Direct, Some("Hakan Aksoy"), Some("diyen")),
    ("4 participle", "Yatırımların süreceğini vurgulayan Bakan Yılmaz, \"Bölgeye yeni fabrikalar geliyor\" dedi.", "\"Bölgeye yeni fabrikalar geliyor\"", Direct, Some("Yılmaz"), Some("dedi")),
    ("4 participle", "\"Hiçbir öğrenci dışarıda kalmayacak\" diyen Milli Eğitim Bakanı Yusuf Tekin, yeni yönetmeliği tanıttı.", "\"Hiçbir öğrenci dışarıda kalmayacak\"", Direct, Some("Yusuf Tekin"), Some("diyen")),
    ("4 participle", "Soruşturmanın sürdüğünü kaydeden Savcı Leyla Ekin, \"Delil toplama tamamlanmadı\" dedi.", "\"Delil toplama tamamlanmadı\"", Direct, Some("Leyla Ekin"), Some("dedi")),
    ("4 participle", "\"Kimse evsiz kalmayacak\" diye konuşan Ömer Kılıç, yeni konutların anahtarlarını teslim etti.", "\"Kimse evsiz kalmayacak\"", Direct, Some("Ömer Kılıç"), Some("diye konuşan")),
    ("4 participle", "Göreve başladığını hatırlatan Filiz Ak, \"İlk işim bütçe olacak\" dedi.", "\"İlk işim bütçe olacak\"", Direct, Some("Filiz Ak"), Some("dedi")),
    ("4 participle", "Ücretlerin artacağını söyleyen Sendika Başkanı Emre Taş, \"Masadan kalkmayacağız\" ifadelerini kullandı.", "\"Masadan kalkmayacağız\"", Direct, Some("Emre Taş"), Some("ifadelerini kullandı")),
    ("4 participle", "\"Sahada cevap vereceğiz\" diyen kaleci Uğur Şahin, takımın moralinin yüksek olduğunu söyledi.", "\"Sahada cevap vereceğiz\"", Direct, Some("Uğur Şahin"), Some("diyen")),
    ("4 participle", "Kararın yanlış olduğunu savunan Ayhan Uçar, \"İtiraz edeceğiz\" dedi.", "\"İtiraz edeceğiz\"", Direct, Some("Ayhan Uçar"), Some("dedi")),
    // 5. Passive and impersonal statements: the body named as the source, or nobody.
    ("5 passive", "Sağlık Bakanlığı'ndan yapılan açıklamada \"Aşılar güvenli\" denildi.", "\"Aşılar güvenli\"", Direct, Some("Sağlık Bakanlığı"), Some("denildi")),
    ("5 passive", "Sağlık Bakanlığı dün bir açıklama yaptı. Açıklamada, \"Aşılar güvenli\" denildi.", "\"Aşılar güvenli\"", Direct, Some("Sağlık Bakanlığı"), Some("denildi")),
    ("5 passive", "Karayolları Genel Müdürlüğü'nden yapılan açıklamada \"Köprü trafiğe kapatıldı\" ifadelerine yer verildi.", "\"Köprü trafiğe kapatıldı\"", Direct, Some("Karayolları Genel Müdürlüğü"), Some("ifadelerine yer verildi")),
    ("5 passive", "Kulübün açıklamasında \"Sözleşme karşılıklı feshedildi\" denildi.", "\"Sözleşme karşılıklı feshedildi\"", Direct, Some("Kulübün"), Some("denildi")),
    ("5 passive", "Açıklamada \"Yarın okullar tatil\" denildi.", "\"Yarın okullar tatil\"", Direct, None, Some("denildi")),
    ("5 passive", "Türk Kızılay tarafından yapılan açıklamada \"Kan stokları azaldı\" ifadesine yer verildi.", "\"Kan stokları azaldı\"", Direct, Some("Türk Kızılay"), Some("ifadesine yer verildi")),
    ("5 passive", "Çevre Bakanlığı'nın açıklamasında \"Orman yangını kontrol altında\" denilerek vatandaşlara teşekkür edildi.", "\"Orman yangını kontrol altında\"", Direct, Some("Çevre Bakanlığı"), Some("denilerek")),
    ("5 passive", "Ankara Valiliği'nden yapılan yazılı açıklamada \"Toplantı ve gösteriler yasaklandı\" ifadeleri kullanıldı.", "\"Toplantı ve gösteriler yasaklandı\"", Direct, Some("Ankara Valiliği"), None),
    ("5 passive", "Toplantıda \"Tasarruf şart\" denildi.", "\"Tasarruf şart\"", Direct, None, Some("denildi")),
    ("5 passive", "Tarım Bakanlığı, hasat sezonuyla ilgili yazılı bir açıklama yayımladı. Açıklamada \"Rekolte yüksek olacak\" ifadelerine yer verildi.", "\"Rekolte yüksek olacak\"", Direct, Some("Tarım Bakanlığı"), Some("ifadelerine yer verildi")),
    // 6. Someone else's words inside a sentence; the object of `nitelendirdi` never speaks.
    ("6 owner", "Selim Demir, Hakan Aksoy'un \"Bu iş bitti\" şeklindeki sözlerine yanıt verdi.", "\"Bu iş bitti\"", Direct, Some("Hakan Aksoy"), Some("şeklindeki sözlerine")),
    ("6 owner", "Aylin Tuna, Kemal Soylu'nun \"Her şey yolunda\" şeklindeki sözlerini eleştirdi.", "\"Her şey yolunda\"", Direct, Some("Kemal Soylu"), Some("şeklindeki sözlerini")),
    ("6 owner", "Hakan Aksoy, kararı \"utanç verici\" olarak nitelendirdi.", "\"utanç verici\"", Direct, Some("Hakan Aksoy"), Some("olarak nitelendirdi")),
    ("6 owner", "Canan Öz, Ahmet Yurt'u \"sorumsuz bir yönetici\" olarak tanımladı.", "\"sorumsuz bir yönetici\"", Direct, Some("Canan Öz"), Some("olarak tanımladı")),
    ("6 owner", "Bülent Er, rakibi Serdar Gök'ü \"ezber bozan bir oyuncu\" olarak nitelendirdi.", "\"ezber bozan bir oyuncu\"", Direct, Some("Bülent Er"), Some("olarak nitelendirdi")),
    ("6 owner", "Gül Kara, Mert Işık'ın \"Vergiler düşecek\" biçimindeki açıklamasına tepki gösterdi.", "\"Vergiler düşecek\"", Direct, Some("Mert Işık"), Some("biçimindeki açıklamasına")),
    ("6 owner", "Nihat Sezer, Türkiye Futbol Federasyonu'nu \"adaletsiz\" olarak nitelendirdi.", "\"adaletsiz\"", Direct, Some("Nihat Sezer"), Some("olarak nitelendirdi")),
    ("6 owner", "Ebru Şen, Hakan Demirel'in \"Kimse işsiz kalmayacak\" şeklindeki vaadini hatırlattı.", "\"Kimse işsiz kalmayacak\"", Direct, Some("Hakan Demirel"), None),
    // 7. Multi-word cues come back whole.
    ("7 cue", "Eşi Mehmet Demir ise \"Çok üzgünüz\" diye konuştu.", "\"Çok üzgünüz\"", Direct, Some("Mehmet Demir"), Some("diye konuştu")),
    ("7 cue", "Okan Yalçın, \"Bu sezon iddialıyız\" şeklinde konuştu.", "\"Bu sezon iddialıyız\"", Direct, Some("Okan Yalçın"), Some("şeklinde konuştu")),
    ("7 cue", "Pınar Eren, \"Kimse kaygılanmasın\" ifadelerini kullandı.", "\"Kimse kaygılanmasın\"", Direct, Some("Pınar Eren"), Some("ifadelerini kullandı")),
    ("7 cue", "Levent Kurt, \"Sabrımız tükendi\" sözlerine yer verdi.", "\"Sabrımız tükendi\"", Direct, Some("Levent Kurt"), Some("sözlerine yer verdi")),
    ("7 cue", "Ece Çınar, \"Bu bir başlangıç\" diyerek salondan ayrıldı.", "\"Bu bir başlangıç\"", Direct, Some("Ece Çınar"), Some("diyerek")),
    ("7 cue", "Ali Rıza Sarp, \"Kiralar çok yükseldi\" dile getirdi.", "\"Kiralar çok yükseldi\"", Direct, Some("Ali Rıza Sarp"), Some("dile getirdi")),
    ("7 cue", "Hülya Bay, \"Çocuklarımız güvende değil\" diye tepki gösterdi.", "\"Çocuklarımız güvende değil\"", Direct, Some("Hülya Bay"), Some("diye tepki gösterdi")),
    ("7 cue", "Tuncay Sarı, \"Borçlar yapılandırılacak\" diye ekledi.", "\"Borçlar yapılandırılacak\"", Direct, Some("Tuncay Sarı"), Some("diye ekledi")),
    ("7 cue", "İsmail Dağ, \"Yarın her şey netleşecek\" şeklinde açıklama yaptı.", "\"Yarın her şey netleşecek\"", Direct, Some("İsmail Dağ"), None),
    ("7 cue", "Ayten Yurt, \"Seçimi kazanacağız\" iddiasında bulundu.", "\"Seçimi kazanacağız\"", Direct, Some("Ayten Yurt"), None),
    ("7 cue", "Melek Ay, \"Kapılar herkese açık\" dedi ki salon alkışlarla inledi.", "\"Kapılar herkese açık\"", Direct, Some("Melek Ay"), Some("dedi ki")),
    ("7 cue", "Orhan Tekin, \"Okullar güvenli\" ifade etti.", "\"Okullar güvenli\"", Direct, Some("Orhan Tekin"), Some("ifade etti")),
    // 8. `X'e göre`, `X'in haberine göre`: the subject speaks; the source only reports.
    ("8 göre", "Reuters'ın haberine göre Bakan Yılmaz \"Anlaşma yakın\" dedi.", "\"Anlaşma yakın\"", Direct, Some("Yılmaz"), Some("dedi")),
    ("8 göre", "Anadolu Ajansı'na göre Vali Nail Cansu, \"Köprü yarın açılacak\" dedi.", "\"Köprü yarın açılacak\"", Direct, Some("Nail Cansu"), Some("dedi")),
    ("8 göre", "AFP'ye göre görüşmelerde \"somut bir ilerleme\" sağlanmadı.", "\"somut bir ilerleme\"", Direct, Some("AFP"), Some("göre")),
    ("8 göre", "BBC'nin haberine göre Lena Fischer, \"Görevi bırakmayacağım\" dedi.", "\"Görevi bırakmayacağım\"", Direct, Some("Lena Fischer"), Some("dedi")),
    ("8 göre", "Yerel basına göre Muhtar Cevdet Kaya, \"Su yine kesildi\" diye konuştu.", "\"Su yine kesildi\"", Direct, Some("Cevdet Kaya"), Some("diye konuştu")),
    ("8 göre", "Anadolu Ajansı'nın Ticaret Bakanlığı'ndan aktardığına göre ihracatçılar \"bekleme sürelerinin kısalacağı\" görüşünde.", "\"bekleme sürelerinin kısalacağı\"", Direct, Some("Ticaret Bakanlığı"), Some("aktardığına göre")),
    ("8 göre", "DHA'nın haberine göre Nermin Taş, \"Oğlumu bulun\" diye seslendi.", "\"Oğlumu bulun\"", Direct, Some("Nermin Taş"), Some("diye seslendi")),
    ("8 göre", "NATO'ya göre tatbikat \"planlandığı gibi\" tamamlandı.", "\"planlandığı gibi\"", Direct, Some("NATO"), Some("göre")),
    // Pro-drop: a quote with no subject goes on with the speaker before it.
    ("pro-drop", "Kenan Uslu, \"Fabrika kapanmayacak\" dedi. \"İşçilerimiz rahat olsun\" diye ekledi.", "\"İşçilerimiz rahat olsun\"", Direct, Some("Kenan Uslu"), Some("diye ekledi")),
    ("pro-drop", "Sevgi Akın, sabah saatlerinde mahalle sakinleriyle bir araya geldi.\n\n\"Çöpler her gün toplanacak\" dedi.", "\"Çöpler her gün toplanacak\"", Direct, Some("Sevgi Akın"), Some("dedi")),
    ("pro-drop", "Rıza Bilen, \"Sorunu çözeceğiz\" dedi.\n\n\"Bütçe hazır\" şeklinde konuştu.", "\"Bütçe hazır\"", Direct, Some("Rıza Bilen"), Some("şeklinde konuştu")),
    // Near-misses: nobody speaks, or the quote is a title or a term.
    ("near-miss", "Film, \"Sessiz Kasaba\" adıyla vizyona girdi.", "\"Sessiz Kasaba\"", Term, None, None),
    ("near-miss", "Mahalle halkı \"kentsel dönüşüm\" kavramını ilk kez duydu.", "\"kentsel dönüşüm\"", Term, None, None),
    ("near-miss", "Kitabın adı \"Yol\" oldu.", "\"Yol\"", Term, None, None),
    ("near-miss", "\"Yaz Rüzgarı\" dizisinin çekimleri Bodrum'da başladı.", "\"Yaz Rüzgarı\"", Term, None, None),
    ("near-miss", "Kaya Yılmaz'a \"Neden geç kaldın?\" diye soran Ahmet Balcı, cevap alamadı.", "\"Neden geç kaldın?\"", Direct, Some("Ahmet Balcı"), Some("diye soran")),
    ("near-miss", "Ankara'da \"Barış için yürüyoruz\" diyen binlerce kişi toplandı.", "\"Barış için yürüyoruz\"", Direct, None, Some("diyen")),
    ("near-miss", "Başkan Emine Ural'ın açıklaması bekleniyor. Kurul, \"Karar ertelendi\" dedi.", "\"Karar ertelendi\"", Direct, Some("Kurul"), Some("dedi")),
    ("near-miss", "Hüseyin Kalkan, Ayşe Nur'a \"Geri dön\" dedi.", "\"Geri dön\"", Direct, Some("Hüseyin Kalkan"), Some("dedi")),
];

fn run(text: &str) -> newsmark::Annotations {
    annotate(
        text,
        &Options {
            lang: Some(Lang::Tr),
            ..Options::default()
        },
    )
    .expect("annotates")
}

#[test]
fn turkish_attribution_patterns() {
    let mut failures = Vec::new();
    for (pattern, text, quote, kind, speaker, cue) in CASES {
        let ann = run(text);
        let Some(q) = ann.quotes.iter().find(|q| &text[q.span] == *quote) else {
            let got: Vec<&str> = ann.quotes.iter().map(|q| &text[q.span]).collect();
            failures.push(format!(
                "[{pattern}] {text}\n  no quote {quote:?}; got {got:?}"
            ));
            continue;
        };
        let got_speaker = q.speaker.map(|s| &text[s]);
        let got_cue = q.cue.map(|s| &text[s]);
        let cue_ok = cue.is_none() && *kind != Term || got_cue == *cue;
        if q.kind != *kind || got_speaker != *speaker || !cue_ok {
            failures.push(format!(
                "[{pattern}] {text}\n  want {kind:?} by {speaker:?} cue {cue:?}, got {:?} by {got_speaker:?} cue {got_cue:?}",
                q.kind
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn the_suite_covers_every_pattern() {
    assert!(CASES.len() >= 80, "{} cases", CASES.len());
    for p in ["1 ", "2 ", "3 ", "4 ", "5 ", "6 ", "7 ", "8 ", "near-miss"] {
        let n = CASES.iter().filter(|c| c.0.starts_with(p)).count();
        assert!(n >= 6, "pattern {p}: {n} cases");
    }
}

#[test]
fn speaker_name_is_the_full_name_of_a_short_form() {
    // `Bakanlık` stands for the ministry named before; `Kaya` for Ayşe Kaya.
    let text = "Sağlık Bakanlığı yeni aşı takvimini duyurdu.\n\nBakanlık, \"Aşılar ücretsiz olacak\" dedi.\n\nProf. Dr. Ayşe Kaya da takvimi anlattı. Kaya, \"Herkes randevu alabilir\" dedi.";
    let ann = run(text);
    let doc = Document::new(text, &ann, OffsetUnit::Byte);
    let names: Vec<(&str, Option<&str>)> = doc
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| {
            (
                q.speaker.as_deref().unwrap_or(""),
                q.speaker_name.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("Bakanlık", Some("Sağlık Bakanlığı")),
            ("Kaya", Some("Ayşe Kaya"))
        ]
    );
}
