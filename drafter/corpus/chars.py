"""Character tables used to judge decodes and to tell traditional from simplified text.

Generated once (see the comments) and kept as constants: no data file to find at run time.
"""

from __future__ import annotations

# The ~780 most frequent simplified characters: the top 500 of a general frequency list of
# modern Chinese, united with the top 700 of government speeches and work reports. A correct
# decode of Chinese text has most of its characters here; a GB18030/Big5 cross-decode picks
# characters roughly at random from thousands and rarely hits this set.
COMMON_SIMPLIFIED = (
    "一七万三上下不与专且世业东两严个中为主丽举么义之九也习乡书了争事二于互五些交产亩享京亮亲人亿什今从他代以们件价任企众优会"
    "传但位低住体何作你使例供依便促俄保信修候债值做健储儿元充先光克党入全八公六共关兴其具养内再写军农决况准减几出分切划列则创"
    "利别到制前力办功加务动助努励劳势包化北区医十千升半华协单南占卫即却厂历压原去县参又及双反发取受变口只叫可台史号司各合同名"
    "后向吨听启告员周命和品响售商善器四回因团园困围固国图圆圈土在地场均坚型城域培基境增壮声处备复外多大天太央失头奋套她好如始"
    "委子字存季学它守安完定宜实审客室家容密富对导将小少尔就尽局层居届展属山岸川州工巩己已市布带帮常干平年并幸广序库应底店府度"
    "康廉廊建开式引张强当形影彻往征待很律得心必志快念态思急性总情惠想意感慧成我或战户房所手才扎打托执扩扬扶批承技把抓投护报担"
    "拉拓招拥持指按挥振据排探接控推措提握撑支收改攻放政效救教数整文斗料断斯新方施旅族无日旧早时明易是显普景智更最月有服期未本"
    "术机权材村条来板极构林果染查标树校样核根格案检棚森植楼模次正此步段每比毛民气水求江污没河油治沿法洁洋活派流测济海消深清温"
    "港游湖湾源满潜澳激火灾点热焦然照片牌牢牧物特状狠率王环现球理生用田由电界略疗病白百的益监盖目盯直相省看真眼着督知短石矿研"
    "破础确碳示社神福离种科积称移程税稳究空突立站竞童端第等筑策筹算管米类粤粮精系素索紧累红约级线组细织终经结绕给络统继绩续维"
    "综绿网置署美群老考者而耕职联聚育能脱自至航般良色艺节花苏范茶草药获菜营落蒙蔬融行街衡补表被装西要覆见观规视角解计认让训议"
    "记许论设访证评识试话该说调谋象负财责质贫购贯贴贸费资赛走起超越足跨路践身车转轮较边达迁过运近还这进远违连退适选通速造遇道"
    "那部都配酸采里重量金铁银链销键镇长门问间队防阶际降限院除险障难集零需青非面革音项顺须预领题额风飞食首马验高鼓龙"
)

# Their traditional forms (OpenCC s2t and s2tw of the set above, minus forms that are also
# simplified), so Big5 text scores as well as GB text.
COMMON_TRADITIONAL = (
    "並佔來個們備傳債價億優儲兒內兩別則創劃動務勞勢勵區協卻參員問啓啟單噸嚴國圍園圓圖團執堅報場壓壯奮學實審寫將專對導屆層屬帶"
    "幫幹幾庫廠廣張強後從復徵徹態應戰戶採揚揮撐擁擔據擴數斷於時書會東條業極構樓標樣樹機檢權歷氣汙決沒況減測準溫滿潔潛濟灣災為"
    "無熱營爭爲爾狀獲現環產畝當療發盡監眾確礎礦稅種稱積穩競節範築籌粵糧約紅級細終組結絡給統經綜綠維網緊線縣總績織繞繼續羣義習"
    "聯聲職聽脫臺與興舉舊華萬著蓋藝藥蘇處號衆術衛裏補裝裡見規視親觀計訓記訪設許評試話該認說調論謀證識議護變讓負財貧貫責費貼貿"
    "資質購賽踐車軍較輪轉辦農這連進遊運過達違遠適遷選還邊鄉醫銀銷鍵鎮鏈鐵長門開間關隊階際險雙離難電鞏響項順須預領頭題額類顯風"
    "飛養馬驗體鬥麗麼點黨龍"
)

COMMON_CHARS: frozenset[str] = frozenset(COMMON_SIMPLIFIED + COMMON_TRADITIONAL)

# Characters that only occur in simplified text (their traditional form differs and they are not
# themselves valid traditional characters; ambiguous ones such as 干/后/里/台/只 are left out).
SIMPLIFIED_MARKERS = (
    "万与专业东两严个为丽举义习乡书争产亩亲亿从们价众优会传体债储儿党关兴养内写军农决况减则创别办务动励劳势区医华协单占卫却厂"
    "压县参双变号吨听启员响团园围国图圆场坚壮声处备复头奋学实审对导将尔层届属巩带帮并广库应开张强当彻态总战户执扩扬护报担拥挥"
    "据撑数断无旧时显术机权条来极构标树样检楼气没洁测济温游湾满潜灾点热状环现电疗监盖矿础确离种积称税稳竞筑筹类粤粮紧红约级线"
    "组细织终经结绕给络统继绩续维综绿网群职联脱艺节苏药获营补装见观规视计认让训议记许论设访证评识试话该说调谋负财责质贫购贯贴"
    "贸费资赛践车转轮较边达迁过运还这进远违连适选铁银链销键镇长门问间队阶际险难项顺须预领题额风飞马验龙"
)

# Characters that only occur in traditional text (OpenCC tw2s changes them; 著 is left out
# because it is also a normal simplified character: 显著, 著名).
TRADITIONAL_MARKERS = (
    "並佔來個們備傳債價億優儲兒內兩別則創劃動務勞勢勵區協卻參員問啓啟單噸嚴國圍園圓圖團執堅報場壓壯奮學實審寫將專對導屆層屬帶"
    "幫幹幾庫廠廣張強後從復徵徹態應戰戶採揚揮撐擁擔據擴數斷於時書會東條業極構樓標樣樹機檢權歷氣汙決沒況減測準溫滿潔潛濟灣災為"
    "無熱營爭爲爾狀獲現環產畝當療發盡監眾確礎礦稅種稱積穩競節範築籌粵糧約紅級細終組結絡給統經綜綠維網緊線縣總績織繞繼續羣義習"
    "聯聲職聽脫臺與興舉舊華萬蓋藝藥蘇處號衆術衛裏補裝裡見規視親觀計訓記訪設許評試話該認說調論謀證識議護變讓負財貧貫責費貼貿資"
    "質購賽踐車軍較輪轉辦農這連進遊運過達違遠適遷選還邊鄉醫銀銷鍵鎮鏈鐵長門開間關隊階際險雙離難電鞏響項順須預領頭題額類顯風飛"
    "養馬驗體鬥麗麼點黨龍"
)

# Regex building blocks. A character class of big Unicode ranges ([\u4e00-\u9fff]) costs the
# regex compiler a loop over every code point in it, 3–15 ms per pattern, which the dozens of
# patterns of this stage would pay at every start. "A word character that is neither ASCII nor
# a digit" compiles in a tenth of a millisecond and, in Chinese official texts, is a Chinese
# character (Latin, Greek and Cyrillic letters are left out; it still takes kana or Hangul,
# which is harmless for the context checks it is used in).
LETTER = r"[^\W\d_A-Za-z\u0080-\u024f\u0370-\u052f]"
# Full-width Chinese punctuation, quotes, dashes and the ellipsis: they make their neighbourhood
# Chinese just like a character.
CJK_PUNCT = "、。〈〉《》「」『』【】〔〕〖〗！（），：；？“”‘’…—～·"
CHINESE = f"(?:{LETTER}|[{CJK_PUNCT}])"
# Exactly a CJK ideograph (main block, extension A, compatibility): for "is there Chinese at all".
HAN_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
