"""Charset labels as a browser reads them (WHATWG Encoding Standard), mapped to Python codecs, and
the sniffing a browser does: a BOM, then a <meta> in the first 1024 bytes; make.py and check.py
share it."""
import re

# label -> the codec a browser decodes it with (iso-8859-1 is read as windows-1252, iso-8859-9 as
# windows-1254, tis-620 as windows-874, gb2312 as gbk, shift_jis as windows-31j, euc-kr as windows-949)
BROWSER = {
    "utf-8": "utf-8", "windows-1251": "cp1251", "koi8-r": "koi8_r", "shift_jis": "cp932", "euc-jp": "euc_jp",
    "gb2312": "gbk", "gbk": "gbk", "big5": "big5hkscs", "euc-kr": "cp949", "iso-8859-1": "cp1252",
    "windows-1252": "cp1252", "iso-8859-2": "iso8859_2", "windows-1250": "cp1250", "windows-1256": "cp1256",
    "iso-8859-9": "cp1254", "iso-8859-15": "iso8859_15", "tis-620": "cp874", "windows-1253": "cp1253",
}

META = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


def browser_codec(label):
    return BROWSER[label.lower()]


def sniff(raw):
    """(label, where): where is 'bom', 'prescan' (a <meta> in the first 1024 bytes), 'late' (a
    <meta> further on, which a browser acts on by reparsing) or 'none'."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8", "bom"
    m = META.search(raw[:1024])
    if m and m.end() <= 1024:
        return m.group(1).decode("ascii").lower(), "prescan"
    m = META.search(raw)
    if m:
        return m.group(1).decode("ascii").lower(), "late"
    return None, "none"
