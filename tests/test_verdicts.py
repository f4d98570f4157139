"""drafter.verdicts: a rule's answers about a sentence come back from the next run's file, the
same answers; an edited package, a corrupt file or library use means the rule runs again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from drafter import verdicts
from drafter.compose.portable import is_internal, portability_problem


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """The module's state as in a new process, its file in ``tmp_path``."""
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path))
    for name, value in (("_answers", {}), ("_used", set()), ("_state", {})):
        monkeypatch.setattr(verdicts, name, value)
    monkeypatch.setattr(verdicts, "_rules", dict(verdicts._rules))  # the tests' rules added
    yield tmp_path / "verdicts.json"


def _counted(calls: list[str]) -> tuple[Callable[[str], str | None], Callable[[str], bool]]:
    @verdicts.remembered("local")
    def local(text: str) -> str | None:
        calls.append(text)
        return "一地" if "县医院" in text else None

    @verdicts.remembered("internal")
    def internal(text: str) -> bool:
        calls.append(text)
        return "维稳" in text

    return local, internal


def _new_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verdicts, "_answers", {})
    monkeypatch.setattr(verdicts, "_used", set())
    monkeypatch.setattr(verdicts, "_state", {})


def test_answers_come_back_from_the_file(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    local, internal = _counted(calls)
    verdicts.install_verdicts()
    first = [local("建设县医院住院楼"), local("加快项目建设"), internal("做好维稳工作")]
    verdicts.save_verdicts()
    assert fresh.is_file() and len(calls) == 3
    _new_run(monkeypatch)
    verdicts.install_verdicts()
    again = [local("建设县医院住院楼"), local("加快项目建设"), internal("做好维稳工作")]
    assert again == first == ["一地", None, True]
    assert len(calls) == 3  # all three read from the file
    assert internal("加快项目建设") is False  # a rule not asked of that text before runs
    assert len(calls) == 4


def test_an_edited_package_or_a_corrupt_file_asks_again(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    local, _ = _counted(calls)
    verdicts.install_verdicts()
    local("建设县医院住院楼")
    verdicts.save_verdicts()
    _new_run(monkeypatch)
    monkeypatch.setattr(verdicts, "_key", lambda: "another drafter")
    verdicts.install_verdicts()
    assert local("建设县医院住院楼") == "一地" and len(calls) == 2
    monkeypatch.undo()
    fresh.write_bytes(b'{"format": "drafter-verdicts-1", "answers": [1, 2]')
    _new_run(monkeypatch)
    verdicts.install_verdicts()
    assert local("建设县医院住院楼") == "一地" and len(calls) == 3


def test_library_use_runs_every_rule_and_writes_nothing(fresh: Path) -> None:
    calls: list[str] = []
    local, _ = _counted(calls)
    assert local("建设县医院住院楼") == local("建设县医院住院楼") == "一地"
    verdicts.save_verdicts()
    assert len(calls) == 2 and not fresh.exists()


@pytest.mark.parametrize(
    "text",
    ["加快县医院综合医技楼建设", "持续优化营商环境", "坚决做好信访维稳工作", "打造“三大产业”集群"],
)
def test_the_rules_answer_alike_through_the_file(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    verdicts.install_verdicts()
    asked = (portability_problem(text), is_internal(text))
    verdicts.save_verdicts()
    _new_run(monkeypatch)
    verdicts.install_verdicts()
    assert (portability_problem(text), is_internal(text)) == asked
    assert asked == (
        portability_problem.__wrapped__(text),  # type: ignore[attr-defined]
        is_internal.__wrapped__(text),  # type: ignore[attr-defined]
    )


def _counted_grams(calls: list[str]) -> Callable[[str], frozenset[str]]:
    @verdicts.remembered_grams("pairs")
    def pairs(text: str) -> frozenset[str]:
        calls.append(text)
        return frozenset(text[i : i + 2] for i in range(len(text) - 1))

    return pairs


def test_sets_of_pairs_come_back_from_their_file(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    pairs = _counted_grams(calls)
    texts = ["加快项目建设", "持续优化营商环境", "", "县"]
    verdicts.install_verdicts()
    first = [pairs(text) for text in texts]
    verdicts.save_verdicts()
    assert (fresh.parent / "verdicts-pairs.bin").is_file() and len(calls) == 4
    _new_run(monkeypatch)
    verdicts.install_verdicts()
    assert [pairs(text) for text in texts] == first
    assert first[1] == frozenset({"持续", "续优", "优化", "化营", "营商", "商环", "环境"})
    assert len(calls) == 4  # all four read from the file
    assert pairs("坚决做好信访维稳工作") == frozenset(
        {"坚决", "决做", "做好", "好信", "信访", "访维", "维稳", "稳工", "工作"}
    )
    assert len(calls) == 5
    verdicts.save_verdicts()  # the new text added, the others kept
    _new_run(monkeypatch)
    verdicts.install_verdicts()
    assert pairs("坚决做好信访维稳工作") and pairs("加快项目建设") == first[0]
    assert len(calls) == 5


def test_sets_of_pairs_of_texts_with_line_breaks_come_back(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    pairs = _counted_grams(calls)
    texts = ["加快\n项目建设", "持续优化营商环境", "上下"]  # (上 is 0x0A 0x4E in UTF-16-LE)
    verdicts.install_verdicts()
    first = [pairs(text) for text in texts]
    verdicts.save_verdicts()
    _new_run(monkeypatch)
    verdicts.install_verdicts()
    assert [pairs(text) for text in texts] == first and len(calls) == 3
    assert verdicts._read_grams("pairs").where == {text: n for n, text in enumerate(texts)}


def test_a_file_of_pairs_of_another_package_or_malformed_asks_again(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    pairs = _counted_grams(calls)
    verdicts.install_verdicts()
    made = pairs("持续优化营商环境")
    verdicts.save_verdicts()
    _new_run(monkeypatch)
    monkeypatch.setattr(verdicts, "_key", lambda: "another drafter")
    verdicts.install_verdicts()
    assert pairs("持续优化营商环境") == made and len(calls) == 2
    monkeypatch.undo()
    path = fresh.parent / "verdicts-pairs.bin"
    head, _, numbers = path.read_bytes().partition(b"\n")
    for broken in (head + b"\n" + b"\xff\xff" * len(numbers), head[:-9], b"\x00\n\x01"):
        path.write_bytes(broken)  # numbers beyond the pairs, a cut head, no JSON
        _new_run(monkeypatch)
        verdicts.install_verdicts()
        assert pairs("持续优化营商环境") == made
    assert len(calls) == 5


def test_a_file_of_pairs_keeps_this_runs_texts_beyond_its_bound(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    pairs = _counted_grams(calls)
    monkeypatch.setattr(verdicts, "_MAX_GRAM_TEXTS", 3)
    for texts in (["加快项目建设", "优化营商环境"], ["做好信访工作", "抓好安全生产"]):
        _new_run(monkeypatch)
        verdicts.install_verdicts()
        for text in texts:
            pairs(text)
        verdicts.save_verdicts()
    _new_run(monkeypatch)
    verdicts.install_verdicts()
    table = verdicts._read_grams("pairs")
    assert sorted(table.where) == ["做好信访工作", "抓好安全生产"]


def test_a_table_of_answers_within_a_context_comes_back(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    verdicts.install_verdicts()
    table = verdicts.remembered_table("scores", "bank-a")
    table["加快项目建设"] = {"项目建设": 2.2}
    verdicts.remembered_table("scores", "bank-b")["加快项目建设"] = {"招商引资": 1.0}
    verdicts.save_verdicts()
    _new_run(monkeypatch)
    verdicts.install_verdicts()
    assert verdicts.remembered_table("scores", "bank-a") == {"加快项目建设": {"项目建设": 2.2}}
    # answers that are not what the rule gives are not used at all
    is_bools = lambda answers: all(type(a) is bool for a in answers)  # noqa: E731
    assert verdicts.remembered_table("scores", "bank-b", is_bools) == {}
    _new_run(monkeypatch)
    assert verdicts.remembered_table("scores", "bank-a") == {}  # not installed: this run's only


def test_texts_with_line_breaks_and_empty_tables_come_back(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    local, _ = _counted(calls)
    verdicts.install_verdicts()
    verdicts.remembered_table("scores", "lines")["加快\n项目建设"] = {"项目建设": 2.2}
    verdicts.remembered_table("scores", "plain")["加快项目建设"] = {"项目建设": 2.2}
    verdicts.remembered_table("scores", "plain")[""] = {}
    first = [local("建设县医院\n住院楼"), local(""), local("县医院")]
    verdicts.save_verdicts()
    _new_run(monkeypatch)
    verdicts.install_verdicts()
    assert verdicts.remembered_table("scores", "lines") == {"加快\n项目建设": {"项目建设": 2.2}}
    plain = verdicts.remembered_table("scores", "plain")
    assert plain == {"加快项目建设": {"项目建设": 2.2}, "": {}}
    assert verdicts.remembered_table("scores", "none") == {}
    asked = len(calls)
    again = [local("建设县医院\n住院楼"), local(""), local("县医院")]
    assert again == first == ["一地", None, "一地"]
    assert len(calls) == asked == 3  # all three read from the file


def test_only_the_latest_banks_tables_are_kept(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for bank in range(6):
        _new_run(monkeypatch)
        verdicts.install_verdicts()
        verdicts.remembered_table("scores", f"bank{bank}")["加快项目建设"] = {"项目建设": 2.2}
        verdicts.save_verdicts()
    kept = sorted(path.name for path in fresh.parent.glob("verdicts-scores-*.json"))
    assert len(kept) == verdicts._MAX_TABLES and "verdicts-scores-bank5.json" in kept


def test_a_data_file_is_parsed_once_and_read_back_as_it_was_parsed(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``remembered_file``: the parsed table comes back on the next run without parsing, equal
    to what parsing gives; an edited file is parsed again; data that JSON would change (a key
    that is not text) is parsed on every run."""
    import yaml

    table = tmp_path / "terms.yaml"
    table.write_text("terms:\n  - {term: 脱贫攻坚战, to: 2020}\n", encoding="utf-8")
    parsed: list[str] = []

    def parse(text: str) -> object:
        parsed.append(text)
        return yaml.safe_load(text)

    verdicts.install_verdicts()
    first = verdicts.remembered_file("terms", table, parse)
    verdicts.save_verdicts()
    _new_run(monkeypatch)
    verdicts.install_verdicts()
    assert verdicts.remembered_file("terms", table, parse) == first
    assert first == {"terms": [{"term": "脱贫攻坚战", "to": 2020}]} and len(parsed) == 1
    table.write_text("terms:\n  - {term: 十三五, to: 2020}\n", encoding="utf-8")
    assert verdicts.remembered_file("terms", table, parse)["terms"][0]["term"] == "十三五"
    assert len(parsed) == 2

    numbered = tmp_path / "numbered.yaml"
    numbered.write_text("2020: 脱贫攻坚战\n", encoding="utf-8")
    for _ in range(2):
        _new_run(monkeypatch)
        verdicts.install_verdicts()
        assert verdicts.remembered_file("numbered", numbered, parse) == {2020: "脱贫攻坚战"}
        verdicts.save_verdicts()
    assert len(parsed) == 4


def test_a_draft_is_the_same_from_kept_answers(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A draft whose sentences' checks come from the kept tables (``suits_speech``'s by the
    date, province and audience, the topics' keyword scores, the scrubbed names, the checks of
    sentences without slots, ``said_done``), its sentences' character pairs from their file and
    the dated terms' kept parse is the draft the rules give when nothing is kept; so is the
    draft of another county whose checks come from the first one's."""
    from drafter.compose import portable, regional, select, units
    from drafter.pipeline import draft_speech

    targets = Path(__file__).resolve().parents[1] / "examples" / "work_meeting.yaml"
    other = fresh.parent / "other.yaml"
    other.write_text(targets.read_text(encoding="utf-8").replace("青禾县", "云岭县"), "utf-8")

    def new_process() -> None:
        _new_run(monkeypatch)
        monkeypatch.setattr(select, "_SHARED", {})
        monkeypatch.setattr(select, "_SCRUB_SCANS", {})
        portable._dated_file.cache_clear()  # (read once a process)
        regional.load_regional_terms.cache_clear()
        select.bigrams.cache_clear()
        units.said_done.cache_clear()

    new_process()
    plain = draft_speech(targets).document.paragraphs()
    new_process()
    plain_other = draft_speech(other).document.paragraphs()
    texts = []
    for path in (targets, targets, other):
        new_process()
        verdicts.install_verdicts()
        texts.append(draft_speech(path).document.paragraphs())
        verdicts.save_verdicts()
    assert list(fresh.parent.glob("verdicts-suits-*.json"))
    assert list(fresh.parent.glob("verdicts-datedterms-*.json"))
    assert list(fresh.parent.glob("verdicts-fills-*.json"))
    assert (fresh.parent / "verdicts-bigrams.bin").is_file()
    assert texts[0] == texts[1] == plain
    assert texts[2] == plain_other != plain
