"""Chinese variants of the demo registry's aliases, written by hand (not from OpenCC, which the matcher may use).

SIMPLIFIED_TO_TRADITIONAL covers every character of the registry's aliases whose Traditional form differs
(standard Traditional forms as used in Taiwan and Hong Kong). HOMOPHONES gives, for alias characters,
other characters with the same pinyin syllable (tone ignored): what a seller types to dodge a filter
(古池 for 古驰, 奈客 for 耐克). tests/eval/test_adversary.py checks the homophones with pypinyin when
it is installed.
"""

from __future__ import annotations

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


def is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)
