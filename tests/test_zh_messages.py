"""Reports worded in Chinese: ``--lang zh-Hant`` / ``zh-Hans`` and the ``lang`` setting word a
text report's claim lines, evidence and diagnoses from the catalogues in ``messages/``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from headlinecheck import messages
from headlinecheck.cli import main
from headlinecheck.messages import zh_hans, zh_hant

ARTICLE = (
    "---\ndate: 2016-03-21\nlocale: zh_Hant_HK\n---\n"
    "# 立法會通過4項申請 撥款約232億港元 逾150間公司\n\n"
    "立法會財委會通過4項撥款申請,金額約為232億元。園區現有120間公司。\n"
)


def _report(tmp_path: Path, capsys: pytest.CaptureFixture[str], *flags: str) -> list[str]:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["check", "-v", *flags, str(article)]) == 1
    return capsys.readouterr().out.splitlines()


def test_english_stays_the_default_and_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    default = _report(tmp_path, capsys)
    assert _report(tmp_path, capsys, "--lang", "en") == default
    assert any(
        line.endswith(
            "HC202 headline claims more than 150間; body has 120間 (120): mismatch; "
            "the body supports 120 間"
        )
        for line in default
    )


def test_traditional_chinese_words_verdicts_evidence_and_diagnoses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _report(tmp_path, capsys, "--lang", "zh-Hant")
    mismatch = out.index(next(line for line in out if "HC202" in line))
    assert out[mismatch].endswith(
        "HC202 標題稱逾「150間」;內文為「120間」(120):不符;內文支持的是120間"
    )
    assert out[mismatch + 1] == "  證據:內文第7行:「120間」"
    assert (
        out[mismatch + 2]
        == "  原因:逾「150間」與內文不符:「120間」即119.5至120.5;內文支持的是120間。"
    )
    money = next(line for line in out if line.startswith("  原因:約「232億港元」"))
    # the amount in 億, and the reading of the bare 元 in words
    assert (
        money == "  原因:約「232億港元」相符:約「232億元」即HKD 232億。"
        "單獨的「元」讀作HKD,依據地區設定zh_Hant_HK。"
    )
    assert out[-1].startswith("1 file, 3 claims: 2 supported, 1 mismatched")  # the summary


def test_simplified_chinese_from_the_setting_and_the_flag_wins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".headlinecheck.toml").write_text('lang = "zh_hans"\n', encoding="utf-8")
    out = _report(tmp_path, capsys)
    assert any("标题称逾「150間」;内文为「120間」(120):不符" in line for line in out)
    assert not any("headline claims" in line for line in out)
    english = _report(tmp_path, capsys, "--lang", "EN")
    assert any("headline claims" in line for line in english)


def test_an_unknown_language_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["check", "--lang", "fr", str(article)]) == 2
    assert "unknown report language (got 'fr'); use one of en, zh-Hant, zh-Hans" in (
        capsys.readouterr().err
    )
    other = tmp_path / "other"  # (configurations are found once per directory and run)
    other.mkdir()
    (other / ".headlinecheck.toml").write_text('lang = "klingon"\n', encoding="utf-8")
    (other / "a.md").write_text(ARTICLE, encoding="utf-8")
    assert main(["check", str(other / "a.md")]) == 2
    assert "'lang' must be one of en, zh-Hant, zh-Hans" in capsys.readouterr().err


def test_figures_are_kept_as_written_and_amounts_take_chinese_magnitudes() -> None:
    line = (
        "headline claims 3.9兆台幣; body has about 1300億美元 = TWD 3.51 to 4.29 trillion at "
        "30 TWD per USD (rate stated in the article 2017-11-06): supported"
    )
    assert messages.verdict_line(line, "zh-Hant") == (
        "標題稱「3.9兆台幣」;內文為約「1300億美元」 = TWD 3.51兆至4.29兆,"
        "匯率30 TWD/USD (文章所載匯率 2017-11-06):相符"
    )
    # a figure's own English words are not translated
    why = "“$5 million is about” is supported: “HKD 39 million” means USD 5 million."
    assert messages.diagnosis(why, "zh-Hant") == (
        "「$5 million is about」相符:「HKD 39 million」即USD 500萬。"
    )
    assert messages.verdict_line(line, None) == line
    assert messages.verdict_line(line, "en") == line


def test_a_diagnosis_names_its_kind_in_chinese() -> None:
    line = "headline claims ₦5.41trn; body has ₦58.47 trillion: mismatch (magnitude_slip)"
    assert messages.verdict_line(line, "zh-Hans").endswith(":不符(数量级错误)")


def test_the_simplified_catalogue_writes_no_traditional_character_it_converts() -> None:
    texts = [zh_hans.VERDICT_LINE, zh_hans.VERDICT_NONE, zh_hans.SUGGESTION, zh_hans.CONVERTED]
    texts += [*zh_hans.VERDICTS.values(), *zh_hans.DIAGNOSES.values(), *zh_hans.LABELS.values()]
    texts += [template for _, template in zh_hans.SENTENCES]
    texts += [local for _, local in zh_hans.PHRASES]
    written = "".join(texts)
    assert not set(written) & set(zh_hans.TRADITIONAL)
    # ... and every Traditional character the catalogue writes that has another Simplified form
    # is in the table (a sample of the ones that do)
    source = "".join(local for _, local in zh_hant.PHRASES) + zh_hant.VERDICT_LINE
    assert {"內", "為", "匯", "載"} <= set(source) & set(zh_hans.TRADITIONAL)
    assert len(zh_hans.TRADITIONAL) == len(zh_hans.SIMPLIFIED)


@pytest.mark.parametrize("code", ["zh-Hant", "zh_hant", "ZH-HANT"])
def test_language_codes_forgive_case_and_underscores(code: str) -> None:
    assert messages.normalise(code) == "zh-Hant"
    assert re.fullmatch("zh-Hant", messages.report_language(code, None) or "")


def test_a_sentence_the_catalogue_does_not_know_stays_wholly_english() -> None:
    why = (
        "“$5M” is supported: “$5 million” means USD 5 million. "
        "The moon is made of “cheese” at 3 per cent."
    )
    assert messages.diagnosis(why, "zh-Hant") == (
        "「$5M」相符:「$5 million」即USD 500萬。 The moon is made of “cheese” at 3 per cent."
    )
    # a verdict line of another form is left as it is
    odd = "headline claims 6.2 bln dollars; “x” skipped: unknown currency 'VND': unsupported"
    assert messages.verdict_line(odd, "zh-Hant") == odd
