"""The .docx written into a skeleton package (``docx_package``) is byte for byte what python-docx
builds (``build_docx``), for every role, look, style and record; the skeleton kept in the cache
folder is rebuilt when missing or damaged."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from writers_sample import sample_document

from drafter.document import Block, Document, DocumentMeta, Role, Run
from drafter.keep.record import Marking
from drafter.writers.docx_package import write_package
from drafter.writers.docx_writer import build_docx
from drafter.writers.style import DEFAULT_STYLE, load_style


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(folder))
    return folder


def _tricky() -> Document:
    """Escapes, spaces kept at a run's edge, placeholders, every run-in level, a long title
    that breaks, a heading run bold and not, and no seed (so no record)."""
    long_title = "在" + "全县经济社会高质量发展推进大会暨优化营商环境工作会议" * 2 + "上的讲话"
    blocks = (
        Block.plain(Role.TITLE, long_title),
        Block.plain(Role.SPEAKER, "——县长　王某某"),
        Block.plain(Role.DATE, "（二〇二五年二月十日）"),
        Block.plain(Role.SALUTATION, "各位代表："),
        Block(
            Role.BODY,
            (
                Run("甲 & 乙 <丙> \"丁\" 'x' "),
                Run(" 建设【待补：项目名称】，", bold=True),
                Run("新增【待补：数字】万亩。"),
            ),
        ),
        *(
            Block(
                Role.BODY,
                (
                    Run(f"（{level}）标题。", bold=level % 2 == 0, heading_level=level),
                    Run("正文。"),
                ),
            )
            for level in (1, 2, 3, 4, 5)
        ),
        Block.plain(Role.HEADING_1, "一、标题【待补：名称】"),
        Block(Role.HEADING_2, (Run("（一）加粗", bold=True),)),
        Block.plain(Role.HEADING_3, "1.三级"),
        Block.plain(Role.HEADING_4, "（1）四级"),
        Block.plain(Role.BODY, "   "),  # written as nothing
    )
    return Document(blocks, DocumentMeta(title=None, year=2025))


STYLES = {
    "default": DEFAULT_STYLE,
    "windows": load_style(None, fonts="windows"),
    "fangsong": load_style(Path(__file__).resolve().parents[1] / "examples/style-fangsong.yaml"),
    "record": dataclasses.replace(DEFAULT_STYLE, record_generator=True),
}


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("make", [sample_document, _tricky], ids=["sample", "tricky"])
def test_the_package_is_python_docx_byte_for_byte(style: str, make: object) -> None:
    doc = make()  # type: ignore[operator]
    expected = build_docx(doc, style=STYLES[style])
    assert write_package(doc, style=STYLES[style]) == expected  # skeleton built
    assert write_package(doc, style=STYLES[style]) == expected  # skeleton from the cache


def test_a_kept_draft_records_its_marking_the_same() -> None:
    doc = sample_document()
    blocks = len([b for b in doc.blocks if b.text.strip()])
    marking = Marking(
        tuple(("w" if i % 3 == 0 else "g", f"s0.{i}") for i in range(blocks)),
        deleted=(("s1.2", "0123456789ab"),),
    )
    assert write_package(doc, marking=marking) == build_docx(doc, marking=marking)


def test_a_damaged_skeleton_is_built_again(_cache: Path) -> None:
    doc = sample_document()
    first = write_package(doc)
    (kept,) = _cache.glob("docx-*.json")
    kept.write_text('{"format": 1, "key": "', encoding="utf-8")
    assert write_package(doc) == first
    kept.write_bytes(kept.read_bytes()[:-100])
    assert write_package(doc) == first


def test_no_cache_folder_still_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_CACHE_DIR", "")
    doc = sample_document()
    assert write_package(doc) == build_docx(doc)


def test_a_draft_written_warm_imports_no_python_docx(tmp_path: Path) -> None:
    """Importing python-docx and building through it cost a draft 150–200 ms: the default
    style's skeleton is shipped, another style's is built once and then kept."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "from writers_sample import sample_document\n"
        "from drafter.writers import write_document\n"
        "from drafter.writers.style import load_style\n"
        "style = load_style(None, fonts=sys.argv[3]) if sys.argv[3] else None\n"
        "write_document(sample_document(), Path(sys.argv[1]), style=style, force=True)\n"
        "print('docx' in sys.modules, 'lxml' in sys.modules)\n"
    )
    tests = str(Path(__file__).resolve().parent)
    out = tmp_path / "稿.docx"
    for fonts, first in (("", ["False", "False"]), ("windows", ["True", "True"])):
        run = [sys.executable, "-c", code, str(out), tests, fonts]
        cold = subprocess.run(run, capture_output=True, text=True, check=True)
        assert cold.stdout.split() == first, cold.stderr  # shipped, or built once
        warm = subprocess.run(run, capture_output=True, text=True, check=True)
        assert warm.stdout.split() == ["False", "False"], warm.stderr
        style = load_style(None, fonts=fonts) if fonts else None
        assert out.read_bytes() == build_docx(sample_document(), style=style)


def test_the_shipped_skeletons_are_current(tmp_path: Path) -> None:
    """``drafter/writers/skeletons.json`` holds what python-docx builds for the default style
    (after editing a writer, or with another python-docx or lxml: ``python -m
    drafter.writers.docx_package``)."""
    from drafter.writers.docx_package import _SHIPPED_FILE, _build, _shipped, write_shipped

    for record in (False, True):
        assert _shipped(DEFAULT_STYLE, record) == _build(DEFAULT_STYLE, record=record), (
            "a writer changed: run python -m drafter.writers.docx_package"
        )
    written = tmp_path / "skeletons.json"
    write_shipped(written)
    assert written.read_bytes() == _SHIPPED_FILE.read_bytes()


def test_a_shipped_skeleton_is_not_used_for_other_sources(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import drafter.writers.docx_package as package

    assert package._shipped(DEFAULT_STYLE, True) is not None
    assert package._shipped(load_style(None, fonts="windows"), True) is None
    copy = tmp_path / "writers"
    copy.mkdir()
    for source in package._WRITERS.glob("*.py"):
        (copy / source.name).write_bytes(source.read_bytes() + b"\n# edited\n")
    monkeypatch.setattr(package, "_WRITERS", copy)
    assert package._shipped(DEFAULT_STYLE, True) is None
    monkeypatch.setattr(package, "_WRITERS", Path(package.__file__).resolve().parent)
    monkeypatch.setattr(package, "_version", lambda name: "0.0")
    assert package._shipped(DEFAULT_STYLE, True) is None


def test_an_edited_writer_builds_the_skeleton_again(
    _cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The skeleton is keyed by the writers' sources (size and time): a stale one is not used."""
    import drafter.writers.docx_package as package

    doc = sample_document()
    write_package(doc)
    assert len(list(_cache.glob("docx-*.json"))) == 1
    copy = tmp_path / "writers"
    copy.mkdir()
    for source in package._WRITERS.glob("*.py"):
        (copy / source.name).write_bytes(source.read_bytes() + b"\n# edited\n")
    monkeypatch.setattr(package, "_WRITERS", copy)
    assert write_package(doc) == build_docx(doc)
    assert len(list(_cache.glob("docx-*.json"))) == 2


def test_a_shipped_skeleton_serves_a_patch_release_of_its_libraries() -> None:
    """lxml 6.2.1 came out on 6 December 2026 and a fresh install took it: the skeletons built
    with 6.2.0 are keyed by the libraries' major and minor versions, so they still serve."""
    from drafter.writers.docx_package import _release

    assert _release("6.2.1") == _release("6.2.0") == "6.2"
    assert _release("1.2.0") == "1.2"
    assert _release(None) is None
