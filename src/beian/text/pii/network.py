"""Recognisers of network identifiers: e-mail, IPv4 and IPv6 addresses."""

from __future__ import annotations

import ipaddress
import re

from beian.text.pii.masking import MASKERS
from beian.text.pii.record import Context, Recognizer, Verdict
from beian.text.pii.words import FILE_EXTENSIONS, IP_WORDS, MAIL_HOSTS, VERSION_AFTER, VERSION_WORDS

# ``@`` and ``.`` written out to keep an address from scrapers: zhang[at]qq.com, zhang(at)qq(dot)com, zhang@qq。com
_AT = r"(?:@|\s?[\[(（]\s?(?i:at)\s?[\])）]\s?|#|\s(?i:at)\s)"  # '#' and ' at ': only at a mail host
_DOT_WORD = r"(?:\s?[\[(（]\s?(?i:dot)\s?[\])）]\s?|\s(?i:dot)\s)"
_DOT = rf"(?:\.|。|{_DOT_WORD})"
_SPELLED = re.compile(rf"{_AT}|{_DOT}")
_SPACED_AT = re.compile(r"\s(?i:at)\s")


def _plain_email(value: str) -> str:
    """``value`` with a written-out ``[at]`` / ``(dot)`` / ``。`` as ``@`` and ``.``."""
    return _SPELLED.sub(lambda m: "." if "dot" in m.group().lower() or m.group() in (".", "。") else "@", value)


def _check_email(value: str) -> Verdict | None:
    plain = _plain_email(value)
    local, _, host = plain.rpartition("@")
    if local.endswith(".") or ".." in local:
        return None
    if host.rpartition(".")[2].lower() in FILE_EXTENSIONS:
        return None  # icon@2x.png: a file name
    if ("#" in value or _SPACED_AT.search(value)) and host.lower() not in MAIL_HOSTS:
        return None  # a '#' or a spaced 'at' stands for '@' only at a mail host
    if plain != value:
        return Verdict(0.9, "电子邮箱地址（@ 或 . 写成 [at]、(dot)、。）")
    return Verdict(0.95, "电子邮箱地址")


EMAIL = Recognizer(
    kind="email",
    label_zh="电子邮箱",
    pattern=re.compile(
        rf"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9](?:[A-Za-z0-9._%+\-]|。|{_DOT_WORD}){{0,63}}{_AT}"
        rf"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{{0,61}}[A-Za-z0-9])?{_DOT}){{1,8}}[A-Za-z]{{2,24}}(?![A-Za-z0-9\-])"
    ),
    validate=_check_email,
    mask=MASKERS["email"],
    # git@github.com:pallets/flask.git is a repository, not a mailbox
    context=Context(negative_after=r":[A-Za-z0-9_~./-]"),
    examples=(
        ("邮箱 zhang.san@example.com.cn，", "zhang.san@example.com.cn"),
        ("邮箱 wangfang#163.com（#换成@）", "wangfang#163.com"),
        ("write to liuyang at gmail dot com", "liuyang at gmail dot com"),
        ("邮箱 zhangwei[at]qq.com 常用", "zhangwei[at]qq.com"),
        ("联系 li_lei (at) example (dot) org", "li_lei (at) example (dot) org"),
        ("邮箱 zhang[dot]wei(at)qq[dot]com", "zhang[dot]wei(at)qq[dot]com"),
        ("邮箱 zhangwei@qq。com", "zhangwei@qq。com"),
    ),
    counter_examples=("地址 a..b@example.com", "末尾 abc.@example.com", "look at this.com", "见 (at) 说明",
                      "切图 icon@2x.png 与 logo@3x.jpg", "git clone git@github.com:pallets/flask.git",
                      "标签 #topic.com 话题", "meet at noon dot com"),
)


def _check_ipv4(value: str) -> Verdict | None:
    octets = value.split(".")
    if any(int(o) > 255 or (len(o) > 1 and o[0] == "0") for o in octets):
        return None
    address = ipaddress.IPv4Address(value)
    if address.is_loopback or address.is_unspecified or address.is_link_local or address.is_multicast or (
            address.is_reserved):
        return None  # 127.0.0.1, 0.0.0.0, 169.254.x.x, 224.x multicast, 240.x: every machine's, no one's address
    # 1.8.8.8 without an IP word is usually a price, a version or a section number.
    weak = all(len(o) == 1 for o in octets)
    return Verdict(0.7, "IPv4 地址：4 段均在 0～255", weak=weak)


IPV4 = Recognizer(
    kind="ipv4",
    label_zh="IPv4 地址",
    # Not after a letter (v1.2.3.4) nor after a product name and slash (Chrome/120.0.1.2).
    pattern=re.compile(r"(?<![0-9A-Za-z.])(?<![A-Za-z]/)(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9])"),
    validate=_check_ipv4,
    mask=MASKERS["ipv4"],
    context=Context(
        positive=IP_WORDS,
        negative=VERSION_WORDS,
        negative_after=VERSION_AFTER,
        boost=0.2,
    ),
    examples=(
        ("服务器 192.168.1.10，", "192.168.1.10"),  # a private address still names a machine of one network
        ("DNS 服务器 8.8.8.8", "8.8.8.8"),
        ("nginx/1.24.0 upstream 10.0.3.17:8080 responded", "10.0.3.17"),
        ("服务器 IP 更新为 10.0.3.17", "10.0.3.17"),  # 更新为 is "changed to", not a version's 更新到
        ("他的IP是 61.135.169.121", "61.135.169.121"),
    ),
    counter_examples=(
        "访问 127.0.0.1:8080",  # loopback, unspecified, link-local, multicast: no one's address
        "监听 0.0.0.0 端口",
        "自动获取到 169.254.10.2",
        "组播 224.0.0.251",
        "地址 999.1.1.1",
        "版本 v1.2.3.4",
        "版本 1.2.3.4 更新说明",
        "MIUI 14.0.8.0.TLACNXM 稳定版",  # a ROM version with its build tag
        "刷了 14.0.8.0.TLACNXM 之后",
        "version 2.10.4.1 (2023-11-05)",
        "依赖 numpy==1.26.4.1",
        "见第 1.2.3.4 节的定理",
        "买的时候是1.8.8.8，才8天就降价",
        "UA Chrome/120.0.60.109 Safari",
        "image: nginx:1.25.3.1-alpine",  # a version tag
        "明天 10.1.2.3 号楼开会",
        "升级到 Python 3.12.1.0 之后",
        "Node 18.19.0.1 已发布",
        "安装步骤见 10.2.3.1 小节",
        "更新说明：升级到 5.0.2.195 后，修复了若干问题。",
        "更新说明：SDK 12.1.0.3，修复了若干问题。",
    ),
)


def _check_ipv6(value: str) -> Verdict | None:
    if sum(1 for g in value.split(":") if g) < 3:
        return None  # "1::15" is far more often a time written with odd colons
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return None
    return Verdict(0.85, "IPv6 地址（ipaddress 校验通过）")


IPV6 = Recognizer(
    kind="ipv6",
    label_zh="IPv6 地址",
    pattern=re.compile(
        r"(?<![0-9A-Fa-f:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.[0-9]{1,3}){0,3}(?![0-9A-Fa-f:])"
    ),
    validate=_check_ipv6,
    mask=MASKERS["ipv6"],
    context=Context(positive=IP_WORDS, boost=0.1),
    examples=(("IPv6 2001:db8::8a2e:370:7334", "2001:db8::8a2e:370:7334"),),
    counter_examples=("时间 12:30:45", "MAC 00:1A:2B:3C:4D:5E", "凌晨00：:35的航班"),
)
