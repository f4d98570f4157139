"""``dump_yaml`` writes what PyYAML's emitter writes, by its own fast path or through PyYAML."""

from __future__ import annotations

import random

import pytest

from drafter.phrasebank.yamlio import _dump_with_pyyaml, dump_yaml, read_yaml

# characters a bank's text holds, and the ones that make YAML quote or escape a value
ALPHABET = list(
    "推进建设县乡村，。、；：？！“”‘’（）《》—…·％{}_PpXx0123456789 -:#'\"&*!|>%@`,[]?\t"
    ".tryeunoslafTYNOFhd"
)


@pytest.mark.parametrize(
    "value",
    [
        "{county}历史上第一个汽车智能制造项目。",
        "{number}个PPP项目列入国家项目库。",
        "推进{place}建设",
        "PPP项目",
        "2021",
        "true",
        "no",
        "",
        "quyang-2022.txt",
        "bd-3f2a9c01e7",
        "tr-a62db002a9",
        "no-1",
        "on.off",
        "yes",
        "NO",
        "e-1",
        "x.",
        "a: b",
        "说明 #注",
        "两行\n文字",
        "'引号'",
        "null",
        "~",
        "x" * 5000,
        "中" * 2500,
    ],
)
def test_a_value_is_written_as_pyyaml_writes_it(value: str) -> None:
    data = {"entries": [{"id": "bd-1", "text": value, "topics": [value], "support": 3}]}
    assert dump_yaml(data, "# 头\n") == "# 头\n" + _dump_with_pyyaml(data)


def test_random_values_are_written_as_pyyaml_writes_them() -> None:
    chooser = random.Random(12)
    for _ in range(3000):
        value = "".join(chooser.choice(ALPHABET) for _ in range(chooser.randint(1, 12)))
        data = {"k": value, "items": [value, {"values": {"place": value}, "n": 1}], "e": []}
        assert dump_yaml(data) == _dump_with_pyyaml(data), value


def test_what_is_written_reads_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = {"schema_version": 1, "entries": [{"id": "x", "text": "{county}推进", "items": []}]}
    path = tmp_path / "a.yaml"
    path.write_text(dump_yaml(data), encoding="utf-8")
    assert read_yaml(path) == data


def test_random_ids_and_names_are_written_as_pyyaml_writes_them() -> None:
    """ASCII words joined by - and . (ids, file names) take their own fast path: among them
    the words YAML reads as booleans, nulls or numbers (no, Off, null, 1e3, .5, 2024-01-01)."""
    chooser = random.Random(7)
    letters = "abdefhilnorstuyNOTYE0123456789-._:"
    words = ["no", "Off", "null", "yes", "TRUE", "nan", "inf", "e", "y", "n", "2024-01-01"]
    fast = 0
    for _ in range(4000):
        value = "".join(chooser.choice(letters) for _ in range(chooser.randint(1, 8)))
        if chooser.random() < 0.2:
            value = chooser.choice(words) + chooser.choice(["", "-", ".", "-1", ".txt"])
        data = {"id": value, "sources": [{"file": value, "paragraph": 3}]}
        assert dump_yaml(data) == _dump_with_pyyaml(data), value
        fast += value[:1].isalpha() and "." not in value[-1:] and "-" not in value[-1:]
    assert fast > 500  # (the path is exercised)
