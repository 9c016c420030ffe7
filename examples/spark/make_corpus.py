#!/usr/bin/env python3
"""Writes a deterministic JSONL corpus of invented news articles, `{"id","text","lang"}` a line,
Turkish and English, for trying and testing examples/spark/annotate_corpus.py.

    python3 examples/spark/make_corpus.py --n 2000 --seed 14 -o corpus.jsonl

Every article is built from templates written for this project: a headline, a dateline
paragraph, quotes with speakers and speech cues, reported speech, dates, money and
percentages, names with Turkish case suffixes (vowel harmony applied), sometimes a source line
or page chrome. The same --n and --seed give the same bytes. Standard library only.
"""

import argparse
import json
import random
import sys

# --- Turkish ---------------------------------------------------------------------------------

TR_PEOPLE = [
    "Ayşe Yılmaz", "Mehmet Demir", "Elif Şahin", "Murat Kaya", "Zeynep Çelik", "Hakan Öztürk",
    "Derya Aksoy", "Emre Koç", "Selin Arslan", "Burak Doğan", "Gülşen Yıldız", "Oğuz Kurt",
    "Fatma Aydın", "Kerem Özdemir", "Nilüfer Erdem", "İsmail Güneş", "Sevgi Polat", "Tuncay Eren",
]
TR_TITLES = [
    "Sağlık Bakanı", "Ticaret Bakanı", "İstanbul Valisi", "Belediye Başkanı", "Genel Müdür",
    "Prof. Dr.", "CHP Milletvekili", "AK Parti Grup Başkanvekili", "Ekonomist", "Sendika Başkanı",
]
TR_PLACES = [
    "İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Trabzon", "Diyarbakır", "Gaziantep",
    "Eskişehir", "Samsun", "Berlin", "Moskova", "Bakü", "Kuzey Kore", "Azerbaycan", "Almanya",
]
TR_ORGS = [
    "Türkiye İstatistik Kurumu", "Merkez Bankası", "Sağlık Bakanlığı", "Milli Eğitim Bakanlığı",
    "İstanbul Büyükşehir Belediyesi", "Türk Hava Yolları", "Borsa İstanbul", "AFAD",
    "Türk Tabipleri Birliği", "Dünya Sağlık Örgütü", "Avrupa Birliği", "TÜSİAD",
]
TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
             "Ekim", "Kasım", "Aralık"]
TR_TOPICS = [
    ("yeni hastane projesi", "hastanenin iki yıl içinde hizmete gireceğini"),
    ("enflasyon verileri", "fiyat artışlarının yavaşlamasını beklediklerini"),
    ("metro hattı", "hattın yolcu kapasitesini iki katına çıkaracağını"),
    ("deprem tatbikatı", "tatbikata 40 bin kişinin katıldığını"),
    ("ihracat rakamları", "ihracatın geçen yılın aynı dönemine göre arttığını"),
    ("okul takvimi", "derslerin eylül ayında başlayacağını"),
    ("turizm sezonu", "otellerin doluluk oranının yüzde 85'i aştığını"),
    ("orman yangınları", "yangınların büyük ölçüde kontrol altına alındığını"),
]
TR_QUOTES = [
    "Vatandaşlarımızın sağlığı her şeyden önce gelir",
    "Bu yatırım şehrimizin geleceği için büyük bir adım",
    "Rakamlar doğru yolda olduğumuzu gösteriyor",
    "Kimse mağdur edilmeyecek, bütün başvurular tek tek incelenecek",
    "Önümüzdeki aylarda fiyatlarda kalıcı bir düşüş bekliyoruz",
    "Hazırlıklarımızı tamamladık, ekiplerimiz sahada",
    "Bu sorunu ancak birlikte çözebiliriz",
    "Kararın bölge ekonomisine olumlu yansıyacağına inanıyoruz",
]
TR_BOILERPLATE = [
    "Etiketler : {p1}, {p2}, gündem",
    "Yorumlar hakaret ve küfür içeremez. Paylaş: Facebook Twitter WhatsApp",
    "Kaynak: AA",
    "Kaynak: DHA",
]


def last_vowel(word):
    for c in reversed(word.lower()):
        if c in "aeıioöuü":
            return c
    return "e"


def tr_suffix(name, case):
    """`name` with a Turkish case suffix after an apostrophe, vowel harmony applied."""
    v = last_vowel(name)
    back = v in "aıou"
    ends_vowel = name[-1].lower() in "aeıioöuü"
    hard = name[-1].lower() in "fstkçşhp"
    if case == "loc":  # -da/-de/-ta/-te
        return f"{name}'{'t' if hard else 'd'}{'a' if back else 'e'}"
    if case == "abl":  # -dan/-den/-tan/-ten
        return f"{name}'{'t' if hard else 'd'}{'a' if back else 'e'}n"
    if case == "dat":  # -(y)a/-(y)e
        return f"{name}'{'y' if ends_vowel else ''}{'a' if back else 'e'}"
    if case == "gen":  # -(n)ın/-in/-un/-ün
        i = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[v]
        return f"{name}'{'n' if ends_vowel else ''}{i}n"
    raise ValueError(case)


def tr_upper(s):
    """Turkish capitals: i → İ, ı → I."""
    return s.replace("i", "İ").replace("ı", "I").upper()


def tr_also(name):
    """`name da` / `name de` ("… too"), by vowel harmony."""
    return f"{name} {'da' if last_vowel(name) in 'aıou' else 'de'}"


def tr_date(r):
    return f"{r.randint(1, 28)} {r.choice(TR_MONTHS)} {r.choice([2025, 2026, 2027])}"


def tr_article(r):
    p1, p2 = r.sample(TR_PLACES, 2)
    a, b, c = r.sample(TR_PEOPLE, 3)
    ta, tb = r.sample(TR_TITLES, 2)
    org, org2 = r.sample(TR_ORGS, 2)
    topic, reported = r.choice(TR_TOPICS)
    q1, q2, q3 = r.sample(TR_QUOTES, 3)
    title = r.choice([
        f"{tr_suffix(p1, 'loc')} {topic} için ilk adım atıldı",
        f"{org}: {topic[0].upper() + topic[1:]} açıklandı",
        f"{ta} {b}: \"{q1}\"",
        f"{tr_suffix(p1, 'abl')} {tr_suffix(p2, 'dat')} yeni karar",
    ])
    paras = [title]
    paras.append(r.choice([
        f"{tr_upper(p1)} (AA) - {org}, {topic} hakkında {tr_date(r)} tarihinde bir açıklama yaptı. "
        f"{ta} {a}, {tr_suffix(p1, 'loc')} düzenlenen basın toplantısında \"{q1}\" dedi.",
        f"{tr_upper(p1)} - {org} verilerine göre "
        f"{topic} ile ilgili başvurular geçen ay yüzde {r.randint(2, 60)} arttı. {ta} {a}, \"{q1}\" diye konuştu.",
        f"{ta} {a}, {tr_suffix(p2, 'abl')} gelen heyeti {tr_suffix(p1, 'loc')} kabul etti. "
        f"{a}, görüşmenin ardından yaptığı açıklamada “{q1}” ifadelerini kullandı.",
    ]))
    paras.append(r.choice([
        f"{tb} {b} ise {topic} konusunda \"{q2}\" şeklinde konuştu.",
        f"Konuya ilişkin soruları yanıtlayan {tb} {b}, {reported} söyledi.",
        f"{tr_suffix(b, 'gen')} açıklamasına göre proje için {r.randint(2, 900)} milyon lira "
        f"ayrıldı. {b}, “{q2}” dedi.",
    ]))
    if r.random() < 0.7:
        paras.append(r.choice([
            f"{tr_also(org2)} yazılı bir açıklama yaparak {reported} duyurdu.",
            f"{c}, {tr_date(r)} tarihinde {tr_suffix(p2, 'loc')} yapılacak toplantıya "
            f"{org} temsilcilerinin de katılacağını açıkladı.",
            f"Öte yandan {c}, sosyal medya hesabından yaptığı paylaşımda \"{q3}\" ifadesine "
            f"yer verdi.",
        ]))
    if r.random() < 0.4:
        paras.append(r.choice(TR_BOILERPLATE).format(p1=p1, p2=p2))
    return "\n\n".join(paras) + "\n"


# --- English ---------------------------------------------------------------------------------

EN_PEOPLE = [
    "Maria Lopez", "James Carter", "Aisha Khan", "Daniel Okafor", "Sofia Rossi", "Liam O'Brien",
    "Hannah Becker", "Rahul Mehta", "Grace Kim", "Tomás Silva", "Emily Clarke", "Peter Novak",
]
EN_TITLES = ["Mayor", "Governor", "Health Minister", "chief executive", "Senator", "Professor",
             "spokeswoman", "Finance Minister"]
EN_PLACES = ["Lisbon", "Nairobi", "Ohio", "Manila", "Rotterdam", "Toronto", "Cape Town",
             "Melbourne", "Dublin", "Seoul", "Chicago", "Lagos"]
EN_ORGS = ["the World Health Organization", "the European Commission", "Siemens",
           "the Bank of England", "Reuters", "the United Nations", "Greenpeace", "Airbus",
           "the International Monetary Fund", "Toyota"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_TOPICS = ["a new rail link", "the housing plan", "flood defences", "the vaccine rollout",
             "a tax on sugary drinks", "the port expansion", "wind farm permits"]
EN_QUOTES = [
    "We cannot wait another decade for this",
    "The numbers speak for themselves",
    "Nobody will be left behind",
    "This is the most ambitious plan the city has ever seen",
    "We expect prices to ease by the end of the year",
    "Our teams are already on the ground",
]


def en_date(r):
    return f"{r.choice(EN_MONTHS)} {r.randint(1, 28)}, {r.choice([2025, 2026, 2027])}"


def en_article(r):
    p1, p2 = r.sample(EN_PLACES, 2)
    a, b = r.sample(EN_PEOPLE, 2)
    ta, tb = r.sample(EN_TITLES, 2)
    org, org2 = r.sample(EN_ORGS, 2)
    topic = r.choice(EN_TOPICS)
    q1, q2 = r.sample(EN_QUOTES, 2)
    org_cap = org[0].upper() + org[1:]
    paras = [r.choice([
        f"{p1} unveils {topic}",
        f"{org_cap} backs {topic} in {p1}",
        f"{ta.capitalize()} {a} defends {topic}",
    ])]
    paras.append(r.choice([
        f"{p1.upper()} — {ta.capitalize()} {a} said on {en_date(r)} that {topic} would cost "
        f"${r.randint(2, 90)} million. \"{q1},\" {a} told reporters in {p1}.",
        f"{p1.upper()} (Reuters) — {org_cap} said prices had risen {r.randint(2, 40)} percent "
        f"since {r.choice(EN_MONTHS)}. “{q1},” said {ta} {a}.",
        f"{ta.capitalize()} {a} of {p1} said {topic} had the support of {org}. \"{q1},\" "
        f"{a.split()[-1]} said.",
    ]))
    paras.append(r.choice([
        f"According to {org2}, the first phase will open in {p2} by {en_date(r)}.",
        f"\"{q2},\" {tb} {b} said in a statement.",
        f"{b}, a {tb} in {p2}, said the plan was \"{q2.lower()}.\"",
    ]))
    if r.random() < 0.3:
        paras.append(r.choice(["Source: Reuters", "Tags: politics, " + p1.lower(),
                               "Share this article: Facebook Twitter Email"]))
    return "\n\n".join(paras) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("-o", "--out", help="output file (default stdout)")
    args = ap.parse_args()
    r = random.Random(args.seed)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    for i in range(args.n):
        turkish = r.random() < 0.6
        text = tr_article(r) if turkish else en_article(r)
        # A third of the lines leave the language to be detected.
        lang = None if r.random() < 0.33 else ("tr" if turkish else "en")
        out.write(json.dumps({"id": f"doc-{i:05d}", "text": text, "lang": lang},
                             ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
