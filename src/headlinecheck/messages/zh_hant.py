"""Report wording in Traditional Chinese (``--lang zh-Hant``): the words ``messages`` reads.

SENTENCES are (English regex, template) over a message whose figure texts are set aside;
PHRASES are fixed English words and their Chinese, applied after, longest first.
"""

from __future__ import annotations

#: How a figure's own text is quoted.
QUOTE = "「{}」"
#: Magnitudes for amounts, largest first: (power of ten, character).
MAGNITUDES = ((12, "兆"), (8, "億"), (4, "萬"))
#: Whether a unit is written straight after its number, with no space ("120間").
TIGHT = True
#: Between the ends of a range.
RANGE = "至"

#: A finding's detail lines: its evidence ("body line 7") and its diagnosis.
LABELS = {"evidence": "證據:內文第{line}行{quoted}", "quoted": ":「{}」", "why": "原因:"}

# ---- the verdict line of a finding
VERDICT_LINE = "標題稱{claim};內文為{evidence}"
VERDICT_NONE = "標題稱{claim};內文沒有{kind}"
INTERVAL = "({})"
CONVERTED = " = {converted},匯率{rate}"
OUTCOME = ":{}"
SUGGESTION = ";內文支持的是{}"
DIAGNOSIS = "({})"
VERDICTS = {
    "supported": "相符",
    "supported, date uncertain": "相符(日期不確定)",
    "unsupported": "無佐證",
    "mismatch": "不符",
}
DIAGNOSES = {
    "wrong_direction": "方向相反",
    "currency_confusion": "貨幣混淆",
    "magnitude_slip": "數量級錯誤",
    "inverted_rate": "匯率倒置",
    "over_rounded": "精確度過高",
    "digit_slip": "數字誤植",
    "stale_rate": "匯率過時",
}
#: Qualifiers written before a figure in a verdict line.
QUALIFIERS = (
    ("more than", "逾"),
    ("at least", "最少"),
    ("at most", "最多"),
    ("less than", "不足"),
    ("about", "約"),
)

# ---- the checker's messages (a finding's "why")
#: Sentences the catalogue knows, by how they open; a sentence none of them opens stays English.
SENTENCES = (
    (r"^(.+?) is supported: ", r"\1相符:"),
    (r"^(.+?) is unsupported: the body states no ", r"\1無佐證:內文沒有"),
    (r"^(.+?) does not match the body: ", r"\1與內文不符:"),
    (
        r"^(.+?) cannot be checked: no body figure could be converted \((.*)\)\.$",
        r"\1無法核對:內文沒有可換算的數字(\2)。",
    ),
    (r"^A bare 元 is read as ([A-Z]{3}), from ", r"單獨的「元」讀作\1,依據"),
    (
        r"^Neither the headline nor the body names a unit for (.+?): it is compared with the "
        r"body's (.+?) as a number\.",
        r"標題與內文都沒有寫明\1的單位:按數字與內文的\2比較。",
    ),
    (
        r"^The number fits, but the headline says (\S+) (?:\([^)]*\) )?where the body says "
        r"(\S+)(?: \([^)]*\))?; ",
        r"數字相符,但標題說\1,內文卻說\2;",
    ),
    (r"^The headline is 10 times larger: a misplaced digit", "標題的數字大了10倍:錯位一個數字"),
    (r"^The headline is 10 times smaller: a misplaced digit", "標題的數字小了10倍:錯位一個數字"),
    (
        r"^The headline is ([\d,]+) times larger: a million/billion slip",
        r"標題的數字大了\1倍:單位錯誤",
    ),
    (
        r"^The headline is ([\d,]+) times smaller: a million/billion slip",
        r"標題的數字小了\1倍:單位錯誤",
    ),
    (r"^The digits look transposed or mistyped", "數字疑似調換或誤打"),
    (
        r"^The headline multiplies by the exchange rate where it should divide \((.+?)\)",
        r"標題把金額乘以匯率,應當除以匯率(\1)",
    ),
    (
        r"^The headline divides by the exchange rate where it should multiply \((.+?)\)",
        r"標題把金額除以匯率,應當乘以匯率(\1)",
    ),
    (
        r"^The headline states more precision than the body allows: (.+?) would be right, or ",
        r"標題的精確度高於內文所容許:寫\1才對,或寫",
    ),
    (
        r"^The headline matches only at (.+?), (\d+) days from the article's date: a stale rate",
        r"標題只在\1下相符,與文章日期相差\2日:匯率過時",
    ),
    (
        r"^The headline reuses the body's ([A-Z]{3}) number as ([A-Z]{3})\.",
        r"標題把內文的\1數字當作\2。",
    ),
    (r"^It would match only if (.+?) meant ([A-Z]{3})\.", r"只有當\1指\2時才相符。"),
    (r"^Write ", "應寫"),
    (
        r"^Nothing in the body says whether ¥ is the yen or the yuan, so (.+?) is read as "
        r"([A-Z]{3})\.",
        r"內文沒有說明¥是日圓還是人民幣,故\1讀作\2。",
    ),
    (
        r"^The body itself writes bare \$ amounts, such as (.+?), so the headline's \$ is "
        r"that unit and is compared with them without conversion; against other currencies "
        r"it is read as ([A-Z]{3}), the default dollar\.",
        r"內文本身寫的是未標明國別的$金額(如\1),故標題的$按同一貨幣、不經換算比較;"
        r"與其他貨幣比較時讀作\2(預設讀法)。",
    ),
    (
        r"^\(the article's own (.+?); the rate table has none for ([A-Z]{3})/([A-Z]{3})\.\)",
        r"(文章本身寫明\1;匯率表沒有\2/\3的匯率。)",
    ),
)
#: Patterns inside a known sentence.
INNER = (
    (r"counts of (\ue000\d+\ue001)", r"\1的計數"),
    (r"^count of (.+)$", r"「\1」的計數"),
    (r"the sum of its (\d+) parts in the body, ", r"內文\1個部分之和,"),
    (r"(\ue001(?: \S+)?) is ([A-Z]{3} )", r"\1即\2"),
    (r"\.$", "。"),
)
PHRASES = (
    ("; the body supports ", ";內文支持的是"),
    (", or name the currency as ", ",或把貨幣寫明為"),
    (", or make the currency explicit", ",或寫明貨幣"),
    ("the article's own note", "文章本身的註明"),
    ("the places the article names", "文章提及的地方"),
    ("the dateline of ", "電頭"),
    ("the locale ", "地區設定"),
    ("rate stated in the article", "文章所載匯率"),
    ("the latest before ", "最接近而早於"),
    ("amounts of money", "金額"),
    ("amount of money", "金額"),
    ("percentages", "百分比"),
    ("percentage", "百分比"),
    ("counts", "計數"),
    ("more than ", "逾"),
    ("at least ", "最少"),
    ("at most ", "最多"),
    ("less than ", "不足"),
    ("about ", "約"),
    ("up to ", "最多"),
    (" or more", "或以上"),
    (" means ", "即"),
    (" per ", "/"),
    (" to ", "至"),
    (" at ", ",匯率"),
    ("; write ", ";應寫"),
    ("write ", "應寫"),
    ("via ", "經"),
    (". ", "。"),
)
