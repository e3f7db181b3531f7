"""Printing every script: per-run font fallback, shaping and right-to-left order for plan text.

DejaVu Sans (the plan's font) has Latin, Greek, Cyrillic, Hebrew, Arabic, Georgian and Armenian, but no
CJK, Indic or Ethiopic letters. A value is split into runs by glyph coverage; a run the plan font lacks
is wrapped in `<font name=...>` of a shipped fallback (resources/fonts/SOURCES.md). Every run is
escaped on its own, so user text never becomes markup.

ReportLab does not order right-to-left text without `rlbidi` (not on PyPI), and its own HarfBuzz
shaping needs every word in one font. So this module shapes itself, with HarfBuzz (`uharfbuzz`), and
hands ReportLab glyphs in visual order: each shaped glyph gets a character key in the font's table
(its own letter where the font maps one, else a private-use key), and the PDF's ToUnicode map gives
each key back its source letters, so copying or `pdftotext` yields the text as typed (Arabic joining
forms as presentation forms, which NFKC folds back). The order is the Unicode bidi algorithm's (UAX #9,
`bidi_levels`) for a left-to-right paragraph, as the plan is Dutch or English; explicit embedding
controls are dropped. tests/core/test_plan_scripts.py checks it against python-bidi.

Emoji that no shipped font has print as their Unicode name in brackets (`_replace_missing` says why).
Latin-only text (Dutch, English, Turkish, Polish, Vietnamese) takes a fast path: plain escaping.

Known limits: glyph offsets from GPOS (mark placement) are not applied, marks sit where the font draws
them by default; the order is worked out per value, not per printed line, so a right-to-left passage
longer than NOBREAK_RTL characters that wraps has its lines in the wrong order; shorter ones (names,
places) never wrap inside (their spaces become no-break spaces). Thai and CJK text breaks at spaces;
a longer unbroken run is cut where the line ends, as ReportLab cuts any over-long word.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import String
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from ..paths import resource

try:  # shaping is optional: without it the letters still print, unjoined
    import uharfbuzz as hb  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - the dependency is declared
    hb = None


@dataclass(frozen=True, slots=True)
class Fallback:
    name: str
    file: str
    shaped: bool  # needs HarfBuzz: joining letters, conjuncts, vowel signs that move
    blocks: tuple[tuple[int, int], ...]  # where it is asked for glyphs: it is loaded on first need
    prefer: bool = False  # takes its blocks even where DejaVu has glyphs


ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
CJK = ((0x2E80, 0x2FDF), (0x3000, 0x312F), (0x31C0, 0x31FF), (0x3200, 0x33FF), (0x3400, 0x4DBF),
       (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x20000, 0x2FA1F))
SYMBOLS = ((0x2000, 0x2BFF), (0x1F000, 0x1FBFF))
# Order matters only for characters two fallbacks share (punctuation, symbols).
FALLBACKS: tuple[Fallback, ...] = (
    # DejaVu has the Arabic letters, but Noto's are a proper Naskh-style design with all
    # Persian and Urdu letters; a word must not mix the two fonts or its letters do not join.
    Fallback("PlanArabic", "NotoSansArabic-Regular.ttf", True, ARABIC, prefer=True),
    Fallback("PlanDevanagari", "NotoSansDevanagari-Regular.ttf", True,
             ((0x0900, 0x097F), (0x1CD0, 0x1CFF), (0xA8E0, 0xA8FF))),
    Fallback("PlanBengali", "NotoSansBengali-Regular.ttf", True, ((0x0980, 0x09FF),)),
    Fallback("PlanTamil", "NotoSansTamil-Regular.ttf", True, ((0x0B80, 0x0BFF),)),
    Fallback("PlanThai", "NotoSansThai-Regular.ttf", True, ((0x0E00, 0x0E7F),)),
    Fallback("PlanEthiopic", "NotoSansEthiopic-Regular.ttf", False,  # Tigrinya, Amharic
             ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F), (0x1E7E0, 0x1E7FF))),
    Fallback("PlanCJK", "DroidSansFallbackFull.ttf", False, CJK),  # Chinese, Japanese
    Fallback("PlanHangul", "IntakeDeskHangul-Regular.ttf", False,  # Korean
             ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF))),
    Fallback("PlanSymbols", "NotoSansSymbols-Regular.ttf", False, SYMBOLS),
    Fallback("PlanSymbols2", "NotoSansSymbols2-Regular.ttf", False, SYMBOLS),  # pictographs
)
_BY_NAME = {f.name: f for f in FALLBACKS}

PUA_START = 0xF0000  # plane-15 private use: no shipped font maps it, ReportLab's own keys are BMP
NOBREAK_RTL = 48  # a right-to-left run up to this length never wraps inside (see module doc)
MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
# Variation selectors choose emoji or text style; bidi marks and embeddings steer an order that is
# worked out here (without explicit embeddings): none of them prints anything.
DROP = frozenset("\ufe0e\ufe0f\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class PlanTTFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose shaped glyphs keep their text: the ToUnicode map names, for each
    private key, the letters it stands for (ReportLab writes 4 hex digits, which also breaks
    characters beyond the BMP such as emoji; this map writes UTF-16)."""

    def __init__(self, name: str, filename: str):
        super().__init__(name, filename)
        self.key_text: dict[int, str] = {}
        self._keys: dict[tuple[int, int, str], int] = {}
        self._next_key = PUA_START
        self._hb_font: Any = None

    def glyph_key(self, gid: int, advance: int, text: str) -> int:
        """A character key that draws glyph `gid` with `advance` (font units) and reads as `text`."""
        k = (gid, advance, text)
        key = self._keys.get(k)
        if key is None:
            key = self._keys[k] = self._next_key
            self._next_key += 1
            face = self.face
            face.charToGlyph[key] = gid
            face.charWidths[key] = face._pdfScale(advance)
            self.key_text[key] = text
        return key

    def hb(self) -> Any:
        if self._hb_font is None:
            self._hb_font = hb.Font(hb.Face(hb.Blob(self.face._ttf_data)))
        return self._hb_font

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = list(state.subsets) if state is not None else []  # the parent drops its state
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
                    ).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            # ReportLab's own map is right for BMP characters: rewrite only where it is not
            if stream is not None and any(u >= 0x10000 for u in subset):
                stream.content = _to_unicode(base, subset, self.key_text)


def _to_unicode(name: str, subset: list[int], key_text: dict[int, str]) -> str:
    entries = []
    for code, uni in enumerate(subset):
        text = key_text.get(uni, chr(uni))
        hexed = text.encode("utf-16-be").hex().upper()
        entries.append(f"<{code:02X}> <{hexed}>")
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(entries)} beginbfchar",
        *entries, "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end",
        "end"])


@cache
def _load(name: str) -> None:
    """Register one fallback on first need (its own family, so `<b>` inside keeps the font): a
    Dutch plan loads none, a Chinese name only the CJK font (the largest, ~0.1 s)."""
    fb = _BY_NAME[name]
    pdfmetrics.registerFont(PlanTTFont(fb.name, str(resource("fonts", fb.file))))
    pdfmetrics.registerFontFamily(fb.name, normal=fb.name, bold=fb.name, italic=fb.name,
                                  boldItalic=fb.name)


def register() -> None:
    """Register every fallback now (a long-running process may prefer to pay once, up front)."""
    for fb in FALLBACKS:
        _load(fb.name)


def _font(name: str) -> TTFont:
    font: TTFont = pdfmetrics.getFont(name)
    return font


@cache
def _coverage(name: str) -> frozenset[int]:
    if name in _BY_NAME:
        _load(name)
    return frozenset(c for c in _font(name).face.charToGlyph if c < PUA_START)


def _in(cp: int, blocks: tuple[tuple[int, int], ...]) -> bool:
    return any(lo <= cp <= hi for lo, hi in blocks)


@lru_cache(maxsize=1 << 16)  # bounded: hostile text may hold every code point there is
def font_for(cp: int, primary: str) -> str | None:
    """The font that draws code point `cp`: None for the plan font, else a fallback's name."""
    for fb in FALLBACKS:
        if fb.prefer and _in(cp, fb.blocks) and cp in _coverage(fb.name):
            return fb.name
    if cp in _coverage(primary):
        return None
    for fb in FALLBACKS:
        if _in(cp, fb.blocks) and cp in _coverage(fb.name):
            return fb.name
    return None


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return (0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF
            or unicodedata.category(ch) == "So")


def _replace_missing(text: str, primary: str) -> str:
    """Emoji no shipped font has become their Unicode name in brackets ("[grinning face]").

    Why a name and not a picture: the only monochrome emoji font with TrueType outlines in Debian
    (Symbola) is not under OFL or Apache, Noto Color Emoji is a bitmap font ReportLab cannot embed,
    and a dropped emoji could drop meaning ("👍" as the candidate's answer). The shipped symbol fonts
    draw the many pictographs they have; skin tones, joiners and style selectors go with the name."""
    out: list[str] = []
    replaced = False
    for ch in text:
        cp = ord(ch)
        if ch in DROP or (0xE0020 <= cp <= 0xE007F):  # selectors, flag tags
            continue
        if 0x1F3FB <= cp <= 0x1F3FF and (replaced or (out and _is_emoji(out[-1]))):
            continue  # skin tone of the emoji before it
        if ch == "\u200d" and (replaced or (out and _is_emoji(out[-1]))):
            continue  # joiner inside an emoji sequence: its parts are printed one by one
        if _is_emoji(ch) and font_for(cp, primary) is None and cp not in _coverage(primary):
            if 0x1F1E6 <= cp <= 0x1F1FF:  # regional indicators: pairs are flags ("[flag NL]")
                letter = chr(ord("A") + cp - 0x1F1E6)
                if out and out[-1].startswith("[flag ") and len(out[-1]) == 8:
                    out[-1] = out[-1][:-1] + letter + "]"
                else:
                    out.append(f"[flag {letter}]")
            else:
                out.append(f"[{unicodedata.name(ch, 'symbol').lower()}]")
            replaced = True
            continue
        replaced = False
        out.append(ch)
    return "".join(out)


def _neutral(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "ZPMNC" or ch in "\u200c\u200d"


def runs(text: str, primary: str) -> list[tuple[str | None, str]]:
    """`text` as (font, text) runs in logical order; font None is the plan font."""
    out: list[tuple[str | None, str]] = []
    cur: str | None = None
    buf: list[str] = []
    for ch in text:
        cp = ord(ch)
        if buf and _neutral(ch) and cp in (_coverage(cur) if cur else _coverage(primary)):
            buf.append(ch)  # spaces, digits, marks, joiners stay with the letters around them
            continue
        f = font_for(cp, primary)
        if buf and f != cur:
            out.append((cur, "".join(buf)))
            buf = []
        cur = f
        buf.append(ch)
    if buf:
        out.append((cur, "".join(buf)))
    return out


@cache
def _plain_chars(primary: str) -> frozenset[str]:
    """Characters the plan font prints as they are: covered, left to right, no fallback preferred
    (worked out without loading any fallback)."""
    preferred = tuple(r for fb in FALLBACKS if fb.prefer for r in fb.blocks)
    return frozenset(chr(cp) for cp in _coverage(primary)
                     if chr(cp) not in DROP and not _in(cp, preferred)
                     and unicodedata.bidirectional(chr(cp)) not in ("R", "AL", "AN"))


def _plain(text: str, primary: str) -> bool:
    """True when the plan font prints `text` as it is (the fast path for Dutch and English)."""
    return text.isascii() or _plain_chars(primary).issuperset(text)


def pieces(text: str, primary: str) -> list[tuple[str | None, str]]:
    """`text` as (font, text) pieces in visual (drawing) order, shaped where the script needs it."""
    if _plain(text, primary):
        return [(None, text)] if text else []
    chars = list(_logical_units(_replace_missing(text, primary), primary))
    if not chars:
        return []
    levels = bidi_levels([c for _, c, _ in chars], [cls for _, _, cls in chars])
    units = _units(chars, levels)
    # spaces inside a right-to-left stretch do not break it, up to a length (see module doc)
    n = 0
    while n < len(units):
        if units[n][0] % 2 == 0:
            n += 1
            continue
        m = n
        while m < len(units) and units[m][0] >= 1:
            m += 1
        if sum(len(u[2]) for u in units[n:m]) <= NOBREAK_RTL:
            for k in range(n, m):
                if units[k][2] == " ":
                    units[k] = (units[k][0], None, "\u00a0")
        n = m
    drawn = [(font, _visual(font, run, level)) for level, font, run in units]
    order = list(range(len(units)))
    for level in range(max(levels), 0, -1):  # bidi rule L2: reverse each run at or above a level
        n = 0
        while n < len(order):
            if units[order[n]][0] < level:
                n += 1
                continue
            m = n
            while m < len(order) and units[order[m]][0] >= level:
                m += 1
            order[n:m] = order[n:m][::-1]
            n = m
    return _merge([drawn[k] for k in order])


def _units(chars: list[tuple[str | None, str, str]], levels: list[int]
           ) -> list[tuple[int, str | None, str]]:
    """(level, font, logical text) runs that are shaped and reordered whole: one font, one level,
    and each space a unit of its own so lines still break there."""
    units: list[tuple[int, str | None, str]] = []
    for (font, ch, _), level in zip(chars, levels, strict=True):
        if ch == " ":
            units.append((level, font, " "))
        elif units and units[-1][0] == level and units[-1][1] == font and units[-1][2] != " ":
            units[-1] = (level, font, units[-1][2] + ch)
        else:
            units.append((level, font, ch))
    return units


def _visual(font: str | None, run: str, level: int) -> str:
    """One unit in drawing order: right to left at odd levels, shaped when its font needs it."""
    if not run.strip():
        return run
    fb = _BY_NAME.get(font or "")
    rtl = level % 2 == 1
    # The plan font (Hebrew) is never shaped: its keys would be missing from the bold face that
    # `<b>` switches to; Hebrew letters do not join, reversal is enough.
    if hb is not None and fb is not None and fb.shaped:
        return _shape(fb.name, run, rtl=rtl)
    return _reverse(run) if rtl else run


PAIRS = {")": "(", "]": "[", "}": "{"}  # bidi paired brackets (BidiBrackets.txt, the ASCII ones)


def bidi_levels(chars: list[str], classes: list[str]) -> list[int]:
    """Embedding levels by the Unicode bidi algorithm (UAX #9) for one left-to-right paragraph
    without explicit embeddings (those are dropped before): weak types W1-W7, brackets N0,
    neutrals N1-N2, implicit levels I1. 0 left to right, 1 right to left, 2 a number in it."""
    t = list(classes)
    n = len(t)
    prev = "L"  # start of paragraph (sos) of a left-to-right paragraph
    for i in range(n):  # W1: a mark or joiner takes the type of what it sits on
        if t[i] in ("NSM", "BN"):
            t[i] = prev
        prev = t[i]
    last = "L"
    for i in range(n):  # W2, W3: digits after Arabic letters are Arabic numbers
        if t[i] in ("L", "R", "AL"):
            last = t[i]
        elif t[i] == "EN" and last == "AL":
            t[i] = "AN"
    t = ["R" if x == "AL" else x for x in t]
    for i in range(1, n - 1):  # W4: one separator between two numbers of a kind
        if t[i] == "ES" and t[i - 1] == t[i + 1] == "EN":
            t[i] = "EN"
        elif t[i] == "CS" and t[i - 1] == t[i + 1] and t[i - 1] in ("EN", "AN"):
            t[i] = t[i - 1]
    i = 0
    while i < n:  # W5: currency and percent signs at a European number
        if t[i] != "ET":
            i += 1
            continue
        j = i
        while j < n and t[j] == "ET":
            j += 1
        if (i > 0 and t[i - 1] == "EN") or (j < n and t[j] == "EN"):
            t[i:j] = ["EN"] * (j - i)
        i = j
    t = ["ON" if x in ("ES", "ET", "CS") else x for x in t]  # W6
    last = "L"
    for i in range(n):  # W7: European numbers in left-to-right text are left to right
        if t[i] in ("L", "R"):
            last = t[i]
        elif t[i] == "EN" and last == "L":
            t[i] = "L"
    _brackets(chars, t)
    i = 0
    while i < n:  # N1, N2: neutrals between two of a direction take it, others left to right
        if _strong(t[i]):
            i += 1
            continue
        j = i
        while j < n and not _strong(t[j]):
            j += 1
        before = (_strong(t[i - 1]) if i > 0 else None) or "L"
        after = (_strong(t[j]) if j < n else None) or "L"
        t[i:j] = [before if before == after else "L"] * (j - i)
        i = j
    return [0 if x == "L" else 1 if x == "R" else 2 for x in t]


def _strong(cls: str) -> str | None:
    return "R" if cls in ("R", "EN", "AN") else "L" if cls == "L" else None


def _brackets(chars: list[str], t: list[str]) -> None:
    """N0: a bracket pair around right-to-left text after right-to-left context is right to left."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(chars):
        if t[i] != "ON":
            continue
        if ch in PAIRS.values():
            stack.append((ch, i))
        elif ch in PAIRS:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == PAIRS[ch]:
                    pairs.append((stack[k][1], i))
                    del stack[k:]
                    break
    for start, end in sorted(pairs):
        inside = {_strong(x) for x in t[start + 1:end]}
        if "L" in inside:
            t[start] = t[end] = "L"
        elif "R" in inside:
            context = next((d for d in map(_strong, reversed(t[:start])) if d), "L")
            t[start] = t[end] = "R" if context == "R" else "L"


def _logical_units(text: str, primary: str) -> Iterator[tuple[str | None, str, str]]:
    """(font, char, bidi class) for each character, fonts chosen run by run."""
    for font, run in runs(text, primary):
        for ch in run:
            yield font, ch, unicodedata.bidirectional(ch)


def _reverse(text: str) -> str:
    """Characters in reverse order, each keeping its combining marks, brackets mirrored."""
    clusters: list[str] = []
    for ch in text:
        if clusters and unicodedata.combining(ch):
            clusters[-1] += ch
        else:
            clusters.append(MIRROR.get(ch, ch))
    return "".join(reversed(clusters))


def _shape(font_name: str, text: str, *, rtl: bool) -> str:
    """`text` shaped by HarfBuzz into glyph keys of `font_name`, in visual order."""
    if not text:
        return text
    font = _font(font_name)
    if not isinstance(font, PlanTTFont):
        return _reverse(text) if rtl else text
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(font.hb(), buf, {"kern": True, "liga": True})
    infos, positions = buf.glyph_infos, buf.glyph_positions
    starts = sorted({info.cluster for info in infos})
    ends = {s: (starts[n + 1] if n + 1 < len(starts) else len(text)) for n, s in enumerate(starts)}
    glyphs = list(zip(infos, positions, strict=True))
    keys: list[str] = []
    i = 0
    while i < len(glyphs):  # a cluster's glyphs are consecutive (monotone clusters)
        cluster = glyphs[i][0].cluster
        j = i
        while j < len(glyphs) and glyphs[j][0].cluster == cluster:
            j += 1
        keys += _cluster_keys(font, glyphs[i:j], text[cluster:ends[cluster]], rtl)
        i = j
    return "".join(keys)


def _cluster_keys(font: PlanTTFont, glyphs: list[Any], source: str, rtl: bool) -> list[str]:
    """Keys for the glyphs of one cluster whose texts, read in drawing order, give `source`.

    Text tools read glyphs left to right and then reverse right-to-left words, so a right-to-left
    cluster is split reversed. A vowel sign drawn before its consonant ("ि" in "प्रि") thus still
    reads after it. A glyph left without a letter reads as WORD JOINER (invisible, no break): an
    empty mapping makes pdftotext insert a space."""
    src = source[::-1] if rtl else source
    n = len(glyphs)
    texts = [src[k] if k < len(src) else "\u2060" for k in range(n - 1)] + [src[n - 1:] or "\u2060"]
    return [_key(font, info.codepoint, pos.x_advance, t) for (info, pos), t in zip(glyphs, texts,
                                                                                strict=True)]


def _key(font: PlanTTFont, gid: int, advance: int, text: str) -> str:
    """The font's own character for the glyph when it reads as `text` at this advance (Arabic
    joining forms read as their base letter after NFKC, as text tools do), else a private key."""
    face = font.face
    if text:
        for cp in face.glyphToChar.get(gid, ()):
            if (cp < PUA_START and unicodedata.normalize("NFKC", chr(cp)) == text
                    and abs(face.charWidths.get(cp, -1) - face._pdfScale(advance)) < 0.01):
                return chr(cp)
    return chr(font.glyph_key(gid, advance, text))


def _merge(parts: list[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    out: list[tuple[str | None, str]] = []
    for font, text in parts:
        if not text:
            continue
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + text)
        else:
            out.append((font, text))
    return out


def markup(text: str, primary: str) -> str:
    """Paragraph markup for plain `text`: escaped, fallback runs in their font."""
    if _plain(text, primary):
        return escape(text)
    return "".join(escape(t) if f is None else f'<font name="{f}">{escape(t)}</font>'
                   for f, t in pieces(text, primary))


def width(text: str, font: str, size: float) -> float:
    """The printed width of `text` in points with `font` as the plan font."""
    if _plain(text, font):
        return float(pdfmetrics.stringWidth(text, font, size))
    return float(sum(pdfmetrics.stringWidth(t, f or font, size) for f, t in pieces(text, font)))


def draw(canvas: Any, x: float, y: float, text: str, font: str, size: float,
         anchor: str = "start") -> None:
    """Draw `text` as drawString ("start") or drawRightString ("end") would, run by run, with the
    canvas font already set to `font` at `size` (and left so)."""
    if _plain(text, font):
        (canvas.drawRightString if anchor == "end" else canvas.drawString)(x, y, text)
        return
    parts = pieces(text, font)
    if anchor == "end":
        x -= sum(pdfmetrics.stringWidth(t, f or font, size) for f, t in parts)
    for f, t in parts:
        canvas.setFont(f or font, size)
        canvas.drawString(x, y, t)
        x += pdfmetrics.stringWidth(t, f or font, size)
    canvas.setFont(font, size)


def strings(x: float, y: float, text: str, font: str, size: float, fill: Any) -> list[String]:
    """`text` as String shapes for a Drawing, one per run."""
    if _plain(text, font):
        return [String(x, y, text, fontName=font, fontSize=size, fillColor=fill)]
    out = []
    for f, t in pieces(text, font):
        out.append(String(x, y, t, fontName=f or font, fontSize=size, fillColor=fill))
        x += pdfmetrics.stringWidth(t, f or font, size)
    return out
