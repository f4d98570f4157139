"""Web noise: paragraphs as scraped → paragraphs of the speech only, plus what was removed.

Speeches copied from government sites, WeChat articles and paid writing sites carry the page
around them. What we remove, and why it can never be part of a speech:

- metadata lines: 发布:…时间:…字数:…, 来源：…, 时间：…, 责任编辑：…, 浏览次数：…, 原标题：…,
  索引号/发文单位 tables, a bare publishing timestamp ("2026年02月10日 07时41分", "2024-08-15");
- page controls: 【字号 大 中 小】 (also spread over several lines), 打印本页, 关闭窗口, 扫一扫…,
  分享到, 下载/打印/全屏/收藏, 上一篇/下一篇, 相关链接/相关报道 lists at the end;
- paywall and truncation notes: ##paidbegin##/##paidend##, 阅读全文, 大约剩余30%的内容被隐藏了;
- newspaper notes: （来源：XX日报）, （责任编辑：XX）, photo credits "本报记者 XX 摄";
- copyright and site footers (版权所有, ICP备, 网站标识码), hexadecimal link ids.

Rules look at whole short lines (a speech paragraph is long and ends in 。) or at exact inline
markers, so body text that mentions 来源 or 时间 is kept.
"""

from __future__ import annotations

import re

from drafter.corpus.chars import LETTER
from drafter.records import dataclass

# Multi-line or inline markers, applied to the whole text before it is split into lines.
_FONT_SIZE_BOX = re.compile(
    r"[【\[]\s*(?:字号|字体|文字|字)\s*[:：]?[\s大中小加减还原默认标准超特号体|TＴ]*[】\]]"
)
# A site's watermark left at the end of a scraped text: "搜索马 克 数 据 网".
_WATERMARK = re.compile(r"(?:搜索|来源：?)?\s*(?:百度)?马\s*克\s*数\s*据\s*网")
# A note reference inside a sentence: "“3689” ［1］", "“四个不摘”[24]", "“双减”政策【4】" (the
# notes, "[1]……" at a line start, are the report's appendix and stay for the outline to find).
# (a scraped page may space the number: 〔 3〕)
_NOTE_REF = re.compile(
    r"(?<=\S)[ \t]*(?:[\[［][ \t]?\d{1,3}[ \t]?[\]］]|【[ \t]?\d{1,3}[ \t]?】"
    r"|〔[ \t]?\d{1,3}[ \t]?〕)[ \t]*"
)
_PAID = re.compile(r"#{2,}\s*paid\s*(?:begin|end)\s*#{2,}", re.IGNORECASE)
_HIDDEN = re.compile(
    r"(?:大约|约|还)?剩余\s*\d+(?:\.\d+)?\s*[%％]\s*(?:的)?(?:内容|正文)?\s*(?:已|被)?(?:隐藏|未读)了?"
    r"|(?:剩余|部分)?内容已?被隐藏了?"
)
_READ_MORE = re.compile(
    r"(?:(?:点击|点此)?(?:阅读全文|查看全文|展开全文|全文阅读|阅读原文|查看更多|展开阅读全文)"
    r"(?:\s*(?:>>|»|》|→))?[ \t]*)+(?=\s|$)"
)
# A newspaper's dateline at the start of a paragraph (applied per paragraph, after recovery).
_NEWS_LEAD = re.compile(r"^\s*(?:本报讯\s*(?:[（(]记者[^）)]{0,20}[）)])?\s*)+")
_INLINE_NOTE = re.compile(
    r"[（(]\s*(?:来源|稿源|信息来源|文章来源|责任编辑|责编|编辑|作者|记者|本报记者|通讯员|原标题|原载|转自)"
    r"\s*[:：]?[^（）()\n]{0,40}[）)]"
)

# Labels of metadata lines. Such a line is short and never a sentence of the speech.
_LABELS = (
    "发布|发布人|发布者|发布时间|发布日期|发布机构|发布单位|发文单位|发文机关|发文时间|发文日期|成文日期"
    "|时间|日期|来源|来源URL|稿源|信息来源|文章来源|出处|作者|撰稿|撰稿人|记者|通讯员|编辑|责任编辑"
    "|责编|编审|审核|审校|校对|字数|浏览|浏览次数|浏览量|阅读|阅读量|阅读数|阅读次数|点击|点击数|点击量"
    "|访问量|访问次数|原标题|原文链接|原文地址|链接|网址|URL|索引号|主题分类|所属栏目|栏目|供稿|摄影"
    "|信息提供|分享到|分享|初审|复审|终审|校审|监制|出品|统筹|排版|美编|图片|视频|文字|文图"
)
# "来源：…", and the WeChat forms "来源 | …", "编辑丨…".
_META_LINE = re.compile(f"^[【\\[]?\\s*(?:{_LABELS})\\s*[:：|｜丨]", re.IGNORECASE)
# A WeChat or portal byline: "原创 XX融媒 2024-01-05 18:30 发表于甘肃".
_BYLINE = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}|发表于|^原创\s|^(?:首页|当前位置|您当前的位置|您的位置)"
)
_TITLE_LABEL = re.compile(r"^(?:标题|题目|文章标题)\s*[:：]\s*(?=\S)")
_BODY_LABEL = re.compile(r"^(?:正文|全文|内容)\s*[:：]?$|^[（(](?:全文)?完[）)]$|^全文完$")
_TIMESTAMP_LINE = re.compile(
    r"^(?:发布于|更新于|发表于)?\s*\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?"
    r"(?:\s*(?:\d{1,2}\s*[:：时]\s*\d{1,2}\s*分?(?:\s*[:：]\s*\d{1,2}\s*秒?)?))?"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?$"
)
# A date line of a speech is written in Chinese ("2024年1月21日", "（2024年1月21日）"); only an
# ISO-looking date or one with a clock time is page metadata.
_SPEECH_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
_PAGE_CONTROLS = re.compile(
    r"打印本页|关闭本页|关闭窗口|返回顶部|回到顶部|加入收藏|收藏本页|设为首页|点击查看全文|查看全文|阅读全文"
    r"|展开全文|全文阅读|阅读原文|复制链接|分享到|扫一扫|无障碍|相关附件|相关链接|相关报道|相关阅读"
    r"|相关新闻|相关文章|推荐阅读|延伸阅读|QQ空间|朋友圈|繁體|繁体|简体|打印|下载|全屏|收藏|关闭|分享"
    r"|微信|微博|字号|字体|默认|加大|减小|还原|大|中|小|QQ|>>|»|点击蓝字|关注我们|长按识别二维码"
    r"|长按二维码|识别二维码|往期推荐|往期回顾|精彩推荐|点赞|在看|点个|THE END|END|▼|▲"
    r"|[【】\[\]|｜:：/／>》<《·•\s-]"
)
_SCAN_LINE = re.compile(r"^(?:微信)?扫一扫|^用微信扫|^扫码|^手机扫|^扫描二维码")
_CLAUSE = re.compile(r"[，。；]")  # "扫码点餐等新业态，…" is a sentence, not a page control
_PREV_NEXT = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[:：]?")
_COPYRIGHT = re.compile(
    r"^版权所有|版权所有\s*[:：©(（]|Copyright|All Rights Reserved|©|ICP备|ICP证|公网安备"
    r"|网站标识码|主办单位\s*[:：]"
    r"|承办单位\s*[:：]|技术支持\s*[:：]|未经(?:授权|许可).{0,10}转载|禁止转载|不得转载|联系本站",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(
    rf"(?:记者|摄影|通讯员)\s*(?:{LETTER}|·){{2,5}}(?:\s+(?:{LETTER}|·){{2,5}})*\s*摄\s*[。）)]?$"
)
_HEX_ID = re.compile(r"^[0-9a-fA-F]{16,}\s*[:：]?$")
_FOOTER_START = re.compile(
    r"^[（(【]?\s*(?:责任编辑|责编|相关链接|相关附件|相关报道|相关阅读|相关新闻|相关文章|推荐阅读"
    r"|延伸阅读|打印本页|关闭窗口|扫一扫|上一篇|下一篇|分享到|往期推荐|往期回顾|精彩推荐"
    r"|上一页|免责声明|标签\s*[:：]|本栏推荐|阅读排行"
    r"|-*\s*(?:THE )?END\s*-*$)"
)
_HAS_TEXT = re.compile(r"[^\W_]")  # a letter or digit of any script

_SHORT = 120  # a metadata or control line is never longer than this
_FOOTER_MAX_CHARS = 2_000
_FOOTER_MAX_SHARE = 0.2
_FOOTER_MIN_INDEX = 3  # a footer follows a speech
_PROSE = 50  # a line of a speech's prose after a footer start: then it is no footer
_QUOTE = 30

# Each inline pattern with the substrings one of which it cannot match without.
_INLINE: tuple[tuple[re.Pattern[str], tuple[str, ...], str], ...] = (
    (_FONT_SIZE_BOX, ("字",), "字号控件"),
    (_PAID, ("#",), "付费标记"),
    (_NOTE_REF, ("[", "［", "【", "〔"), "注释编号"),
    (_WATERMARK, ("据",), "网站水印"),
    (_HIDDEN, ("隐藏", "剩余"), "隐藏内容提示"),
    (_READ_MORE, ("全文", "阅读原文", "查看更多"), "“阅读全文”链接"),
    (_INLINE_NOTE, ("（", "("), "来源注"),
)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Paragraphs after noise removal and short descriptions of what went."""

    paragraphs: tuple[str, ...]
    removed: tuple[str, ...]


def strip_inline_noise(text: str) -> tuple[str, tuple[str, ...]]:
    """Remove markers that sit inside lines or span lines (font-size boxes, paywall notes)."""
    removed: list[str] = []
    for pattern, keys, label in _INLINE:
        if not any(key in text for key in keys):
            continue  # a substring test is ~50× cheaper than a regex scan of the whole text
        if pattern is _FONT_SIZE_BOX:  # spans lines
            found = pattern.findall(text)
            text = pattern.sub("", text)
        else:  # scan only the lines that hold a key
            lines = text.split("\n")
            found = []
            for index, line in enumerate(lines):
                if any(key in line for key in keys):
                    found.extend(pattern.findall(line))
                    lines[index] = pattern.sub("", line)
            text = "\n".join(lines)
        removed.extend(f"{label}：{_quote(item)}" for item in dict.fromkeys(found))
    return text, tuple(removed)


def drop_noise_lines(paragraphs: list[str]) -> Cleaned:
    """Drop metadata, page-control, copyright and credit lines, and a link list at the end."""
    removed: list[str] = []
    kept: list[str] = []
    skip_value = False
    paragraphs, footer = _truncate_footer(paragraphs)
    if footer:
        removed.append(f"页脚：{_quote(' '.join(footer))}")
    for paragraph in paragraphs:
        text = paragraph.strip()
        if skip_value:
            skip_value = False
            if len(text) <= 12 and not re.search(r"[。，！？；：,.!?;:]", text):
                removed.append(f"网页信息：{_quote(text)}")
                continue
        text, leads = _strip_leads(text)
        removed.extend(leads)
        reason = _noise_reason(text)
        if reason is None:
            kept.append(text)
            continue
        removed.append(f"{reason}：{_quote(text)}")
        # "来源:" on one line and "四川日报" on the next: the value goes too.
        skip_value = bool(_META_LINE.match(text)) and not re.search(r"[:：]\s*\S", text)
    return Cleaned(tuple(kept), tuple(removed))


def _strip_leads(text: str) -> tuple[str, list[str]]:
    """Remove a "标题：" label (keeping the title) and a "本报讯" dateline at the start."""
    removed: list[str] = []
    stripped = True
    while stripped:
        stripped = False
        for pattern, label in ((_TITLE_LABEL, "网页信息"), (_NEWS_LEAD, "新闻电头")):
            lead = pattern.match(text)
            if lead and lead.end():
                removed.append(f"{label}：{_quote(lead.group())}")
                text = text[lead.end() :].strip()
                stripped = True
    return text, removed


def _noise_reason(text: str) -> str | None:
    if not text:
        return None
    if len(text) > _SHORT:
        return None
    if _META_LINE.match(text) and "。" not in text:
        return "网页信息"
    if _BYLINE.search(text) and "。" not in text and len(text) <= 80:
        return "网页信息"
    if _BODY_LABEL.match(text):
        return "网页信息"
    if _TIMESTAMP_LINE.match(text) and not _SPEECH_DATE.match(text):
        return "发布时间"
    if not _HAS_TEXT.search(_PAGE_CONTROLS.sub("", text)):
        return "网页控件"
    if (_SCAN_LINE.match(text) and len(text) <= 40 and not _CLAUSE.search(text)) or (
        _PREV_NEXT.match(text)
    ):
        return "网页控件"
    if _COPYRIGHT.search(text):
        return "版权信息"
    if _PHOTO_CREDIT.search(text):
        return "图片说明"
    if _HEX_ID.match(text):
        return "网页链接"
    return None


def _truncate_footer(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Cut a page footer (责任编辑/相关链接 and the link list after it) near the end."""
    total = sum(len(p.strip()) for p in paragraphs)
    position = 0
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.strip()
        if (
            len(text) <= 40
            and _FOOTER_START.match(text)
            and (
                (
                    position >= total * (1 - _FOOTER_MAX_SHARE)
                    and total - position <= _FOOTER_MAX_CHARS
                )
                # A portal's link lists can outweigh the page: no prose after it is enough.
                or (index >= _FOOTER_MIN_INDEX and _no_prose(paragraphs[index + 1 :]))
            )
        ):
            tail = paragraphs[index:]
            return paragraphs[:index], [p.strip() for p in tail if p.strip()]
        position += len(text)
    return paragraphs, []


def _no_prose(paragraphs: list[str]) -> bool:
    """No sentence of a speech follows: only short lines (link lists, dates, tag clouds)."""
    return not any(len(p.strip()) > _PROSE and "。" in p for p in paragraphs)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE else text[: _QUOTE - 1] + "…"
