"""Context words shared by several recognisers (regular expressions, matched case-insensitively)."""

from __future__ import annotations

#: Words before a number that make it an order, tracking, serial or log identifier, not a person's.
IDENTIFIER_WORDS = (
    r"订单|单号|运单|快递(?!员|小哥|师傅)|物流|包裹|流水|交易号|编号|序列号|批次|时间戳|timestamp|order|tracking|serial"
    r"|trace|uid|\bid\b|\bts\b|\bseq\b|\bsn\b"
    # codes of goods (SKU 13912345678, 商品编码 6258380084621434)
    r"|\bsku\b|\bupc\b|\bean\b|编码|条码|条形码|物料|料号|\bbuild\b"
    r"|第\s?$"  # 第18671682723号文件: the number of a document
    # other "…号" of things, not people (新号, 微信号, 手机号 stay out: they are phones)
    r"|(?:参考|确认|凭证|批次|房间|客票|票|学|工|群|qq|会员|型|款|货|座|车|航班|合同|发票|证书|备案|案|文|考|准考证)号"
    # codes of things: coupons, activation and verification codes (活动券码 4111…)
    r"|(?:券|兑换|激活|优惠|礼品|验证|邀请|授权|序列|提取|取件|核销|注册)码"
)
#: Where a number is part of code or a web address, not a person's: an argument (``f(13912345678)``) or the path of a
#: URL (``example.com/13912345678.html``).
CODE_WORDS = r"[A-Za-z_][A-Za-z0-9_]*\(|[A-Za-z0-9-]\.[A-Za-z]{2,6}(?::[0-9]+)?/[\w./%-]*"
#: A web page or file name right after a number (``13912345678.html``).
FILE_AFTER = r"\.(?:s?html?|php|aspx?|jsp|json|xml|png|jpe?g|gif|webp|pdf|txt)\b"
#: Words before a number that make it a quantity: a key, column or label of a count, size or time (``"max_bytes":
#: 15602739287``, ``offset=13553780967``, ``| 总请求数 | 13872368618 |``). ``num``, ``number`` are left out (``phone_num``).
QUANTITY_WORDS = (
    r"(?<![A-Za-z])(?:bytes|size|count|total|offset|elapsed|duration|latency|timeout|lag|length|qty|quantity|sum|avg"
    r"|max|min|limit|capacity)(?![A-Za-z])"
    r"|次数|总数|数量|总量|请求数|访问量|浏览量|播放量|阅读量|总计|合计|条数|行数|字节数|大小|耗时|时长|偏移|容量|用量"
)
#: A number between two cells of figures in a row of a table (``2023-11    18335765339    184181    98.2%``): a figure.
FIGURE_BEFORE = r"(?:^|[\s|])[0-9][0-9:./-]*(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)$"
FIGURE_AFTER = r"(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)[0-9][0-9.,]*%?(?=[\s|]|$)"
#: Words that make a number part of a calculation.
MATH_WORDS = r"数列|序列|计算|等于|求和|乘积|阶乘|位数"
#: Words before a number that make it an amount of money.
AMOUNT_WORDS = r"金额|营收|收入|总额|价格|售价|余额|成交额|销售额|营业额|利润|[¥￥$]"
#: An operator and a number right after a number: a calculation (13821252318 × 2 = ?).
MATH_AFTER = r"\s?[×÷*/+=＝]\s?[0-9?？]"
#: A unit right after a number makes it a quantity (17242713943 元, 13912345678 次), not an identifier
#: (only units that do not begin common words: 人工客服, 个人, 条件 follow phone numbers).
UNIT_AFTER = (
    r"\s?(?:元|块钱|万元|亿元|美元|港元|港币|欧元|日元|人民币|次(?!日)|人次|[nmuµμ]s\b|吨|千克|公斤|公里|%|％|bytes?\b|[kmgt]b\b"
    r"|股(?!东)|件|字节|字符|箱|瓶|盒|斤|毫秒|像素|帧)"
)
#: Words that announce a phone number. ``号码`` after ``单`` (``运单号码``) is an identifier word instead.
PHONE_WORDS = (r"手机|电话|座机|固话|传真|总机|热线|联系|致电|拨打|来电|(?<!单)号码|微信|收件人|联系人|\btel\b|phone|mobile|\bfax\b"
               r"|(?<=[\u4e00-\u9fff])(?:女士|先生|小姐)|客户"  # a person named ("王女士 138.1234.5678")
               r"|(?:打|拨|呼叫|call)\s?$")  # a verb of calling right before the number (就打13912345678找他)
#: Words that announce a card or bank account.
CARD_WORDS = r"卡号|银行卡|信用卡|借记卡|储蓄卡|账号|帐号|账户|银行|转账|汇款|收款|开户|card"
#: Cards that are not bank cards: their "卡号" is a SIM, fuel, transit, membership or gift card number.
NON_BANK_CARD_WORDS = (
    r"\bsim\s?卡(?:卡)?号?|iccid|测试卡号?|(?:加油|油|公交|交通|地铁|会员|礼品|购物|充值|储值|游戏|校园|学生|饭|门禁|停车|积分|上网"
    r"|流量|电话|手机|点)卡(?:卡)?号"
)
#: Words that announce a resident ID.
ID_WORDS = r"身份证|身份号|证件号|公民身份|乘车人|乘机人|旅客|住户|户籍|id card"
#: Words that make a dotted number a version, build or section number.
VERSION_WORDS = (r"版本|version|\bver\b|build|release|固件|firmware|\bfw\b|内核|kernel|补丁|patch|升级到|升级至|更新到|更新至|更新说明|更新日志|\bsdk\b|第|==|>=|<=|~="
                 # software named right before its version (Python 3.12.1.0, Node 18.19.0.1, OpenSSL 3.0.2.15)
                 r"|(?:python|node(?:\.?js)?|openssl|java|jdk|jre|golang|gcc|clang|llvm|nginx|apache|tomcat|redis|mysql"
                 r"|postgres(?:ql)?|mongodb|chrome|firefox|safari|android|\bios|windows|macos|ubuntu|debian|centos"
                 r"|docker|kubernetes|npm|pip|numpy|pytorch|torch|cuda|tensorflow|驱动|客户端|\bapp"
                 r"|miui|hyperos|emui|harmonyos|鸿蒙|coloros|originos|flyme|oneui)[ \t]*v?$")
#: Right after a dotted number: a section, chapter or floor (``10.2.3.1 小节``, ``1.2.3.4 节``), or a version tag.
VERSION_AFTER = r"\s*(?:节|章|条|版|号|楼|栋|层|室|期|小节|章节|部分)|-[A-Za-z]|\.[A-Za-z]"  # 14.0.8.0.TLACNXM
#: Words that announce a network address.
IP_WORDS = r"(?<![A-Za-z])ip(?![A-Za-z])|地址|服务器|主机|host|登录|访问|来源|\bfrom\b|upstream|dns|网关|gateway|server"
#: File extensions that follow ``@`` in file names (``icon@2x.png``): an address never ends in one of these.
FILE_EXTENSIONS = frozenset((
    "png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "ico", "tif", "tiff", "heic", "avif", "psd", "pdf", "doc",
    "docx", "xls", "xlsx", "ppt", "pptx", "txt", "csv", "js", "mjs", "ts", "tsx", "jsx", "css", "scss", "json", "yaml",
    "yml", "xml", "html", "htm", "php", "java", "class", "jar", "so", "dll", "exe", "zip", "gz", "tgz", "rar", "mp3",
    "mp4", "mov", "avi", "wav",
))
#: Mail hosts: an address written with ``#`` or a spaced ``at`` (``wangfang#163.com``, ``liu at gmail dot com``)
#: counts only at one of these, where a ``#`` or an ``at`` is an address hidden from scrapers.
MAIL_HOSTS = frozenset((
    "qq.com", "vip.qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "vip.163.com", "sina.com", "sina.cn",
    "sohu.com", "aliyun.com", "139.com", "189.cn", "wo.cn", "gmail.com", "outlook.com", "hotmail.com", "live.com",
    "msn.com", "yahoo.com", "icloud.com", "me.com",
))
