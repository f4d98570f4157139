"""Phrase bank storage: save/load round trips, validation messages, topics, atomic writes."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from drafted import shipped_yaml_bank
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.errors import BankError, BankValidationError, OutputError
from drafter.phrasebank import (
    Filler,
    Kind,
    Mode,
    Phrase,
    PhraseBank,
    SourceRef,
    Topic,
    load_bank,
    load_topics,
    phrase_id,
    save_bank,
)
from drafter.phrasebank.store import render_bank

TOPICS = (Topic("项目建设", ("项目", "投资")), Topic("生态环保", ("生态", "环保")))


def _write_topics(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "topics.yaml").write_text(
        "schema_version: 1\ntopics:\n  - name: 项目建设\n    keywords: [项目, 投资]\n"
        "  - name: 生态环保\n    keywords: [生态, 环保]\n",
        encoding="utf-8",
    )


def _bank(*phrases: Phrase, scrubbed: tuple[str, ...] = ()) -> PhraseBank:
    return PhraseBank(phrases=phrases, topics=TOPICS, scrubbed=scrubbed, sources=("a.txt",))


def _saved_and_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *phrases: Phrase
) -> tuple[Path, PhraseBank]:
    """A bank of ``phrases`` saved in ``tmp_path / "bank"`` (its cache folder beside it), and
    that bank loaded once from its YAML, which writes the index the next ``load_bank`` reads."""
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "bank"
    save_bank(_bank(*phrases), folder)
    return folder, load_bank(folder)


def _phrase(kind: Kind, text: str, **fields: object) -> Phrase:
    return Phrase(id=phrase_id(kind, text), kind=kind, text=text, **fields)  # type: ignore[arg-type]


def test_round_trip_every_field(tmp_path: Path) -> None:
    frame = _phrase(
        Kind.HEADING_FRAME,
        "聚焦{A}，在{B}上加力提效",
        topics=("项目建设",),
        support=2,
        level=1,
        fillers=(Filler("项目建设", (("A", "投资拉动"), ("B", "推进项目建设"))),),
        sources=(SourceRef("a.txt", 3, 0, 19),),
    )
    figure = _phrase(
        Kind.FIGURE_FRAME,
        "完成{name}{value}{unit}，{change}",
        topics=("项目建设",),
        indicator="固定资产投资",
        fields=("value", "unit", "change"),
        mode=Mode.ACHIEVEMENT,
    )
    run = _phrase(
        Kind.ORDINAL_RUN, "一要抓项目；二要抓资金", style="一要", items=("抓项目", "抓资金")
    )
    bank = _bank(frame, run, figure, scrubbed=("某某镇", "no"))
    save_bank(bank, tmp_path / "bank")
    assert load_bank(tmp_path / "bank") == bank


def test_scrubbed_names_are_escaped_on_disk(tmp_path: Path) -> None:
    save_bank(_bank(scrubbed=("群科新区",)), tmp_path / "bank")
    text = (tmp_path / "bank" / "scrubbed.yaml").read_text(encoding="utf-8")
    assert "群科新区" not in text
    assert load_bank(tmp_path / "bank").scrubbed == ("群科新区",)


def test_existing_bank_needs_force_and_foreign_folder_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "bank"
    save_bank(_bank(), target)
    with pytest.raises(OutputError):
        save_bank(_bank(), target)
    save_bank(_bank(_phrase(Kind.LEAD, "补齐生态短板")), target, force=True)
    assert len(load_bank(target).phrases) == 1
    other = tmp_path / "documents"
    other.mkdir()
    (other / "report.docx").write_bytes(b"x")
    with pytest.raises(OutputError):
        save_bank(_bank(), other, force=True)
    assert (other / "report.docx").exists()


def test_curated_entries_load_as_curated(tmp_path: Path) -> None:
    _write_topics(tmp_path)
    (tmp_path / "curated.yaml").write_text(
        "schema_version: 1\nentries:\n  - kind: lead\n    text: 补齐生态短板\n"
        "    topics: [生态环保]\n",
        encoding="utf-8",
    )
    bank = load_bank(tmp_path)
    (phrase,) = bank.phrases
    assert phrase.curated and phrase.kind is Kind.LEAD and phrase.topics == ("生态环保",)
    assert phrase.id == phrase_id(Kind.LEAD, "补齐生态短板")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("  - id: ld-1\n    text: 补齐{县名}短板\n", "未知的槽位 {县名}"),
        ("  - id: ld-1\n    text: 补齐{A}短板\n", "只能用于标题框架"),
        (
            "  - id: ld-1\n    text: 补齐生态短板\n    topics: [林业]\n",
            "话题“林业”不在 topics.yaml 中",
        ),
        ("  - id: ld-1\n    support: 2\n", "缺少 text"),
        ("  - id: ld-1\n    text: 补齐生态短板\n    support: 0\n", "support 应为正整数"),
        ("  - id: ld-1\n    text: 补齐生态短板\n    colour: red\n", "未知的键 colour"),
        ("  - id: ld-1\n    text: 补齐{生态短板\n", "花括号不成对"),
        (
            "  - id: ld-1\n    text: a\n  - id: ld-1\n    text: b\n",
            "id 与第 1 个条目重复",
        ),
    ],
)
def test_invalid_entry_is_reported_in_chinese_with_file_and_entry(
    tmp_path: Path, body: str, expected: str
) -> None:
    _write_topics(tmp_path)
    (tmp_path / "lead.yaml").write_text(
        "schema_version: 1\nkind: lead\nentries:\n" + body, encoding="utf-8"
    )
    with pytest.raises(BankValidationError) as caught:
        load_bank(tmp_path)
    message = str(caught.value)
    assert expected in message
    assert "lead.yaml" in message
    assert "ld-1" in message or "第 1 个条目" in message


def test_all_problems_reported_at_once(tmp_path: Path) -> None:
    _write_topics(tmp_path)
    (tmp_path / "lead.yaml").write_text(
        "schema_version: 1\nkind: lead\nentries:\n  - id: ld-1\n    text: 甲{x}\n"
        "  - id: ld-2\n    text: 乙\n    support: -1\n",
        encoding="utf-8",
    )
    with pytest.raises(BankValidationError) as caught:
        load_bank(tmp_path)
    assert len(caught.value.problems) == 2
    assert "第 4 行" in caught.value.problems[0]


def test_duplicate_key_schema_version_and_yaml_errors(tmp_path: Path) -> None:
    _write_topics(tmp_path)
    lead = tmp_path / "lead.yaml"
    lead.write_text("schema_version: 1\nkind: lead\nkind: lead\nentries: []\n", encoding="utf-8")
    with pytest.raises(BankError, match="键“kind”重复出现"):
        load_bank(tmp_path)
    lead.write_text("schema_version: 2\nkind: lead\nentries: []\n", encoding="utf-8")
    with pytest.raises(BankError, match="schema_version"):
        load_bank(tmp_path)
    lead.write_text("schema_version: 1\nentries: [\n", encoding="utf-8")
    with pytest.raises(BankError, match="YAML 格式错误"):
        load_bank(tmp_path)


def test_missing_bank_and_missing_topics(tmp_path: Path) -> None:
    with pytest.raises(BankError, match="不存在"):
        load_bank(tmp_path / "nothing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(BankError, match=r"topics\.yaml"):
        load_bank(tmp_path / "empty")


def test_shipped_topics_have_the_required_taxonomy(repo: Path) -> None:
    names = {t.name for t in load_topics(repo / "phrasebank")}
    required = (
        "项目建设",
        "招商引资",
        "经济运行",
        "工业发展",
        "农业农村",
        "乡村振兴",
        "文化旅游",
        "商贸消费",
        "城乡建设",
        "生态环保",
        "改革创新",
        "营商环境",
        "民生保障",
        "教育卫生",
        "安全稳定",
        "作风建设",
        "抓落实",
    )
    assert set(required) <= names
    assert all(len(t.keywords) >= 15 for t in load_topics(repo / "phrasebank"))


def test_topics_validation(tmp_path: Path) -> None:
    (tmp_path / "topics.yaml").write_text(
        "schema_version: 1\ntopics:\n  - name: 甲\n    keywords: []\n  - name: 甲\n"
        "    keywords: [no, 12:30]\n",
        encoding="utf-8",
    )
    with pytest.raises(BankValidationError) as caught:
        load_topics(tmp_path)
    text = str(caught.value)
    assert "keywords 应为非空列表" in text and "话题名称重复" in text


def test_yaml_keeps_surprising_words_as_text(tmp_path: Path) -> None:
    (tmp_path / "topics.yaml").write_text(
        "schema_version: 1\ntopics:\n  - name: 甲\n    keywords: [no, on, 12:30, 0755]\n",
        encoding="utf-8",
    )
    (topic,) = load_topics(tmp_path)
    assert topic.keywords == ("no", "on", "12:30", "0755")


def test_shipped_bank_loads(repo: Path) -> None:
    bank = load_bank(repo / "phrasebank")
    assert bank.phrases and bank.scrubbed
    assert {p.kind for p in bank.phrases} == set(Kind)


# --------------------------------------------------------------------------- property test

_CJK = st.text(
    alphabet="项目建设生态环保补齐短板聚焦发展县乡镇村，、。“”：；！", min_size=1, max_size=20
)
_SAFE = st.text(alphabet=string.ascii_letters + "群科新区：#\"'{}- ", min_size=1, max_size=12)
_SLOTTED = st.builds(
    lambda head, slot, tail: f"{head}{{{slot}}}{tail}",
    _CJK,
    st.sampled_from(["county", "place", "number", "amount", "year"]),
    _CJK,
)


@st.composite
def _phrases(draw: st.DrawFn) -> Phrase:
    kind = draw(st.sampled_from([k for k in Kind if k is not Kind.HEADING_FRAME]))
    text = draw(st.one_of(_CJK, _SLOTTED))
    mode = draw(st.none() | st.sampled_from(list(Mode)))
    return Phrase(
        id=phrase_id(kind, text),
        kind=kind,
        text=text,
        topics=tuple(draw(st.lists(st.sampled_from(["项目建设", "生态环保"]), unique=True))),
        support=draw(st.integers(1, 50)),
        sources=tuple(
            draw(
                st.lists(
                    st.builds(
                        SourceRef,
                        st.sampled_from(["a.txt", "甲 乙.docx", "no.md"]),
                        st.integers(0, 99),
                        st.integers(0, 10),
                        st.integers(10, 200),
                    ),
                    max_size=3,
                )
            )
        ),
        level=draw(st.none() | st.integers(1, 4)),
        style=draw(st.none() | st.sampled_from(["一要", "一是", "第一", "首先"])),
        items=tuple(draw(st.lists(_CJK, max_size=3))),
        indicator=draw(st.none() | _CJK),
        fields=tuple(draw(st.lists(st.sampled_from(["value", "unit", "change"]), unique=True))),
        mode=mode,
    )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    phrases=st.lists(_phrases(), max_size=6, unique_by=lambda p: (p.kind, p.id)),
    scrubbed=st.lists(_SAFE, max_size=4, unique=True),
)
def test_any_bank_written_reads_back_equal(
    tmp_path_factory: pytest.TempPathFactory, phrases: list[Phrase], scrubbed: list[str]
) -> None:
    bank = PhraseBank(
        phrases=tuple(sorted(phrases, key=lambda p: list(Kind).index(p.kind))),
        topics=TOPICS,
        scrubbed=tuple(scrubbed),
        sources=("a.txt",),
    )
    from drafter.phrasebank.cache import read_stored
    from drafter.phrasebank.store import _read_bank

    folder = tmp_path_factory.mktemp("bank") / "bank"
    save_bank(bank, folder, index=True)
    assert _read_bank(folder) == bank
    assert read_stored(folder) == bank  # the stored index holds what the YAML files hold
    assert load_bank(folder) == bank
    # writing is deterministic
    assert render_bank(load_bank(folder)) == render_bank(bank)


# --------------------------------------------------------------------------- parsed-bank cache


def test_cached_bank_is_the_bank_and_any_edit_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from drafter.phrasebank.cache import read_cached, write_cached

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "bank"
    bank = _bank(_phrase(Kind.LEAD, "补齐生态短板。", topics=("生态环保",), support=2))
    save_bank(bank, folder)
    assert read_cached(folder) is None
    loaded = load_bank(folder)
    write_cached(folder, loaded)
    assert read_cached(folder) == loaded
    # one changed byte in any bank file is a miss
    lead = folder / "lead.yaml"
    lead.write_text(lead.read_text(encoding="utf-8").replace("support: 2", "support: 3"), "utf-8")
    assert read_cached(folder) is None
    # a corrupt copy is a miss, never an error
    write_cached(folder, load_bank(folder))
    for copy in (tmp_path / "cache").glob("*.jsonl"):
        data = copy.read_bytes()
        copy.write_bytes(data[: len(data) // 2])
    assert read_cached(folder) is None


def test_shipped_bank_loads_the_same_from_its_cache(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from drafter.resources import default_bank_dir

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path))
    first = shipped_yaml_bank()  # from the YAML files
    assert default_bank_dir().resolve() == (repo / "phrasebank").resolve()
    load_bank(default_bank_dir())  # an empty cache folder: the stored index, copied there
    assert list(tmp_path.glob("*.jsonl"))
    again = load_bank(default_bank_dir())  # through the index just written
    assert again is not first
    # where the leads ended in their sources: from the index's own block, the leads not fetched
    ends = again.lead_ends()
    assert Kind.LEAD not in again._by_kind
    assert ends == first.lead_ends()
    assert len(ends) > 1000
    # what a draft fetches: a kind, a kind on a topic; then the whole bank in its order
    for kind in Kind:
        assert again.of_kind(kind) == first.of_kind(kind)
        for topic in first.topic_names()[:5]:
            assert again.of_kind(kind, topic) == first.of_kind(kind, topic)
    assert again == first
    assert [p.kind for p in again.phrases] == [p.kind for p in first.phrases]


# --------------------------------------------------------------------------- stored index


def test_shipped_index_is_the_index_of_the_shipped_yaml(repo: Path) -> None:
    """phrasebank/index.jsonl is exactly what indexing the bank read from its YAML files gives
    (re-mine with ``drafter mine corpus -o phrasebank --force`` when this fails)."""
    from drafter.phrasebank.cache import INDEX_FILE, render_stored

    folder = repo / "phrasebank"
    files = {path.name: path.read_bytes() for path in folder.glob("*.yaml")}
    expected = render_stored(files, shipped_yaml_bank())
    assert (folder / INDEX_FILE).read_bytes() == expected, (
        "phrasebank/index.jsonl is stale: python -m drafter mine corpus -o phrasebank --force"
    )


def test_index_rows_of_the_shipped_bank_are_its_full_rows(repo: Path) -> None:
    """The index's short rows (entries that set nothing past their aspect) are the full rows
    with their trailing defaults left out, for every entry of the shipped bank."""
    from drafter.phrasebank.rows import full_row_of, row_of

    bank = shipped_yaml_bank()
    files = {name: number for number, name in enumerate(bank.sources)}
    for position, phrase in enumerate(bank.phrases):
        assert row_of(position, phrase, files) == full_row_of(position, phrase, files), phrase.id


def _stored_bank(tmp_path: Path) -> tuple[Path, PhraseBank]:
    """A bank folder with a stored index, and the bank its YAML files hold."""
    from drafter.phrasebank.cache import INDEX_FILE

    folder = tmp_path / "bank"
    bank = _bank(
        _phrase(Kind.LEAD, "补齐生态短板。", topics=("生态环保",), support=2),
        _phrase(Kind.BODY, "持续改善生态环境质量。", topics=("生态环保",)),
    )
    curated = "schema_version: 1\nentries:\n- kind: closing\n  text: 同志们，让我们团结一心。\n"
    save_bank(bank, folder, keep={"curated.yaml": curated}, index=True)
    assert (folder / INDEX_FILE).is_file()
    return folder, load_bank(folder)


def test_stored_index_opens_the_bank_without_its_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from drafter.phrasebank import cache
    from drafter.phrasebank.store import _read_bank

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    folder, _ = _stored_bank(tmp_path)
    for slot in (tmp_path / "cache").glob("*.jsonl"):
        slot.unlink()  # no index in the cache folder: the stored one is read
    stored = cache.read_stored(folder)
    assert stored is not None and isinstance(stored._source, cache.BankIndex)
    assert stored == _read_bank(folder)
    assert [p.text for p in stored.of_kind(Kind.CLOSING)] == ["同志们，让我们团结一心。"]
    assert stored.of_kind(Kind.CLOSING)[0].curated
    # and copied into the cache folder, where the next run finds it
    assert cache.read_cached(folder) == stored
    # the same bank twice gives the same bytes
    again = tmp_path / "again"
    save_bank(_bank(*[p for p in stored.phrases if not p.curated]), again, index=True)
    curated = (folder / "curated.yaml").read_text(encoding="utf-8")
    save_bank(
        _bank(*[p for p in stored.phrases if not p.curated]),
        again,
        keep={"curated.yaml": curated},
        index=True,
        force=True,
    )
    assert (again / "index.jsonl").read_bytes() == (folder / "index.jsonl").read_bytes()


@pytest.mark.parametrize("edit", ["curated", "added", "removed", "corrupt", "foreign"])
def test_stale_or_corrupt_stored_index_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: str
) -> None:
    from drafter.phrasebank import cache
    from drafter.phrasebank.store import _read_bank

    monkeypatch.setenv("DRAFTER_CACHE_DIR", "")  # the stored index or the YAML, nothing else
    folder, bank = _stored_bank(tmp_path)
    index = folder / cache.INDEX_FILE
    if edit == "curated":  # a writer's edit: the index no longer stands for the files
        path = folder / "curated.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("团结一心", "团结奋进"), "utf-8")
    elif edit == "added":
        (folder / "own.yaml").write_text("schema_version: 1\n", encoding="utf-8")
    elif edit == "removed":
        (folder / "curated.yaml").unlink()
    elif edit == "corrupt":
        data = index.read_bytes()
        index.write_bytes(data[: len(data) // 2])
    else:  # an index of another bank's files, copied in
        other = tmp_path / "other"
        lead = _phrase(Kind.LEAD, "加快产业升级。", topics=("生态环保",))
        save_bank(_bank(lead), other, index=True)
        index.write_bytes((other / cache.INDEX_FILE).read_bytes())
    expect_stored = edit == "corrupt"
    assert cache.read_stored(folder) is None or expect_stored
    loaded = load_bank(folder)
    assert loaded == _read_bank(folder)
    if edit == "curated":
        assert [p.text for p in loaded.of_kind(Kind.CLOSING)] == ["同志们，让我们团结奋进。"]
    if edit == "corrupt":  # the entries are read from the YAML, never an error
        assert loaded == bank


def test_stored_index_never_stands_for_a_bank_that_does_not_load(tmp_path: Path) -> None:
    folder = tmp_path / "bank"
    curated = "schema_version: 1\nentries:\n- kind: closing\n  text: 好。\n  topics: [无此话题]\n"
    bank = _bank(_phrase(Kind.LEAD, "补齐生态短板。", topics=("生态环保",)))
    save_bank(bank, folder, keep={"curated.yaml": curated}, index=True)
    assert not (folder / "index.jsonl").exists()
    with pytest.raises(BankValidationError):
        load_bank(folder)


def test_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.phrasebank.cache import cache_dir

    monkeypatch.setenv("DRAFTER_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert cache_dir() is None
    folder = tmp_path / "bank"
    save_bank(_bank(_phrase(Kind.LEAD, "补齐生态短板。", topics=("生态环保",))), folder)
    assert load_bank(folder) == load_bank(folder)
    assert not list((tmp_path / "cache").rglob("*"))


def test_an_index_checked_by_content_is_renewed_to_be_checked_by_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json
    import os

    from drafter.phrasebank.cache import _slot

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "bank"
    bank = _bank(_phrase(Kind.LEAD, "补齐生态短板。", topics=("生态环保",)))
    save_bank(bank, folder)
    load_bank(folder)  # writes the index
    slot = _slot(folder)
    assert slot is not None

    def stamps() -> dict[str, int]:
        key = json.loads(slot.read_bytes().split(b"\n")[1])
        return {name: mtime for name, _, mtime, _ in key["files"]}

    # files touched (copied back, restored from an archive): same bytes, other times
    hour_ago = os.stat(folder / "lead.yaml").st_mtime_ns - 3600 * 10**9
    for path in folder.iterdir():
        os.utime(path, ns=(hour_ago, hour_ago))
    assert set(stamps().values()) != {hour_ago}
    assert load_bank(folder) == bank  # read by content: the same bank
    assert set(stamps().values()) == {hour_ago}  # and from now on told by time
    assert load_bank(folder) == bank


def test_related_topics_are_read_written_and_checked(tmp_path: Path) -> None:
    from drafter.phrasebank.topics import dump_topics, parse_topics

    data = {
        "schema_version": 1,
        "topics": [
            {"name": "招商引资", "keywords": ["招商"], "related": ["项目建设"]},
            {"name": "项目建设", "keywords": ["项目"]},
        ],
    }
    topics = parse_topics(data, tmp_path / "topics.yaml")
    assert topics[0].related == ("项目建设",) and topics[1].related == ()
    assert "    related: [项目建设]" in dump_topics(topics)
    data["topics"][1]["related"] = ["文化旅游"]  # type: ignore[index]
    with pytest.raises(BankValidationError, match="相关话题“文化旅游”"):
        parse_topics(data, tmp_path / "topics.yaml")


def test_bank_yaml_is_written_as_pyyaml_writes_it() -> None:
    """dump_yaml's direct representer and resolver give PyYAML's own text for every kind of
    value a bank holds, including strings an implicit resolver would read as something else."""
    import yaml

    from drafter.phrasebank.yamlio import dump_yaml

    tricky = ["2024年", "012", "1:30", "yes", "no", "null", "", "~", "-1", "3.5", "0x1F", "1e3"]
    tricky += ["<<", "=", "true", "2024-01-02", "+5", ".5", "a: b", "- x", "# x", "补齐{place}短板"]
    data = {
        "schema_version": 1,
        "entries": [
            {"id": "bd-1", "text": text, "n": index, "flag": index % 2 == 0, "none": None}
            for index, text in enumerate(tricky)
        ]
        + [{"items": [], "values": {}, "nested": [["a", 1], {"k": [2, "3"]}]}],
    }
    expected = yaml.dump(
        data,
        Dumper=yaml.SafeDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=4096,
        indent=2,
    )
    assert dump_yaml(data) == expected
    assert dump_yaml(data) == expected  # the resolver's memory of short values changes nothing


def test_one_entry_is_fetched_by_its_id_as_the_kind_holds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``PhraseBank.entry`` over the index (that entry's line alone) gives what the YAML bank
    gives: the kind's entry of that id, None for an id of another kind or of none."""
    folder, read = _saved_and_read(
        tmp_path,
        monkeypatch,
        Phrase("bd-1", Kind.BODY, "持续推进生态修复。", topics=("生态环保",)),
        Phrase("bd-2", Kind.BODY, "加快项目建设进度。", topics=("项目建设",)),
        Phrase("ld-1", Kind.LEAD, "补齐生态短板。", topics=("生态环保",)),
    )
    indexed = load_bank(folder)
    assert indexed is not read
    for kind, entry_id in ((Kind.BODY, "bd-2"), (Kind.BODY, "bd-1"), (Kind.LEAD, "ld-1")):
        found = indexed.entry(kind, entry_id)
        assert found is not None and found == read.entry(kind, entry_id)
        assert found.id == entry_id and found.kind is kind
    assert indexed.entry(Kind.BODY, "ld-1") is None and read.entry(Kind.BODY, "ld-1") is None
    assert indexed.entry(Kind.LEAD, "none") is None
    assert indexed.entry(Kind.BODY, "bd-2") == indexed.of_kind(Kind.BODY)[1]


@pytest.mark.parametrize("line_break", [False, True])
def test_entry_by_id_and_texts_over_the_index_as_the_yaml_gives_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line_break: bool
) -> None:
    """An id said twice in a kind (a curated entry over a mined one) is the last one's even
    when the first was built; an id of the kind's own shape or another's; texts with a line
    break (the texts block then is JSON)."""
    import re

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "bank"
    second = "加快项目建设\n进度。" if line_break else "加快项目建设进度。"
    curated = (
        "schema_version: 1\nentries:\n"
        "- id: bd-1\n  kind: body\n  text: 持续推进生态修复，久久为功。\n"
        "- id: mine\n  kind: lead\n  text: 守住生态底线。\n"
    )
    mined = _bank(
        Phrase("bd-1", Kind.BODY, "持续推进生态修复。", topics=("生态环保",)),
        Phrase("bd-2", Kind.BODY, second, topics=("项目建设",)),
        Phrase("ld-1", Kind.LEAD, "补齐生态短板。", topics=("生态环保",)),
    )
    save_bank(mined, folder, keep={"curated.yaml": curated}, index=True)
    from drafter.phrasebank import cache
    from drafter.phrasebank.store import _read_bank

    read = _read_bank(folder)
    indexed = load_bank(folder)
    assert isinstance(indexed._source, cache.BankIndex)
    assert indexed.of_kind(Kind.BODY, "生态环保")[0].text == "持续推进生态修复。"  # built
    assert indexed.entry(Kind.BODY, "bd-1") == read.entry(Kind.BODY, "bd-1")
    assert indexed.entry(Kind.BODY, "bd-1").text == "持续推进生态修复，久久为功。"  # type: ignore[union-attr]
    indexed.of_kind(Kind.LEAD, "生态环保")
    for kind, entry_id in ((Kind.LEAD, "mine"), (Kind.LEAD, "ld-1"), (Kind.LEAD, "bd-2")):
        assert indexed.entry(kind, entry_id) == read.entry(kind, entry_id)
    assert indexed.entry(Kind.LEAD, "bd-2") is None
    for words in ("项目", "生态", "进度"):
        test = re.compile(words).search
        assert indexed.of_kind_where(Kind.BODY, test) == read.of_kind_where(Kind.BODY, test)
    assert indexed == read


def test_entries_naming_a_topic_come_from_the_index_as_from_the_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``PhraseBank.of_kind_naming``: the entries whose text names one of the topic's keywords,
    in bank order, whatever their tags — over the index (which names them) as over the YAML,
    and the same as testing every text with the topic's keywords; a topic the bank does not
    list names none; a naming block that does not name the entries' lines is a miss."""
    import json

    from drafter.phrasebank import cache

    folder, read = _saved_and_read(
        tmp_path,
        monkeypatch,
        Phrase("bd-1", Kind.BODY, "持续推进生态修复。", topics=("生态环保",)),
        Phrase("bd-2", Kind.BODY, "加快项目建设进度。", topics=("项目建设",)),
        Phrase("ld-1", Kind.LEAD, "补齐生态短板，抓好项目。", topics=("生态环保",)),
        Phrase("bd-3", Kind.BODY, "守住生态底线，推进项目落地。", topics=()),
        Phrase("bd-4", Kind.BODY, "做好各项工作。", topics=("项目建设",)),
    )
    indexed = load_bank(folder)
    assert isinstance(indexed._source, cache.BankIndex)
    for topic in TOPICS:
        words = [k for k in topic.keywords if k]
        for kind in (Kind.BODY, Kind.LEAD):
            expected = tuple(p for p in read.of_kind(kind) if any(w in p.text for w in words))
            assert read.of_kind_naming(kind, topic.name) == expected
            assert indexed.of_kind_naming(kind, topic.name) == expected
    assert [p.id for p in indexed.of_kind_naming(Kind.BODY, "项目建设")] == ["bd-2", "bd-3"]
    assert indexed.of_kind_naming(Kind.BODY, "没有这个话题") == ()

    # a naming block whose lines are not its entries': read from the YAML instead
    slot = cache._slot(folder)
    assert slot is not None
    data = slot.read_bytes()
    head = json.loads(data.split(b"\n")[2])
    offset = data.index(b"\n", data.index(b"\n", data.index(b"\n") + 1) + 1) + 1
    start, size, _ = head["naming"]["body"]["项目建设"]
    block = data[offset + start : offset + start + size]
    positions, starts, sizes = json.loads(block)
    # (each line named one byte further on: inside the line, not at its start)
    moved = [positions, [s + 1 for s in starts], sizes]
    forged = json.dumps(moved, separators=(",", ":")).encode()
    assert forged != block and len(forged) == len(block)
    slot.write_bytes(data[: offset + start] + forged + data[offset + start + size :])
    cache._OPEN.clear()
    tampered = load_bank(folder)
    assert isinstance(tampered._source, cache.BankIndex)
    assert tampered.of_kind_naming(Kind.BODY, "项目建设") == read.of_kind_naming(
        Kind.BODY, "项目建设"
    )


def test_entries_whose_text_passes_a_test_are_fetched_alone_and_as_the_kind_holds_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``PhraseBank.of_kind_where`` over the index gives what the YAML bank gives (the kind's
    entries whose text passes, in bank order) and builds only those entries; a kind already
    fetched is filtered as it is; a texts block that disagrees with its lines is a miss."""
    import json
    import re

    from drafter.phrasebank import cache

    folder, read = _saved_and_read(
        tmp_path,
        monkeypatch,
        Phrase("bd-1", Kind.BODY, "持续推进生态修复。", topics=("生态环保",)),
        Phrase("bd-2", Kind.BODY, "加快项目建设进度。", topics=("项目建设",)),
        Phrase("ld-1", Kind.LEAD, "补齐生态短板。", topics=("生态环保",)),
        Phrase("bd-3", Kind.BODY, "守住生态底线，推进项目落地。", topics=("项目建设",)),
    )
    on = re.compile("生态").search
    expected = read.of_kind_where(Kind.BODY, on)
    assert [p.id for p in expected] == ["bd-1", "bd-3"]
    indexed = load_bank(folder)
    assert indexed is not read
    assert indexed.of_kind_where(Kind.BODY, on) == expected
    assert indexed.of_kind_where(Kind.LEAD, on) == read.of_kind_where(Kind.LEAD, on)
    assert indexed.of_kind_where(Kind.BODY, re.compile("无此词").search) == ()
    source = indexed._source
    assert isinstance(source, cache.BankIndex)
    assert sorted(p.id for p in source._built.values()) == ["bd-1", "bd-3", "ld-1"]
    # the kind fetched whole afterwards: the same entries, built once
    assert indexed.of_kind(Kind.BODY)[0] is indexed.of_kind_where(Kind.BODY, on)[0]

    # a texts block whose text is not its entry's: read from the YAML instead
    slot = cache._slot(folder)
    assert slot is not None
    data = slot.read_bytes()
    head = json.loads(data.split(b"\n")[2])
    offset = data.index(b"\n", data.index(b"\n", data.index(b"\n") + 1) + 1) + 1
    start, size, _ = head["scan"]["body"]
    block = data[offset + start : offset + start + size]
    forged = block.replace("持续推进生态修复".encode(), "持续推进项目修复".encode())
    assert forged != block and len(forged) == len(block)
    slot.write_bytes(data[: offset + start] + forged + data[offset + start + size :])
    cache._OPEN.clear()
    tampered = load_bank(folder)
    assert isinstance(tampered._source, cache.BankIndex)
    assert tampered.of_kind_where(Kind.BODY, re.compile("项目").search) == read.of_kind_where(
        Kind.BODY, re.compile("项目").search
    )


def test_fetches_that_skip_entries_give_what_the_yaml_bank_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kind fetched after a topic built most of it (only its other lines decoded), a topic's
    entries and its named entries without those a test refuses (``of_kind_kept``,
    ``of_kind_naming``'s ``refused``: their lines are not built), and a kind's texts tested
    again and again: each gives over the index what filtering the YAML bank's entries gives."""
    import re

    from drafter.phrasebank import cache

    folder, read = _saved_and_read(
        tmp_path,
        monkeypatch,
        Phrase("bd-1", Kind.BODY, "持续推进生态修复。", topics=("生态环保",)),
        Phrase("bd-2", Kind.BODY, "加快项目建设进度。", topics=("项目建设",)),
        Phrase("bd-3", Kind.BODY, "守住生态底线，推进项目落地。", topics=("生态环保",)),
        Phrase("bd-4", Kind.BODY, "做好生态保护各项工作。", topics=("生态环保", "项目建设")),
        Phrase("bd-5", Kind.BODY, "抓好环保督察整改。", topics=("生态环保",)),
        Phrase("ld-1", Kind.LEAD, "补齐生态短板。", topics=("生态环保",)),
    )
    indexed = load_bank(folder)
    source = indexed._source
    assert isinstance(source, cache.BankIndex)
    refused = {"守住生态底线，推进项目落地。": True, "做好生态保护各项工作。": False}.get
    kept = indexed.of_kind_kept(Kind.BODY, "生态环保", refused, "key")
    expected = tuple(p for p in read.of_kind(Kind.BODY, "生态环保") if not refused(p.text))
    assert kept == expected and [p.id for p in kept] == ["bd-1", "bd-4", "bd-5"]
    assert all(p.id != "bd-3" for p in source._built.values())  # (refused: never built)
    assert indexed.of_kind_kept(Kind.BODY, "生态环保", refused, "key") is kept
    named = indexed.of_kind_naming(Kind.BODY, "项目建设", refused)
    assert named == tuple(p for p in read.of_kind_naming(Kind.BODY, "项目建设") if p.id != "bd-3")
    for words in ("项目", "生态", "督察", "没有"):  # (the kind's texts read once)
        test = re.compile(words).search
        assert indexed.of_kind_where(Kind.BODY, test) == read.of_kind_where(Kind.BODY, test)
    assert Kind.BODY in source._texts
    # the kind after a topic built most of it: the other lines alone decoded
    assert source._built_of[Kind.BODY] * 4 > 5
    assert indexed.of_kind(Kind.BODY) == read.of_kind(Kind.BODY)
    assert read.of_kind_kept(Kind.BODY, "生态环保", refused, "key") == expected
    assert indexed == read


def test_a_heading_frame_filler_missing_a_slot_is_named_with_its_place(tmp_path: Path) -> None:
    """A writer's curated frame whose filler leaves a slot empty was left out of every draft
    without a word: loading the bank names the entry, its line and the slot."""
    _write_topics(tmp_path)
    (tmp_path / "curated.yaml").write_text(
        "schema_version: 1\nentries:\n  - kind: heading_frame\n    text: 坚定不移抓{A}，进一步{B}\n"
        "    fillers:\n      - topic: 生态环保\n        values: {A: 生态治理}\n",
        encoding="utf-8",
    )
    with pytest.raises(BankError, match=r"第 3 行.*“生态环保”的一项缺少槽位 \{B\}"):
        load_bank(tmp_path)


def test_the_index_decodes_its_blocks_as_json_does() -> None:
    """The index decodes its blocks with orjson where it is installed (2.3× quicker on the ~2.3 MB
    a draft reads), else with json: the same objects either way."""
    import json

    from drafter.phrasebank import index

    block = '[["bd-1",["安全稳定","民生保障"],{"a":null,"n":-3,"x":1.5}],"一是“两个确立”"]'
    assert index._loads(block) == json.loads(block)
    assert index._loads(block.encode()) == json.loads(block)
