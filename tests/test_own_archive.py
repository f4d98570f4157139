"""A county's own archive (``drafter mine --county``): its standing names kept for itself, listed
in own.yaml with their years, never used in another county's draft."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from drafter.mining.own import YEAR_FACT, OwnArchive, county_forms, year_of
from drafter.mining.slots import Hit
from drafter.names.own import OWN_FILE, bank_for_county, load_own, render_own
from drafter.phrasebank import PhraseBank, load_bank

ARCHIVE = [f"gaotang-{year}.txt" for year in (2021, 2022, 2023, 2024)]


@pytest.fixture(scope="session")
def own_bank(repo: Path, build_once: Any) -> Path:
    """高唐县's own archive mined into a bank, once per test run (the tests only read it)."""
    from drafter.mining.commands import run_mine

    def mine(folder: Path) -> None:
        run_mine([repo / "corpus" / name for name in ARCHIVE], folder / "bank", county="高唐县")

    return build_once("own-archive", mine) / "bank"


def test_county_forms_and_years() -> None:
    assert county_forms("高唐县") == {"高唐县", "高唐"}
    assert county_forms("海拉尔区") == {"海拉尔区", "海拉尔"}
    assert year_of("gaotang-2024.txt", "") == "2024"
    assert year_of("报告.txt", "政府工作报告\n——2023年1月在……") == "2023"
    assert year_of("报告.txt", "政府工作报告") == "报告.txt"


def test_a_name_of_two_years_is_kept_one_of_one_year_is_not() -> None:
    own = OwnArchive.of(
        "高唐县",
        [("a-2021.txt", "鱼丘湖公园改造。"), ("b-2022.txt", "鱼丘湖水质提升，金城路通车。")],
    )
    assert own.keeps(Hit(0, 3, "place", "鱼丘湖", "名称加地名或单位后缀"))
    assert not own.keeps(Hit(0, 3, "place", "金城路", "路名或街名"))
    # people are never kept (a former leader), nor masks
    assert not own.keeps(Hit(0, 3, "person", "鱼丘湖", "职务前的人名"))
    # a sentence stating one year's fact keeps no name: it is not said again in a later year
    assert not own.keeps(
        Hit(0, 3, "place", "鱼丘湖", "名称加地名或单位后缀"), "鱼丘湖公园建成开放。"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "西城污水处理厂主体工程完工。",
        "官道街片区获批省级城市更新试点片区。",
        "成功承办全省现场推进会。",
    ],
)
def test_year_facts(sentence: str) -> None:
    assert YEAR_FACT.search(sentence)


@pytest.mark.parametrize("sentence", ["加快鱼丘湖片区提升改造。", "推进马颊河生态治理。"])
def test_not_year_facts(sentence: str) -> None:
    assert not YEAR_FACT.search(sentence)


def test_own_file_round_trip(tmp_path: Path) -> None:
    (tmp_path / OWN_FILE).write_text(
        render_own("高唐县", [("鱼丘湖", ("2021", "2022")), ("马颊河", ("2022", "2023"))]),
        encoding="utf-8",
    )
    own = load_own(tmp_path)
    assert own is not None and own.county == "高唐县"
    assert dict(own.names) == {"马颊河": ("2022", "2023"), "鱼丘湖": ("2021", "2022")}
    assert own.is_for("高唐县") and own.is_for("高唐") and not own.is_for("清苑区")
    bank = PhraseBank((), (), ("外县",), ())
    assert set(bank_for_county(bank, own, "清苑区").scrubbed) >= {"鱼丘湖", "马颊河", "高唐"}
    assert "鱼丘湖" not in bank_for_county(bank, own, "高唐县").scrubbed
    assert load_own(tmp_path / "nowhere") is None


def test_mined_archive_keeps_standing_names(own_bank: Path) -> None:
    own = load_own(own_bank)
    assert own is not None and own.county == "高唐县"
    names = dict(own.names)
    assert names, "no name kept"
    assert all(len(years) >= 2 for years in names.values())
    bank = load_bank(own_bank)
    text = "\n".join(p.text for p in bank.phrases if not p.curated)
    # every listed name is held by some entry, as written
    assert all(name in text for name in names)


def test_draft_for_another_county_holds_no_own_name(
    repo: Path, own_bank: Path, tmp_path: Path
) -> None:
    from drafter.pipeline import draft_speech

    source = (repo / "docs" / "reviews" / "targets" / "own-gaotang-2025.yaml").read_text(
        encoding="utf-8"
    )
    other = tmp_path / "other.yaml"
    other.write_text(re.sub("高唐县", "澄宁县", source), encoding="utf-8")
    own = load_own(own_bank)
    assert own is not None
    result = draft_speech(other, bank_dir=own_bank, seed=1)
    text = "\n".join(result.document.paragraphs())
    assert [name for name in (*own.name_list, "高唐") if name in text] == []


def test_lint_with_the_bank_names_own_names_only_in_another_county(
    own_bank: Path, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from drafter.cli import app

    own = load_own(own_bank)
    assert own is not None
    name = next(n for n in own.name_list if len(n) >= 3)
    speech = tmp_path / "讲话.txt"
    speech.write_text(f"各位代表：\n今年，我们将加快{name}建设。\n", encoding="utf-8")
    runner = CliRunner()
    other = runner.invoke(app, ["lint", str(speech), "--bank", str(own_bank), "-c", "清苑区"])
    assert other.exit_code == 1 and name in other.output
    mine = runner.invoke(app, ["lint", str(speech), "--bank", str(own_bank), "-c", "高唐县"])
    assert mine.exit_code == 0, mine.output


def test_phrases_shows_which_entries_hold_own_names(own_bank: Path) -> None:
    from drafter.mining.commands import run_phrases

    own = load_own(own_bank)
    assert own is not None
    name = own.name_list[0]
    listing = run_phrases(own_bank, grep=name)
    assert "含本县名称：" in listing.text and name in listing.text


def test_the_county_s_own_report_thanks_in_its_archive_s_words(
    repo: Path, own_bank: Path, tmp_path: Path
) -> None:
    """After its review, the county's own report thanks as its archive did (its garrison, its
    units), the past year filled in; another county's report keeps the template's thanks."""
    from drafter.pipeline import draft_speech

    targets = repo / "docs" / "reviews" / "targets" / "own-gaotang-2025.yaml"
    own = "\n".join(draft_speech(targets, bank_dir=own_bank, seed=1).document.paragraphs())
    assert "回望走过的2024年" in own and "驻高人民解放军" in own
    other = tmp_path / "other.yaml"
    other.write_text(targets.read_text(encoding="utf-8").replace("高唐县", "澄宁县"), "utf-8")
    text = "\n".join(draft_speech(other, bank_dir=own_bank, seed=1).document.paragraphs())
    assert "驻高" not in text and "回望走过的" not in text
