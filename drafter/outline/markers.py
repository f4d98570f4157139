"""The markers of Chinese official-speech structure, as precompiled patterns and word lists.

Everything here is data about how 讲话稿 and 政府工作报告 are written, shared by the heading,
run, lead-sentence and part detectors. No function here looks at more than one paragraph.
"""

from __future__ import annotations

import re


def _words(text: str) -> tuple[str, ...]:
    """A word list written as one space-separated string (easier to read and extend)."""
    return tuple(text.split())


# Chinese numerals as outline numbers use them (一 … 九十九).
CN_NUM = "[一二三四五六七八九十]{1,3}"

# Heading markers at the start of a paragraph, by level. Half-width variants are accepted because
# real files (and careless normalisers) keep them: "(一)", "1.", "1、", "(1)".
#   level 1: 一、  (一. / 一． are rare typings of the same)
#   level 2: （一） (一)
#   level 3: 1.  1．  1、  — never "1.5万亩": the separator must not be followed by a digit
#   level 4: （1） (1)
HEADING_MARKER = re.compile(
    rf"""
    (?P<l1>(?P<n1>{CN_NUM})\s*[、．.](?![、．.]))
  | (?P<l2>[（(]\s*(?P<n2>{CN_NUM})\s*[）)])
  | (?P<l3>(?P<n3>\d{{1,2}})\s*(?:[.．](?![\d.．])|、))
  | (?P<l4>[（(]\s*(?P<n4>\d{{1,2}})\s*[）)])
    """,
    re.VERBOSE,
)

# After a level-1 or level-2 marker, these starts show a numeral list, not a heading:
# "二、三级子公司", "一、二等奖", "三、四季度", "一、二、三产业", "（一）、（二）".
# A heading may itself open with a numeral ("（一）三大攻坚战强力突破", "二、两个确立"): only a
# numeral that continues the list (、 和 至) or names a grade (级 等 季度 产业 类) is a list.
NUMERAL_LIST_AFTER_MARKER = re.compile(
    rf"\s*(?:{CN_NUM}\s*(?:[、，,和及至到]|级|等|季|产|类|档|批|星)|[、，,]|[（(]\s*{CN_NUM}\s*[）)])"
)

# Ordinal-run markers inside the body. Each alternative names its family: items of one run share
# a family (一是 二是 三是), but real speeches mix 一要 … 二是 … 三要, which runs.py accepts.
#   是/要/抓/来/则/个 … families: "一是", "二要", "三抓"? — only 是 and 要 are common enough to
#   be safe; "一抓" collides with "一抓到底".
ORDINAL = re.compile(
    rf"""
    (?=[一二三四五六七八九十第其首再然最另])  # a quick first-character test before the alternatives
    (?:
    (?P<shi>(?P<n_shi>{CN_NUM})是)
  | (?P<yao>(?P<n_yao>{CN_NUM})要(?![素件点务害领]))  # (六要素, 三要件: nouns)
  | (?P<di>第(?P<n_di>{CN_NUM})(?:[，,：:]|、(?!\s*第)))
  | (?P<qi>其(?P<n_qi>[一二三四五六七八九十])[，,：:])
  | (?P<seq>(?P<w_seq>首先|其次|再次|再者|然后|最后)(?:[，,：:]|(?=[是要])))
  | (?P<side>(?P<w_side>一方面|另一方面)(?:[，,：:]|(?=[要是])))
    )
    """,
    re.VERBOSE,
)

# Where an ordinal item may start: the start of the paragraph (or of a glued body) or right after
# a sentence or clause end. "第一要务", "唯一是", "统一要求" are excluded by this.
ITEM_BOUNDARY = "。！？；：:;!?…”）)"

# After "一是", a numeral means a saying ("一是一、二是二"), not an item.
SAYING_AFTER_ORDINAL = re.compile(rf"(?:{CN_NUM}[、，,]|{CN_NUM}$)")

# 首先/其次/再次/最后 — the order of a 首先 run.
SEQUENCE_WORDS = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "然后": 3, "最后": 9}

# Patterns below without "^" are used with ``pattern.match(text, pos)``, which anchors at pos.

# Salutations: the addressees of a speech, joined by 、 or ，, ending in ：or ！.
ADDRESSEE = (
    r"(?:同志们|各位代表|各位委员|各位政协委员|各位领导|各位来宾|各位嘉宾|各位同志|各位同仁|"
    r"女士们|先生们|朋友们|同学们|老师们|全体代表|尊敬的[^，。：！]{1,20}|"
    r"各位[^，。：！、]{1,6})"
)
SALUTATION = re.compile(rf"(?:{ADDRESSEE}(?:[、，,和及]\s*)?)+\s*[：:！!]")
VOCATIVE_START = re.compile(rf"(?:{ADDRESSEE}(?:[、，,和及]\s*)?)+\s*[，,！!：:]")

# Titles: "在……上的讲话", "……政府工作报告", "……致辞".
TITLE_WORDS = re.compile(
    r"(?:讲话|报告|致辞|发言|讲话稿|讲话提纲|主持词|总结|工作要点|述职|汇报|动员|部署|上的)"
)

# Front-matter lines between title and salutation: "——2024年1月21日在……上", "（2025年2月10日）",
# "县长 张三", "通渭县人民政府县长", a bare name.
DATE_LINE = re.compile(r"^[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]?$")
DASH_LINE = re.compile(r"^(?:——|－－|--|—|――|―)")

# The transition announces the parts that follow: "下面，我讲几点意见", "我先就经济工作讲六点意见",
# "再强调四个方面的意见", "主要抓了八个方面的重点工作".
TRANSITION = re.compile(
    r"(?:(?:讲|谈|强调|提|说|部署|交流)(?:以下)?(?:几|[一二三四五六七八九十两]|\d)"
    r"(?:点|个方面|方面|层意思|条|句话|个问题|个字)"
    r"|(?:几|[一二三四五六七八九十两]|\d)(?:点|个方面的?|方面的?)(?:意见|看法|体会|要求|建议|工作|重点)"
    r"|下面，(?:我|就|结合|根据|围绕|按照)|以下几点|讲几点|讲几句|讲些意见)"
)
# A report announces its work plan in one short sentence: "重点抓好以下八个方面的工作：".
TASK_ANNOUNCEMENT = re.compile(
    r"(?:抓好|做好|把握好?|讲|谈|强调|部署)(?:以下)?(?:几|[一二三四五六七八九十两]{1,3}|\d{1,2})"
    r"个?(?:方面|点)的?(?:工作|意见|重点|任务)?[：:。]$"
)
# Weaker transitions that turn from review to problems or tasks.
TURN = re.compile(r"(?:在肯定成绩的同时|成绩来之不易|我们也(?:要|必须)清醒(?:地)?(?:看到|认识到))")

# Closing exhortation: "让我们……", "同志们，……！".
EXHORTATION = re.compile(r"让我们|号召|奋力谱写|共同努力|携手|开创.{0,12}新局面|新篇章|更大贡献")

# Appendix blocks after the speech proper: glossaries, notes, attachments.
# Notes numbered "[1]…", "［2］“放管服”：…" after the speech explain terms marked in the text.
APPENDIX = re.compile(
    r"^[※★☆◆■*\s]*(?:有关用语说明|名词解释|注释|附注|附件\s*\d*|附表|附[：:]|注[：:]|备注|说明[：:]|"
    r"[（(]?\s*(?:来源|责任编辑|编辑|校对)[：:]|[\[［【]\s*\d{1,3}\s*[\]］】])"
)

# Sentence-start words: where a body starts when a heading is glued to it (scraped text lost the
# line break and the 。). Ordered longest first by the caller.
BODY_START_STRONG = _words(
    "今年以来 近年来 近几年 多年来 一年来 五年来 这些年来 上半年 下半年 "
    "今年 去年 明年 当前 目前 截至 截止 随着 我们 我县 我市 我省 我区 "
    "全县 全市 全省 全区 各乡镇 各部门 各级 各地 为此 对此 因此 同时 "
    "总之 这是 这就 这些 只有 必须 要坚持 要把 要以 要在 要聚焦 要加快 "
    "要加强 要深入 要持续 要进一步 一是 一要 第一， 首先，"
)
# Time and connective openers: a body sentence, never the inside of a heading.
BODY_START_TEMPORAL = _words(
    "今年以来 近年来 近几年 多年来 一年来 五年来 这些年来 上半年 下半年 今年 去年 明年 "
    "当前 目前 截至 截止 随着 为此 对此 因此 同时 总之 过去的一年 过去一年 过去五年 "
    "回顾过去"
)
# What a "……以来，" clause opening a body starts with: "改革开放以来，", "党的十八大以来，".
BODY_START_SINCE = _words(
    "改革开放 党的 十八大 十九大 二十大 新中国 建国 今年 去年 近年 疫情 本届 换届 入春 入夏 汛期"
)
BODY_START_VERB = _words(
    "深入 坚持 坚定 全面 认真 按照 围绕 聚焦 紧紧围绕 紧盯 立足 着眼 "
    "瞄准 锚定 积极 加快 大力 持续 着力 切实 扎实 进一步 始终 不断 统筹 "
    "落实 牢固树立 树立 严格 充分 把 以 通过 针对 对标 抢抓 依托 结合 "
    "为了 为进一步 围绕着 面对 面临 站在 做好 抓好 实施 推动 推进 "
    "深化 强化 加强 健全 完善 优化 提升 突出 注重 发挥 建立 确保 力争 "
    "争取 全力 用好 根据 从 继续 紧紧"
)

# Words a heading phrase typically ends on (……建设, ……水平): evidence for a glued split.
HEADING_END_WORDS = _words(
    "建设 发展 工作 水平 能力 体系 机制 质量 成效 效能 环境 产业 短板 "
    "治理 改革 开放 创新 保障 安全 稳定 民生 福祉 振兴 增长 动能 格局 "
    "优势 基础 底线 任务 目标 项目 品质 活力 合力 力量 局面 篇章 贡献 "
    "形势 劲头 作用 责任 作风 本色 融合 城建 环保 投资 消费 服务 管理 "
    "升级 提效 质效 落实 攻坚 防线 屏障 支撑 引擎 底色 根基 后劲 红线 "
    "转型 品牌 文章 实效 新篇 新局 大局 建管 队伍 推进 提升 加强 增强 "
    "向好 有力 释放 显著 显着 积能 宜人 实处 推动 突破 挑战 机遇"
)

# A heading never ends on these (the split would cut a phrase in two).
BAD_HEADING_END = frozenset("的和与及、在对把以为从向于并或等之其被将")

# Lead sentences are verb-object commands; a statement starts with a subject or a connective.
LEAD_BAD_START = re.compile(
    r"^(?:我|你|他|她|它|这|那|此|其中|该|各|本|今年|去年|明年|上半年|下半年|目前|当前|现在|同时|此外|另外|总之|"
    r"因此|所以|但|而|如果|比如|例如|对此|为此|只有|只要|虽然|尽管|不仅|要(?!素)|必须|应当|应该|"
    r"会上|会后|会前|"
    r"大家|请|谢谢|希望|相信|感谢|过去|一年|二|三|四|五|六|七|八|九|十|第|首先|其次|最后|"
    r"再次|然后|主要|具体|重点是|关键是)"
)
LEAD_BAD_CHARS = re.compile(r"[，,、：:；;！？?!（）()《》…—\d]|[了吗呢吧啊着过]$|的$|是$")
