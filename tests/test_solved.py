"""What a review says solved is not done again in the plan (``plan._not_redone``): round 136's
three writers read 非法营运三轮车问题得到有效解决 in a report's review and 三轮车专项整治行动
twice in its plan as 前后矛盾."""

from __future__ import annotations

from drafter.compose.plan import _solved


def test_the_thing_a_review_says_solved_is_read_from_the_end_of_its_name() -> None:
    assert "三轮车" in _solved("对经营秩序进行专项整治，非法营运三轮车问题得到有效解决。")
    assert _solved("群众反映强烈的停车难问题得到有效解决。") == {"停车难"}
    assert _solved("持续开展交通秩序集中整治，查处非法营运三四轮车。") == set()


def test_a_plan_does_not_take_up_again_what_the_review_said_solved() -> None:
    from types import SimpleNamespace

    from drafter.compose.model import Paragraph, Part, Piece
    from drafter.compose.plan import _not_redone
    from drafter.document import Provenance

    def mined(text: str, entry: str) -> Piece:
        return Piece(text, Provenance(entry=entry, kind="body"))

    review = Paragraph((mined("加强县城精细化管理，非法营运三轮车问题得到有效解决。", "bd-1"),))
    again = mined("大力开展占道经营、交通秩序、户外广告和三轮车专项整治行动。", "bd-2")
    kept = mined("巩固三轮车整治成果，建立长效管理机制。", "bd-3")
    other = mined("推进老旧小区改造，完善配套设施。", "bd-4")
    # (by another of its names: round 156's 深入推进违规电（机）动三轮四轮车整治)
    named = mined("深入推进违规电（机）动三轮四轮车整治。", "bd-5")
    part = Part(1, Piece("城乡建设"), (Paragraph((other, again, named, kept)),), "城乡建设", 0)
    preamble = SimpleNamespace(review=(review,), areas=())
    [done] = _not_redone([part], preamble)  # type: ignore[arg-type]
    assert done.paragraphs[0].pieces == (other, kept)
