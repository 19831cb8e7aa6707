"""Checking Chinese articles: counts by measure word, the article's reading of a bare 元,
headline amounts written with no unit, and wrong figures that must not be supported."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from headlinecheck.checking import Verdict, check
from headlinecheck.checking.chinese import yuan_reading

DAY = date(2024, 3, 1)


def _verdicts(headline: str, body: str, locale: str | None = None) -> dict[str, Verdict]:
    report = check(headline, body, published=DAY, locale=locale)
    return {r.claim.text: r.verdict for r in report.claims}


def test_the_count_in_the_cyberport_headline_is_checked() -> None:
    headline = "數碼港獲撥5000萬港元 逾150間公司進駐"
    body = "政府向數碼港撥款5,000萬港元,園區至今已有超過150間相關公司進駐。"
    assert _verdicts(headline, body) == {
        "5000萬港元": Verdict.SUPPORTED,
        "150間": Verdict.SUPPORTED,
    }


def test_a_smaller_count_does_not_support_more_than() -> None:
    verdicts = _verdicts("逾150間公司進駐", "園區現有120間公司進駐。")
    assert verdicts["150間"] is not Verdict.SUPPORTED


def test_casualties_count_what_happened_to_people() -> None:
    body = "颱風吹襲期間,全港共1人失蹤、3人受傷。"
    verdicts = _verdicts("颱風釀1死3傷", body)
    assert verdicts["3傷"] is Verdict.SUPPORTED
    assert verdicts["1死"] is not Verdict.SUPPORTED  # the one person is missing, not dead
    assert _verdicts("颱風釀1死", "颱風造成1人死亡。")["1死"] is Verdict.SUPPORTED


def test_a_compound_is_compared_as_its_whole_value() -> None:
    body = "集團斥資6.07億美元購入該批物業。"
    assert _verdicts("集團6億700萬美元購物業", body)["6億700萬美元"] is Verdict.SUPPORTED
    wrong = "集團斥資7億美元購入該批物業。"
    assert _verdicts("集團6億700萬美元購物業", wrong)["6億700萬美元"] is not Verdict.SUPPORTED


def test_a_bare_yuan_follows_the_article() -> None:
    hong_kong = "財委會通過撥款,金額約為232億元(港元,下同)。"
    assert yuan_reading("", hong_kong, None) == ("HKD", "the article's own note")
    taiwan = "中央社台北1日電:行政院通過特別預算600億元。"
    assert yuan_reading("", taiwan, None) == ("TWD", "the dateline of 中央社")
    mainland = "国务院表示,全国直接经济损失1202亿元人民币。"
    assert yuan_reading("", mainland, None) == ("CNY", "the places the article names")
    assert yuan_reading("", "撥款100億元。", "zh_Hant_HK") == ("HKD", "the locale zh_Hant_HK")
    assert yuan_reading("", "撥款100億元。", None) is None


def test_a_hong_kong_amount_in_yuan_supports_its_hong_kong_dollar_headline() -> None:
    body = "立法會財委會通過撥款,金額約為232億元(港元,下同)。"
    report = check("撥款約232億港元", body, published=DAY)
    (result,) = report.claims
    assert result.verdict is Verdict.SUPPORTED
    assert result.evidence is not None and result.evidence.currency == "HKD"


def test_a_headline_amount_with_no_unit_takes_the_article_currency() -> None:
    body = "財政司司長在立法會發表預算案,表示撥款25億元推行配對補助金計劃。"
    report = check("預算案:撥25億推專上教育", body, published=DAY)
    (result,) = report.claims
    assert result.verdict is Verdict.SUPPORTED
    assert result.claim.currency == "HKD"
    assert result.claim.value == Decimal("2500000000")


def test_a_headline_number_with_no_unit_counts_what_the_body_counts() -> None:
    body = "累計受災人口達2515萬人,直接經濟損失約297億元。"
    report = check("南方暴雨致2515萬受災", body, published=DAY)
    (result,) = report.claims
    assert result.verdict is Verdict.SUPPORTED
    assert result.claim.kind.value == "count"


def test_a_headline_amount_with_no_unit_is_not_supported_by_another_number() -> None:
    body = "中央社台北29日電:立法院三讀通過追加預算,撥付500億元一般性補助款。"
    verdicts = _verdicts("行政院:636億補助款立即撥付", body)
    assert verdicts["636億"] is not Verdict.SUPPORTED


def test_tenths_and_percent_signs_are_one_percentage() -> None:
    body = "去年底總資產640億元,硬科技佔71%,生命科技佔13%。"
    assert _verdicts("硬科技配置達七成", body)["七成"] is Verdict.SUPPORTED
    assert _verdicts("硬科技配置達五成", body)["五成"] is not Verdict.SUPPORTED


def test_direction_words_give_a_figure_its_movement() -> None:
    from headlinecheck.checking.direction import movement

    text = "出口年增56％,進口下跌3%,失業率降至3.1%"
    up = movement(text, (text.index("56"), text.index("56") + 3))
    assert up is not None and (up.direction, up.relation) == ("up", "by")
    down = movement(text, (text.index("3%"), text.index("3%") + 2))
    assert down is not None and down.direction == "down"
    to = movement(text, (text.index("3.1"), text.index("3.1") + 4))
    assert to is not None and (to.direction, to.relation) == ("down", "to")
    report = check("出口年減5%", "財政部公布,出口年增5%。", published=DAY)
    assert report.claims[0].verdict is not Verdict.SUPPORTED


def test_the_report_says_how_a_bare_yuan_was_read() -> None:
    body = "立法會財委會通過撥款,金額約為232億元(港元,下同)。"
    (result,) = check("撥款約232億港元", body, published=DAY).claims
    assert "A bare 元 is read as HKD, from the article's own note." in result.message
    (plain,) = check("撥款約232億港元", "撥款約232億港元。", published=DAY).claims
    assert "元 is read" not in plain.message


def test_mixed_pairs_english_headline_over_a_chinese_body_and_the_reverse() -> None:
    chinese = "據中通社消息,香港立法會財務委員會通過4項撥款申請,金額約為232億元(港元,下同)。"
    (result,) = check("Legco approves HK$23.2 billion", chinese, published=DAY).claims
    assert result.verdict is Verdict.SUPPORTED
    english = "The Legislative Council approved HK$23.2 billion on Friday."
    (reverse,) = check("立法會通過撥款約232億港元", english, published=DAY).claims
    assert reverse.verdict is Verdict.SUPPORTED
    (wrong,) = check("Legco approves HK$32.2 billion", chinese, published=DAY).claims
    assert wrong.verdict is not Verdict.SUPPORTED


def test_han_detection_sees_one_character_anywhere_and_nothing_in_latin_text() -> None:
    from headlinecheck.checking.chinese import _has_han

    assert _has_han("x" * 5000 + "元")
    assert _has_han("〇〇億")  # 億 is in the unified range even when 〇 is not
    assert not _has_han("Revenue rises 30% to $5M; ２５％ ￥3")
    assert not _has_han("")


def test_a_streak_is_checked_against_the_run_of_periods_the_body_states() -> None:
    body = "出口年增五十六％,連續二十五個月成長;進口連續3個月下跌。"
    assert _verdicts("出口連25紅", body)["25紅"] is Verdict.SUPPORTED
    assert _verdicts("出口連26紅", body)["26紅"] is not Verdict.SUPPORTED
    # a period with no streak opener is a duration, not a run
    assert _verdicts("出口連25紅", "計劃為期25個月。")["25紅"] is not Verdict.SUPPORTED


def test_the_n_big_things_of_a_headline_are_counted_by_ge() -> None:
    body = "發改委將推出4個新的重大項目工程包,已開工221個項目。"
    assert _verdicts("陸推4大工程", body)["4大"] is Verdict.SUPPORTED
    assert _verdicts("陸推5大工程", body)["5大"] is not Verdict.SUPPORTED
