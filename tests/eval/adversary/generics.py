"""The adversary's genericized-mark classes (issue 9, precision; quiet, session 16): a brand's word that a market uses as
the plain noun for such goods (Korean 바바리 for any trench coat, Polish and Czech "adidasy" / "adidasky" for any sneakers,
Turkish "jilet" for any razor blade, "aspirin", West African "maggi" cubes, Hebrew and Turkish "נס קפה" / "neskafe" for
instant coffee, "Walkman", "band-aid", "Nerf", "Barbie"), beside another maker's name, an unbranded word or "marki X",
must stay quiet; the copies that use the same word with a copy claim, or beside the brand's own mark, must alert.

Written from first principles (Wikipedia's list of genericized trademarks applied to the demo registry's marks, and the
commonest makers of those goods in each market); no held-out listing was read.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene

TRAPS = {
    "trap_generic_mark_other_maker": "a mark used as a market's generic noun (바바리, adidasy/adidasky, jilet, aspirin, "
                                     "maggi, נס קפה/neskafe, Walkman, band-aid, Nerf, Barbie) beside another maker's name, "
                                     "an unbranded word (보세, bez marki, markasız, generic) or 'marki X', at its price",
}
EVASIONS = {
    "fake_generic_mark_copy": "the same generic word with a copy claim (미러급, podróbka, çakma, replica, 1:1), or beside "
                              "the brand's own mark at a copy's price",
}

# brand id -> (trap titles {M} another maker, fake titles {c} a copy word of the market, currency, price range)
SHAPES = {
    "burberry": (["여성 봄 바바리 코트 베이지 ({M})", "남자 바바리코트 네이비 {M}", "바바리 트렌치 코트 {M} 55 사이즈",
                  "{M} 바바리 자켓 한번 입음", "봄 바바리코트 {M} 새상품", "여자 롱 바바리 {M} 66", "보세 바바리코트 카키",
                  "바바리 코트 {M} S급"],  # S급: a used coat's condition grade, as honest resellers write it
                 ["바바리 코트 체크 {c}", "버버리 바바리코트 {c}", "바바리 트렌치 코트 체크 안감 {c}", "바바리 코트 노바체크 {c}"],
                 "KRW", (25000, 90000),
                 ["보세", "지오지아", "시스템", "유니클로", "자라", "스파오", "탑텐", "로엠", "미쏘", "인디안", "노브랜드", "지오다노"],
                 # SA급, not S급: S급 is also a used item's condition grade ("like new"; shorthand.py's _KO_CUES)
                 ["미러급", "레플리카", "짝퉁", "SA급", "1:1"]),
    "adidas": (["Adidasy {M} Classic białe r. 42", "Dětské adidasky {M} vel. 32", "Buty sportowe (adidasy) marki {M}",
                "Adidasy damskie {M} rozm. 38", "Pánské adidasky {M} vel. 43", "adidasy dziecięce {M} r. 30",
                "Adidasy chłopięce bez marki r. 33", "Adidasky značky {M}, málo nošené"],
               ["Adidasy podróbka {c} białe", "adidasy Adidas Superstar {c}", "Adidasky Adidas Samba {c}",
                "adidasy Yeezy 350 {c}", "Adidasy Adidas Gazelle {c} r. 42"],
               "PLN", (30, 160),
               ["Reebok", "Kalenji", "Decathlon", "New Balance", "Asics", "Vans", "Skechers", "Fila", "Kappa", "Lotto",
                "Crivit", "Deichmann", "Big Star", "Lee Cooper", "Botas", "Alpine Pro"],
               ["podróbka", "podróbki", "replika", "kopie", "1:1", "fake"]),
    "gillette": (["{M} jilet 10'lu paket", "Tıraş bıçağı jilet 100 adet {M}", "Jilet {M} 5'li kutu",
                  "Markasız jilet 20 adet", "{M} çift ağızlı jilet 50 adet"],
                 ["Gillette Mach3 yedek jilet {c}", "Gillette Fusion5 jilet {c}", "jilet Gillette ProGlide {c} 8'li"],
                 "TRY", (30, 250), ["Derby", "Astra", "Dorco", "Wilkinson", "Schick", "Bic", "Personna", "Permasharp"],
                 ["çakma", "replika", "1:1", "sahte"]),
    "bayer": (["{M} aspirin 300mg 16 tablets x3", "{M} low dose aspirin 81mg, 365 tablets", "Aspirina {M} 500 mg 20 comprimidos",
               "Aspirine {M} 500 mg, 20 comprimés", "Аспирин {M} 500 мг 10 таблеток", "Generic aspirin 75mg 28 tablets"],
              ["Bayer Aspirin 500mg 100 tablets {c}", "Aspirin Bayer Protect 100mg {c}", "Bayer aspirin tablets {c} packaging"],
              "GBP", (1, 12), ["Boots", "Kirkland", "Tesco", "Asda", "Superdrug", "Equate", "Ratiopharm", "Hexal", "Stada",
                               "Aspro", "UPSA", "Walgreens"],
              ["replica", "1:1 copy", "fake", "super copy"]),
    "nestle": (["{M} seasoning cubes (maggi) carton", "{M} maggi cubes, 50 pcs", "נס קפה {M} 200 גרם", "Neskafe {M} 100 gr",
                "Maggi cubes {M} 100 pcs wholesale"],
               ["Nescafé Gold 200g {c}", "Nestlé Maggi cubes {c}", "Nescafe Classic 200g jar {c}"],
               "USD", (2, 25), ["Knorr", "Onga", "Royco", "Jumbo", "Mamador", "עלית", "Jacobs", "Tchibo", "Kahve Dünyası"],
               ["1:1 copy", "replica", "super copy", "fake"]),
    "sony": (["Walkman {M} cassette player, works", "{M} Walkman Kassettenspieler, funktioniert", "Walkman {M} 1980s, tested"],
             ["Sony Walkman WM-DD {c}", "Walkman Sony NW-A306 {c}", "Sony Walkman cassette player {c}"],
             "EUR", (8, 60), ["Aiwa", "Sanyo", "Toshiba", "Grundig", "JVC", "Sharp", "Coby"],
             ["replica", "1:1", "copy", "fake"]),
    "johnson-johnson": (["{M} band-aids assorted, 40 count", "Bandaids {M} waterproof 30 pack", "{M} band aid strips, fabric"],
                        ["Band-Aid Johnson & Johnson plasters {c}", "Band-Aid brand flexible fabric {c}"],
                        "USD", (2, 9), ["Curad", "Elastoplast", "Hansaplast", "Nexcare", "Equate", "Welly"],
                        ["replica", "1:1 copy", "fake"]),
    "hasbro": (["Nerf darts refill 100 pack, {M}", "{M} nerf compatible foam darts 200", "Nerf blaster {M} dart gun"],
               ["Nerf Elite 2.0 blaster {c}", "Nerf Hasbro Ultra One {c}", "Nerf Rival Nemesis {c}"],
               "USD", (6, 30), ["Dart Zone", "X-Shot", "Zuru", "Buzz Bee", "Adventure Force"],
               ["1:1 copy", "replica", "fake", "super copy"]),
    "mattel": (["Barbie {M} doll 29 cm", "Кукла барби {M}", "Barbie-style {M} fashion doll with outfits", "{M} barbies lot of 3"],
               ["Barbie Dreamhouse Mattel {c}", "Barbie Signature doll {c}", "Mattel Barbie fashionista {c}"],
               "USD", (5, 30), ["Simba", "Steffi Love", "Bratz", "Sindy", "Rainbow High", "Famosa"],
               ["1:1 copy", "replica", "fake", "super copy"]),
}


def make_generic_other_maker(b: BrandView, s: Scene) -> Draft | None:
    if b.id not in SHAPES:
        return None
    traps, _, cur, (low, high), makers, _ = SHAPES[b.id]
    r = s.rng
    title = r.choice(traps).format(M=r.choice(makers))
    return Draft(title, r.choice(b.categories + [None]), (float(r.randrange(low, high)), cur), "")


def make_generic_copy(b: BrandView, s: Scene) -> Draft | None:
    if b.id not in SHAPES:
        return None
    _, fakes, cur, (low, high), _, copies = SHAPES[b.id]
    r = s.rng
    title = r.choice(fakes).format(c=r.choice(copies))
    cat = s.category(with_floor=True)
    return Draft(title, cat, (float(r.randrange(low, high)), cur), "")


TRAP_MAKERS = {"trap_generic_mark_other_maker": make_generic_other_maker}
EVASION_MAKERS = {"fake_generic_mark_copy": make_generic_copy}
