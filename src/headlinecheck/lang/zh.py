"""Chinese (Simplified and Traditional): Han numerals, magnitudes and yuan words.

Both scripts are one record for now: every character of one is read in text of the other
(萬 and 万, 億 and 亿). A later split gives each script its own module.
"""

from __future__ import annotations

from headlinecheck.lang import Language

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
        "万亿": 12,
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
    letter_symbols={"块": "CNY", "塊": "CNY", "台币": "TWD", "台幣": "TWD"},
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
)
