"""The page as printed: LibreOffice turns a long speech into PDF, and we count what is on a page.

GB/T 9704 sets 22 lines of 28 characters on a page; the page number "— n —" sits under the text
block, right on odd pages and left on even pages. Skipped when LibreOffice (soffice) or poppler
(pdftotext) is not installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from drafter.document import Block, Document, Role
from drafter.writers import build_docx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")


def _has_chinese_font() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run([fc_list, ":lang=zh"], capture_output=True, timeout=30).stdout
    return bool(found.strip())


pytestmark = [
    pytest.mark.skipif(
        SOFFICE is None or PDFTOTEXT is None, reason="LibreOffice or pdftotext not installed"
    ),
    pytest.mark.skipif(
        SOFFICE is not None and not _has_chinese_font(), reason="no Chinese font installed"
    ),
]

# Chinese characters and full-width punctuation only: every character is one grid cell.
SENTENCE = (
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，"
    "完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，统筹发展和安全，"
    "扎实推进乡村全面振兴，持续保障和改善民生。"
)


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("layout")
    blocks = [Block.plain(Role.BODY, SENTENCE * 3) for _ in range(14)]
    source = folder / "long.docx"
    source.write_bytes(build_docx(Document(tuple(blocks))))
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(folder), "PATH": "/usr/bin:/bin"},
    )
    result = folder / "long.pdf"
    if not result.is_file():
        pytest.fail("LibreOffice produced no PDF")
    return result


def page_texts(pdf: Path) -> list[str]:
    assert PDFTOTEXT is not None
    out = subprocess.run(
        [PDFTOTEXT, "-layout", str(pdf), "-"], check=True, capture_output=True, timeout=60
    ).stdout.decode("utf-8")
    return [page for page in out.split("\f") if page.strip()]


def body_lines(page: str) -> list[str]:
    return [
        "".join(line.split()) for line in page.splitlines() if re.search(r"[\u4e00-\u9fff]", line)
    ]


def test_full_pages_hold_22_lines_of_28_characters(pdf: Path) -> None:
    pages = page_texts(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages[:-1], start=1):  # the last page is not full
        lines = body_lines(page)
        assert len(lines) == 22, (number, lines)
        lengths = [len(line) for line in lines]
        # Every line of a paragraph but its last is full: 28 characters, or 26 after the
        # two-character first-line indent.
        full = [n for n in lengths if n >= 26]
        assert max(lengths) == 28, lengths
        assert lengths.count(28) >= 15, lengths
        assert all(n in (26, 28) for n in full), lengths


def test_page_numbers_alternate_right_and_left(pdf: Path) -> None:
    assert PDFTOTEXT is not None
    html = subprocess.run(
        [PDFTOTEXT, "-bbox", "-f", "1", "-l", "2", str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout.decode("utf-8")
    pages = html.split("<page ")[1:]
    assert len(pages) == 2
    positions = []
    for number, page in enumerate(pages, start=1):
        width = float(re.search(r'width="([\d.]+)"', page).group(1))  # type: ignore[union-attr]
        words = re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            page,
        )
        # The page number is the lowest text on the page.
        lowest = max(float(y) for _, y, _, _ in words)
        footer = [w for w in words if float(w[1]) == lowest]
        assert re.sub(r"\s", "", "".join(w[3] for w in footer)) == f"—{number}—"
        left = min(float(w[0]) for w in footer) * 25.4 / 72
        right = width * 25.4 / 72 - max(float(w[2]) for w in footer) * 25.4 / 72
        positions.append((left, right))
    (odd_left, odd_right), (even_left, even_right) = positions
    # Odd page: one 14 pt character (≈ 5 mm) in from the right margin (26 mm); even page: the
    # same from the left margin (28 mm).
    assert 29 < odd_right < 33 and odd_left > 120
    assert 31 < even_left < 35 and even_right > 120
