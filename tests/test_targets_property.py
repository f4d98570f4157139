"""targets stage: whatever a file contains, the loader returns Targets or TargetsValidationError.

Never a traceback, never another exception, and every problem line names the file.
"""

from __future__ import annotations

import string
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.errors import TargetsValidationError
from drafter.targets import Targets, load_targets, parse_targets
from drafter.targets.model import KNOWN_KEYS

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

GOOD = Path(__file__).resolve().parents[1] / "examples" / "work_meeting.yaml"


def _outcome(text: str) -> Targets | None:
    try:
        return parse_targets(text, source="x.yaml")
    except TargetsValidationError as error:
        assert error.problems
        assert all(line.startswith("x.yaml") for line in error.problems), error.problems
        assert error.exit_code == 2
        return None


# YAML-ish text: structure characters, keys we know, Chinese, numbers, and anything else.
_PIECES = st.sampled_from(
    [
        *sorted(KNOWN_KEYS),
        ": ",
        ":",
        "\n",
        "  ",
        "- ",
        "{",
        "}",
        "[",
        "]",
        ",",
        "#",
        "&a ",
        "*a",
        "!!python/object:os.system",
        "'",
        '"',
        "\t",
        "青禾县",
        "项目建设",
        "6.8%",
        "-3.5",
        "86.3亿元",
        "2025-02-30",
        "1.2万",
        "no",
        "~",
        "|",
        ">",
        "---",
        "\\",
        "％",
        "：",
        "\ufeff",
        "\x00",
        "\x85",
    ]
)


@SETTINGS
@given(st.lists(_PIECES | st.text(max_size=5), max_size=40).map("".join))
def test_arbitrary_yaml_like_text(text: str) -> None:
    _outcome(text)


@SETTINGS
@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=300))
def test_arbitrary_text(text: str) -> None:
    _outcome(text)  # lone surrogates included: only an API caller can pass them, but one might


_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**12), max_value=10**12)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(alphabet=string.printable + "青禾县项目建设亿元万％－：", max_size=12)
)
_KEYS = st.sampled_from(sorted(KNOWN_KEYS)) | st.text(max_size=6)
_DATA = st.recursive(
    _SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_KEYS, children, max_size=6),
    max_leaves=30,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_KEYS, _DATA, max_size=10))
def test_arbitrary_mappings_dumped_to_yaml(data: dict[str, object]) -> None:
    _outcome(yaml.safe_dump(data, allow_unicode=True))


@SETTINGS
@given(
    st.integers(min_value=0, max_value=10_000),
    st.integers(min_value=0, max_value=20),
    st.sampled_from(["", " ", "\t", ":", "- ", "#", "'", "{", "很快", "\n", "  ", "-", "：", "*"]),
)
def test_edits_of_a_real_file(position: int, cut: int, insert: str) -> None:
    text = GOOD.read_text(encoding="utf-8")
    position %= len(text)
    edited = text[:position] + insert + text[position + cut :]
    _outcome(edited)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes(raw: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        path.write_bytes(raw)
        try:
            load_targets(path)
        except TargetsValidationError as error:
            # every line names the file as it was given
            assert all(line.startswith(str(path)) for line in error.problems)


def test_valid_example_is_accepted_by_the_property_helper() -> None:
    # The helper must be able to tell a valid file from an invalid one.
    assert isinstance(_outcome(GOOD.read_text(encoding="utf-8")), Targets)
    assert _outcome("county: [") is None


_SECTIONS = st.lists(
    st.fixed_dictionaries(
        {"topic": st.sampled_from(["项目建设", "民生保障", "生态环保"])},
        optional={
            "title": st.just("全力以赴抓项目"),
            "points": st.just(["推动物流园二期年内开工"]),
        },
    ),
    min_size=1,
    max_size=8,
)


@SETTINGS
@given(_SECTIONS)
def test_only_bare_repeats_fold_and_into_the_first_of_their_topic(sections: list[dict]) -> None:
    from drafter.targets import folded_sections

    data = {"county": "青禾县", "kind": "plenary", "meeting": "县委全会", "year": 2025}
    targets = Targets.model_validate({**data, "sections": sections})
    folded = folded_sections(targets.sections)
    for index, section in enumerate(targets.sections):
        first = next(i for i, s in enumerate(targets.sections) if s.topic == section.topic)
        bare = not (section.title or section.figures or section.points)
        assert (index in folded) == (bare and first < index)
        if index in folded:
            assert folded[index] == first
    # every topic keeps a part: the first section of each topic is never folded
    kept = {targets.sections[i].topic for i in range(len(sections)) if i not in folded}
    assert kept == {s.topic for s in targets.sections}
