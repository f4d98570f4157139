"""The jieba adapter: the only module that imports jieba.

Input: simplified Chinese text. Output: words (``cut``), a word's usual part-of-speech tag as
jieba's dictionary records it (``word_tag``), and whether a word is in the dictionary at all
(``known_word``). The first use builds jieba's tables once, with a private ``jieba.Tokenizer``
(its logger silenced) and the compounds of government language added as user words so that
高质量发展 or 放管服 stay one token, and caches them: later processes read the cache and cut with
jieba's arithmetic (``lcut_no_hmm``) without importing jieba at all. Part-of-speech tags come
from the dictionary file (``word freq tag`` per line), looked up rather than computed by running
posseg over the text, which is five times slower than segmentation itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
from array import array
from collections.abc import Iterable
from functools import lru_cache
from math import log
from pathlib import Path
from typing import Any

# Compounds of government language that jieba splits unless told otherwise. They are generic
# (every county uses them), so name scrubbing treats them as ordinary words.
GOVERNMENT_WORDS: tuple[str, ...] = (
    # (a compound holding another topic's word is one word: 金融生态|环境, not 金融|生态环境)
    "金融生态",
    "政治生态",
    "高质量发展",
    "乡村振兴",
    "营商环境",
    "放管服",
    "河湖长制",
    "河长制",
    "林长制",
    "田长制",
    "一网通办",
    "最多跑一次",
    "专精特新",
    "新型工业化",
    "新型城镇化",
    "县域经济",
    "民营经济",
    "招商引资",
    "固定资产投资",
    "地区生产总值",
    "一般公共预算收入",
    "社会消费品零售总额",
    "规上工业",
    "规上企业",
    "规模以上工业",
    "工业增加值",
    "城乡居民",
    "人均可支配收入",
    "高标准农田",
    "人居环境",
    "和美乡村",
    "防返贫",
    "巩固拓展",
    "脱贫攻坚",
    "衔接资金",
    "专项债",
    "专项债券",
    "中央预算内",
    "要素保障",
    "项目建设",
    "重点项目",
    "前期工作",
    "党风廉政",
    "全面从严治党",
    "八项规定",
    "形式主义",
    "官僚主义",
    "一岗双责",
    "过紧日子",
    "安全生产",
    "防灾减灾",
    "矛盾纠纷",
    "扫黑除恶",
    "网格化",
    "疫情防控",
    "医共体",
    "碳达峰",
    "碳中和",
    "污染防治",
    "生态文明",
    "国土绿化",
    "生态护林员",
    "公益林",
    "文旅融合",
    "全域旅游",
    "乡村旅游",
    "夜间经济",
    "以旧换新",
    "电子商务",
    "直播带货",
    "数字经济",
    "数字政府",
    "政务服务",
    "帮办代办",
    "惠企政策",
    "减税降费",
    "助企纾困",
    "稳存量",
    "扩增量",
    "优结构",
    "提质量",
    "稳增长",
    "促改革",
    "调结构",
    "惠民生",
    "防风险",
    "保稳定",
    "抓落实",
    "真抓实干",
    "担当作为",
    "干事创业",
    "倒排工期",
    "挂图作战",
    "党的二十大",
    "二十届三中全会",
    "二十届二中全会",
    "习近平新时代中国特色社会主义思想",
    "习近平总书记",
    "新发展理念",
    "新发展格局",
    "共同富裕",
    "中国式现代化",
    "十四五",
    "十五五",
    "民生实事",
    "民生支出",
    "社区工厂",
    "劳动力转移",
    "技能培训",
    "紧密型",
    "城乡共同体",
    "标准化厂房",
    "飞地经济",
    "产业链",
    "链主企业",
    "产业集群",
    "高新区",
    "开发区",
    "老旧小区",
    "城市更新",
    "棚户区改造",
    "保障性住房",
    "四好农村路",
    "农村公路",
    "三大攻坚战",
    "六稳",
    "六保",
    "县委",
    "县政府",
    "县人大",
    "县政协",
    "全会",
    "全县上下",
)

# Two- and three-character abbreviations of government writing (提质, 强链, 筑牢 …) that jieba does
# not know: without them its HMM glues them to neighbours ("要筑牢") and they look like unknown
# names to the scrubber.
GOVERNMENT_ABBREVIATIONS: tuple[str, ...] = tuple(
    """
    提效 提质 提质效 赋能 文旅 强链 补链 延链 聚力 做强 做优 做大 做实 做精 做深 做靓 抓实 筑牢
    兜牢 守牢 压茬 晋位 对标 对表 包抓 包联 专班 康养 研学 非遗 冷链 托育 托幼 禁烧 禁燃 入规
    升规 限上 限下 规上 固投 降碳 增绿 质效 蝶变 颜值 达效 靠实 树牢 铸牢 厚植 打牢 施策 并网
    输转 提标 双控 问效 问责 发力 凝心 落细 面源 用情 投用 稳控 创稳 维稳 兜底 托底 纾困 惠企
    助企 暖企 亲商 安商 引商 招商 稳岗 扩岗 保供 稳价 稳粮 扩面 提档 提级 扩容 增效 降本 减负
    松绑 清零 销号 闭环 包保 联农 带农 富民 强县 兴县 强镇 强村 富村 产城 城乡 镇村 县域 镇域
    村级 户厕 改厕 雨污 尾水 扬尘 抑尘 餐厨 固废 危废 危化 危化品 碳汇 林长 河长 田长 路长 街长
    链长 链主 群链 建链 育链 招大引强 项目化 清单化 专班化 一体化 规范化 常态化 长效化 精细化
    智慧化 数字化 便利化 应统尽统 应保尽保 应救尽救 应享尽享 应收尽收 能入尽入 应纳尽纳 尽锐出战
    见行见效 落地见效 主播 乱搭乱建 互采互购 交旅融合 产教融合 亩均 依规 依法依规 借智 借力借智
    入园 入河 入河排污口 农头工尾 粮头食尾 畜头肉尾 分岗 列单 加分 助农 医养 医养结合 占道经营
    县情 发改局 卫健局 住建局 含绿量 以奖代补 定损 宜业 宜居宜业 家纺 展陈馆 师德师风 扛牢 扮靓
    援企稳岗 政银企 散煤 以文塑旅 以旅彰文 湖库 满产 漏项 潮玩 赛项 跨域通办 转暖 遗撒 遵规守矩
    铸魂 降费 院企 院地 校地 风清气正 首违不罚 步道 托位 不忘初心 居安思危 村均 省定 荷储
    源网荷储 职转 脱虚向实 招引 落细落实 压紧压实 靶向 蓄势 积能 聚势 固本强基 挖潜活市 活市
    兴市 强市 富县 兴村 强基
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# National slogans and policy names every county quotes (“两个维护”, “四个不摘”): ordinary words
# of government writing, never a county's own name.
NATIONAL_SLOGANS: tuple[str, ...] = tuple(
    """
    两个确立 两个维护 四个意识 四个自信 两个务必 三个务必 五位一体 四个全面 两个一百年 国之大者
    三公经费 两不愁三保障 两不愁 三保障 三重保障 四个不摘 防返贫 放管服 六稳 六保 证照分离
    最多跑一次 一网通办 一网统管 一件事一次办 一企一策 一户一策 一村一策 一县一业 一村一品
    三医联动 三品一标 三权分置 多规合一 千万工程 四下基层 八五普法 七五普法 三管三必须
    枫桥经验 浦江经验 两山 两高 三农 四好农村路 厕所革命 河湖长制 三线一单 双碳 双控 能耗双控
    三级甲等 三级乙等 二级甲等 二级乙等 专精特新 小升规 个转企 小升限 接诉即办
    首违不罚 容缺受理 帮办代办 亩均论英雄 标准地 拿地即开工 交地即交证 交房即交证 保交楼
    急难愁盼 腾笼换鸟 链长制 林长制 田长制 河长制 街长制 路长制 双招双引 招大引强
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# jieba's part-of-speech tags for names: place, person, organisation, other proper noun.
NAME_TAGS: frozenset[str] = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz"})


_lock = threading.Lock()
_state: dict[str, Any] = {}

# Bumped when what the tables cache holds changes shape.
_TABLES_FORMAT = "5"


def _import_jieba() -> Any:
    """``import jieba`` without ``pkg_resources`` (0.1–0.15 s of setuptools' start-up): jieba
    only uses it to open its own dictionary file, and opens the file directly without it."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


# One table for the cut and the tags: a word's entry is its frequency shifted left by
# ``_TAG_BITS`` with the number of its dictionary tag in the bits below (0: no tag; a prefix of
# a word, frequency 0, is 0). Loading one table of half a million words instead of that and a
# second of 350,000 (tags) saves ~0.1 s before mining forks.
_TAG_BITS = 8
_TAG_MASK = (1 << _TAG_BITS) - 1

Tables = tuple[dict[str, int], int, tuple[str | None, ...]]  # (entries, total, tag names)


def _tables() -> Tables:
    """(entries, total, tag names): the frequencies jieba's ``initialize()`` and our
    ``add_word()`` calls leave in a tokenizer, with the dictionary's tags, packed together (see
    ``_TAG_BITS``); read from our tables cache, where jieba is not even imported (~30 ms: its
    HMM's tables load with it), else built once with a private jieba tokenizer and cached."""
    tables = _state.get("tables")
    if tables is not None:
        return tables  # type: ignore[no-any-return]
    with _lock:
        if "tables" not in _state:
            cache = _tables_cache()
            read = _read_tables(cache) if cache is not None else None
            if read is None:
                tokenizer = _new_tokenizer()
                tokenizer.initialize()
                for word in _USER_WORDS:
                    tokenizer.add_word(word, freq=max(tokenizer.suggest_freq(word), 100), tag="n")
                read = _pack(tokenizer.FREQ, tokenizer.total, _read_name_tags(tokenizer))
                if cache is not None:
                    _write_tables(cache, read)
            _state["tables"] = read
    return _state["tables"]  # type: ignore[no-any-return]


def _pack(freq: dict[str, int], total: int, tags: dict[str, str]) -> Tables:
    """The tables as ``_tables`` gives them. A word of frequency 0 is no word for jieba (nor
    for ``known_word``) and keeps no tag (jieba 0.42.1's dictionary has none)."""
    names: tuple[str | None, ...] = (None, *sorted(set(tags.values())))
    if len(names) > _TAG_MASK + 1:
        raise ValueError(f"jieba's dictionary has {len(names) - 1} tags, more than the table holds")
    number = {name: index for index, name in enumerate(names)}
    entries = {
        word: count << _TAG_BITS | number[tags.get(word)] if count else 0
        for word, count in freq.items()
    }
    return entries, total, names


def _new_tokenizer() -> Any:
    """A private jieba tokenizer (its logger quiet, its cache in our private folder)."""
    jieba = _import_jieba()
    import logging  # (here: lint and draft import this module for its tables, not jieba)

    # jieba logs a failed cache dump as an ERROR with a traceback; a cache it cannot write
    # costs only time, so nothing below CRITICAL reaches the writer.
    logging.getLogger("jieba").setLevel(logging.CRITICAL)
    jieba.setLogLevel(logging.CRITICAL)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(_private_cache_dir())
    return tokenizer


_USER_WORDS: tuple[str, ...] = (*GOVERNMENT_WORDS, *GOVERNMENT_ABBREVIATIONS, *NATIONAL_SLOGANS)


def _tables_cache() -> Path | None:
    """Where the tokenizer's tables are kept once built: keyed by jieba's code (its
    ``__init__.py``, which holds its version) and dictionary file (size and time) and by our own
    word lists, so a change to any of them builds them anew. None when jieba cannot be found
    (importing it then says why)."""
    from importlib.util import find_spec

    try:
        spec = find_spec("jieba")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    code = Path(spec.origin)
    dictionary = code.with_name(_JIEBA_DICTIONARY)
    stamps = []
    for path in (code, dictionary):
        try:
            info = path.stat()
            stamps.append(f"{path}:{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            stamps.append("?")
    key = "\n".join((_TABLES_FORMAT, sys.byteorder, *stamps, *_USER_WORDS))
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return _private_cache_dir() / f"drafter-jieba-tables-{digest}.cache"


# jieba's dictionary file (``jieba.DEFAULT_DICT_NAME``), beside its ``__init__.py``
_JIEBA_DICTIONARY = "dict.txt"


def _read_tables(cache: Path) -> Tables | None:
    """The tables (see ``_tables``) from ``cache``; None when it is missing or unusable.

    The file holds the words as one text (one a line), the distinct entries as an array of 64-bit
    integers and, per word, the number of its entry among them: splitting the text and pairing it
    with the entries builds the dictionary in ~0.17 s, where ``marshal.loads`` of the dictionary
    itself took ~0.25 s (and jieba's own ``marshal.load(file)`` of its table, read in small
    pieces, about three times as long). The table is loaded before mining forks, on the path
    every run waits for.

    The 349,413 words with an entry share 16,855 distinct ones: the dictionary's values are these
    few objects, not one each (~11 MB less to make, and fewer pages that mining's processes,
    forked after the load, copy from each other as their look-ups count references)."""
    try:
        loaded = marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not (
        isinstance(loaded, tuple)
        and len(loaded) == 6
        and loaded[0] == _TABLES_LAYOUT
        and isinstance(loaded[1], int)
        and isinstance(loaded[2], tuple)
        and all(isinstance(part, bytes) for part in loaded[3:])
    ):
        return None
    _, total, names, words_text, values_data, index_data = loaded
    values = array(_VALUE_TYPE)
    index = array(_INDEX_TYPE)
    try:
        words = words_text.decode("utf-8").split("\n")
        values.frombytes(values_data)
        index.frombytes(index_data)
        if len(words) != len(index):
            return None
        distinct = values.tolist()
        return dict(zip(words, map(distinct.__getitem__, index), strict=True)), total, names
    except (UnicodeDecodeError, ValueError, IndexError):
        return None


# What the tables file holds (``_write_tables``), the type of its array of distinct entries (a
# signed 64-bit integer: a frequency shifted by ``_TAG_BITS`` fits many times over) and of its
# array of each word's number among them.
_TABLES_LAYOUT = "words-by-line+distinct-int64+index-uint32"
_VALUE_TYPE = "q"
_INDEX_TYPE = "I"


def _write_tables(cache: Path, tables: Tables) -> None:
    """Write ``tables`` to ``cache`` as ``_read_tables`` reads them (nothing when a word holds a
    line break or an entry does not fit the array: the tables are then built every run)."""
    entries, total, names = tables
    if any("\n" in word for word in entries):
        return
    numbers = {value: number for number, value in enumerate(dict.fromkeys(entries.values()))}
    try:
        values = array(_VALUE_TYPE, numbers)
        index = array(_INDEX_TYPE, map(numbers.__getitem__, entries.values()))
    except OverflowError:
        return
    data = marshal.dumps(
        (
            _TABLES_LAYOUT,
            total,
            names,
            "\n".join(entries).encode("utf-8"),
            values.tobytes(),
            index.tobytes(),
        )
    )
    with contextlib.suppress(OSError):
        temporary = cache.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, cache)


def _read_name_tags(tokenizer: Any) -> dict[str, str]:
    """word → part-of-speech tag, as jieba's dictionary file records it (~0.3 s to parse; the
    result is kept in the tables cache)."""
    with tokenizer.get_dict_file() as handle:
        raw = handle.read()
    tags = dict(line.rsplit(" ", 1) for line in raw.decode("utf-8").split("\n") if line)
    tags = {entry.split(" ", 1)[0]: tag for entry, tag in tags.items()}
    for word in _USER_WORDS:
        tags.pop(word, None)
    return tags


def _private_cache_dir() -> Path:
    """A folder only this user can write, for jieba's dictionary cache and our tag table.

    jieba's default is the shared temporary folder: a ``/tmp/jieba.cache`` left by another user
    cannot be replaced (and would be loaded unchecked). drafter's own cache folder is used when it
    can be made private; otherwise a fresh private temporary folder, removed at exit."""
    from drafter.phrasebank.cache import cache_dir

    if "cache_dir" in _state:
        return Path(_state["cache_dir"])
    folder: Path | None = None
    base = cache_dir()
    if base is not None:
        candidate = base / "jieba"
        try:
            candidate.mkdir(mode=0o700, parents=True, exist_ok=True)
            if _is_private(candidate):
                folder = candidate
        except OSError:
            folder = None
    if folder is None:
        import atexit
        import shutil

        folder = Path(tempfile.mkdtemp(prefix="drafter-jieba-"))
        atexit.register(shutil.rmtree, folder, True)
    _state["cache_dir"] = str(folder)
    return folder


def _is_private(folder: Path) -> bool:
    """Owned by this user and writable by nobody else (always true where there are no uids)."""
    if not hasattr(os, "getuid"):
        return os.access(folder, os.W_OK)
    info = folder.stat()
    return info.st_uid == os.getuid() and not info.st_mode & 0o022 and os.access(folder, os.W_OK)


def get_segmenter() -> Any:
    """A private ``jieba.Tokenizer`` holding our tables (for tests and benchmarks comparing
    against jieba's own cut)."""
    tokenizer = _state.get("tokenizer")
    if tokenizer is None:
        entries, total, _ = _tables()
        tokenizer = _new_tokenizer()
        tokenizer.FREQ = {word: entry >> _TAG_BITS for word, entry in entries.items()}
        tokenizer.total = total
        tokenizer.initialized = True
        for word in _USER_WORDS:
            tokenizer.user_word_tag_tab[word] = "n"
        _state["tokenizer"] = tokenizer
    return tokenizer


def warm_up() -> None:
    """Load the dictionary and the lookup tables now (≈0.4–0.5 s). Mining does so before it
    forks its workers, which share them (``mining.mine_bank``)."""
    _load_tables()


@lru_cache(maxsize=65536)
def cut(text: str) -> tuple[str, ...]:
    """The words of ``text``: jieba's dictionary mode without the HMM, so a word jieba does not
    know comes out as single characters (the HMM would glue it to a neighbour: "季及")."""
    # interned (``lcut_no_hmm``): a corpus repeats the same few thousand words millions of times
    return tuple(lcut_no_hmm(text))


def lcut_no_hmm(text: str) -> list[str]:
    """What ``jieba.Tokenizer.lcut(text, HMM=False)`` returns, about twice as fast.

    jieba splits the text into runs of Chinese, Latin letters and digits (cut by its dictionary)
    and the rest (whitespace kept whole, other characters one by one). A run is cut along the
    most probable path through the words its dictionary holds, computed right to left; jieba
    builds every position's word list, then takes the ``max`` of (score, end) tuples over it.
    This does the same in one pass with the same arithmetic, so every score is the same float
    and ties go to the longer word as they do in jieba (``tests/test_segment.py`` compares the
    two on the whole corpus). The words are interned (equal to jieba's, and shared: a corpus
    repeats the same few thousand words millions of times)."""
    han, skip = _RE_HAN, _RE_SKIP
    words: list[str] = []
    for block in han.split(text):
        if not block:
            continue
        if han.match(block):
            words.extend(_cut_run(block))
        else:
            for piece in skip.split(block):
                if skip.match(piece):
                    words.append(sys.intern(piece))
                else:
                    words.extend(map(sys.intern, piece))
    return words


@lru_cache(maxsize=131072)
def _cut_run(block: str) -> tuple[str, ...]:
    """The words of one run (``_cut_block``), interned. A run is cut on its own, whatever stands
    around it, so a clause cut once is not cut again: mining cuts a paragraph, later a sentence
    of it and the clauses of its figures (over 1.2 MB of reports a quarter of the runs it cut
    had been cut before, and most of what generalising cuts)."""
    entries, total, _ = _tables()
    words: list[str] = []
    _cut_block(block, entries, log(total), words, _weights(entries))
    return tuple(map(sys.intern, words))


def _weights(entries: dict[str, int]) -> dict[str, float | None]:
    """The log weights the cut has worked out from ``entries`` so far (``_cut_block``): kept
    with the tables they come from (a process holds one table)."""
    if _state.get("weights_of") is not entries:
        _state["weights_of"] = entries
        _state["weights"] = {}
    weights: dict[str, float | None] = _state["weights"]
    return weights


# jieba's ``re_han_default`` and ``re_skip_default`` (0.42.1; ``tests/test_segment.py`` checks
# them against the installed jieba): the runs its dictionary cut reads, and the rest.
_RE_HAN = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_RE_SKIP = re.compile("(\r\n|\\s)", re.U)

_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _cut_block(
    block: str,
    entries: dict[str, int],
    logtotal: float,
    words: list[str],
    weights: dict[str, float | None],
) -> None:
    """jieba's ``__cut_DAG_NO_HMM`` of one run (``entries``: see ``_tables``), its words
    appended to ``words``. ``weights``: each word's ``log(frequency) - logtotal`` once worked
    out (None for a prefix of words, frequency 0), filled here: over the runs of 1.2 MB of
    reports a word's weight is asked for ~20 times, and looking it up instead of computing it
    again takes ~15% off the cut (the same floats, added in the same order)."""
    size = len(block)
    score = [0.0] * (size + 1)  # the best path's score from each position to the end
    end = list(range(size))  # the last character of the word the best path starts with
    get = entries.get
    known = weights.get
    bits = _TAG_BITS
    for start in range(size - 1, -1, -1):
        best: float | None = None
        stop = start
        piece = block[start]
        while True:
            weight = known(piece, _UNKNOWN)
            if weight is _UNKNOWN:
                count = get(piece)
                if count is None:  # no word starts with it
                    break
                weight = weights[piece] = log(count >> bits) - logtotal if count else None
            if weight is not None:
                value = weight + score[stop + 1]
                if best is None or value >= best:
                    best, end[start] = value, stop
            stop += 1
            if stop >= size:
                break
            piece = block[start : stop + 1]
        if best is None:  # no word starts here: the character alone, frequency 1
            best = 0.0 - logtotal + score[start + 1]
        score[start] = best
    # single Latin letters and digits in a row make one word
    buffer = ""
    at = 0
    while at < size:
        stop = end[at] + 1
        word = block[at:stop]
        if stop - at == 1 and word in _LATIN:
            buffer += word
        else:
            if buffer:
                words.append(buffer)
                buffer = ""
            words.append(word)
        at = stop
    if buffer:
        words.append(buffer)


_UNKNOWN: Any = object()  # (a weight not worked out yet)

_ENTRIES: dict[str, int] = {}
_TAG_NAMES: tuple[str | None, ...] = (None,)


def _load_tables() -> None:
    """Point the module's hot lookups at the tables."""
    global _ENTRIES, _TAG_NAMES
    _ENTRIES, _, _TAG_NAMES = _tables()


def word_tag(word: str) -> str | None:
    """The name tag (ns, nr, nrt, nrfg, nt, nz) jieba's dictionary gives ``word``, else None."""
    if not _ENTRIES:
        _load_tables()
    tag = _TAG_NAMES[_ENTRIES.get(word, 0) & _TAG_MASK]
    return tag if tag in NAME_TAGS else None


def word_pos(word: str) -> str | None:
    """The part-of-speech tag jieba's dictionary gives ``word`` (n, v, l, ns …), else None."""
    if not _ENTRIES:
        _load_tables()
    return _TAG_NAMES[_ENTRIES.get(word, 0) & _TAG_MASK]


def known_word(word: str) -> bool:
    """Whether ``word`` is in jieba's dictionary (or our government words) with a frequency."""
    if not _ENTRIES:
        _load_tables()
    return bool(_ENTRIES.get(word))


def rarer_words(words: Iterable[str], below: int) -> dict[str, int]:
    """The words of ``words`` of two characters or more whose dictionary frequency
    (``word_frequency``) is below ``below``, in the order given, each with its frequency (0:
    not in the dictionary, as ``known_word`` says). One look-up a word, in one loop: mining asks
    it of the ~11,000 words of 1.2 MB of reports between its phases, while its worker waits."""
    if not _ENTRIES:
        _load_tables()
    get, bits = _ENTRIES.get, _TAG_BITS
    found: dict[str, int] = {}
    for word in words:
        if len(word) >= 2:
            frequency = get(word, 0) >> bits
            if frequency < below:
                found[word] = frequency
    return found


def unknown_words(words: Iterable[str]) -> list[str]:
    """The words of ``words`` not in the dictionary (``known_word`` false), in the order given."""
    if not _ENTRIES:
        _load_tables()
    get = _ENTRIES.get
    return [word for word in words if not get(word)]


def word_frequency(word: str) -> int:
    """jieba's dictionary frequency of ``word`` (0 when unknown)."""
    if not _ENTRIES:
        _load_tables()
    return _ENTRIES.get(word, 0) >> _TAG_BITS
