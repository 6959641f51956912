"""Chinese variants of the demo registry's aliases, written by hand (not from OpenCC, which the matcher may use).

SIMPLIFIED_TO_TRADITIONAL covers every character of the registry's aliases whose Traditional form differs
(standard Traditional forms as used in Taiwan and Hong Kong). HOMOPHONES gives, for alias characters,
other characters with the same pinyin syllable (tone ignored): what a seller types to dodge a filter
(古池 for 古驰, 奈客 for 耐克). tests/eval/test_adversary.py checks the homophones with pypinyin when
it is installed.
"""

from __future__ import annotations

import functools
import random

SIMPLIFIED_TO_TRADITIONAL = {
    "鹅": "鵝", "达": "達", "马": "馬", "维": "維", "驴": "驢", "驰": "馳", "宝": "寶", "迈": "邁", "响": "響",
    "苹": "蘋", "丰": "豐", "壳": "殼", "玛": "瑪", "爱": "愛", "云": "雲", "诺": "諾", "优": "優", "乐": "樂",
    "费": "費", "罗": "羅", "欧": "歐", "莱": "萊", "兰": "蘭", "莲": "蓮", "颜": "顏", "诗": "詩", "资": "資",
    "热": "熱", "红": "紅", "变": "變", "刚": "剛", "万": "萬", "奥": "奧", "软": "軟", "辉": "輝", "伟": "偉",
    "强": "強", "辅": "輔", "飞": "飛", "声": "聲", "脸": "臉", "尔": "爾", "胜": "勝", "劳": "勞", "华": "華",
    "亚": "亞", "灵": "靈", "团": "團", "风": "風", "轮": "輪",
}
TRADITIONAL_TO_SIMPLIFIED = {t: s for s, t in SIMPLIFIED_TO_TRADITIONAL.items()}

HOMOPHONES = {
    "耐": "奈萘", "克": "刻客課", "迪": "笛敌", "达": "答", "斯": "丝思司", "彪": "标镖", "马": "码玛", "李": "里理",
    "维": "唯围", "路": "鹿露", "易": "亦意", "威": "微薇", "登": "灯", "古": "谷股", "驰": "池迟", "奇": "琪齐",
    "博": "搏", "利": "力立", "宝": "保堡", "莉": "丽力", "迈": "麦卖", "高": "糕膏", "仕": "士世", "蔻": "扣寇",
    "索": "锁所", "尼": "妮泥", "佳": "家加", "田": "甜填", "丰": "风峰", "其": "奇琪", "林": "琳霖", "玛": "马码",
    "德": "得", "芙": "福服", "士": "世仕", "力": "利", "架": "驾嫁", "爱": "艾", "他": "她它", "美": "镁每",
    "依": "衣伊", "云": "芸匀", "诺": "糯", "优": "忧悠", "雀": "鹊确", "巢": "潮朝", "碧": "必壁", "芬": "分纷",
    "费": "肺沸", "列": "烈猎", "罗": "萝螺", "益": "亿艺", "健": "建剑", "欧": "鸥殴", "莱": "来徕", "兰": "蓝澜",
    "莲": "连联", "科": "珂颗", "颜": "言岩", "诗": "施湿", "黛": "代带", "倩": "茜", "资": "姿滋", "堂": "唐糖",
    "沙": "莎纱", "吉": "极即", "之": "知芝", "泰": "太态", "芭": "巴八", "比": "笔彼", "代": "带黛", "奥": "澳傲",
    "微": "威薇", "软": "阮", "任": "认刃", "天": "添", "辉": "挥徽", "瑞": "锐睿", "强": "墙蔷", "邦": "帮梆",
    "耳": "尔洱", "培": "陪赔", "戴": "代黛", "飞": "菲非", "浦": "普谱", "世": "士市", "松": "嵩", "下": "夏",
    "卡": "咔", "拉": "啦", "尤": "由油", "尔": "耳洱", "胜": "圣盛", "劳": "牢捞", "施": "诗师", "华": "滑划",
    "洛": "落络", "地": "第帝", "潘": "攀", "娜": "哪", "加": "家佳", "拿": "哪", "鹅": "俄额", "三": "叁", "星": "猩腥",
    "苹": "平凭", "果": "裹", "壳": "咳", "牌": "排", "北": "贝", "脸": "敛", "面": "免",
}


def traditional(alias: str) -> str:
    return "".join(SIMPLIFIED_TO_TRADITIONAL.get(ch, ch) for ch in alias)


def simplified(alias: str) -> str:
    return "".join(TRADITIONAL_TO_SIMPLIFIED.get(ch, ch) for ch in alias)


def script_variant(alias: str) -> str | None:
    """The other script's form of an alias, or None when both scripts write it the same."""
    other = traditional(alias) if traditional(alias) != alias else simplified(alias)
    return other if other != alias else None


def homophone(alias: str, rng: random.Random) -> str | None:
    """The alias with one character (or, now and then, every one the table knows) swapped for a same-pinyin
    character: 古池 or 奈客 for 耐克 reads aloud the same. None when no table entry applies."""
    subs = [i for i, ch in enumerate(alias) if ch in HOMOPHONES]
    if not subs:
        return None
    chosen = subs if len(subs) > 1 and rng.random() < 0.35 else [rng.choice(subs)]
    chars = list(alias)
    for i in chosen:
        chars[i] = rng.choice(HOMOPHONES[alias[i]])
    return "".join(chars)


def partly_traditional(alias: str, rng: random.Random) -> str | None:
    """Some but not all convertible characters in Traditional form, as sellers mixing input methods type them."""
    convertible = [i for i, ch in enumerate(alias) if ch in SIMPLIFIED_TO_TRADITIONAL]
    if len(convertible) < 2:
        return None
    chosen = set(rng.sample(convertible, rng.randrange(1, len(convertible))))
    return "".join(SIMPLIFIED_TO_TRADITIONAL[ch] if i in chosen else ch for i, ch in enumerate(alias))


@functools.lru_cache(maxsize=1 << 16)  # pure; ~2 million calls a generate(seed=9) on a few thousand strings (issue 16)
def is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


# The demo aliases' toneless pinyin, syllable by syllable, as a seller without a Chinese keyboard writes them (checked
# against pypinyin's phrase reading by tests/eval/test_adversary.py; ü written v as pinyin keyboards do)
PINYIN = {
    "加拿大鹅": "jia na da e",
    "加鹅": "jia e",
    "耐克": "nai ke",
    "阿迪达斯": "a di da si",
    "阿迪": "a di",
    "彪马": "biao ma",
    "李维斯": "li wei si",
    "路易威登": "lu yi wei deng",
    "驴牌": "lv pai",
    "古驰": "gu chi",
    "古奇": "gu qi",
    "博柏利": "bo bai li",
    "巴宝莉": "ba bao li",
    "迈克高仕": "mai ke gao shi",
    "蔻驰": "kou chi",
    "博士": "bo shi",
    "博士音响": "bo shi yin xiang",
    "三星": "san xing",
    "苹果": "ping guo",
    "苹果公司": "ping guo gong si",
    "索尼": "suo ni",
    "佳能": "jia neng",
    "本田": "ben tian",
    "丰田": "feng tian",
    "宝马": "bao ma",
    "寶馬": "bao ma",
    "米其林": "mi qi lin",
    "壳牌": "ke pai",
    "殼牌": "ke pai",
    "玛氏": "ma shi",
    "德芙": "de fu",
    "士力架": "shi li jia",
    "达能": "da neng",
    "爱他美": "ai ta mei",
    "依云": "yi yun",
    "诺优能": "nuo you neng",
    "雀巢": "que chao",
    "雀巢咖啡": "que chao ka fei",
    "能恩": "neng en",
    "可口可乐": "ke kou ke le",
    "雪碧": "xue bi",
    "芬达": "fen da",
    "费列罗": "fei lie luo",
    "能多益": "neng duo yi",
    "健达": "jian da",
    "欧莱雅": "ou lai ya",
    "巴黎欧莱雅": "ba li ou lai ya",
    "兰蔻": "lan kou",
    "美宝莲": "mei bao lian",
    "科颜氏": "ke yan shi",
    "雅诗兰黛": "ya shi lan dai",
    "小棕瓶": "xiao zong ping",
    "倩碧": "qian bi",
    "资生堂": "zi sheng tang",
    "安热沙": "an re sha",
    "红腰子": "hong yao zi",
    "吉列": "ji lie",
    "孩之宝": "hai zhi bao",
    "变形金刚": "bian xing jin gang",
    "培乐多": "pei le duo",
    "小马宝莉": "xiao ma bao li",
    "乐高": "le gao",
    "风火轮": "feng huo lun",
    "美泰": "mei tai",
    "芭比": "ba bi",
    "费雪": "fei xue",
    "高达": "gao da",
    "万代": "wan dai",
    "拓麻歌子": "tuo ma ge zi",
    "奥多比": "ao duo bi",
    "奥多比公司": "ao duo bi gong si",
    "微软": "wei ruan",
    "任天堂": "ren tian tang",
    "欧特克": "ou te ke",
    "辉瑞": "hui rui",
    "万艾可": "wan ai ke",
    "伟哥": "wei ge",
    "立普妥": "li pu tuo",
    "善存": "shan cun",
    "强生": "qiang sheng",
    "邦迪": "bang di",
    "泰诺": "tai nuo",
    "露得清": "lu de qing",
    "李施德林": "li shi de lin",
    "拜耳": "bai er",
    "拜阿司匹灵": "bai a si pi ling",
    "拜耳阿司匹林": "bai er a si pi lin",
    "雅培": "ya pei",
    "辅理善": "fu li shan",
    "小安素": "xiao an su",
    "菁智": "jing zhi",
    "戴森": "dai sen",
    "飞利浦": "fei li pu",
    "博世": "bo shi",
    "松下": "song xia",
    "樂聲牌": "le sheng pai",
    "北面": "bei mian",
    "北脸": "bei lian",
    "卡拉威": "ka la wei",
    "尤尼克斯": "you ni ke si",
    "威尔胜": "wei er sheng",
    "劳力士": "lao li shi",
    "勞力士": "lao li shi",
    "施华洛世奇": "shi hua luo shi qi",
    "卡地亚": "ka di ya",
    "潘多拉": "pan duo la",
    "潘多拉珠宝": "pan duo la zhu bao",
    "欧米茄": "ou mi jia",

}


def pinyin(alias: str, rng: random.Random) -> str | None:
    """The alias in toneless pinyin: syllables apart (nai ke), run together (naike) or capitalised (Nai Ke)."""
    syllables = PINYIN.get(alias, "").split()
    if len(syllables) < 2:
        return None
    style = rng.randrange(4)
    if style == 0:
        return "".join(syllables)
    if style == 1:
        return " ".join(s.capitalize() for s in syllables)
    return " ".join(syllables)


def pinyin_initials(alias: str) -> str | None:
    """The initials of the alias's syllables in capitals (LYWD for 路易威登), for aliases of three syllables or more."""
    syllables = PINYIN.get(alias, "").split()
    return "".join(s[0] for s in syllables).upper() if len(syllables) >= 3 else None


# Innocent listings in pinyin or with capital initials in their own sense, uncorroborated: (brand, title, description,
# category, price, currency). Written by hand.
PINYIN_WORDS = [
    ("apple", "Ping guo dried apple chips 500g, no sugar", "", "snacks", 6.0, "USD"),
    ("samsung", "San xing dui bronze mask museum poster", "", "posters", 15.0, "USD"),
    ("bose", "Bo shi graduation gown, doctoral robe", "", "costumes", 45.0, "USD"),
    ("canon", "Jia neng tea set, porcelain, 6 cups", "", "kitchen", 30.0, "USD"),
    ("lego", "Le gao xing xing: Chinese picture book for kids", "", "books", 9.0, "USD"),
    ("honda", "Ben tian rice cooker manual, 2nd edition", "", "books", 8.0, "USD"),
    ("adidas", "ADDS running shorts, men, breathable", "", "sportswear", 15.0, "USD"),
    ("louis-vuitton", "LYWD travel tote, canvas, large", "", "handbags", 25.0, "USD"),
    ("coca-cola", "Ke kou ke le ji chi: cola chicken wings recipe card", "", "books", 4.0, "USD"),
]
