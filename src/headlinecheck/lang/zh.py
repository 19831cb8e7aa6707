"""Chinese (Simplified and Traditional): Han numerals, magnitudes, qualifiers, measure words,
currency names and the conventions of a bare 元.

Both scripts are one record: every character of one is read in text of the other (萬 and 万,
億 and 亿), and news in one script quotes the other. Counted things are compared by one
spelling (the Traditional one): "4项" and "4項" count the same thing.

兆 is 10**12, as Hong Kong and Taiwan (and the mainland's financial press, "1.97兆元") write it;
the mainland's other, scientific sense (10**6, "兆赫") never stands before a currency or in a
count, so it is not read.
"""

from __future__ import annotations

from headlinecheck.lang import Language


def _words(words: str) -> frozenset[str]:
    """The space-separated ``words``."""
    return frozenset(words.split())


def _same(words: str, spelling: str) -> dict[str, str]:
    """Each of the space-separated ``words`` -> ``spelling``."""
    return dict.fromkeys(words.split(), spelling)


#: Measure words -> the spelling a count is compared by (Simplified -> Traditional; 名 and 位
#: count people as 人 does).
_MEASURES = {
    **_same("人 名 位", "人"),
    "人次": "人次",
    **_same("間 间", "間"),
    "家": "家",
    **_same("個 个", "個"),
    "宗": "宗",
    **_same("項 项", "項"),
    "件": "件",
    "架": "架",
    # sorties, sailings, runs: "取消189架次" counts flights, not aircraft
    "架次": "架次",
    "航次": "航次",
    "班次": "班次",
    **_same("輛 辆", "輛"),
    "所": "所",
    **_same("層 层", "層"),
    **_same("棟 栋 幢", "棟"),
    "座": "座",
    **_same("條 条", "條"),
    # lives: "各奪走1條性命" counts the dead
    **_same("條性命 条性命 條人命 条人命", "死"),
    **_same("處 处", "處"),
    **_same("張 张", "張"),  # tickets, cards, beds: "共318張"
    **_same("戶 户", "戶"),
    "艘": "艘",
    **_same("隻 只", "隻"),
    "款": "款",
    "批": "批",
    "次": "次",
    "票": "票",  # votes: "以558萬6019票當選"
    "倍": "倍",  # a multiple, counted as its own thing: "超購逾40倍" against "超過 40 倍"
    "度": "度",
    **_same("場 场", "場"),
    "省": "省",
    **_same("縣 县", "縣"),
    **_same("國 国", "國"),
    # A threshold ("失守2萬大關"), counted apart from the "4大工程" of ``count_nouns``.
    **_same("大關 大关", "大關"),
}

#: What happened to the people counted.
_CASUALTIES = {
    **_same("死 亡 死亡 喪生 丧生 喪命 丧命 遇難 遇难 罹難 罹难 身亡 不治", "死"),
    **_same("傷 伤 受傷 受伤 輕重傷 轻重伤 重傷 重伤 輕傷 轻伤", "傷"),
    **_same("失蹤 失踪 失聯 失联", "失蹤"),
    **_same("受困 被困", "受困"),
    # The dead and the injured together: "死傷破千", "1000人死傷".
    **_same("死傷 死伤 傷亡 伤亡", "死傷"),
}

#: A record over a run of periods ("創7年新低", "近7年次低", "創9年來新低", "17個月來最高"): the
#: periods are counted, by one spelling per period.
_PERIODS = {
    **_same("年", "年"),
    **_same("個月 个月", "月"),
    **_same("季 季度 個季度 个季度", "季"),
    **_same("週 周 個星期 个星期", "週"),
}
_RECORDS = _words("新高 新低 次高 次低 最高 最低 最大 最小 最多 最少 高位 低位")
_PERIOD_RECORDS = {
    period + since + record: spelling
    for period, spelling in _PERIODS.items()
    for since in ("", "來", "以來", "来", "以来")
    for record in _RECORDS
}

LANGUAGE = Language(
    code="zh",
    name="Chinese",
    # Written straight after digits ("5000万", "3.5億"); longest first when read.
    magnitude_characters={
        "百": 2,
        "千": 3,
        "万": 4,
        "萬": 4,
        "十万": 5,
        "百万": 6,
        "千万": 7,
        "亿": 8,
        "億": 8,
        "十亿": 9,
        "十億": 9,
        "百亿": 10,
        "百億": 10,
        "千亿": 11,
        "千億": 11,
        "万亿": 12,
        "萬億": 12,
        "兆": 12,
    },
    numeral_digits={
        "零": 0,
        "〇": 0,
        "一": 1,
        "二": 2,
        "两": 2,
        "兩": 2,
        "三": 3,
        "四": 4,
        "五": 5,
        "六": 6,
        "七": 7,
        "八": 8,
        "九": 9,
    },
    numeral_small={"十": 10, "百": 100, "千": 1000},
    numeral_big={"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12},
    # Colloquial: "块" (kuai) for yuan, "台币" for the New Taiwan dollar.
    # Newsroom names CLDR does not list, before ("港幣2,300億", "美金1.2億") or after the number.
    letter_symbols={
        "块": "CNY",
        "塊": "CNY",
        "台币": "TWD",
        "台幣": "TWD",
        "新臺幣": "TWD",
        "臺幣": "TWD",
        "港幣": "HKD",
        "港币": "HKD",
        "港紙": "HKD",
        "港纸": "HKD",
        "美金": "USD",
        "日圆": "JPY",
        "日幣": "JPY",
        "日币": "JPY",
        "韓圜": "KRW",
        "韩圜": "KRW",
        "韓元": "KRW",
        "韓幣": "KRW",
        "韩币": "KRW",
        "澳幣": "AUD",
        "澳币": "AUD",
        "新幣": "SGD",
        "新币": "SGD",
        "星元": "SGD",
        "新加坡元": "SGD",
        "歐羅": "EUR",
        "英镑": "GBP",
        "英鎊": "GBP",
        "英磅": "GBP",  # Hong Kong papers' spelling
        # Malaysian Chinese papers' ringgit; Singapore's dollar; the pataca; the Canadian and
        # New Zealand dollars; the rouble (CLDR has only the long names)
        "令吉": "MYR",
        "林吉特": "MYR",
        "馬幣": "MYR",
        "马币": "MYR",
        "新元": "SGD",
        "坡元": "SGD",
        "坡幣": "SGD",
        "坡币": "SGD",
        "澳門幣": "MOP",
        "澳門元": "MOP",
        "加元": "CAD",
        "加幣": "CAD",
        "加币": "CAD",
        "紐元": "NZD",
        "纽元": "NZD",
        "紐幣": "NZD",
        "纽币": "NZD",
        "盧布": "RUB",
        "卢布": "RUB",
        "歐元": "EUR",
        "奈拉": "NGN",
        # Crypto-currencies have no ISO 4217 code: bitcoin takes the ticker the English record
        # uses ("BTC").
        "比特币": "BTC",
        "比特幣": "BTC",
    },
    yuan_words=("人民币", "人民幣", "元"),
    # A mainland dateline opening an English text ("BEIJING — ... ¥10 billion") makes its "¥"
    # the yuan.
    dateline_cities=(
        "BEIJING",
        "SHANGHAI",
        "SHENZHEN",
        "GUANGZHOU",
        "HANGZHOU",
        "CHONGQING",
        "TIANJIN",
        "WUHAN",
        "CHENGDU",
    ),
    # The formal characters for yuan.
    character_variants={"圆": "元", "圓": "元"},
    numeral_tens={"廿": 20, "卅": 30, "卌": 40},
    # Macau and Hong Kong papers point Han numerals with the hyphenation point ("四百七十六‧六億")
    numeral_points=("點", "点", "．", "‧"),
    # Taiwanese papers print the white circle for the zero 〇 ("一點○五兆", "五○五七點四億").
    # and Hong Kong ones type a capital O ("二OO八年", "五百O七億")
    numeral_zero_stand_ins=("○", "O"),
    # Pinyin a mirror prints after each character ("人數(shù)"): its tone-marked vowels, and the
    # combining grave, acute, macron and caron of a decomposed one.
    pinyin_tones="āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ\u0300\u0301\u0304\u030c",
    more_marks=("多", "餘", "余"),
    # Before the number ("逾150間", "約232億港元", "近3成", "最少78人"): longest first when read.
    qualifiers={
        **_same("逾 超過 超过 超過了 超过了 超 破 突破 多於 多于 高於 高于", "more_than"),
        **_same("最少 至少 不少於 不少于 起碼 起码", "at_least"),
        **_same("最多 不超過 不超过 至多 上限", "at_most"),
        **_same("不足 未到 不到 未足 少於 少于 低於 低于", "less_than"),
        **_same(
            "約 约 大約 大约 約為 约为 大約為 大约为 估計 估计 逾約 約合 约合"
            " 約有 约有 大約有 大约有",
            "approx",
        ),
        **_same("近 接近 將近 将近 逼近 近乎", "approx"),
    },
    below_qualifiers=frozenset(["近", "接近", "將近", "将近", "逼近", "近乎"]),
    qualifier_exceptions=(
        *_words("打破 爆破 衝破 冲破 超車 超车 附近 最近 將近來"),
        # words ending in the 上 of "上萬" ("加上千萬元" adds ten million, no more)
        *_words("加上 馬上 马上 線上 线上 網上 网上 身上 桌上 樓上 楼上 台上 臺上 場上 场上"),
        *_words("實際上 实际上 基本上 事實上 事实上"),
    ),
    qualifiers_after={
        **_same("以上", "at_least"),
        **_same("以下 以內 以内", "at_most"),
        **_same("左右 上下", "approx"),
    },
    # "由/從 X 至 Y" is "from X to Y": two figures, not a range.
    range_openers=frozenset({"由", "從", "从"}),
    range_separators=("至", "到", "～", "~", "〜"),
    percent_prefixes=("百分之",),
    # Malaysian and Singaporean papers' "percent" ("44.9巴仙")
    percent_words=("巴仙",),
    tenth_marks=("成",),
    half_mark="半",
    tenth_blockers=frozenset("長长為为功立本交員员績绩果份分就效"),
    measure_words=_MEASURES,
    count_nouns={
        **_CASUALTIES,
        "企": "家",
        # "4大工程": the N big things of a headline are counted as 個 counts them ("4個...工程");
        # "2萬大關" is a threshold, no count of 個 (see ``_MEASURES``).
        "大": "個",
        **_same("嫌 嫌犯 疑犯 軍警 军警", "人"),
        # people a headline counts with no measure word ("3登山客失聯"); not 男, 女, 翁, 婦,
        # which after a number are an age in Taiwanese headlines ("50男酒駕", "70翁")
        **_same(
            "登山客 山友 遊客 游客 旅客 乘客 學生 学生 學童 学童 師生 师生 員警 员警 警員 警员"
            " 消防員 消防员 工人 礦工 矿工 漁民 渔民 漁工 渔工 船員 船员 移工 民眾 民众 市民"
            " 人質 人质 陸客 陆客 台商",
            "人",
        ),
        **_same("房屋 屋 房子 民房", "屋"),
    },
    casualty_marks=_CASUALTIES,
    casualty_totals={"死傷": ("死", "傷")},
    # "死亡人數增至46": the number of the dead, brought to a number by a verb of reaching.
    toll_words=_words("人數 人数"),
    toll_verbs=_words(
        "增至 增到 升至 升到 上升至 上升到 增加至 增加到 攀升至 達 达 為 为 已達 已达"
    ),
    ordinal_prefix="第",
    # the first ten days of a lunar month ("初一至初六", "初三單日")
    date_prefixes=("初",),
    each_marks=("各",),
    # "排名全球17位", "位列十強第3名" (with 第 anyway), "排議程11位": a rank, not 17 people.
    rank_words=(
        "排名",
        "排行",
        "名列",
        "位列",
        "位居",
        "排在",
        "排於",
        "排于",
        "居於",
        "居于",
        "排",
    ),
    rank_measures=frozenset({"位", "名"}),
    rank_blockers=("前", "後", "后"),
    rank_exceptions=_words(
        "安排 排隊 排队 排放 排出 排除 排斥 彩排 編排 编排 排練 排练 排查 排污 排水 排班 排華 排华"
        " 力排 並排 并排 排列 排序 排期 排名單 排名单 排擠 排挤 排演 排程 排解 排毒 排氣 排气 排外"
    ),
    vague_before=("數", "数", "幾", "几", "好幾", "好几", "成", "若干", "千上"),
    lone_unit_qualifiers={"上": "at_least"},
    ordinal_measures=frozenset({"度"}),
    # A lone 一 before a measure word is the article "a" ("一个计划"), not a count of one.
    articles=("一",),
    duration_nouns=(
        "月",
        "年",
        "日",
        "天",
        "小時",
        "小时",
        "鐘頭",
        "钟头",
        "星期",
        "禮拜",
        "季度",
        "季",
    ),
    period_records=_PERIOD_RECORDS,
    uncounted_after_measure=("百分點", "百分点"),
    count_noun_blockers={"大": frozenset("幅型約约概致多都部")},
    # "連25紅", "連續二十五個月成長", "连续3年": one run of periods.
    streak_openers=("連續", "连续", "連", "连"),
    streak_marks=_words("紅 红 黑 升 跌 漲 涨 增 減 减 降"),
    streak="連",
    rise_words=_words(
        "升 上升 漲 上漲 涨 上涨 增 增加 增長 增长 年增 飆升 飙升 急升 攀升 大漲 大涨"
    ),
    fall_words=_words("跌 下跌 減 减 減少 减少 降 下降 年減 年减 急跌 大跌 挫 下滑 回落"),
    subunit_characters={
        "角": (None, 10),
        "毛": (None, 10),
        "分": (None, 100),
        "仙": (None, 100),
        "美分": ("USD", 100),
        "日本銭": ("JPY", 100),
        "日本錢": ("JPY", 100),
        "日本钱": ("JPY", 100),
        "銭": ("JPY", 100),
    },
    subunit_joiners=("又", "零"),
    yuan_character="元",
    yuan_declaration="下同",
    yuan_outlets={
        "中央社": "TWD",
        "自由時報": "TWD",
        "聯合報": "TWD",
        "新華社": "CNY",
        "新华社": "CNY",
        "新华网": "CNY",
        "新華網": "CNY",
        "人民日报": "CNY",
        "人民日報": "CNY",
        "星島": "HKD",
        "星岛": "HKD",
        "明報": "HKD",
        "明报": "HKD",
        "香港01": "HKD",
        # Singapore's Chinese daily: its bare 元 is the Singapore dollar ("拨款约12亿元")
        "联合早报": "SGD",
        "聯合早報": "SGD",
    },
    yuan_places={
        **_same("香港 港府 港人 港投 在港 港股 港交所 特區 特区 立法會 立法会", "HKD"),
        **_same("財政司 财政司 財委會 财委会 金管局", "HKD"),
        **_same("台灣 臺灣 台湾 台北 臺北 新北 行政院 立法院 金管會 金管会", "TWD"),
        **_same("新台幣 新臺幣 新台币 台幣 台币 全台 全臺", "TWD"),
        **_same("人民幣 人民币 大陸 大陆 內地 内地 國務院 国务院 發改委 发改委", "CNY"),
        **_same("北京 全国 全國", "CNY"),
        **_same("澳門 澳门 澳門元 澳门元", "MOP"),
    },
    yuan_territories={"HK": "HKD", "TW": "TWD", "MO": "MOP", "CN": "CNY", "SG": "SGD"},
    yuan_explicit=("人民幣", "人民币", "RMB", "CNY", "Rmb", "￥", "¥", "块", "塊"),
)
