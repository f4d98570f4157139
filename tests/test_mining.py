"""Mining the shipped corpus: the committed bank is what mining produces, every entry's provenance
is real, no local name gets through, every kind and enough topics are covered."""

from __future__ import annotations

import difflib
import os
import pickle
import re
from pathlib import Path
from typing import Any

import pytest
from drafted import speech

from drafter.corpus import read_speech
from drafter.mining import mine_bank
from drafter.mining.figureless import figure_free
from drafter.mining.figures import find_figures
from drafter.mining.names.clauses import CLAUSES
from drafter.mining.report import MiningReport
from drafter.mining.slots import apply_hits
from drafter.phrasebank import Kind, Phrase, PhraseBank, load_bank, load_topics, save_bank
from drafter.phrasebank.model import SLOT_PATTERN
from drafter.phrasebank.store import CURATED_FILE

LOCAL_NAMES = Path(__file__).parent / "data" / "local_names.txt"


REPO_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _local_names() -> list[str]:
    lines = LOCAL_NAMES.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="session")
def mined(repo: Path, build_once: Any) -> tuple[Path, MiningReport]:
    """The bank mined from the whole corpus (and its report), mined once per test run: under
    xdist the other workers read what the first one wrote."""

    def mine(folder: Path) -> None:
        bank, report = mine_bank([repo / "corpus"], load_topics(repo / "phrasebank"))
        keep = {}
        if (repo / "phrasebank" / CURATED_FILE).is_file():
            keep[CURATED_FILE] = (repo / "phrasebank" / CURATED_FILE).read_text(encoding="utf-8")
        save_bank(bank, folder / "bank", keep=keep)
        # the run's own report, read back by this run's other workers only
        (folder / "report.pickle").write_bytes(pickle.dumps(report))

    folder = build_once("mined-corpus", mine)
    report = pickle.loads((folder / "report.pickle").read_bytes())
    return folder / "bank", report


@pytest.fixture(scope="session")
def mined_bank(mined: tuple[Path, MiningReport]) -> PhraseBank:
    return load_bank(mined[0])


def test_committed_bank_is_what_mining_the_corpus_produces(
    repo: Path, mined: tuple[Path, MiningReport]
) -> None:
    folder, _ = mined
    committed = repo / "phrasebank"
    if os.environ.get("DRAFTER_REGEN_GOLDEN") == "1":
        for path in sorted(folder.iterdir()):
            (committed / path.name).write_bytes(path.read_bytes())
    produced = sorted(p.name for p in folder.iterdir())
    assert produced == sorted(p.name for p in committed.iterdir() if p.suffix == ".yaml")
    for name in produced:
        expected = (committed / name).read_text(encoding="utf-8")
        actual = (folder / name).read_text(encoding="utf-8")
        if expected != actual:
            diff = "".join(
                list(
                    difflib.unified_diff(
                        expected.splitlines(keepends=True),
                        actual.splitlines(keepends=True),
                        f"phrasebank/{name}",
                        f"mined/{name}",
                    )
                )[:80]
            )
            pytest.fail(
                f"phrasebank/{name} differs from mining corpus/ "
                f"(regenerate with DRAFTER_REGEN_GOLDEN=1 after reading the diff):\n{diff}"
            )


def test_mining_twice_gives_identical_bytes(repo: Path, tmp_path: Path) -> None:
    # Mining twice in one process: nothing the first run leaves behind (caches, tables) changes
    # the second. Three speeches and three county reports show it as well as the whole corpus;
    # that mining the whole corpus in another process gives the same bytes is
    # test_committed_bank_is_what_mining_the_corpus_produces.
    files = sorted((repo / "corpus").glob("*.txt"))
    files = files[:3] + files[5::14][:3]
    topics = load_topics(repo / "phrasebank")
    for name in ("first", "again"):
        save_bank(mine_bank(files, topics)[0], tmp_path / name)
    for path in sorted((tmp_path / "again").iterdir()):
        assert path.read_bytes() == (tmp_path / "first" / path.name).read_bytes(), path.name


def test_every_kind_has_mined_entries(mined_bank: PhraseBank) -> None:
    mined = [p for p in mined_bank.phrases if not p.curated]
    missing = [k.value for k in Kind if not any(p.kind is k for p in mined)]
    assert missing == []


def test_twelve_topics_have_headings_and_body_sentences(mined_bank: PhraseBank) -> None:
    mined = [p for p in mined_bank.phrases if not p.curated]
    with_headings = {t for p in mined if p.kind is Kind.HEADING for t in p.topics}
    with_headings |= {
        f.topic for p in mined if p.kind is Kind.HEADING_FRAME for f in p.fillers if f.topic
    }
    with_body = {t for p in mined if p.kind is Kind.BODY for t in p.topics}
    covered = with_headings & with_body
    assert len(covered) >= 12, sorted(covered)


def _literal_pattern(text: str) -> re.Pattern[str]:
    """The entry text as a regex over the original: slots match anything."""
    parts = SLOT_PATTERN.split(text)
    literal = [re.escape(part) if index % 2 == 0 else ".+?" for index, part in enumerate(parts)]
    return re.compile("".join(literal), re.DOTALL)


def _is_figure_free(text: str, original: str) -> bool:
    """``text`` is ``original`` said without its figures (drafter.mining.figureless): exactly
    its figure-free version, or — where mining's name slots changed which clauses went — its
    words in their order in a sentence that holds figures."""
    sentence = re.sub(r"[＊*]+|[XＸ]{2}", "0", original.strip())  # a mask stands for a figure
    bare = figure_free(apply_hits(sentence, find_figures(sentence)))
    plain = re.sub(r"[，、；：。]", "", text)
    if bare is not None and _literal_pattern(plain).fullmatch(re.sub(r"[，、；：。]", "", bare)):
        return True
    if not re.search(r"\d", sentence):
        return False
    pieces = [re.escape(ch) if ch != "\0" else ".+?" for ch in SLOT_PATTERN.sub("\0", plain)]
    return re.search(".*?".join(pieces), sentence, re.DOTALL) is not None


def test_every_provenance_points_at_the_original_sentence(
    repo: Path, mined_bank: PhraseBank
) -> None:
    speeches = {p.name: read_speech(p).paragraphs for p in (repo / "corpus").glob("*.txt")}
    problems = []
    for phrase in mined_bank.phrases:
        if phrase.curated:
            continue
        assert phrase.sources, phrase.id
        for source in phrase.sources:
            paragraphs = speeches[source.file]
            original = paragraphs[source.paragraph][source.start : source.end]
            if not original or source.end > len(paragraphs[source.paragraph]):
                problems.append(f"{phrase.id}: empty or out of range {source}")
                continue
            if not _explains(phrase, original):
                problems.append(f"{phrase.id} {phrase.text!r} ⇐ {original!r}")
    assert problems == [], "\n".join(problems)


def _explains(phrase: Phrase, original: str) -> bool:
    """The original sentence really is where the entry came from."""
    if phrase.kind in (
        Kind.HEADING,
        Kind.LEAD,
        Kind.BODY,
        Kind.CLOSING,
        Kind.OPENING,
        Kind.TRANSITION,
    ):
        # entries are merged across sources whatever their inner punctuation (，、；：); a body
        # sentence may have lost a clause that held a name (mining.names.clauses)
        pattern = _literal_pattern(re.sub(r"[，、；：]", "", phrase.text))
        for variant in _without_clauses(original):
            bare = re.sub(r"[，、；：]", "", variant)
            if pattern.fullmatch(bare.rstrip("。；")) or pattern.fullmatch(bare):
                return True
        # or without its figures, or without clauses between commas that held names
        return phrase.kind is Kind.BODY and (
            _is_figure_free(phrase.text, original) or _clauses_in_order(phrase.text, original)
        )
    if phrase.kind is Kind.HEADING_FRAME:
        # sibling frames are merged across sources whatever their punctuation (、 or ，)
        bare = re.sub(r"[，、；：]", "", original)
        return _literal_pattern(re.sub(r"[，、；：]", "", phrase.text)).fullmatch(bare) is not None
    if phrase.kind is Kind.PARAGRAPH:
        # a unit's sentences (slots aside) are found in order in its span; its lead before
        position = 0
        for item in phrase.items:
            found = _literal_pattern(item.rstrip("。；！")).search(original, position)
            if found is None:
                cut = _without_clauses(original)[-1]
                found = _literal_pattern(item.rstrip("。；！")).search(cut)
                if found is None:
                    # or a sentence of the span said without its figures
                    ends = [m.end() for m in re.finditer(r"[^。；！？]+[。；！？]?", original)]
                    starts = [0, *ends[:-1]]
                    said = [
                        end
                        for start, end in zip(starts, ends, strict=True)
                        if start >= position
                        and (
                            _is_figure_free(item, original[start:end])
                            or _clauses_in_order(item, original[start:end])
                        )
                    ]
                    if not said:
                        return False
                    position = said[0]
                continue
            position = found.end()
        return True
    if phrase.kind is Kind.ORDINAL_RUN:
        first = phrase.items[0]
        return _literal_pattern(first).search(original) is not None
    if phrase.kind is Kind.PARALLEL_LIST:
        return all(item in original for item in phrase.items)
    if phrase.kind is Kind.FIGURE_FRAME:
        frame = re.sub(r"[，、；：]", "", phrase.text.replace("{name}", phrase.indicator or ""))
        return _literal_pattern(frame).search(re.sub(r"[，、；：]", "", original)) is not None
    return False


def _clauses_in_order(item: str, sentence: str) -> bool:
    """``item`` is ``sentence`` without some of its clauses (``figureless.clauses_free``): its
    clauses are the sentence's, in their order."""
    position = 0
    for clause in re.split(r"[，；：]", item.rstrip("。；！？")):
        found = _literal_pattern(clause).search(sentence, position)
        if found is None:
            return False
        position = found.end()
    return True


def _without_clauses(original: str) -> list[str]:
    """``original`` as written, and without the removable clauses of mining's table (each
    sentence's own: a unit's span holds several)."""
    variants = [original]
    cut = original
    for clause in CLAUSES:
        variants.append(clause.pattern.sub("", original, count=1).lstrip("，"))
        for sentence in re.findall(r"[^。；！？]+[。；！？]?", cut):
            shorter = clause.pattern.sub("", sentence, count=1).lstrip("，")
            if shorter != sentence:
                variants.append(shorter)
                cut = cut.replace(sentence, shorter, 1)
    variants.append(cut)
    return variants


def _leaks(phrases: list[Phrase], names: list[str]) -> list[str]:
    leaks = []
    for phrase in phrases:
        blob = "\n".join(
            [
                phrase.text,
                *phrase.items,
                phrase.indicator or "",
                *(value for filler in phrase.fillers for _, value in filler.values),
            ]
        )
        found = [name for name in names if name in blob]
        if found:
            leaks.append(f"{phrase.id} {phrase.text[:40]}: {found}")
    return leaks


def test_no_local_name_in_any_mined_entry(mined_bank: PhraseBank) -> None:
    mined = [phrase for phrase in mined_bank.phrases if not phrase.curated]
    assert _leaks(mined, _local_names()) == []


def test_no_local_name_in_any_curated_entry(mined_bank: PhraseBank) -> None:
    curated = [phrase for phrase in mined_bank.phrases if phrase.curated]
    assert _leaks(curated, _local_names()) == []


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(
    "example",
    [
        "work_meeting.yaml",
        "work_report.yaml",
        "plenary.yaml",
        "symposium.yaml",
    ],
)
def test_drafts_of_the_examples_hold_no_local_name(repo: Path, example: str, seed: int) -> None:
    # the end-to-end guard: whatever compose picks from the mined and curated bank, a draft for a
    # fictional county says nothing that is only true of a corpus county
    result = speech(repo / "examples" / example, seed, bank_dir=repo / "phrasebank")
    text = "\n".join(result.document.paragraphs())
    assert [name for name in _local_names() if name in text] == []


def test_local_names_list_is_taken_from_the_corpus(repo: Path) -> None:
    text = "\n".join(
        "\n".join(read_speech(path).paragraphs) for path in sorted((repo / "corpus").glob("*.txt"))
    )
    names = _local_names()
    assert len(names) >= 150
    assert [name for name in names if name not in text] == []


def test_committed_bank_files_hold_no_local_name(repo: Path) -> None:
    # (numeric names such as road numbers would match provenance offsets; entries are checked above)
    names = [n for n in _local_names() if re.search(r"[\u4e00-\u9fff]", n)]
    for path in sorted((repo / "phrasebank").glob("*.yaml")):
        if path.name == CURATED_FILE:
            continue
        text = path.read_text(encoding="utf-8")
        assert [n for n in names if n in text] == [], path.name


def test_scrubbed_names_recorded_for_lint(mined_bank: PhraseBank) -> None:
    scrubbed = set(mined_bank.scrubbed)
    assert {"陈刚", "通渭", "群科新区", "张掖国际物流园"} <= scrubbed
    # only names on strong evidence: no single characters, slogans or quotations lint would
    # then flag in every draft
    assert all(len(name) >= 2 for name in scrubbed)
    assert not scrubbed & {"向", "等靠要", "最后一公里", "“夏亲水”", "全县"}
    assert len(mined_bank.sources) == len(list(REPO_CORPUS.glob("*.txt")))


def test_report_lists_what_was_scrubbed(mined: tuple[Path, MiningReport]) -> None:
    _, report = mined
    assert len(report.files) == len(list(REPO_CORPUS.glob("*.txt"))) and report.paragraphs > 100
    names = {s.name for s in report.scrubbed}
    assert "通渭" in names and "陈刚" in names and "群科新区" in names
    assert dict(report.entries)[Kind.BODY] > 100


def test_heading_frames_carry_fillers_by_topic(mined_bank: PhraseBank) -> None:
    frames = {
        p.text: p for p in mined_bank.phrases if p.kind is Kind.HEADING_FRAME and not p.curated
    }
    frame = frames["聚焦{A}，在{B}上加力提效"]
    assert len(frame.fillers) >= 4
    assert all(f.topic for f in frame.fillers)
    assert ("A", "投资拉动") in {pair for f in frame.fillers for pair in f.values}


def test_figure_frames_know_indicator_fields_and_mode(mined_bank: PhraseBank) -> None:
    frames = [p for p in mined_bank.phrases if p.kind is Kind.FIGURE_FRAME]
    investment = [p for p in frames if p.indicator == "固定资产投资"]
    assert any(p.text == "完成{name}{value}{unit}，{change}" for p in investment)
    assert {p.mode.value for p in frames if p.mode} == {"achievement", "target"}
    for frame in frames:
        assert set(frame.slots) - {"name"} <= set(frame.fields) | {"unit"}


def test_worker_processes_mine_the_same_bank(repo: Path) -> None:
    from drafter.phrasebank.store import render_bank

    topics = load_topics(repo / "phrasebank")
    files = sorted((repo / "corpus").glob("*.txt"))[:4]
    one, one_report = mine_bank(files, topics, workers=1)
    two, two_report = mine_bank(files, topics, workers=2)
    assert render_bank(two) == render_bank(one)
    assert two_report == one_report


def test_rendering_on_two_processes_writes_the_same_files(
    mined_bank: PhraseBank, tmp_path: Path
) -> None:
    from drafter.mining.pool import RENDER_APART_MIN, render_bank_files
    from drafter.phrasebank.store import CURATED_FILE, index_rows, render_bank

    assert len(mined_bank.phrases) >= RENDER_APART_MIN  # large enough to be split
    curated = (Path(__file__).parents[1] / "phrasebank" / CURATED_FILE).read_bytes()
    files, rows = render_bank_files(mined_bank, 2, curated, tmp_path)
    assert files == render_bank(mined_bank)
    assert rows is not None
    assert rows == index_rows(mined_bank, curated, tmp_path)
    # a curated file that does not load: no rows, on two processes as on one
    broken = b"schema_version: 1\nentries: 3\n"
    assert render_bank_files(mined_bank, 2, broken, tmp_path)[1] is None
    assert render_bank_files(mined_bank, 1, broken, tmp_path)[1] is None


def test_rows_rendered_apart_are_asked_for_last_and_the_helper_reaped(
    mined_bank: PhraseBank, tmp_path: Path
) -> None:
    """``start_bank_files``: the index's rows come from the helper when ``save_bank`` asks for
    them (after the YAML files), the folder is the one written from rows rendered here, and a
    helper whose rows are never asked for is stopped and reaped (no hang)."""
    from drafter.mining.pool import start_bank_files
    from drafter.phrasebank.store import CURATED_FILE, index_rows

    curated = (Path(__file__).parents[1] / "phrasebank" / CURATED_FILE).read_bytes()
    keep = {CURATED_FILE: curated.decode("utf-8")}
    expected = index_rows(mined_bank, curated, tmp_path)
    save_bank(mined_bank, tmp_path / "here", keep=keep, index=True, index_rows=expected)
    files, pending = start_bank_files(mined_bank, 2, curated, tmp_path / "apart")
    assert pending.pid  # rendered apart
    asked: list[bytes | None] = []

    def rows() -> bytes | None:
        asked.append(pending.rows())
        return asked[-1]

    try:
        save_bank(
            mined_bank, tmp_path / "apart", keep=keep, rendered=files, index=True, index_rows=rows
        )
    finally:
        pending.close()
    assert asked == [expected]
    assert not pending.pid
    here, apart = tmp_path / "here", tmp_path / "apart"
    assert sorted(p.name for p in here.iterdir()) == sorted(p.name for p in apart.iterdir())
    for path in here.iterdir():
        assert (apart / path.name).read_bytes() == path.read_bytes(), path.name
    _, unread = start_bank_files(mined_bank, 2, curated, tmp_path / "unread")
    unread.close(stop=True)
    assert not unread.pid


def test_rows_with_the_keywords_worked_out_beforehand_are_the_same(
    mined_bank: PhraseBank, tmp_path: Path
) -> None:
    """The keywords each entry's text names, worked out by a worker while the main process
    merges (``index.keywords_said``: for all texts, some, or none), leave the index's rows as
    they are."""
    from drafter.mining.pool import render_bank_files, start_bank_files
    from drafter.phrasebank.index import keywords_said
    from drafter.phrasebank.store import CURATED_FILE, index_rows

    curated = (Path(__file__).parents[1] / "phrasebank" / CURATED_FILE).read_bytes()
    expected = index_rows(mined_bank, curated, tmp_path)
    texts = [phrase.text for phrase in mined_bank.phrases]
    for said in (
        keywords_said(mined_bank.topics, texts),
        keywords_said(mined_bank.topics, texts[::2]),
        {},
    ):
        for workers in (1, 2):
            _, pending = start_bank_files(mined_bank, workers, curated, tmp_path, None, said)
            try:
                assert pending.rows() == expected
            finally:
                pending.close()
    assert render_bank_files(mined_bank, 2, curated, tmp_path)[1] == expected


def test_mining_asks_a_worker_for_the_keywords_its_entries_name(repo: Path) -> None:
    """On two processes ``mine_bank`` fills ``said`` (the worker's answer to ``Split.call``)
    with what ``keywords_said`` gives for the bank's entries; alone it leaves it empty."""
    from drafter.mining.pool import can_fork
    from drafter.phrasebank.index import keywords_said

    topics = load_topics(repo / "phrasebank")
    files = sorted((repo / "corpus").glob("*.txt"))[:4]
    said: dict[str, list[str]] = {}
    bank, _ = mine_bank(files, topics, workers=2, said=said)
    if can_fork():
        # (a unit that named a source county lost those sentences: a text of its own)
        texts = [phrase.text for phrase in bank.phrases if phrase.kind is not Kind.PARAGRAPH]
        assert texts
        assert set(texts) <= set(said)
        assert said == keywords_said(topics, said)
    alone: dict[str, list[str]] = {}
    mine_bank(files, topics, workers=1, said=alone)
    assert alone == {}


def test_a_sentence_under_an_items_head_is_on_the_heads_matter(mined_bank: PhraseBank) -> None:
    """顺平 2020's 一是打赢蓝天保卫战 goes on with 涉气企业治污设施分表记电，科学合理增设限高杆:
    named by no word of a matter, it is on 大气 (and a part on 工业发展 does not take it for its
    企业 — round 65's writer found it in a paragraph on 产业链条)."""
    from drafter.phrasebank.model import Kind

    found = [p for p in mined_bank.of_kind(Kind.BODY) if "分表记电" in p.text]
    assert found
    assert {p.aspect for p in found} == {"生态环保/大气"}


def test_leads_carry_the_mood_of_the_section_they_head(mined_bank: PhraseBank) -> None:
    """A review's lead says what was done (空气质量持续改善), a plan's what is to be done: a
    plan part takes no review lead, and a review's area may open on one of the corpus's."""
    leads = [p for p in mined_bank.phrases if p.kind is Kind.LEAD and not p.curated]
    moods = {p.mode.value if p.mode else None for p in leads}
    assert {"achievement", "target"} <= moods
    review = [p.text for p in leads if p.mode is not None and p.mode.value == "achievement"]
    plan = [p.text for p in leads if p.mode is not None and p.mode.value == "target"]
    assert any(t.endswith(("持续改善", "不断优化", "持续优化")) for t in review), review[:20]
    assert sum(t.startswith(("加快", "推进", "强化", "实施")) for t in plan) > 10 * sum(
        t.startswith(("加快", "推进", "强化", "实施")) for t in review
    )


def test_a_sentence_is_about_its_measure_not_the_means_it_opens_on() -> None:
    """Round 80's writer: 依托基层农技推广补助等项目，力争培训高素质农民……, in three drafts' part
    on 项目建设. Between topics named as often, the one its measure names (after the means
    it opens on) comes first."""
    from drafter.mining.topics import TopicTagger
    from drafter.phrasebank.topics import load_topics

    repo = Path(__file__).resolve().parents[1]
    tagger = TopicTagger(load_topics(repo / "phrasebank"))
    text = "依托基层农技推广补助等项目，力争培训高素质农民{number}余人。"
    assert tagger.scores(text) == {"项目建设": 1, "农业农村": 1}
    assert tagger.tag(text)[0] == "农业农村"
    # (a sentence opening on no means keeps the taxonomy's order between equals)
    assert tagger.tag("推进项目建设，培训高素质农民。")[0] == "项目建设"
    # round 81's writer: 封山育林 in two drafts' part on 医疗卫生, its sentence named by the
    # 健康 of 河湖健康评价 alone; the forest and the rivers are 生态环保's words
    sentence = "完成封山育林、退化林修复，开展基层河湖治理，完成河湖健康评价，让{county}天更蓝。"
    assert tagger.tag(sentence)[0] == "生态环保"
