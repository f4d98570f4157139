"""The topic taxonomy of a bank: ``topics.yaml`` → ``tuple[Topic, ...]``.

Format (schema_version 1)::

    schema_version: 1
    topics:
      - name: 项目建设
        keywords: [项目, 重点项目, 开工]
        related: [招商引资, 营商环境]

Topic names are unique; keywords are non-empty strings; ``related`` (optional) names topics a
part on this one may draw on when its own material runs short. A writer may add topics or
keywords.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from drafter.errors import BankError, BankValidationError
from drafter.phrasebank.model import SCHEMA_VERSION, Topic
from drafter.phrasebank.yamlio import Located, read_yaml

TOPICS_FILE = "topics.yaml"

_HEADER = (
    "# 话题分类：每个话题一组关键词。挖掘时按分词结果匹配关键词，给条目打上话题标签。\n"
    "# 可以自行增加话题或关键词（关键词用简体中文）；修改后重新运行 drafter mine 即可生效。\n"
    "# related（可选）：相关话题。本话题的素材不够一个部分的篇幅时，\n"
    "# 可从稿件没有单列的相关话题中取材。\n"
)


def _line(value: Any) -> str:
    return f"第 {value.line} 行" if isinstance(value, Located) and value.line else ""


def check_schema_version(data: Any, path: Path) -> None:
    """BankError unless ``data`` is a mapping with the schema version this drafter reads."""
    if not isinstance(data, dict):
        raise BankError("文件内容应为键值映射（顶层需要 schema_version 等键）", path=path)
    version = data.get("schema_version")
    if version is None:
        raise BankError("缺少 schema_version（应为 1）", path=path)
    if version != SCHEMA_VERSION:
        raise BankError(
            f"schema_version 为 {version!r}，本版本只能读取 {SCHEMA_VERSION}；"
            "请用当前版本的 drafter mine 重新生成短语库",
            path=path,
        )


def parse_topics(data: Any, path: Path) -> tuple[Topic, ...]:
    """Validate the parsed content of a topics file; all problems are reported at once."""
    check_schema_version(data, path)
    problems: list[str] = []
    extra = sorted(set(data) - {"schema_version", "topics"})
    if extra:
        problems.append(f"{path}：未知的键 {'、'.join(extra)}（只允许 schema_version、topics）")
    items = data.get("topics")
    if not isinstance(items, list) or not items:
        raise BankError("topics 应为非空列表，每项含 name 和 keywords", path=path)
    topics: list[Topic] = []
    places: list[str] = []  # where each topic stands in the file, for messages
    seen: set[str] = set()
    for index, item in enumerate(items, 1):
        where = f"{path}：第 {index} 个话题" + (f"（{_line(item)}）" if _line(item) else "")
        if not isinstance(item, dict):
            problems.append(f"{where}：应为含 name 和 keywords 的映射")
            continue
        unknown = sorted(set(item) - {"name", "keywords", "related"})
        if unknown:
            problems.append(f"{where}：未知的键 {'、'.join(unknown)}")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}：缺少话题名称 name")
            continue
        name = name.strip()
        where = f"{where}“{name}”"
        if name in seen:
            problems.append(f"{where}：话题名称重复")
        seen.add(name)
        keywords = item.get("keywords")
        if not isinstance(keywords, list) or not keywords:
            problems.append(f"{where}：keywords 应为非空列表")
            continue
        cleaned: list[str] = []
        for keyword in keywords:
            if isinstance(keyword, bool) or not isinstance(keyword, str | int):
                problems.append(f"{where}：关键词 {keyword!r} 不是文字")
                continue
            text = str(keyword).strip()
            if not text:
                problems.append(f"{where}：有空的关键词")
            elif text not in cleaned:
                cleaned.append(text)
        related = item.get("related", [])
        if not isinstance(related, list) or not all(isinstance(r, str) for r in related):
            problems.append(f"{where}：related 应为话题名称的列表")
            related = []
        topics.append(Topic(name, tuple(cleaned), tuple(dict.fromkeys(r.strip() for r in related))))
        places.append(where)
    names = {topic.name for topic in topics}
    for topic, where in zip(topics, places, strict=True):
        for other in topic.related:
            if other not in names or other == topic.name:
                problems.append(f"{where}：相关话题“{other}”不是另一个已列出的话题")
    if problems:
        raise BankValidationError(problems, path=path)
    return tuple(topics)


def load_topics(bank_dir: Path) -> tuple[Topic, ...]:
    """The topics of the bank in ``bank_dir`` (its ``topics.yaml``), validated."""
    path = Path(bank_dir) / TOPICS_FILE
    if not path.is_file():
        raise BankError("短语库中没有话题文件 topics.yaml", path=path)
    return parse_topics(read_yaml(path), path)


_PLAIN = re.compile(r"[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z0-9]*")
_RESERVED = frozenset({"true", "false", "null", "yes", "no", "on", "off", "y", "n"})


def _scalar(text: str) -> str:
    """A YAML scalar for ``text``: plain when safe (Chinese, letters, digits), else quoted."""
    if _PLAIN.fullmatch(text) and text.lower() not in _RESERVED:
        return text
    return json.dumps(text, ensure_ascii=False)


def dump_topics(topics: tuple[Topic, ...]) -> str:
    """``topics`` as the text of a topics.yaml file (keywords on one line per topic)."""
    lines = [_HEADER.rstrip("\n"), f"schema_version: {SCHEMA_VERSION}", "topics:"]
    for topic in topics:
        lines.append(f"  - name: {_scalar(topic.name)}")
        lines.append("    keywords: [" + ", ".join(_scalar(k) for k in topic.keywords) + "]")
        if topic.related:
            lines.append("    related: [" + ", ".join(_scalar(r) for r in topic.related) + "]")
    return "\n".join(lines) + "\n"
