"""A work report of many tasks takes up sibling topics as one task (``plan.siblings_joined``):
round 136's writer read twelve tasks with （五）聚焦“三农”增效 and （六）聚焦强农惠农 side by
side as 铺得太散; real county reports plan six to eight, 三农 and 民生 one each."""

from __future__ import annotations

from drafter.compose.groups import load_groups
from drafter.compose.model import Paragraph, Part, Piece
from drafter.compose.plan import siblings_joined
from drafter.document import Provenance

OWN = "作风建设"


def _part(number: int, topic: str, section: int | None) -> Part:
    said = Piece(f"{topic}的第{number}句措施。", Provenance(entry=f"bd-{number}", kind="body"))
    return Part(number, Piece(f"{topic}的标题"), (Paragraph((said,)),), topic, section)


def _report(topics: list[str]) -> list[Part]:
    parts = [_part(i, topic, i - 1) for i, topic in enumerate(topics, 1)]
    return [*parts, _part(len(topics) + 1, OWN, None)]


def test_the_table_names_pairs_of_known_topics_and_a_count() -> None:
    table = load_groups()
    assert table.report_tasks >= 6
    assert ("乡村振兴", "农业农村") in table.siblings


def test_a_report_of_too_many_tasks_joins_its_siblings_where_the_first_stood() -> None:
    topics = ["工业发展", "经济运行", "招商引资", "商贸消费", "乡村振兴", "农业农村"]
    topics += ["改革创新", "城乡建设", "生态环保", "民生保障", "安全稳定", "教育卫生"]
    parts, joined = siblings_joined(_report(topics), OWN)
    assert joined == [("乡村振兴", "农业农村"), ("民生保障", "教育卫生")]
    assert [p.topic for p in parts].count("农业农村") == 0
    assert [p.number for p in parts] == list(range(1, len(parts) + 1))
    rural = next(p for p in parts if p.topic == "乡村振兴")
    assert rural.number == 5 and rural.heading.text == "乡村振兴的标题"
    said = [piece.text for paragraph in rural.paragraphs for piece in paragraph.pieces]
    assert said == ["乡村振兴的第5句措施。", "农业农村的第6句措施。"]
    livelihood = next(p for p in parts if p.topic == "民生保障")
    assert len(livelihood.paragraphs) == 2 and parts[-1].topic == OWN
    # (nothing said is lost: the joined report says every sentence it said before)
    before = {s.text for p in _report(topics) for q in p.paragraphs for s in q.pieces}
    after = {s.text for p in parts for q in p.paragraphs for s in q.pieces}
    assert before == after


def test_the_writers_own_title_heads_the_joined_task() -> None:
    topics = ["工业发展", "经济运行", "农业农村", "招商引资", "商贸消费"]
    topics += ["改革创新", "城乡建设", "乡村振兴", "生态环保", "民生保障"]
    parts, joined = siblings_joined(_report(topics), OWN, titled={2})
    assert joined == [("乡村振兴", "农业农村")]
    rural = parts[2]
    assert rural.heading.text == "农业农村的标题" and rural.topic == "农业农村"
    said = [piece.text for paragraph in rural.paragraphs for piece in paragraph.pieces]
    assert said == ["农业农村的第3句措施。", "乡村振兴的第8句措施。"]


def test_a_report_of_few_tasks_keeps_them_apart() -> None:
    topics = ["工业发展", "乡村振兴", "农业农村", "民生保障", "教育卫生", "安全稳定"]
    report = _report(topics)
    assert siblings_joined(report, OWN) == (report, [])


def test_still_too_many_a_task_the_draft_added_joins_the_writer_s_sibling() -> None:
    # round 145's writers: C 稿“十三个方面”，营商环境一节只有两句 — 营商环境, added, joins the
    # writer's 改革创新 under its heading; two of the writer's own stay apart
    topics = ["工业发展", "经济运行", "招商引资", "商贸消费", "乡村振兴", "农业农村"]
    topics += ["改革创新", "安全稳定"]
    listed = [_part(i, topic, i - 1) for i, topic in enumerate(topics, 1)]
    added = ["营商环境", "项目建设", "文化旅游", "城乡建设", "生态环保", "民生保障", "教育卫生"]
    more = [_part(len(listed) + i, topic, None) for i, topic in enumerate(added, 1)]
    parts, joined = siblings_joined([*listed, *more, _part(20, OWN, None)], OWN)
    assert joined[:2] == [("乡村振兴", "农业农村"), ("民生保障", "教育卫生")]
    assert ("改革创新", "营商环境") in joined and ("招商引资", "项目建设") in joined
    topics_left = [p.topic for p in parts]
    assert "营商环境" not in topics_left and "项目建设" not in topics_left
    reform = next(p for p in parts if p.topic == "改革创新")
    assert reform.heading.text == "改革创新的标题"
    assert "营商环境" in "".join(p.text for p in reform.paragraphs)
    # tasks the writer listed both stay apart however many
    both = [_part(i, t, i - 1) for i, t in enumerate(["改革创新", "营商环境"] * 1, 1)]
    filler = [_part(10 + i, t, None) for i, t in enumerate(topics[:7], 1)]
    _, kept = siblings_joined([*both, *filler, _part(30, OWN, None)], OWN)
    assert ("改革创新", "营商环境") not in kept
