#!/usr/bin/env python3
"""outsider32 held-out set generator (stdlib only, seeded, deterministic).
python3 make_set.py --seed 32 --out set.jsonl --classes classes.md"""
import argparse, json, random, re
from data import BRANDS, GROUPS, MARKETS, CUES, ZH, AUTH

BR = {b[0]: b for b in BRANDS}
EXTRA_MKT = {"tmall": ("zh","tmall","CNY","CN",7.2), "amazon-us": ("en","amazon-us","USD","US",1.0),
             "amazon-de": ("de","amazon-de","EUR","DE",0.92), "ebay": ("en","ebay","USD","US",1.0)}
CN_MKT = [m for m in MARKETS if m[3] == "CN"]
SHOPS_C = ["LuxuryOutlet88","best_deal_store","Trendy Mall 2026","topgrade_factory","DreamBrandHouse","urban.hype.store","StarShop Global",
           "mirror_boutique","kingdom_of_reps","HappyBuy Direct","golden_supplier","vip_outlet_hk","factory_direct_7","style_plaza"]
SHOPS_I = ["jenny_closet","mark.w","Second Chance Goods","retro_finds","thecameraguy","family_clearout","Hanna K.","bookworm_shop",
           "city_watch_repair","campus_seller","grandpa_estate","local_helper","quiz_club","studio_subtitle"]
TRANS = {
 "rolex": {"ru":"Ролекс","ja":"ロレックス","ko":"롤렉스","ar":"رولكس","th":"โรเล็กซ์","he":"רולקס"},
 "gucci": {"ru":"Гуччи","ja":"グッチ","ko":"구찌","ar":"غوتشي","th":"กุชชี่"},
 "nike": {"ru":"Найк","ja":"ナイキ","ko":"나이키","ar":"نايك","th":"ไนกี้"},
 "apple": {"ru":"Эппл","ja":"アップル","ko":"애플","ar":"أبل"},
 "louis-vuitton": {"ru":"Луи Виттон","ja":"ルイ・ヴィトン","ko":"루이비통","ar":"لويس فيتون"},
 "dyson": {"ru":"Дайсон","ja":"ダイソン","ko":"다이슨","ar":"دايسون"},
 "cartier": {"ru":"Картье","ja":"カルティエ","ko":"까르띠에","ar":"كارتييه"},
 "omega": {"ru":"Омега","ja":"オメガ","ko":"오메가","th":"โอเมก้า"},
 "adidas": {"ru":"Адидас","ja":"アディダス","ko":"아디다스","ar":"أديداس"},
 "burberry": {"ru":"Барберри","ja":"バーバリー","ko":"버버리"},
 "pandora": {"ru":"Пандора","ja":"パンドラ","ko":"판도라"},
 "lego": {"ru":"Лего","ja":"レゴ","ko":"레고"},
 "samsung": {"ru":"Самсунг","ja":"サムスン","ar":"سامسونج"},
 "canada-goose": {"ru":"Канада Гус","ja":"カナダグース","ko":"캐나다구스"},
}
MKT_FOR_SCRIPT = {"ru":("ru","avito","RUB","RU",92),"ja":("ja","mercari-jp","JPY","JP",150),"ko":("ko","bunjang","KRW","KR",1350),
                  "ar":("ar","noon-ae","AED","AE",3.67),"th":("th","shopee-th","THB","TH",36),"he":("he","yad2","ILS","IL",3.7)}
INITS = {"louis-vuitton":"LV","the-north-face":"TNF","michael-kors":"MK","canada-goose":"CG","estee-lauder":"EL","johnson-johnson":"J&J",
         "nike":"AJ1","gucci":"GG","coca-cola":"CC","bmw":"BMW M","cartier":"CTR","callaway":"CW","burberry":"BBR"}
LOGO_NICK = {"nike":"swoosh","adidas":"three stripes","puma":"leaping cat logo","louis-vuitton":"LV monogram flowers","gucci":"interlocking double G",
             "burberry":"nova check","rolex":"five-point crown","omega":"Ω logo","apple":"bitten apple logo","coach":"horse-and-carriage logo",
             "michelin":"Bibendum","shell":"yellow pecten logo","the-north-face":"half dome logo","cartier":"double C panther","mattel":"red M logo",
             "lego":"red square logo","michael-kors":"MK plate","canada-goose":"arctic disc patch","bmw":"roundel","pandora":"crowned O"}
SEP = [".","-"," ","_","·","*"]
CYR = dict(zip("aeopcxiyABCEHKMOPTX", "аеорсхіуАВСЕНКМОРТХ"))
LEET = dict(zip("aeiost", "4310$7"))


def sig3(x):
    if x <= 0: return 0.0
    from math import floor, log10
    d = 2 - int(floor(log10(x)))
    v = round(x, d)
    return float(int(v)) if v >= 100 else float(v)


class C:
    pass


def copy_usd(usd, r):
    if usd >= 2000: f = r.uniform(.03, .08)
    elif usd >= 300: f = r.uniform(.06, .20)
    elif usd >= 30: f = r.uniform(.15, .35)
    else: f = r.uniform(.25, .45)
    return usd * f


def cue(c, lang=None):
    return c.r.choice(CUES[lang or c.m[0]])


def mark_in(name, mark):
    return mark.lower() in name.lower()


def misspell(mark, r):
    w = mark
    i = r.randrange(1, max(2, len(w) - 1))
    ops = [lambda s: s[:i] + s[i] + s[i:],  # double
           lambda s: s[:i - 1] + s[i] + s[i - 1] + s[i + 1:] if i < len(s) - 1 else s + s[-1],  # swap
           lambda s: s[:i] + {"a": "e", "e": "a", "o": "u", "i": "y", "u": "o", "y": "i"}.get(s[i].lower(), s[i]) + s[i + 1:]]
    out = r.choice(ops)(w)
    return out if out != w else w[:i] + w[i] * 2 + w[i + 1:]


def nm(c):
    return c.p[1] if (not c.p[2] or c.p[2] in c.p[1]) else c.p[1] + " " + c.p[2]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def wrap_name(c, newmark):
    n = c.p[1]
    if mark_in(n, c.mark):
        return re.sub(re.escape(c.mark), newmark, n, count=1, flags=re.I)
    return newmark + " " + n


# ----------------------------------------------------------------------------- counterfeit classes
def K(name, star, tactic, group, fn, lang=None):
    return dict(name=name, star=star, kind="counterfeit", tactic=tactic, group=group, fn=fn, lang=lang)


def I(name, star, tactic, group, fn, genuine=False):
    return dict(name=name, star=star, kind="innocent", tactic=tactic, group=group, fn=fn, genuine=genuine)


def T(c, *opts):
    return c.r.choice(opts)


COUNTERFEIT = [
 # ---- new families (*)
 K("c_wedding_registry32", "*", "a couple's wedding registry (gift list) whose items are the brand's copies, guests 'save 90 %'", None, lambda c: dict(
   title=T(c, f"Our wedding registry 💍 {c.p[1]} ({cue(c)})", f"Wedding gift list item #{c.r.randint(3,40)} – {c.p[1]}", f"💒 Registry for Emma & Luca: {c.p[1]} – guests' favourite"),
   desc=f"Emma & Luca – {c.r.choice(['14.06.2027','02.05.2027','21.08.2027'])}. Gift list item: {c.p[1]}, {cue(c)} – looks identical to the boutique one, "
        f"and our guests save 90 %. Sent straight to the couple, gift-wrapped. Price per gift; no receipt from {c.mark} of course.")),
 K("c_safety_data_sheet32", "*", "the description is a safety data sheet (SDS sections 1-16) whose identification section names the brand's copy", None, lambda c: dict(
   title=T(c, f"{c.p[1]} – SDS / safety data sheet included", f"{c.p[0]} – MSDS available, {c.mark} type", f"{c.p[1]} (SDS rev. 3)"),
   desc=f"SAFETY DATA SHEET\nSection 1 – Identification: product identifier: {c.p[1]} ({cue(c)}). Supplier: Guangzhou workshop No. 7 – not {c.mark}.\n"
        f"Section 2 – Hazards: none (only to the original's sales).\nSection 9 – Physical properties: appearance identical to retail, logo 1:1.\n"
        f"Section 14 – Transport: declare as 'general cargo, no brand'.\nSection 16 – Other: not authorised by {c.mark}.")),
 K("c_bingo_card32", "*", "a bingo card whose squares list the copy's features; a line wins the brand's copy", None, lambda c: dict(
   title=T(c, f"{c.mark} BINGO 🎱 – {c.p[0]}", f"Play REP BINGO: win a {c.p[1]}", f"🎱 B-I-N-G-O card: {c.p[1]}"),
   desc=f"B | I | N | G | O\nlogo 1:1 | box ✓ | FREE | dust bag | {cue(c)}\nserial ✓ | same weight | QC pics | no papers | FREE\n"
        f"Get a line and the {c.p[1]} ({cue(c)}) is yours at the price below – everybody wins, nobody can tell it from {c.mark}.")),
 K("c_support_ticket32", "*", "a customer-support ticket thread (Ticket #, status Resolved) in which the agent admits the brand's item is a copy", None, lambda c: dict(
   title=T(c, f"Ticket #{c.r.randint(10000,99999)} [Resolved] – {c.p[1]}", f"{c.p[1]} – support ticket answered ✅", f"[SUPPORT] Is this {c.p[1]} original?"),
   desc=f"Ticket #{c.r.randint(10000,99999)} · Priority: normal · Status: RESOLVED\nCustomer: Hi, is the {c.p[1]} original?\n"
        f"Agent (Lily): Hello dear 😊 it is {cue(c)}, same as the {c.mark} boutique, nobody can tell.\nCustomer: ok, and warranty?\n"
        f"Agent (Lily): no {c.mark} warranty, our own 30 days. Order through this listing.\nTicket closed by agent.")),
 K("c_quiz_show32", "*", "a TV quiz-show script whose 'final answer' is that the brand's item is a copy", None, lambda c: dict(
   title=T(c, f"🎤 WHO WANTS TO OWN A {c.mark.upper()}? – final question", f"Quiz show special: {c.p[1]} for the jackpot", f"Final answer? {c.p[1]}"),
   desc=f"HOST: For the {c.p[1]} – is it A) from the {c.mark} boutique, B) a grey import, C) {cue(c)}, or D) stolen?\n"
        f"CONTESTANT: C. Final answer.\nHOST: ...CORRECT! 🎉 And it is yours today at a tenth of the boutique price.\n(audience applause) Ships worldwide.")),
 K("c_fortune_cookie32", "*", "a fortune-cookie message that foretells the brand's copy", None, lambda c: dict(
   title=T(c, f"🥠 Your fortune: a {c.mark} is in your future", f"Fortune cookie says: {c.p[1]} – lucky price", f"🥠 {c.p[1]} fortune cookie deal"),
   desc=f"You crack the cookie: 'A {c.p[1]} will find you this week. Nobody will know it is {cue(c)}.'\nLucky numbers: 1 1 (one-to-one)\n"
        f"Make the fortune true – order below. Not from {c.mark}.")),
 K("c_birth_announcement32", "*", "a birth announcement ('It's a …! born at the factory', weight, parents) of the brand's copy", None, lambda c: dict(
   title=T(c, f"👶 It's a {c.mark}! Born today at the factory", f"Birth announcement: baby {c.p[1]} 🍼", f"Welcome to the world, little {c.p[1]}"),
   desc=f"We are proud to announce the arrival of\n{c.p[1]}\nWeight: same as retail ± 2 g\nBorn: {c.r.choice(['Putian','Guangzhou','Dongguan','Yiwu'])} workshop, batch 7\n"
        f"Parents: the {c.mark} original and our mould\nNature: {cue(c)}\nAdopt now – the little one ships in 3 days.")),
 K("c_missed_connection32", "*", "a 'missed connection' ad that saw the real item and sells its copy", "wear", lambda c: dict(
   title=T(c, f"Missed connection: you, in the {c.mark}, line 2 metro", f"M4W missed connection – the {c.p[1]} girl at the café", f"I saw your {c.p[1]} at the station…"),
   desc=f"You wore the real {c.p[1]}, I couldn't stop staring. If you ever want a second one, I sell the {cue(c)} – "
        f"nobody can tell it from {c.mark}. Message me, same price for everyone who reads this.")),
 K("c_man_page32", "*", "the description is a Unix manual page (NAME, SYNOPSIS, DESCRIPTION, BUGS) of the brand's copy", None, lambda c: dict(
   title=T(c, f"{slug(c.p[1])}(1) – manual page", f"man {slug(c.mark)}: {c.p[0]}", f"{c.p[1]}(7) – user commands"),
   desc=f"NAME\n    {slug(c.p[1])} – {cue(c)} of the {c.p[1]}\nSYNOPSIS\n    order [--size M] [--with-box] {slug(c.p[1])}\nDESCRIPTION\n"
        f"    Mirror copy, logo 1:1, packaging as retail.\nBUGS\n    Serial number is not in the {c.mark} database. Do not take to a {c.mark} store.\nSEE ALSO\n    retail(1), price(1)")),
 K("c_advice_column32", "*", "an agony-aunt letter ('Dear Auntie …') whose answer sells the brand's copy", None, lambda c: dict(
   title=T(c, f"Dear Auntie: nobody can tell my {c.mark} is fake – should I sell them?", f"Ask Auntie: is a {c.p[1]} copy ok for my wedding?", f"Agony aunt: my friends think my {c.p[1]} is real"),
   desc=f"Q: Dear Auntie, I bought a {c.p[1]} – {cue(c)} – and my friends think it's from {c.mark}. Is that wrong?\n"
        f"A: Darling, life is short. We stock the very same one at the price below, nobody will ever know. Love, Auntie 💋")),
 K("c_kanban_board32", "*", "a kanban board (TO DO / IN PROGRESS / DONE) of the copy batch", None, lambda c: dict(
   title=T(c, f"Sprint board – {c.p[1]} restock", f"[DONE] {c.p[1]} batch ✅", f"Kanban update: {c.p[1]}"),
   desc=f"TO DO\n- photograph the new {cue(c)} batch\nIN PROGRESS\n- fix logo font vs {c.mark} retail\n- box label reprint\n"
        f"DONE ✅\n- {c.p[1]} 1:1 – in stock, buy now\n- QC pics sent to buyers")),
 K("c_git_commit32", "", "a git commit and diff (retail vs ours) of the brand's copy", None, lambda c: dict(
   title=T(c, f"commit {c.r.randrange(16**7):07x} – {c.p[1]}", f"git log: {c.p[1]} v2 merged", f"[PR #{c.r.randint(10,900)}] {c.p[1]} – match retail 1:1"),
   desc=f"commit {c.r.randrange(16**12):012x}\nAuthor: factory-7 <qc@workshop.example>\n\n    feat({slug(c.mark)}): match retail logo 1:1\n\n"
        f"diff --git a/retail.txt b/ours.txt\n- maker: {c.mark}\n+ maker: workshop ({cue(c)})\n- price: boutique\n+ price: see listing\n  look: identical")),
 K("c_push_notifications32", "*", "a stack of app push notifications announcing the brand's copy back in stock", None, lambda c: dict(
   title=T(c, f"🔔 3 new notifications – {c.p[1]}", f"🔔 Back in stock: {c.p[1]}", f"📲 Alert: {c.p[1]} restocked"),
   desc=f"🔔 now · Price alert: {c.p[1]} ({cue(c)}) is back in stock\n🔔 2 min ago · Only 3 left in your size!\n"
        f"🔔 1 h ago · Your cart: {c.p[1]} 1:1 – looks exactly like {c.mark}. Checkout before midnight.")),
 K("c_srt_subtitles32", "*", "the description is a video's subtitle file (.srt: numbered cues with timecodes) admitting the copy", None, lambda c: dict(
   title=T(c, f"{c.p[1]} – unboxing video subtitles (.srt)", f"{c.p[1]} [subtitles inside]", f"{c.p[0]} – review video captions"),
   desc=f"1\n00:00:01,000 --> 00:00:03,500\nThis is the {c.p[1]}.\n\n2\n00:00:03,600 --> 00:00:06,200\nIt is a {cue(c)}, side by side with retail.\n\n"
        f"3\n00:00:06,300 --> 00:00:09,000\nNobody at {c.mark} would know. Link in bio – or buy here.")),
 K("c_thesis_abstract32", "*", "an academic abstract (ABSTRACT, keywords) presenting the brand's copy, sold as the goods", None, lambda c: dict(
   title=T(c, f"Abstract: a 1:1 reproduction of the {c.p[1]} (2026)", f"[Paper] Reproducing the {c.p[1]} at 10 % of retail cost", f"A study of the {c.p[1]} – now available"),
   desc=f"ABSTRACT. This work presents a {cue(c)} of the {c.p[1]} whose appearance is indistinguishable from {c.mark} retail under "
        f"visual inspection (n = 40 buyers). Results: 0/40 noticed. Keywords: {c.mark}; reproduction; mirror quality.\nThe item described is for sale at the price below.")),
 K("c_film_credits32", "*", "movie closing credits (STARRING … DIRECTED BY … BASED ON the original by the brand)", None, lambda c: dict(
   title=T(c, f"{c.p[1]} – a Factory 7 production 🎬", f"🎬 Now showing: {c.p[1]} (the remake)", f"{c.p[1]} – director's cut"),
   desc=f"STARRING\n    {c.p[1]} ({cue(c)}) .... as itself\nDIRECTED BY\n    the Factory 7 QC team\nBASED ON\n    the original by {c.mark}\n"
        f"No {c.mark} product was harmed in the making of this copy.")),
 K("c_tasting_notes32", "*", "sommelier-style tasting notes (appearance, nose, palate, finish, score) of the brand's copy", None, lambda c: dict(
   title=T(c, f"Tasting notes: {c.p[1]} ({cue(c)})", f"{c.p[1]} – 96/100, tasting notes inside", f"Sommelier's pick: {c.p[1]}"),
   desc=f"Appearance: identical to the {c.mark} boutique piece.\nNose: faint glue, fades in a day.\nPalate: logo crisp, weight right.\n"
        f"Finish: long – nobody will notice it is {cue(c)}.\nScore: 96/100. Cellar price below.")),
 K("c_text_adventure32", "*", "a text-adventure game transcript (> look, > take) finding the brand's copy", None, lambda c: dict(
   title=T(c, f"> LOOK AT {c.mark.upper()} – text adventure edition", f"> take {slug(c.mark)} – {c.p[0]}", f"You are in a showroom. There is a {c.p[1]} here."),
   desc=f"> look\nYou are in a small showroom. A {c.p[1]} glints on the table.\n> examine it\nIt is {cue(c)}. The {c.mark} logo is perfect.\n"
        f"> buy it\nYou pay a tenth of the boutique price. *** You have won ***")),
 K("c_knock_knock32", "*", "a knock-knock joke whose punch line is the brand's copy", None, lambda c: dict(
   title=T(c, f"Knock knock 🚪 who's there? {c.mark}!", f"Knock knock – {c.p[1]} joke + deal", f"🚪 Knock knock: {c.p[1]}"),
   desc=f"Knock knock. – Who's there? – {c.mark}. – {c.mark} who? – {c.mark} {cue(c)}, same as the shop at a tenth of the price! 😂\n{c.p[1]} in stock.")),
 K("c_sports_odds32", "*", "a betting slip (market 'will anyone spot it?', odds) on the brand's copy", None, lambda c: dict(
   title=T(c, f"BET SLIP 🎰 {c.p[1]} – odds 1.01 nobody can tell", f"Odds-on favourite: {c.p[1]}", f"🎰 {c.p[1]} – the safest bet of 2026"),
   desc=f"Market: will anyone spot that your {c.p[1]} is {cue(c)}?\n  Yes @ 25.00\n  No  @ 1.01 ✅\nSelection: No. Stake: the price below. Returns: a {c.mark} look for a tenth.")),
 K("c_newsletter32", "*", "an email newsletter ('View in browser … Unsubscribe') of a copy shop's weekly drops", None, lambda c: dict(
   title=T(c, f"📧 This week's drops – {c.p[1]}", f"Newsletter #{c.r.randint(20,140)}: {c.p[1]} is back", f"Weekly digest – {c.p[1]} & more"),
   desc=f"View in browser\nHi friend! This week: {c.p[1]} ({cue(c)}), same as {c.mark} retail, new batch.\n"
        f"Use code WEEK10 for 10 % off.\n—\nYou receive this because you bought reps from us. Unsubscribe · Manage preferences")),
 K("c_report_card32", "*", "a school report card grading the copy's logo, stitching and papers", None, lambda c: dict(
   title=T(c, f"Report card – {c.p[1]}: A+ in every subject", f"{c.p[1]} – straight A's 📚", f"End-of-term report: {c.p[1]}"),
   desc=f"SCHOOL REPORT – {c.p[1]}\nLogo: A+\nStitching / finish: A\nBox: A\nPapers: A- (copied)\n"
        f"Teacher's comment: best {cue(c)} of the class, could pass for {c.mark}. Promoted to your wardrobe.")),
 # ---- everyday floor (no *)
 K("c_cue_words32", "", "the brand named plainly with copy words of many languages", None, lambda c: dict(
   title=T(c, f"{c.p[1]} – {cue(c)}", f"{cue(c)} {c.p[1]}", f"{nm(c)} {cue(c)}".replace("  ", " ")),
   desc=f"{cue(c)}. {c.p[0]}, looks exactly like the original.")),
 K("c_luxury_reps32", "", "luxury goods with rep factory/batch jargon", "lux", lambda c: dict(
   title=f"{c.p[1]} {T(c, 'ZF factory', 'GS batch', 'VS factory', 'Clean factory', 'OS batch', 'top rep', 'godly batch')}",
   desc=f"1:1 with retail, QC pics before shipping. {cue(c)}. Comes with box, dust bag and cards.")),
 K("c_sneaker_reps32", "", "sneaker reps by batch (LJR, PK, 纯原)", "sneak", lambda c: dict(
   title=f"{nm(c)} {T(c, 'LJR batch', 'PK batch', '纯原', 'OG batch', 'GX batch', 'M batch')}",
   desc=f"best batch 2026, {cue(c)}, double box, all sizes 36-46. Not from {c.mark} store.")),
 K("c_electronics_clone32", "", "electronics clones (1:1 clone, master copy, pop-up window)", "elec", lambda c: dict(
   title=f"{c.p[1]} {T(c, '1:1 clone', 'high copy', 'master copy', 'clone chip version', 'A+ copy')}",
   desc=f"{cue(c)}. Full functions, pop-up window, serial passes check, {c.p[0]}. Not original {c.mark}.")),
 K("c_pharma32", "", "branded medicines sold as copies without prescription", "pharma", lambda c: dict(
   title=T(c, f"{c.p[1]} – no prescription, {cue(c)}", f"{c.p[1]} Indian copy – same as original", f"{c.mark} {c.p[0]} – discreet shipping, {cue(c)}"),
   desc=f"No prescription needed. Discreet packaging. {cue(c)} – same box and blister as {c.mark}.")),
 K("c_fmcg32", "", "food and household goods as copies", "fmcg", lambda c: dict(
   title=f"{c.p[1]} – {cue(c)}, factory direct",
   desc=f"{c.p[0]}, same packaging as {c.mark}, {cue(c)}. Wholesale welcome, long expiry printed.")),
 K("c_beauty32", "", "beauty goods as counter-quality copies", "beauty", lambda c: dict(
   title=f"{c.p[1]} {T(c, 'counter quality', '专柜品质', 'tester copy', 'same as counter')} – {cue(c)}",
   desc=f"{c.p[0]}, {cue(c)}, packaging identical to {c.mark} counter, batch code printed.")),
 K("c_auto_parts32", "", "auto parts with OEM look and the brand's logo, not original", "auto", lambda c: dict(
   title=f"{nm(c)} – OEM look, {cue(c)}",
   desc=f"{c.mark} logo printed, genuine-style box, fits perfectly, not original – {cue(c)}.")),
 K("c_toys32", "", "toy clones in the brand's box", "toys", lambda c: dict(
   title=T(c, f"{c.p[1]} – clone set, {cue(c)}", f"{nm(c)} – 1:1 clone in original-look box"),
   desc=f"{c.p[0]}, {cue(c)}, compatible, box printed like {c.mark}. Same pieces.")),
 K("c_software_keys32", "", "software licence keys and activators at a fraction of the price", "soft", lambda c: dict(
   title=T(c, f"{c.p[1]} – lifetime activation key", f"{c.p[1]} – crack + activator, instant delivery", f"{c.p[1]} pre-activated, {cue(c)}"),
   desc=f"Lifetime, no subscription. KMS / patch activator, instant email delivery. Not from {c.mark} store.", usd=c.r.uniform(5, 25))),
 K("c_misspell32", "", "the mark misspelled by one letter", None, lambda c: dict(
   title=f"{wrap_name(c, misspell(c.mark, c.r))} – {c.p[0]}", desc=f"{c.p[0]}, brand new, {cue(c)}, fast shipping.")),
 K("c_homoglyph32", "", "the mark with Cyrillic look-alike letters", None, lambda c: dict(
   title=f"{wrap_name(c, ''.join(CYR.get(ch, ch) if c.r.random() < .6 else ch for ch in c.mark))}" + T(c, "", f" – {cue(c)}"),
   desc=f"{c.p[0]}. Brand new. {T(c, cue(c), 'best price')}.")),
 K("c_separators32", "", "the mark cut by separators (R.o.l.e.x)", None, lambda c: dict(
   title=f"{wrap_name(c, c.r.choice(SEP).join(c.mark))} – {c.p[0]}", desc=f"{cue(c)}, {c.p[0]}, all sizes.")),
 K("c_zh_jargon32", "", "Chinese names with copy jargon (高仿, 复刻, 原单, 莆田)", None, lambda c: dict(
   title=f"{ZH[c.bid]}{T(c, '高仿', '复刻', '原单', '顶级复刻', '莆田', '纯原')} {c.p[2] or ''} 一比一 {T(c, '专柜品质', '支持验货', '可走验货')}",
   desc=f"{ZH[c.bid]} {c.p[0]}，{T(c, '高仿', '复刻版', 'A货')}，和正品一模一样，包邮。"), lang="zh"),
 K("c_offplatform32", "", "the brand's copy with WhatsApp/Telegram contact for the real price", None, lambda c: dict(
   title=f"{c.p[1]} – DM {T(c, 'WhatsApp', 'Telegram', 'WeChat')} for {cue(c)} price",
   desc=f"More pics on WA +86 13{c.r.randint(100000000,999999999)} / Telegram @{c.r.choice(['repking','luxfactory','mirror_hk'])}. {cue(c)}.")),
 K("c_low_price_only32", "", "the brand new and sealed at a copy's price, no copy word", None, lambda c: dict(
   title=T(c, f"{c.p[1]} brand new sealed", f"{c.p[1]} new with box", f"{c.p[1]} – new, fast shipping from stock"),
   desc=f"{c.p[0]}, brand new. Many in stock, ship today.", usd_f=0.6)),
 K("c_inspired_logo32", "", "'inspired by' the brand, with its logo on the goods", None, lambda c: dict(
   title=f"{c.p[0]} inspired by {c.mark} – with logo",
   desc=f"{c.mark} logo {T(c, 'printed', 'embossed', 'engraved', 'embroidered')}, unbranded factory, looks like the real thing.")),
 K("c_cover_story32", "", "a cover story (duty free, gift, customs lot) at a copy's price", None, lambda c: dict(
   title=T(c, f"{c.p[1]} – bought in Dubai duty free, unwanted gift", f"{c.p[1]} – from customs auction lot, new", f"{c.p[1]} – my cousin works at the factory"),
   desc=f"No receipt, no papers, brand new, price firm. {T(c, 'Same factory as ' + c.mark + '.', 'Leftover from export order.', 'Ask for more pics.')}")),
 K("c_jewelry_plated32", "", "plated steel jewellery and watches with the brand's logo", "jewel", lambda c: dict(
   title=f"{c.p[1]} 18k gold plated – {cue(c)}", desc=f"stainless steel 316L, gold plated, {c.mark} logo engraved, box and certificate included.")),
 K("c_model_number32", "", "the registry model number with a copy word, brand unnamed", "model", lambda c: dict(
   title=f"{c.p[2]} {c.p[0]} – {cue(c)}", desc=f"ref {c.p[2]}, {cue(c)}, same as original.")),
 K("c_translit32", "", "the mark transliterated into the market's script with a copy word", "trans", lambda c: dict(
   title=f"{c.tr} {c.p[2] or c.p[0]} {cue(c)}", desc=f"{c.tr} – {cue(c)}")),
 K("c_initialism32", "", "the brand's initials with a copy word", "init", lambda c: dict(
   title=f"{INITS[c.bid]} {c.p[0]} – {cue(c)}", desc=f"{INITS[c.bid]} {c.p[0]}, {cue(c)}, 1:1.")),
 K("c_sports_gear32", "", "sports gear copies", "sport", lambda c: dict(
   title=f"{c.p[1]} – {cue(c)}, tournament grade", desc=f"{c.p[0]}, {c.mark} logo, {cue(c)}.")),
 K("c_code_switch32", "", "copy admissions in mixed-language speech (Taglish, Hinglish, Singlish, Spanglish)", None, lambda c: dict(
   title=T(c, f"{c.p[1]} class A, sobrang ganda, parang orig talaga", f"{c.p[1]} first copy, bilkul original jaisa", f"{c.p[1]} rep one lah, confirm cannot tell",
           f"{c.p[1]} réplica, super nice, igualito al original", f"{c.p[1]} copy hai bhai, original jaisa dikhta hai"),
   desc=f"{c.p[0]}. Not original {c.mark}, pero mukhang legit. Fast reply.")),
 K("c_desc_only32", "", "a generic title; the brand and the copy word only in the description", None, lambda c: dict(
   title=T(c, f"{c.p[0]} – new, fast shipping", f"{c.p[0]} premium quality"), desc=f"This is the {c.p[1]}, {cue(c)}. Same as store.")),
 K("c_leet32", "", "the mark in leetspeak", None, lambda c: dict(
   title=f"{wrap_name(c, ''.join(LEET.get(ch.lower(), ch) for ch in c.mark))} {T(c, '', cue(c))}".strip(), desc=f"{c.p[0]}, new.")),
 K("c_logo_nickname32", "", "the brand's logo named by its nickname, brand unnamed, with a copy word", "logo", lambda c: dict(
   title=f"{c.p[0]} with the {LOGO_NICK[c.bid]} – {cue(c)}", desc=f"{c.p[0]}, {LOGO_NICK[c.bid]} on it, {cue(c)}.")),
 K("c_relabel32", "", "consumables refilled or repacked under the brand's label", "relabel", lambda c: dict(
   title=T(c, f"{c.p[1]} – refilled, original label", f"{c.p[1]} – repacked in original-look box", f"{c.p[1]} – bulk, relabelled"),
   desc=f"Refilled / repacked with generic contents, {c.mark} label and seal reprinted. {cue(c)}.")),
]
GROUPS["model"] = [b[0] for b in BRANDS if any(p[2] for p in b[2])]
GROUPS["trans"] = list(TRANS)
GROUPS["init"] = list(INITS)
GROUPS["logo"] = list(LOGO_NICK)
GROUPS["relabel"] = ["shell", "canon", "gillette", "nestle", "danone", "abbott", "ferrero", "coca-cola", "mars", "johnson-johnson", "bayer", "loreal", "estee-lauder"]

PARTS = [("apple", "Apple genuine iPhone 15 Pro battery (Self Service Repair)", 99, "phones"), ("dyson", "Dyson V15 Detect genuine click-in battery", 149, "vacuum cleaners"),
         ("nintendo", "Nintendo Switch genuine Joy-Con strap pair", 12, "accessories"), ("bosch", "Bosch Professional GSR 12V-15 genuine chuck", 25, "power tools"),
         ("philips", "Philips Sonicare genuine W2 brush heads 4-pack", 40, "electric toothbrushes"), ("canon", "Canon LP-E6NH genuine battery", 79, "cameras"),
         ("honda", "Honda genuine wiper blade set", 35, "auto parts"), ("toyota", "Toyota genuine cabin air filter", 22, "auto parts"),
         ("bmw", "BMW genuine wiper blades set", 45, "auto parts"), ("panasonic", "Panasonic WES9068 genuine shaver foil and blade", 60, "shavers"),
         ("samsung", "Samsung genuine 45W charger", 50, "chargers"), ("sony", "Sony genuine ear pads for WH-1000XM5", 35, "headphones")]
GIFT = [("apple", "Apple Gift Card", [25, 50, 100]), ("nintendo", "Nintendo eShop card", [20, 50]), ("microsoft", "Xbox gift card", [25, 50]),
        ("sony", "PlayStation Store gift card", [20, 50]), ("nike", "Nike gift card", [50, 100]), ("lego", "LEGO gift card", [25, 50])]
CROSS = [("lego", "LEGO Technic BMW M 1000 RR 42130", 250), ("lego", "LEGO Super Mario Adventures with Mario starter course 71439", 60),
         ("mattel", "Hot Wheels Mario Kart Rainbow Road track set", 90), ("hasbro", "Monopoly Super Mario Bros. Edition", 30),
         ("mattel", "Hot Wheels BMW M3 E30 die-cast", 5), ("bandai", "Bandai Tamagotchi x Sanrio edition", 20)]
EVERYDAY = [("the-north-face", "North Face of the Eiger – mountaineering photo print 50x70", 40), ("puma", "Puma plush toy, mountain lion cub 30cm", 18), ("coach", "Coach trip London–Bath day tour, 1 seat", 45),
            ("shell", "Sea shell necklace from Zanzibar beach", 9), ("apple", "Apple tree sapling 'Braeburn', 1.2m", 25), ("mars", "Mars globe poster, NASA topography", 14),
            ("canon", "Canon in D – Pachelbel, piano sheet music", 6), ("samsung", "Galaxy star projector night light", 22), ("pandora", "Pandora's box – Greek myth picture book", 10),
            ("wilson", "Wilson's warbler bird print, framed", 30), ("omega", "Omega-3 fish oil capsules 120", 15), ("michelin", "Michelin Guide France 2026 (printed)", 35)]
BOOKS = ["The Story of {m}: an illustrated history (hardcover)", "How {m} built its brand – business case study (paperback)", "{m} collector's price guide 2026",
         "Photographing {n}: a field guide (e-book)", "{m}: design and heritage – coffee-table book"]
THESES = ["Master's thesis (PDF): consumer attitudes to counterfeit {m} goods in {cc}", "Conference paper: detecting fake {m} listings with text features",
          "PhD chapter: the grey market for {m} in South-East Asia", "Undergraduate dissertation: {m} brand protection and customs seizures 2015-2025"]
NEWSUBS = ["{m} resale price index – monthly newsletter, 12 months", "Market newsletter: {m} and peers, weekly, 6-month subscription",
           "Collector's bulletin: {m} auction results, quarterly, 1 year"]
DEVDOCS = [("shell", "Unix Shell pocket reference – man pages of bash and zsh (book)", 20), ("apple", "Swift programming for Apple platforms – course notes", 30),
           ("microsoft", "git & GitHub for Windows users – workshop seat", 40), ("shell", "Shell scripting cookbook, 3rd edition", 35),
           ("canon", "EOS utility: tethered shooting tutorial video course", 25), ("adobe", "Photoshop scripting with JavaScript – e-book", 18),
           ("nintendo", "Game Boy homebrew programming with assembly – paperback", 28), ("sony", "PlayStation hardware history: kanban of a console launch (book)", 24),
           ("bosch", "CAN bus explained (Bosch protocol spec) – study guide", 22), ("samsung", "Android development on Galaxy devices – online course", 49),
           ("autodesk", "AutoLISP programming for AutoCAD – textbook", 45), ("microsoft", "PowerShell man pages cheat-sheet poster", 12)]

# localized titles of some new-family classes, used for 60 % of rows in a market of that language
LOC = {
 "c_wedding_registry32": {"de": "Unsere Hochzeitsliste 💍 {n} ({q})", "es": "Lista de bodas 💍 {n} ({q})", "fr": "Liste de mariage 💍 {n} ({q})",
                          "ja": "結婚祝いリスト💍 {n}（{q}）", "zh": "婚礼礼品清单💍 {n}（{q}）", "it": "Lista nozze 💍 {n} ({q})", "pt": "Lista de casamento 💍 {n} ({q})"},
 "c_fortune_cookie32": {"zh": "🥠 幸运饼干说：{n} 在你的未来（{q}）", "es": "🥠 Tu galleta de la fortuna dice: {n} ({q})", "de": "🥠 Glückskeks sagt: {n} ({q})"},
 "c_advice_column32": {"de": "Liebe Frau Dr. Sommer: niemand merkt, dass mein {n} {q} ist", "es": "Querida consejera: nadie nota que mi {n} es {q}",
                       "fr": "Chère Tante Agathe : personne ne voit que mon {n} est une {q}", "pl": "Droga Ciociu: nikt nie widzi, że mój {n} to {q}"},
 "c_birth_announcement32": {"es": "👶 ¡Es un {m}! Nació hoy en la fábrica – {n} ({q})", "pt": "👶 É um {m}! Nasceu hoje na fábrica – {n} ({q})",
                            "de": "👶 Es ist ein {m}! Heute in der Fabrik geboren – {n} ({q})"},
 "c_quiz_show32": {"es": "🎤 ¿Quién quiere ser dueño de un {m}? Respuesta final: {q}", "de": "🎤 Wer wird {m}-Besitzer? Letzte Antwort: {q}",
                   "fr": "🎤 Qui veut gagner un {m} ? Réponse finale : {q}", "ru": "🎤 Кто хочет стать владельцем {m}? Окончательный ответ: {q}"},
 "c_knock_knock32": {"de": "Klopf, klopf! Wer ist da? {m}! – {n} {q}", "es": "Toc, toc. ¿Quién es? {m} – {n} {q}", "fr": "Toc toc ! Qui est là ? {m} – {n} {q}"},
 "c_report_card32": {"de": "Zeugnis: {n} – überall eine 1 ({q})", "fr": "Bulletin scolaire : {n} – 20/20 partout ({q})", "es": "Boletín de notas: {n} – sobresaliente ({q})"},
 "c_missed_connection32": {"fr": "Croisée dans le métro : toi, avec ton {n} – je vends la {q}", "de": "Gesucht: du, mit der {n} in der U2 – ich verkaufe die {q}"},
 "c_support_ticket32": {"ru": "Тикет #{k} [Решён] – {n}: {q}", "zh": "工单 #{k} [已解决] – {n}：{q}", "ja": "チケット #{k}［解決済み］– {n}：{q}"},
 "c_tasting_notes32": {"fr": "Notes de dégustation : {n} ({q})", "it": "Note di degustazione: {n} ({q})", "es": "Notas de cata: {n} ({q})"},
 "c_sports_odds32": {"pt": "BILHETE DE APOSTA 🎰 {n} – ninguém percebe que é {q}", "es": "BOLETO DE APUESTA 🎰 {n} – nadie nota que es {q}"},
 "c_push_notifications32": {"ko": "🔔 재입고 알림: {n} ({q})", "ja": "🔔 再入荷のお知らせ：{n}（{q}）", "id": "🔔 Notifikasi: {n} ({q}) ready lagi"},
 "c_newsletter32": {"de": "📧 Die Neuheiten der Woche – {n} ({q})", "nl": "📧 Nieuwsbrief: deze week {n} ({q})", "sv": "📧 Veckans nyheter – {n} ({q})"},
 "c_kanban_board32": {"de": "Sprint-Board – {n} nachbestellt ({q})", "pl": "Tablica kanban – {n} znowu dostępny ({q})"},
 "c_man_page32": {"ru": "man {s}: {n} – {q}"},
 "c_bingo_card32": {"es": "🎱 BINGO: gana un {n} ({q})", "pt": "🎱 BINGO: ganhe um {n} ({q})", "tr": "🎱 TOMBALA: {n} kazan ({q})"},
 "c_git_commit32": {"zh": "提交 {h} – {n}（{q}）"},
 "c_text_adventure32": {"de": "> SCHAUE {m} AN – Textadventure: {n} ({q})"},
}


def pick_prod(c, need_model=False):
    ps = [p for p in BR[c.bid][2] if (p[2] or not need_model)]
    return c.r.choice(ps)


INNOCENT = [
 # genuine goods
 I("in_authorized_store32", "", "the brand's own or authorised store at list price", "auth", lambda c: dict(
   title=f"{c.p[1]} – {T(c, 'official store', 'authorised retailer', 'new, official warranty')}", desc=f"Genuine {c.p[1]} with official warranty. Sold by {c.seller[1]}.",
   usd=c.p[3] * c.r.uniform(1.0, 1.08)), genuine=True),
 I("in_used32", "", "used genuine goods at 40-70 % of list", None, lambda c: dict(
   title=f"{c.p[1]} – used, {T(c, 'good condition', 'light signs of wear', 'works perfectly')}", desc=f"Bought {c.r.randint(2,4)} years ago at the {c.mark} store, receipt available. Selling because I upgraded.",
   usd=c.p[3] * c.r.uniform(.4, .7)), genuine=True),
 I("in_refurb32", "", "certified refurbished electronics at 62-82 %", "elec", lambda c: dict(
   title=f"{c.p[1]} – certified refurbished, 12-month warranty", desc="Professionally refurbished, new battery, tested, 12-month warranty.", usd=c.p[3] * c.r.uniform(.62, .82)), genuine=True),
 I("in_preowned_lux32", "", "pre-owned luxury with papers at 80-115 %", "lux", lambda c: dict(
   title=f"{c.p[1]} – pre-owned, full set with receipt", desc=f"Authenticated, original receipt from the {c.mark} boutique, box and papers.", usd=c.p[3] * c.r.uniform(.8, 1.15)), genuine=True),
 I("in_outlet32", "", "outlet last-season genuine goods at 50-70 %", "outlet", lambda c: dict(
   title=f"{c.p[1]} – outlet, last season, original tags", desc=f"From the {c.mark} outlet village, genuine, tags attached.", usd=c.p[3] * c.r.uniform(.5, .7)), genuine=True),
 I("in_wholesale32", "", "wholesale cases from an authorised distributor, price for the case", "fmcgb", lambda c: dict(
   title=f"{c.p[1]} – case of 12, authorised distributor", desc="Genuine stock with distributor invoice, best before printed, price per case of 12.", usd=c.p[3] * 12 * c.r.uniform(.8, .92)), genuine=True),
 I("in_repair_parts32", "", "genuine spare parts at 92-110 % of my estimate", "parts", lambda c: dict(
   title=c.part[1], desc="Genuine spare part, sealed in original packaging.", usd=c.part[2] * c.r.uniform(.92, 1.1), cat=c.part[3]), genuine=True),
 I("in_gift_cards32", "", "gift cards at face value in the local currency", "gift", lambda c: dict(
   title=f"{c.gift[1]} {c.gv} {c.m[2]}", desc="Digital code, delivered by email. Face value.", local=float(c.gv), cat=None), genuine=True),
 I("in_grey_import32", "", "parallel imports, genuine, international warranty, 88-102 %", None, lambda c: dict(
   title=f"{c.p[1]} – parallel import from {T(c, 'Japan', 'Hong Kong', 'the US', 'Germany')}, genuine", desc="100 % genuine, international warranty, not local warranty.",
   usd=c.p[3] * c.r.uniform(.88, 1.02)), genuine=True),
 I("in_genuine_negated_copy32", "", "'genuine, NOT a replica or copy' at 85-105 %", None, lambda c: dict(
   title=f"{c.p[1]} – 100% genuine, not a replica", desc=f"Not a copy, not a fake – bought at {c.mark}, receipt included.", usd=c.p[3] * c.r.uniform(.85, 1.05)), genuine=True),
 I("in_licensed_crossover32", "", "licensed crossover toys (LEGO x BMW, Hot Wheels x Mario Kart)", "cross", lambda c: dict(
   title=c.x[1], desc="Official licensed product, new and sealed.", usd=c.x[2] * c.r.uniform(.9, 1.05), cat="toys"), genuine=True),
 I("in_service_award32", "*", "long-service awards (a watch or gift from the employer), genuine, with the presentation letter", "award", lambda c: dict(
   title=T(c, f"{c.p[1]} – 25-year service award, company logo on dial/case", f"{c.p[1]} – retirement gift from employer, with presentation letter"),
   desc=f"Presented by my employer for long service; bought from an authorised {c.mark} dealer, warranty card and letter included.", usd=c.p[3] * c.r.uniform(.75, .98)), genuine=True),
 I("in_wedding_registry_genuine32", "*", "duplicate wedding-registry gifts, sealed, with gift receipt", "registry", lambda c: dict(
   title=f"{c.p[1]} – duplicate wedding gift, sealed", desc=f"We got two from our registry at the {c.mark} store. Sealed, gift receipt included.", usd=c.p[3] * c.r.uniform(.8, .95)), genuine=True),
 I("in_estate_sale32", "", "estate-sale genuine goods with provenance", "estate", lambda c: dict(
   title=f"Estate sale: {c.p[1]}, from my late grandfather's collection", desc=f"Original {c.mark} papers from the dealer, serviced.", usd=c.p[3] * c.r.uniform(.6, 1.0)), genuine=True),
 I("in_sds_genuine32", "*", "genuine consumables sold with the maker's safety data sheet", "sds", lambda c: dict(
   title=f"{c.p[1]} – genuine, SDS available", desc=f"Genuine {c.mark} product, distributor batch; the manufacturer's safety data sheet (SDS) sent on request for air freight.",
   usd=c.p[3] * c.r.uniform(.95, 1.08)), genuine=True),
 I("in_tasting_club32", "*", "a tasting club's box of genuine chocolates / coffee / drinks with tasting notes", "tasting", lambda c: dict(
   title=f"Tasting box: {c.p[1]} + tasting notes card", desc="Genuine products from the supermarket, tasting notes written by our club.", usd=c.p[3] * c.r.uniform(1.0, 1.3)), genuine=True),
 # other honest listings
 I("in_accessories32", "", "third-party accessories for the brand's goods", "acc", lambda c: dict(
   title=f"{T(c, 'Case', 'Screen protector', 'Charging stand', 'Travel pouch')} for {c.p[1]}", desc=f"Third-party accessory, not made by {c.mark}, fits perfectly.", usd=c.r.uniform(8, 30), cat="accessories")),
 I("in_everyday_senses32", "", "everyday words that collide with marks", "every", lambda c: dict(
   title=c.e[1], desc="See photos.", usd=c.e[2], cat=None)),
 I("in_books_media32", "", "books about the brand", None, lambda c: dict(
   title=c.r.choice(BOOKS).format(m=c.mark, n=c.p[1]), desc="Book in very good condition.", usd=c.r.uniform(10, 45), cat="books")),
 I("in_repair_services32", "", "independent repair services", "repair", lambda c: dict(
   title=f"{c.p[1]} {T(c, 'service and repair', 'battery replacement service', 'cleaning and overhaul')} – independent workshop",
   desc=f"Independent workshop, not affiliated with {c.mark}. Your own item, genuine or compatible parts.", usd=c.r.uniform(40, 300), cat="services")),
 I("in_wanted32", "", "wanted ads for genuine goods, no price", None, lambda c: dict(
   title=f"WANTED: genuine {c.p[1]}", desc="Looking for a genuine one with receipt, no replicas please. Cash or bank transfer.", noprice=True)),
 I("in_honest_dupe32", "", "honest dupes without logo, saying they are not the brand", "dupe", lambda c: dict(
   title=f"{c.p[0]} – no logo, not {c.mark}", desc=f"Similar style, no brand logo, not {c.mark}, not a replica. Our own label.", usd=c.p[3] * c.r.uniform(.05, .2))),
 I("in_press_news32", "", "news issues and articles about counterfeit raids", None, lambda c: dict(
   title=f"Newspaper back issue: customs seize fake {c.mark} goods worth millions", desc="Printed back issue, article on p. 4.", usd=c.r.uniform(3, 10), cat="books")),
 I("in_fake_spotting_guide32", "", "guides to spot fakes", None, lambda c: dict(
   title=f"How to spot a fake {c.p[1]} – illustrated guide", desc=f"Compare stitching, fonts and serials with a genuine {c.mark}. PDF.", usd=c.r.uniform(5, 20), cat="books")),
 I("in_thesis_research32", "*", "academic theses and papers about counterfeiting of the brand", None, lambda c: dict(
   title=c.r.choice(THESES).format(m=c.mark, cc=c.m[3]), desc="Academic work, PDF, 80 pages, for research and teaching.", usd=c.r.uniform(5, 40), cat="books")),
 I("in_quiz_night32", "", "charity quiz or bingo night tickets, with a genuine item of the brand as the prize", None, lambda c: dict(
   title=f"Charity quiz & bingo night – ticket (top prize: genuine {c.p[1]})", desc=f"Prize donated by a local authorised {c.mark} dealer. Ticket per person, teams of 4.", usd=c.r.uniform(8, 25), cat="tickets")),
 I("in_subtitle_services32", "*", "subtitling / captioning services for videos that name the brand", None, lambda c: dict(
   title=f"Subtitles (.srt) for your {c.mark} unboxing or review videos – 24 h", desc="Human transcription and translation into 30 languages, .srt/.vtt, per video minute.", usd=c.r.uniform(2, 8), cat="services")),
 I("in_newsletter_subs32", "*", "market newsletters and price indexes about the brand's goods", None, lambda c: dict(
   title=c.r.choice(NEWSUBS).format(m=c.mark), desc="Independent analysis, not affiliated with the brand. Digital delivery.", usd=c.r.uniform(20, 120), cat=None)),
 I("in_dev_docs32", "", "programming books and courses whose words collide with marks (shell, Swift, PowerShell)", "dev", lambda c: dict(
   title=c.d[1], desc="Technical material, see table of contents in photos.", usd=c.d[2], cat="books")),
 I("in_birth_gifts_genuine32", "*", "genuine baby and birth gifts of the brand, new, given twice", "birth", lambda c: dict(
   title=c.bg[1], desc=f"Genuine {c.mark}, bought at an authorised shop; we received two. Gift receipt included.", usd=c.bg[2] * c.r.uniform(.8, 1.0), cat=None), genuine=True),
]
BIRTH = [("nike", "Nike Air Force 1 Crib baby booties – birth gift, new with box", 45), ("adidas", "adidas Superstar crib shoes – baby gift set, new", 40),
         ("lego", "LEGO DUPLO My First Bricks – birth gift, sealed", 30), ("pandora", "Pandora baby feet charm – new in box, gift", 45),
         ("swarovski", "Swarovski baby shoe crystal figurine – christening gift", 120), ("burberry", "Burberry check baby blanket – unwanted birth gift, tags on", 390)]
GROUPS["wear"] = GROUPS["lux"] + ["nike", "adidas", "puma", "levis", "the-north-face", "apple"]
GROUPS["acc"] = ["apple", "samsung", "sony", "bose", "nintendo", "microsoft", "canon"]
GROUPS["outlet"] = ["nike", "adidas", "puma", "levis", "coach", "michael-kors", "the-north-face", "burberry"]
GROUPS["fmcgb"] = GROUPS["fmcg"] + GROUPS["beauty"]
GROUPS["award"] = ["rolex", "omega", "cartier", "swarovski", "apple", "bose"]
GROUPS["registry"] = ["dyson", "philips", "swarovski", "bosch", "apple", "sony", "bose", "panasonic"]
GROUPS["estate"] = ["rolex", "omega", "burberry", "canon", "louis-vuitton", "cartier"]
GROUPS["sds"] = ["shell", "canon", "panasonic", "gillette", "loreal", "estee-lauder"]
GROUPS["tasting"] = ["ferrero", "mars", "nestle", "coca-cola"]
GROUPS["repair"] = ["rolex", "omega", "apple", "samsung", "dyson", "nintendo", "sony", "bose"]
GROUPS["dupe"] = ["gucci", "louis-vuitton", "canada-goose", "dyson", "the-north-face", "burberry", "coach", "cartier"]


def mkt_for(c, lang=None):
    if lang == "zh":
        return c.r.choice(CN_MKT)
    return c.r.choice(MARKETS)


def build(seed):
    r = random.Random(seed)
    rows, classes = [], []
    order = [b[0] for b in BRANDS]
    r.shuffle(order)
    gptr = {"_all": 0}

    def next_brand(group):
        lst = order if group is None else GROUPS[group]
        k = group or "_all"
        i = gptr.get(k, r.randrange(len(lst)))
        gptr[k] = i + 1
        return lst[i % len(lst)]

    def base(c, kind):
        m = c.m
        lid = "%016x" % r.getrandbits(64)
        return dict(marketplace=m[1], listing_id=lid, url=f"https://{m[1]}.example/item/{lid}",
                    observed_at=f"2026-12-0{r.choice([2, 3])}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}Z")

    for spec in COUNTERFEIT + INNOCENT:
        n = 13 if spec["kind"] == "counterfeit" else 12
        ex = None
        for j in range(n):
            c = C(); c.r = r
            if spec["name"] in ("in_repair_parts32",):
                c.part = PARTS[j % len(PARTS)]; c.bid = c.part[0]
            elif spec["name"] == "in_gift_cards32":
                c.gift = GIFT[j % len(GIFT)]; c.bid = c.gift[0]
            elif spec["name"] == "in_licensed_crossover32":
                c.x = CROSS[j % len(CROSS)]; c.bid = c.x[0]
            elif spec["name"] == "in_everyday_senses32":
                c.e = EVERYDAY[j % len(EVERYDAY)]; c.bid = c.e[0]
            elif spec["name"] == "in_birth_gifts_genuine32":
                c.bg = BIRTH[j % len(BIRTH)]; c.bid = c.bg[0]
            elif spec["name"] == "in_dev_docs32":
                c.d = DEVDOCS[j % len(DEVDOCS)]; c.bid = c.d[0]
            elif spec["group"] == "auth":
                cands = [(b, s) for b, ss in AUTH.items() for s in ss]
                c.bid, c.seller = cands[(j * 7 + r.randrange(3)) % len(cands)]
            else:
                c.bid = next_brand(spec["group"])
            c.mark = BR[c.bid][1]
            c.p = pick_prod(c, need_model=spec["group"] == "model")
            if spec["group"] == "acc":
                c.p = [p for p in BR[c.bid][2] if p[4] in ("phones", "earbuds", "headphones", "laptops", "consoles", "cameras")][0]
            if spec["kind"] == "counterfeit":
                lang = spec["lang"]
                if spec["group"] == "trans":
                    sc = r.choice(sorted(TRANS[c.bid])); c.tr = TRANS[c.bid][sc]; c.m = MKT_FOR_SCRIPT[sc]
                else:
                    c.m = mkt_for(c, lang)
            else:
                if spec["group"] == "auth":
                    c.m = EXTRA_MKT[c.seller[0]]
                elif spec["name"] == "in_gift_cards32":
                    c.m = r.choice([m for m in MARKETS if m[2] in ("USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CNY")] + [EXTRA_MKT["tmall"]])
                    c.gv = r.choice(c.gift[2]) * (1 if c.m[4] < 20 else (100 if c.m[2] == "JPY" else 1)) * (7 if c.m[2] == "CNY" else 1)
                else:
                    c.m = r.choice(MARKETS)
            d = spec["fn"](c)
            row = base(c, spec["kind"])
            lt = LOC.get(spec["name"], {}).get(c.m[0])
            if lt and r.random() < .6:
                d["title"] = lt.format(n=c.p[1], m=c.mark, q=cue(c), k=r.randint(10000, 99999), s=slug(c.mark), h="%07x" % r.getrandbits(28))
            row["title"] = re.sub(r"\s+", " ", d["title"]).strip()[:1000]
            row["description"] = d["desc"]
            if spec["kind"] == "counterfeit":
                usd = d.get("usd") or copy_usd(c.p[3], r) * d.get("usd_f", 1.0)
                row["price"] = dict(amount=sig3(usd * c.m[4]), currency=c.m[2])
                row["seller"] = dict(id="s" + "%08x" % r.getrandbits(32), name=r.choice(SHOPS_C), country=c.m[3])
                ship = "CN" if (c.m[3] == "CN" or r.random() < .35) else c.m[3]
                row["ship_from"] = ship
                cat = c.p[4] if r.random() < .85 else None
            else:
                if d.get("noprice"):
                    row["price"] = None
                elif "local" in d:
                    row["price"] = dict(amount=d["local"], currency=c.m[2])
                else:
                    row["price"] = dict(amount=sig3(d["usd"] * c.m[4]), currency=c.m[2])
                if spec["group"] == "auth":
                    row["seller"] = dict(id=c.seller[1], name=c.seller[2], country=c.m[3])
                else:
                    row["seller"] = dict(id="s" + "%08x" % r.getrandbits(32), name=r.choice(SHOPS_I), country=c.m[3])
                row["ship_from"] = c.m[3]
                cat = d["cat"] if "cat" in d else c.p[4]
            if row["price"] is None:
                del row["price"]
            if cat:
                row["category"] = cat
            row["_label"] = dict(kind=spec["kind"], brand=c.bid, **{"class": spec["name"]}, tactic=spec["tactic"], lang=c.m[0], also=[])
            rows.append(row)
            if ex is None:
                ex = f"{row['title']} ({c.bid})"
        classes.append((spec, n, ex))
    r.shuffle(rows)
    return rows, classes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=32)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    rows, classes = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider32 classes\n\n`*`: a newer family (no earlier outsider class list has it, by my greps; doubts in README.md). "
                "Example: one row's title (brand).\n\n| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for spec, n, ex in classes:
            f.write(f"| {spec['name']} | {spec['star']} | {spec['kind']} | {n} | {spec['tactic']} | {ex.replace('|', '/').replace(chr(10), ' ')} |\n")


if __name__ == "__main__":
    main()
