"""The jieba adapter: lazy import, government compounds kept whole, dictionary tags looked up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from drafter import segment


def test_government_compounds_stay_whole() -> None:
    words = segment.cut(
        "推动高质量发展，全面推进乡村振兴，优化营商环境，深化放管服改革，落实河湖长制"
    )
    for compound in ("高质量发展", "乡村振兴", "营商环境", "放管服", "河湖长制"):
        assert compound in words


def test_cut_covers_the_text_exactly() -> None:
    text = "完成固定资产投资3.2亿元，增长7.68%。群科新区 污水处理厂"
    assert "".join(segment.cut(text)) == text


def test_unknown_names_come_out_as_single_characters() -> None:
    # without the HMM an unknown name is not glued to its neighbours
    assert segment.cut("蒿坪至黄金")[:2] == ("蒿", "坪")


def test_tags_are_looked_up_from_the_dictionary() -> None:
    assert segment.word_tag("甘肃") == "ns"
    assert segment.word_tag("城市") == "ns"  # jieba's own tag; the scrubber knows it is generic
    assert segment.word_tag("发展") is None
    assert segment.word_pos("发展") == "vn"
    assert segment.known_word("发展") and not segment.known_word("群科")
    assert segment.word_frequency("群科") == 0


def test_jieba_is_imported_lazily_and_only_by_the_adapter(repo: Path) -> None:
    code = (
        "import sys; import drafter.segment, drafter.cli, drafter.mining, drafter.phrasebank; "
        "print('jieba' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
    importers = [
        path.relative_to(repo).as_posix()
        for path in (repo / "drafter").rglob("*.py")
        if "import jieba" in path.read_text(encoding="utf-8")
    ]
    assert importers == ["drafter/segment.py"]


def test_no_jieba_chatter_on_stderr(repo: Path) -> None:
    code = "from drafter import segment; segment.cut('乡村振兴')"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, check=True
    )
    assert "prefix dict" not in result.stderr


def test_runs_are_split_as_jieba_splits_them() -> None:
    import jieba

    for ours, theirs in (
        (segment._RE_HAN, jieba.re_han_default),
        (segment._RE_SKIP, jieba.re_skip_default),
    ):
        assert (ours.pattern, ours.flags) == (theirs.pattern, theirs.flags)
    assert segment._JIEBA_DICTIONARY == jieba.DEFAULT_DICT_NAME


def test_cut_does_not_import_jieba_once_its_tables_are_cached(repo: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from drafter import segment; words = segment.cut('推进乡村振兴'); "
        "print('jieba' in sys.modules, '|'.join(words))"
    )
    env = {**os.environ, "DRAFTER_CACHE_DIR": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], cwd=repo, env=env, capture_output=True, text=True
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs == [["True", "推进|乡村振兴"], ["False", "推进|乡村振兴"]]


def test_cut_is_jiebas_own_cut_without_the_hmm() -> None:
    """segment's one-pass cut gives jieba's words (same path, same ties) on real speeches and on
    the odd inputs: Latin letters and digits in a row, whitespace, characters beyond the BMP."""
    tokenizer = segment.get_segmenter()
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))[::4]]
    texts += [
        "",
        " ",
        "abc 123 ＡＢＣ",
        "2024年GDP增长5.2%，CO2排放\r\n下降",
        "a\tb\n\nc",
        "𠀀𠀁字",
    ]
    texts += ["高质量发展x1y2", "——“十四五”规划", "1.2.3、A-B_C#D&E+F"]
    paragraphs = [p for text in texts for p in text.split("\n")]
    assert len(paragraphs) > 200
    for paragraph in paragraphs:
        assert segment.lcut_no_hmm(paragraph) == tokenizer.lcut(paragraph, HMM=False)


def test_packed_tables_answer_as_jiebas_dictionary() -> None:
    """Frequencies and tags share one table (``segment._TAG_BITS``): every answer is still the
    dictionary file's, and the frequencies are those of jieba's own tokenizer."""
    import jieba

    dictionary = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    lines = dictionary.read_text(encoding="utf-8").splitlines()
    tokenizer = segment.get_segmenter()
    user_words = set(segment._USER_WORDS)
    checked = 0
    for line in lines[::150]:
        word, count, tag = line.split(" ")
        if word in user_words:
            continue
        assert segment.word_pos(word) == tag, word
        assert segment.word_tag(word) == (tag if tag in segment.NAME_TAGS else None), word
        assert segment.word_frequency(word) == tokenizer.FREQ[word] == int(count), word
        assert segment.known_word(word) == (int(count) > 0)
        checked += 1
    assert checked > 2000
    assert segment.word_pos("高质量发展") is None  # a user word carries no dictionary tag
    assert segment.word_frequency("高质量发展") == tokenizer.FREQ["高质量发展"] >= 100


def test_tables_file_reads_back_what_was_written_and_ignores_a_damaged_one(
    tmp_path: Path,
) -> None:
    """The tables cache (words one a line, entries as an array) gives back the same entries in
    the same order; a truncated, foreign or empty file is no tables (they are built anew)."""
    entries = {"推进": 5 << segment._TAG_BITS | 1, "推": 0, "乡村振兴": 1 << 40, "a": 7}
    tables: segment.Tables = (entries, 12345, (None, "n"))
    cache = tmp_path / "tables.cache"
    segment._write_tables(cache, tables)
    read = segment._read_tables(cache)
    assert read == tables
    assert read is not None and list(read[0]) == list(entries)
    data = cache.read_bytes()
    for damaged in (data[: len(data) // 2], data[:-3], b"", b"\x00" * 64):
        cache.write_bytes(damaged)
        assert segment._read_tables(cache) is None
    import marshal

    cache.write_bytes(marshal.dumps((entries, 12345, (None, "n"))))  # the layout before
    assert segment._read_tables(cache) is None
    # a word holding a line break cannot be stored that way: no file, built every run
    other = tmp_path / "other.cache"
    segment._write_tables(other, ({"a\nb": 1}, 1, (None,)))
    assert not other.exists()


def test_rarer_and_unknown_words_say_what_the_word_lookups_say() -> None:
    words = [
        *segment.cut("全县上下推进麻山药产业和橡胶机带产业发展，落实河湖长制"),
        "麻山药",
        "保西",
        "之",
    ]
    words += ["特色产业", "紧箍咒", "依存度", "县域经济", "", "x", "山药"]
    rarer = segment.rarer_words(words, 200)
    assert rarer == {
        w: segment.word_frequency(w)
        for w in words
        if len(w) >= 2 and segment.word_frequency(w) < 200
    }
    assert all((frequency > 0) == segment.known_word(w) for w, frequency in rarer.items())
    assert segment.unknown_words(words) == [w for w in words if not segment.known_word(w)]
