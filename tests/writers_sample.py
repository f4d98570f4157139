"""A speech built by hand from the document model, for the writers' tests (not a test module)."""

from __future__ import annotations

from drafter.document import Block, Document, DocumentMeta, Provenance, Role, Run

OPENING = Provenance(entry="opening-003", kind="opening", source="讲话甲.txt", paragraph=2)
FIGURE = Provenance(
    entry="figure-012",
    kind="figure_frame",
    source="讲话乙.docx",
    paragraph=14,
    yaml_key="sections[0].figures[1]",
)
LEAD = Provenance(entry="lead-007", kind="lead")
BODY_TEXT = (
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，"
    "完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。"
)
TARGETS_SHA = "3f" * 32


def sample_document() -> Document:
    """Title, speaker, date, salutation, body with lead sentences, headings of all four levels,
    a run-in heading, figures and a closing."""
    blocks = (
        Block.plain(Role.TITLE, "在全县经济工作会议上的讲话"),
        Block.plain(Role.SPEAKER, "县长　王某某"),
        Block.plain(Role.DATE, "（2025年2月10日）"),
        Block.plain(Role.SALUTATION, "同志们："),
        Block(
            Role.BODY,
            (
                Run(
                    "今天，我们召开全县经济工作会议，总结2024年工作，安排部署今年重点任务。",
                    provenance=OPENING,
                ),
            ),
        ),
        Block.plain(Role.BODY, "下面，我讲几点意见。"),
        Block.plain(Role.HEADING_1, "一、坚持正向发力，以更大决心打好攻坚硬仗"),
        Block.plain(Role.HEADING_2, "（一）全力以赴抓项目扩投资"),
        Block(
            Role.BODY,
            (
                Run("补齐生态短板。", bold=True, provenance=LEAD),
                Run("全年实施重点项目56个，完成投资37.6亿元，同比增长6.8%。", provenance=FIGURE),
                Run(BODY_TEXT),
            ),
        ),
        Block.plain(Role.HEADING_3, "1.加快重点项目建设"),
        Block.plain(Role.HEADING_4, "（1）强化要素保障"),
        Block(
            Role.BODY,
            (
                Run("（二）全力以赴优环境。", heading_level=2),
                Run("营商环境是发展的生命线。一要深化放管服改革，二要强化政务服务。"),
            ),
        ),
        Block.plain(Role.HEADING_1, "二、聚焦民生福祉，办好群众急难愁盼的实事"),
        Block.plain(Role.BODY, BODY_TEXT),
        Block.plain(
            Role.BODY,
            "同志们，新的一年任务艰巨、使命光荣。让我们奋力谱写现代化建设新篇章！",
        ),
    )
    meta = DocumentMeta(
        title="在全县经济工作会议上的讲话",
        author="县长　王某某",
        seed=7,
        targets_sha256=TARGETS_SHA,
        generator="drafter 0.1.0",
        year=2025,
    )
    return Document(blocks, meta)
