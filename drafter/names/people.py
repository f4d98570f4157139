"""People's names as official texts write them: the one table mining and lint share.

A surname and a title (向书记, 李县长), a name before a title (陈刚书记), a title then a name (县长
宗学谦). Mining replaces them by {person}; lint flags a surname and a leader's title in a draft
(王书记, 李县长), which names an official where the text should name the office.
"""

from __future__ import annotations


def _split(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles that follow or precede a person's name (向书记, 陈刚书记, 县长 宗学谦).
PERSON_TITLES: tuple[str, ...] = tuple(
    sorted(
        _split(
            """
            书记 副书记 县长 副县长 市长 副市长 州长 省长 区长 镇长 乡长 村长 主任 副主任 部长
            局长 副局长 主席 副主席 同志 委员 代表 处长 科长 主任委员 常委 总书记 董事长 总经理
            校长 院长 老师 先生 女士 旗长
            """
        ),
        # longest first, then by character: the same order (and so the same pattern, which the
        # pattern cache then finds) in every process, whatever the hash seed
        key=lambda title: (-len(title), title),
    )
)

# Common one-character surnames (for 向书记, 李县长: a surname and a title with nothing else).
SURNAMES: frozenset[str] = frozenset(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章云苏潘葛奚范彭"
    "郎鲁韦昌马苗凤花方俞任袁柳鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟"
    "平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危"
    "江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸"
    "左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬"
    "全郗班仰秋仲伊宫宁仇栾暴甘厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠"
    "蒙池乔阴胥苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍桑桂濮牛寿通边扈燕冀浦尚农温别庄晏柴瞿阎充慕连"
    "茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧沃利蔚越夔隆师巩厍聂晁勾敖融冷"
    "辛阚那简饶空曾沙养鞠须丰巢关蒯相查荆红游竺权逯盖益桓公"
)

# Titles of the leaders a speech names (lint: 王书记, 李县长 — a person where the office belongs)
LEADER_TITLES: tuple[str, ...] = (
    "书记",
    "县长",
    "区长",
    "市长",
    "州长",
    "旗长",
    "镇长",
    "乡长",
    "局长",
    "主任",
)
# The surnames common enough for lint to read before a leader's title in free text: not those
# that are prepositions (向/于/从/与 县长) or end ordinary words before a title (水利|局长)
COMMON_SURNAMES: str = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈曾彭吕苏卢"
    "蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟"
    "龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
