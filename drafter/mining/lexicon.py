"""Word lists the name scrubber needs: what Chinese official writing treats as generic, and the
shapes local names take (suffixes, titles, province names, surnames).

These are facts about the language of government texts in general, not about any corpus file.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Province-level divisions, full and short forms, and the short one-character names (陇, 秦 …)
# used in compounds (陇中, 秦巴). A speech names its own province often; a bank must not.
PROVINCES: frozenset[str] = _words(
    """
    北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南
    广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 北京市
    天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省
    山东省 河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省
    内蒙古自治区 广西壮族自治区 西藏自治区 宁夏回族自治区 新疆维吾尔自治区
    """
)
PROVINCE_SHORT: frozenset[str] = frozenset(
    "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔贵滇云陕秦甘陇青蒙桂藏宁新"
)

# Prefecture-level cities and prefectures by their short names (a county speech names its city
# and its partner cities: 张掖, 胶州, 安康市). Short names that are also ordinary words (大同,
# 长治, 安康, 白银, 海口, 玉树, 阿里) are left out; the suffix rules catch them as 大同市.
PREFECTURES: frozenset[str] = _words(
    """
    石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 阳泉 晋城 朔州 晋中 运城
    忻州 临汾 吕梁 呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 兴安盟
    锡林郭勒 阿拉善 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳市 葫芦岛
    长春 四平 辽源 通化 白山市 松原 白城 延边 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯
    七台河 牡丹江 黑河市 绥化 大兴安岭 南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江
    泰州 宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 合肥 芜湖 蚌埠 淮南 马鞍山
    淮北 铜陵 安庆 黄山市 滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平
    龙岩 宁德 南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 枣庄 东营
    烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡
    焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源 武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门
    孝感 荆州 黄冈 咸宁 随州 恩施 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化
    娄底 湘西 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远
    东莞 中山市 潮州 揭阳 云浮 南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾
    崇左 海口市 三亚 三沙 儋州 成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾
    广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山 贵阳 六盘水 遵义 安顺 毕节 铜仁 黔西南 黔东南 黔南
    昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆 拉萨
    日喀则 昌都 林芝 山南市 那曲 阿里地区 西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康市 商洛 兰州
    嘉峪关 金昌 白银市 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 临夏 甘南 西宁 海东 海北 黄南
    海南州 果洛 玉树州 海西 银川 石嘴山 吴忠 固原 中卫市 乌鲁木齐 克拉玛依 吐鲁番 哈密 昌吉
    博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 塔城 阿勒泰 石河子 胶州 福清 义乌 昆山 江阴
    """
)

# Large rivers, mountains and regions that speeches use as place names (黄河流域, 秦巴山区).
GEO_NAMES: frozenset[str] = _words(
    """
    黄河 长江 汉江 汉水 淮河 珠江 渭河 洮河 湟水 嘉陵江 岷江 雅砻江 金沙江 澜沧江 怒江
    雅鲁藏布江 秦岭 巴山 秦巴 大巴山 祁连 祁连山 昆仑 昆仑山 天山 太行 太行山 大别山 武陵山
    乌蒙山 六盘山 吕梁 河西走廊 陇东 陇中 陇南 陇东南 关中 陕北 陕南 江南 江北 华北 华东 华南
    华中 西北 西南 东北 黄土高原 青藏高原 云贵高原 河套 三江源 祁连山脉 贺兰山 阴山 燕山 长白山
    洞庭湖 鄱阳湖 太湖 青海湖 白洋淀 华北平原 东平湖 微山湖 大运河 京杭大运河
    """
)

# Place suffixes: a name before them is a place (蒿坪河, 马营镇, 兴隆路, 擂鼓台森林公园).
PLACE_SUFFIXES: tuple[str, ...] = tuple(
    sorted(
        _words(
            """
            省 市 州 盟 县 旗 区 镇 乡 村 组 社区 街道 片区 新区 园区 城区 开发区 高新区 示范区
            产业园 工业园 工业园区 物流园 科技园 农业园 示范园 路 街 巷 大道 大街 公路 高速 铁路
            线 段 桥 大桥 隧道 河 江 湖 海 溪 沟 渠 坝 堰 塘 泉 井 水库 电站 林场 牧场 农场 山
            峰 岭 峡 谷 坡 塬 梁 峁 滩 川 湾 洲 岛 坪 台 堡 寨 庄 屯 店 铺 口 关 门 寺 庙 宫 观
            塔 阁 楼 城 广场 公园 景区 古镇 小镇 小区 花园 家园 苑 府 湾区 港 码头 机场 车站 站
            """
        ),
        key=len,
        reverse=True,
    )
)

# Organisation suffixes: a name before them is an organisation (华能公司, 发投集团).
ORG_SUFFIXES: tuple[str, ...] = tuple(
    sorted(
        _words(
            """
            公司 集团 有限公司 股份公司 酒店 宾馆 饭店 商场 超市 银行 信用社 联社 合作社 协会
            商会 学会 中学 小学 初中 高中 一中 二中 三中 幼儿园 学校 学院 大学 职校 医院 卫生院
            研究院 研究所 实验室 中心 药业 制药 实业 股份 控股 科技公司
            """
        ),
        key=len,
        reverse=True,
    )
)

# Words in front of a suffix that make a generic phrase, not a name (全县, 各乡镇, 示范村, 新城区).
GENERIC_STEMS: frozenset[str] = _words(
    """
    全 各 我 本 该 外 邻 每 此 这 那 其 其他 相关 有关 所在 所属 周边 沿线 毗邻 附近 重点 示范
    试点 全省 全市 全州 全县 全区 全镇 全乡 全村 省 市 州 县 区 镇 乡 村 社区 城 城市 城镇 农村
    乡村 集镇 新 老 旧 大 小 中 东 西 南 北 上 下 前 后 内 外 高 低 新建 在建 拟建 已建 改造
    提升 配套 产业 工业 农业 商业 物流 科技 文化 旅游 生态 森林 湿地 地质 体育 口袋 城市公园 主
    支 干 次 国 省级 市级 县级 乡级 村级 国家级 两 三 四 五 六 七 八 九 十 百 千 万 一 二 几 多
    个 条 座 所 家 处 贫困 脱贫 易地 搬迁 安置 美丽 和美 宜居 特色 中心 核心 功能 园 景 道路
    交通 高速 普通 农村公路 公共 公益 民营 国有 集体 企业 医疗 卫生 教育 中小 职业 技工 师范
    寄宿制 九年一贯制 完全 民族 自然 行政 边远 偏远 山区 川区 平原 城中 城郊 郊区 近郊 城乡结合
    街 路 河 湖 山 水 林 田 草 沙 防洪 水利 水源 饮用水 灌区 河道 河湖 江河 流域 上游 下游 干流
    支流 主干 次干 环城 滨水 亲水
    """
)

# Words jieba's dictionary tags as names (ns/nr/nt …) that government texts use as ordinary words.
GENERIC_NAMEY: frozenset[str] = _words(
    """
    错峰 起付线 巡河 护山 治山 串点成线 融城 绕城 山城 三联 不出村 民心路 名镇 城带乡 中路 西路 东路
    南路 北路 水电路 以城带乡 水电路讯 阳奉阴违 智能化巡河
    习近平 毛泽东 邓小平 和县 兴县 中宣部 国务院 国家发改委 发改委
    重特大 特大 一棵树 多维度 中考 高考 上市公司 陆港 空港 海港 内陆 沿边 边境 口岸 城乡居民
    中国 中华 中华民族 全国 国家 党中央 中央 省委 市委 州委 县委 党组织 人民政府 人民代表大会
    人大代表 城市 城镇 城区 新区 新城区 老城区 城中村 古镇 小镇 各乡镇 乡镇 村庄 集镇 街区 社区
    小区 园区 景区 深度 普及 上市 美丽 高原 关联 加密 新建 山水 宜居 宜居城市 兴旺 串联 福利
    治本 南北 河水 德治 英雄 开园 美化 藩篱 满意度 多维度 多角度 法治化 重大意义 文明城市
    沿海地区 美食街 河湖 长三角 粤港澳 京津冀 成渝 东西部 西部 东部 中部 绿水青山
    金山银山 金山 银山 碧水 蓝天 净土 严峻性 严格执行 丰硕成果 克难 公正 关怀 养老 农村居民 农耕
    努力争取 努力实现 千钧 半拉子 华丽 双增长 双拥 同比增加 多渠道 大力支持 安于现状 安保 安全感
    安全观 宿舍楼 封山育林 屠宰 常见病 幸福感 幸福美好 幼儿园 广泛开展 庄园 康复 惠民 扬鞭
    承诺制 承载力 拓宽 敬老院 文明 明显增强 春耕 智慧 智能化 杜绝 查清 武警官兵 殷实 水土保持
    清正廉洁 满怀 牛羊 牛鼻子 玉成 玉米 白名单 黑名单 红黑榜 红黄蓝 督促检查 福祉 秋收 种养加
    种子田 续建 老同志 老大难 老黄牛 苗木 荣获 蓝图 许可 辛勤努力 道德 马拉松 高昂 高水平 托底
    崇高 宜人 三农 新格局 新进展 大力开展 大操大办 科研院所 民族宗教 公共交通 公共财政 城市交通
    加工厂 加油站 卫生院 中医医院 中医药 信用联社 联合会 联合体 统计局 民政局 农业局 力争 力保
    大力发展 天然林 拦路虎 生命安全 申报 相匹配 网络安全 道路交通 第三产业 迅速行动 汇报 诚信
    新一轮 保卫战 促发展 全民运动 控股集团 联网 源泉 五彩 清泉 中省 中考 城建 东西 南北两山 新村
    四村 开门红 西部大开发 一带一路 长江经济带 乡村振兴 东北 西北地区 华夏 神州
    祖国 天下 严峻 平安 和谐 繁荣 昌盛 富强 民主 自由 平等 公平 法治 爱国 敬业 友善 和平 发展
    振兴 复兴 团结
    """
)

# Acronyms that are ordinary in Chinese government texts.
GENERIC_ACRONYMS: frozenset[str] = _words(
    """
    GDP CPI PPI PPP PMI EPC EOD AI APP VR AR GB PM ETC PCT IPO OTA AAA AA A B C G S 5G 4G ICU CT
    DNA RCEP WTO IT IC LED LNG CNG KTV O2O B2B B2C
    """
)

# Characters that often stand alone between words in slogans (抓项目促发展); a run of other rare
# single characters is the signature of an unknown name split by the segmenter (蒿/坪).
COMMON_SINGLE: frozenset[str] = frozenset(
    "的了和与及或在是为对把被将从向以于由到至等要把让使给比跟同并而且就也都还又再更最很太已曾正"
    "抓促保稳扩优提强补增减控治建管用抓实干创争防守抢重固兴惠育引招聚推做打破立育带联包帮挂"
    "一二三四五六七八九十百千万亿两几个各每全本该其此这那之所其中上下内外前后左右东西南北大小多少"
    "新老高低好坏快慢早晚长短深浅宽窄厚薄真实有无非不未没可能会应须必得需当该敢善"
    "我你他她它们咱谁啥其量质效率能力心劲事人钱物地水电气路网房粮油肉蛋奶菜果茶林草"
    "活立惠美靓旺兴强"
)
