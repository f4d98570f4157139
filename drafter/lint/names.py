"""Foreign names: places and officials that do not belong to the speech's county.

Input: paragraphs, the county's name (from ``--county`` or the targets file), names that must
never appear (the bank's scrubbed list, names the caller knows are foreign), and text the
writer supplied (targets values) whose names are allowed. Output: findings.

Without a gazetteer a name is recognised by its shape: two characters before an administrative
suffix (白河县, 柳林镇, 东城区委), or a surname before an official's title (王书记, 李县长).
Generic words of the same shape (全县, 示范县, 城乡, 乡镇, 副书记, 各位县长) are listed below.
Another county's name is an error; a town, village or official can be the county's own, so in a
hand-written speech they are warnings, and errors only in a generated draft (where every name
must come from the targets file).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from drafter.lint.model import Finding, Severity, finding, quote_around


def _words(*lines: str) -> frozenset[str]:
    return frozenset(word for line in lines for word in line.split())


_COUNTY_SUFFIX = re.compile(r"(?:自治县|自治旗|县|区|市|旗|特区|新区|林区)$")

# Two characters before 县/旗 that make a common word, not a name: 全县 is one character and
# never matches; these are the two-character ones seen in speeches and reports.
_GENERIC_COUNTY_STEMS = _words(
    "示范 百强 强县 大县 农业 工业 旅游 生态 文明 卫生 园林 平安 法治 经济 财政 产粮 粮食 畜牧",
    "全国 全省 全市 国家 省级 市级 先进 试点 贫困 重点 边境 山区 民族 少数 革命 老区 千亿 百亿",
    "建设 创建 达标 文化 体育 教育 科技 健康 宜居 美丽 人才 质量 特色 品牌 开放 开发 发展 强市",
    "个区 各区 个县 各县 两县 三县 四县 五县 六县 七县 八县 九县 十县 多县 该县 本县 我县 邻近",
    "周边 相邻 郊县 毗邻 兄弟 所在 沿边 沿海 全区 各市 外县 县域 乡县 市县 区县 区市 一县",
)
# After 县, these make a common word out of the suffix (县城 is still "our" county's seat when
# the stem is generic, but 青禾县城 is a name): only 委/政府/人民 keep a generic stem a name.
_GENERIC_TOWN_STEMS = _words(
    "城乡 乡镇 城镇 集镇 村镇 小镇 强镇 重镇 名镇 古镇 建制 中心 重点 特色 示范 美丽 宜居 文明",
    "卫生 生态 旅游 各乡 全乡 该乡 本乡 我乡 全镇 该镇 本镇 我镇 各镇 家乡 故乡 下乡 返乡 回乡",
    "老乡 民族 县乡 县镇 进镇 到镇 入镇 乡村 农村 山村 渔村 新村 贫困 行政 自然 驻村 进村 入村",
    "村村 全村 各村 该村 本村 我村 试点 先进 样板 标杆 达标 人口 经济 工业 农业 商贸 边境 口岸",
    "中小 小城 产业 专业 电商 淘宝 历史 文化 红色 民俗 传统 和美 数字 智慧 平安 法治 清洁 无废",
    "森林 园林 绿色 低碳 零碳 康养 休闲 观光 避暑 星级 市级 省级 国家 全国 集体 空心 合并 撤并",
    "整村 易地 搬迁 移民 安置 脱贫 帮扶 结对 对口 定点 驻点 城中 城郊 近郊 偏远 边远 山区 牧区",
    "林区 沿河 沿江 沿湖 沿边 库区 灾区 老区 苏区 原乡 城市 都市 一乡 两乡 一镇 两镇 一村 两村",
    "个乡 个镇 个村 多个 等乡 等镇 等村 各个 每个 所有 街镇 镇村 乡里 东乡",
)
_NAME_CHAR = r"[\u4e00-\u9fff]"
# A county or banner: two characters, optional 自治, 县/旗, not followed by 域 (县域) or 级.
_COUNTY = re.compile(
    rf"(?P<stem>{_NAME_CHAR}{{2}})(?P<suffix>(?:\w{{0,6}}族)?自治县|县|旗)(?![域级])"
)
# A district counts only with its government bodies: "东城区委", "东城区人民政府".
_DISTRICT = re.compile(rf"(?P<stem>{_NAME_CHAR}{{2}})(?P<suffix>区)(?=委|政府|人民政府|人大|政协)")
_TOWN = re.compile(
    rf"(?P<stem>{_NAME_CHAR}{{2}})(?P<suffix>镇|乡|村|街道)(?![镇村级民庄落域里长委])"
)

# Surnames common enough to be worth a look before a title; 向/于/从/与 double as prepositions
# and are left out.
_SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈曾彭吕苏卢"
    "蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟"
    "龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
_TITLES = "书记|县长|区长|市长|州长|旗长|镇长|乡长|局长|主任|部长|主席|委员"
_OFFICIAL = re.compile(
    rf"(?<![\u4e00-\u9fff])(?P<surname>[{_SURNAMES}])(?P<title>{_TITLES})|"
    rf"(?<=[，。；：、！？“（\s的和与及])(?P<surname2>[{_SURNAMES}])(?P<title2>{_TITLES})"
)


def county_stem(county: str) -> str:
    """青禾县 → 青禾; 海拉尔区 → 海拉尔; 青禾 → 青禾."""
    county = county.strip()
    stem = _COUNTY_SUFFIX.sub("", county)
    return stem or county


def check_names(
    paragraphs: Sequence[str],
    *,
    county: str | None,
    foreign_names: Collection[str] = (),
    allowed_text: str = "",
    speaker_surname: str | None = None,
    generated: bool = False,
) -> list[Finding]:
    findings: list[Finding] = []
    own = county_stem(county) if county else None
    allowed = {own} if own else set()
    if own and len(own) > 2:
        allowed.add(own[:2])  # 海拉尔区 → 海拉 as seen by the two-character stem
    findings += _check_listed(paragraphs, foreign_names, own)
    if own is None and not generated:
        return findings
    for index, text in enumerate(paragraphs):
        for pattern, kind in ((_COUNTY, "county"), (_DISTRICT, "county"), (_TOWN, "town")):
            for match in pattern.finditer(text):
                stem, suffix = match.group("stem"), match.group("suffix")
                name = stem + suffix
                if _is_own(stem, text, match.start(), allowed) or name in allowed_text:
                    continue
                if kind == "county":
                    if stem in _GENERIC_COUNTY_STEMS or _generic_start(stem):
                        continue
                    if own is None:
                        continue  # a generated draft without a county: nothing to compare
                    findings.append(
                        finding(
                            "names.place",
                            Severity.ERROR,
                            index,
                            quote_around(text, match.start(), match.end()),
                            f"出现其他县（区）名称“{name}”，本讲话稿属于{county}",
                        )
                    )
                else:
                    if stem in _GENERIC_TOWN_STEMS or _generic_start(stem):
                        continue
                    findings.append(
                        finding(
                            "names.town",
                            Severity.ERROR if generated else Severity.WARNING,
                            index,
                            quote_around(text, match.start(), match.end()),
                            f"出现乡镇（村）名称“{name}”，请确认属于{county or '本县'}",
                        )
                    )
        for match in _OFFICIAL.finditer(text):
            surname = match.group("surname") or match.group("surname2")
            title = match.group("title") or match.group("title2")
            if surname == speaker_surname or f"{surname}{title}" in allowed_text:
                continue
            findings.append(
                finding(
                    "names.person",
                    Severity.ERROR if generated else Severity.WARNING,
                    index,
                    quote_around(text, match.start(), match.end()),
                    f"出现具体人名称谓“{surname}{title}”，请确认是本地领导，或改为职务称谓",
                )
            )
    return findings


def _check_listed(
    paragraphs: Sequence[str], names: Collection[str], own: str | None
) -> list[Finding]:
    wanted = sorted(
        {n for n in names if len(n) >= 2 and not (own and own in n)}, key=lambda n: (-len(n), n)
    )
    if not wanted:
        return []
    pattern = re.compile("|".join(re.escape(n) for n in wanted))
    findings: list[Finding] = []
    for index, text in enumerate(paragraphs):
        for match in pattern.finditer(text):
            findings.append(
                finding(
                    "names.scrubbed",
                    Severity.ERROR,
                    index,
                    quote_around(text, match.start(), match.end()),
                    f"出现其他地方的名称“{match.group()}”（短语库来源稿件中的地名、人名），疑为照抄旧稿",
                )
            )
    return findings


# First characters that turn "XX县" into a phrase rather than a name: 在全县, 是本县, 和该县 …
_GENERIC_FIRST = frozenset("全各本我该每此其两多个一等个在和与及对向为是了的到从于把将就")


def _generic_start(stem: str) -> bool:
    return stem[1] in "全各本我该每此其两多个一" or stem[0] in "个等"


def _is_own(stem: str, text: str, start: int, allowed: set[str]) -> bool:
    if not allowed:
        return False
    window = text[max(0, start - 4) : start + len(stem)]
    return any(name and name in window for name in allowed) or stem in allowed
