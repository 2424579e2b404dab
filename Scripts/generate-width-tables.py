#!/usr/bin/env python3
"""
Generate parley's display-width tables and their test fixtures from the
installed Python `wcwidth` package, so that `DisplayWidth` (Swift) measures
text exactly as `wcwidth.wcwidth()` / `wcwidth.wcswidth()` do.

Writes, relative to the package root (the parent of this script's folder):

  Sources/ParleyUI/Text/WidthTables.swift
      Per-code-point properties as a two-stage lookup table, plus the small
      sets that wcwidth's wcswidth() consults.
  Tests/ParleyUITests/Fixtures/wcwidth-codepoints.txt
      wcwidth.wcwidth() of every code point of selected Unicode blocks, as runs.
  Tests/ParleyUITests/Fixtures/wcwidth-strings.txt
      Strings with wcwidth.wcswidth() and the per-grapheme-cluster sum that
      parley's DisplayWidth.of(String) must return.

Usage (from the package root):

  python3 Scripts/generate-width-tables.py           # (re)write the three files
  python3 Scripts/generate-width-tables.py --check   # exit 1 if any is stale

Before writing, the packed table is checked against wcwidth for all 0x110000
code points, so a bug here cannot hide outside the fixture's blocks.

The Swift side (Sources/ParleyUI/Text/DisplayWidth.swift) ports the algorithm
of wcwidth 0.7.0's _wcswidth.py by hand. When regenerating from another
wcwidth version, re-read that file and port its changes too.
"""

from __future__ import annotations

import argparse
import random
import sys
import unicodedata
from pathlib import Path

import wcwidth
from wcwidth import iter_graphemes, wcswidth
from wcwidth import wcwidth as wc
from wcwidth._constants import (
    _CATEGORY_MC_TABLE,
    _EMOJI_ZWJ_SET,
    _FITZPATRICK_RANGE,
    _ISC_VIRAMA_SET,
    _LATEST_VERSION,
    _REGIONAL_INDICATOR_SET,
)
from wcwidth.table_grapheme import ISC_CONSONANT
from wcwidth.table_vs16 import VS16_NARROW_TO_WIDE

try:  # optional: cross-checks the grapheme segmentation of the strings fixture
    import regex as REGEX
except ImportError:  # pragma: no cover
    REGEX = None

PORTED_WCWIDTH_VERSION = "0.7.0"
VS16_TABLE_KEY = "9.0.0"  # the key _wcswidth.py uses
VS16_TABLE = VS16_NARROW_TO_WIDE[VS16_TABLE_KEY]

ROOT = Path(__file__).resolve().parent.parent
SWIFT_OUT = ROOT / "Sources/ParleyUI/Text/WidthTables.swift"
CODEPOINTS_OUT = ROOT / "Tests/ParleyUITests/Fixtures/wcwidth-codepoints.txt"
STRINGS_OUT = ROOT / "Tests/ParleyUITests/Fixtures/wcwidth-strings.txt"
COMMAND = "python3 Scripts/generate-width-tables.py"

MAX_CODE_POINT = 0x10FFFF
BLOCK_SHIFT = 8  # 256 code points per stage-2 block

# Property bits of one code point. Stored as the ASCII character 0x30 + bits.
WIDTH_MASK = 0b11  # 0: zero width, 1: narrow, 2: wide, 3: control (wcwidth -1)
MC = 1 << 2  # spacing combining mark (General_Category=Mc)
VIRAMA = 1 << 3  # wcwidth's _ISC_VIRAMA_SET
VS16_WIDE = 1 << 4  # narrow character that VS16 (U+FE0F) makes wide
CONSONANT = 1 << 5  # wcwidth's ISC_CONSONANT (Indic syllabic category)
CHAR_BASE = 0x30


def in_table(cp: int, table) -> bool:
    return bool(wcwidth._bisearch(cp, table))


def properties(cp: int) -> int:
    w = wc(chr(cp))
    bits = {-1: 3, 0: 0, 1: 1, 2: 2}[w]
    if in_table(cp, _CATEGORY_MC_TABLE):
        bits |= MC
    if cp in _ISC_VIRAMA_SET:
        bits |= VIRAMA
    if in_table(cp, VS16_TABLE):
        bits |= VS16_WIDE
    if in_table(cp, ISC_CONSONANT):
        bits |= CONSONANT
    return bits


def ranges_of(code_points) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for cp in sorted(code_points):
        if out and out[-1][1] == cp - 1:
            out[-1] = (out[-1][0], cp)
        else:
            out.append((cp, cp))
    return out


# ---------------------------------------------------------------- Swift tables


def build_stages(props: list[int]) -> tuple[list[int], list[bytes]]:
    size = 1 << BLOCK_SHIFT
    index: list[int] = []
    blocks: list[bytes] = []
    seen: dict[bytes, int] = {}
    for start in range(0, MAX_CODE_POINT + 1, size):
        block = bytes(CHAR_BASE + p for p in props[start:start + size])
        if block not in seen:
            seen[block] = len(blocks)
            blocks.append(block)
        index.append(seen[block])
    assert len(blocks) <= 0xFF, "block numbers must fit in two hex digits"
    for block in blocks:
        # Every stored character must be plain ASCII that needs no escaping
        # in a Swift string literal.
        assert all(0x30 <= b <= 0x7E and b != ord("\\") for b in block), block
    return index, blocks


def verify_stages(index: list[int], blocks: list[bytes], props: list[int]) -> None:
    size = 1 << BLOCK_SHIFT
    for cp in range(MAX_CODE_POINT + 1):
        got = blocks[index[cp >> BLOCK_SHIFT]][cp & (size - 1)] - CHAR_BASE
        assert got == props[cp], f"U+{cp:04X}: {got} != {props[cp]}"


def swift_pairs(name: str, doc: list[str], pairs: list[tuple[int, int]]) -> str:
    lines = [f"    /// {line}" for line in doc] + [f"    static let {name}: [UInt32] = ["]
    for i in range(0, len(pairs), 4):
        chunk = pairs[i:i + 4]
        lines.append("        " + " ".join(f"0x{lo:05X}, 0x{hi:05X}," for lo, hi in chunk))
    lines.append("    ]")
    return "\n".join(lines)


def swift_tables(index: list[int], blocks: list[bytes], props: list[int]) -> str:
    ri = ranges_of(_REGIONAL_INDICATOR_SET)
    assert len(ri) == 1, "regional indicators are expected to be one range"
    fitz_lo, fitz_hi = _FITZPATRICK_RANGE
    emoji_zwj = ranges_of(_EMOJI_ZWJ_SET)
    viramas = sorted(_ISC_VIRAMA_SET)

    virama_lines = "\n".join(
        "        " + " ".join(f"0x{v:05X}," for v in viramas[i:i + 8]) for i in range(0, len(viramas), 8))
    index_hex = "".join(f"{b:02X}" for b in index)
    index_lines = [index_hex[i:i + 128] for i in range(0, len(index_hex), 128)]
    block_lines = [b.decode("ascii") for b in blocks]

    def literal(lines: list[str]) -> str:
        body = "\\\n".join("        " + line for line in lines)
        return '        """\n' + body + '\n        """'

    counts = {
        "zero": sum(1 for p in props if p & WIDTH_MASK == 0),
        "wide": sum(1 for p in props if p & WIDTH_MASK == 2),
    }
    return f"""\
// GENERATED FILE: do not edit by hand.
//
// Generated by Scripts/generate-width-tables.py from Python wcwidth {wcwidth.__version__}
// (Unicode {_LATEST_VERSION}; VS16 table: VS16_NARROW_TO_WIDE["{VS16_TABLE_KEY}"], the one wcswidth uses).
// Regenerate from the package root with:
//
//     {COMMAND}
//
// Every code point's properties were checked against wcwidth when this file was
// written ({counts["zero"]} zero-width and {counts["wide"]} wide code points).

/// Character data for `DisplayWidth`, taken from Python's wcwidth package.
///
/// Per-code-point properties live in a two-stage table: `blockIndex` holds, for
/// each run of 256 code points (`value >> 8`), the number of its block as two
/// hex digits; `blocks` holds each distinct block as 256 ASCII characters, one
/// per code point, whose value minus 0x30 is the property bits below. Both are
/// `StaticString`s: no start-up cost, no allocation, and a fast compile.
enum WidthTables {{
    /// The wcwidth release the tables come from.
    static let wcwidthVersion = "{wcwidth.__version__}"
    /// The Unicode version of those tables.
    static let unicodeVersion = "{_LATEST_VERSION}"

    /// `value >> blockShift` selects the block; `value & blockMask` the entry.
    static let blockShift: UInt32 = {BLOCK_SHIFT}
    static let blockMask: UInt32 = 0x{(1 << BLOCK_SHIFT) - 1:X}
    /// What `blocks` stores for property bits 0: the character `0`.
    static let characterBase: UInt8 = 0x{CHAR_BASE:02X}

    /// Bits 0-1: 0 zero width, 1 narrow, 2 wide, 3 control (wcwidth -1).
    static let widthMask: UInt8 = 0b{WIDTH_MASK:b}
    /// Spacing combining mark (General_Category Mc): adds a column after a base.
    static let spacingMark: UInt8 = 0b{MC:b}
    /// A virama (wcwidth's `_ISC_VIRAMA_SET`): a following consonant forms a conjunct.
    static let virama: UInt8 = 0b{VIRAMA:b}
    /// A narrow character that VS16 (U+FE0F) makes wide.
    static let vs16Wide: UInt8 = 0b{VS16_WIDE:b}
    /// An Indic consonant (wcwidth's `ISC_CONSONANT`).
    static let consonant: UInt8 = 0b{CONSONANT:b}

    /// Regional indicator symbols (flag letters).
    static let regionalIndicators: ClosedRange<UInt32> = 0x{ri[0][0]:05X}...0x{ri[0][1]:05X}
    /// Emoji skin-tone modifiers.
    static let fitzpatrick: ClosedRange<UInt32> = 0x{fitz_lo:05X}...0x{fitz_hi:05X}

    /// wcwidth's `_ISC_VIRAMA_SET`, for reference and tests (lookups use the `virama` bit).
    static let viramas: [UInt32] = [
{virama_lines}
    ]

{swift_pairs("emojiZWJBases",
             ["wcwidth's `_EMOJI_ZWJ_SET` (Extended_Pictographic and regional indicators) as sorted",
              "inclusive `[low, high]` pairs: a skin-tone modifier after one of these adds no width."],
             emoji_zwj)}

    /// Block number (two hex digits) for each 256 code points, U+0000 to U+10FFFF.
    static var blockIndex: StaticString {{
{literal(index_lines)}
    }}

    /// {len(blocks)} distinct blocks of 256 property characters (0x30 + bits).
    static var blocks: StaticString {{
{literal(block_lines)}
    }}
}}
"""


# ---------------------------------------------------------------- fixtures

FIXTURE_BLOCKS = [
    (0x0000, 0x007F, "Basic Latin"),
    (0x0080, 0x00FF, "Latin-1 Supplement"),
    (0x0100, 0x017F, "Latin Extended-A"),
    (0x0180, 0x024F, "Latin Extended-B"),
    (0x0250, 0x02AF, "IPA Extensions"),
    (0x02B0, 0x02FF, "Spacing Modifier Letters"),
    (0x0300, 0x036F, "Combining Diacritical Marks"),
    (0x0370, 0x03FF, "Greek and Coptic"),
    (0x0400, 0x04FF, "Cyrillic"),
    (0x0500, 0x052F, "Cyrillic Supplement"),
    (0x0900, 0x097F, "Devanagari"),
    (0x1100, 0x11FF, "Hangul Jamo"),
    (0x1C80, 0x1C8F, "Cyrillic Extended-C"),
    (0x1E00, 0x1EFF, "Latin Extended Additional"),
    (0x1F00, 0x1FFF, "Greek Extended"),
    (0x2000, 0x206F, "General Punctuation"),
    (0x2600, 0x26FF, "Miscellaneous Symbols"),
    (0x2700, 0x27BF, "Dingbats"),
    (0x2DE0, 0x2DFF, "Cyrillic Extended-A"),
    (0x3000, 0x303F, "CJK Symbols and Punctuation"),
    (0x3040, 0x309F, "Hiragana"),
    (0x30A0, 0x30FF, "Katakana"),
    (0x3400, 0x4DBF, "CJK Unified Ideographs Extension A"),
    (0x4E00, 0x9FFF, "CJK Unified Ideographs"),
    (0xA640, 0xA69F, "Cyrillic Extended-B"),
    (0xA960, 0xA97F, "Hangul Jamo Extended-A"),
    (0xAC00, 0xD7AF, "Hangul Syllables"),
    (0xD7B0, 0xD7FF, "Hangul Jamo Extended-B"),
    (0xF900, 0xFAFF, "CJK Compatibility Ideographs"),
    (0xFE00, 0xFE0F, "Variation Selectors"),
    (0xFF00, 0xFFEF, "Halfwidth and Fullwidth Forms"),
    (0x1E030, 0x1E08F, "Cyrillic Extended-D"),
    (0x1F100, 0x1F1FF, "Enclosed Alphanumeric Supplement (Regional Indicators 1F1E6..1F1FF)"),
    (0x1F300, 0x1F5FF, "Miscellaneous Symbols and Pictographs"),
    (0x1F600, 0x1F64F, "Emoticons"),
    (0x1F680, 0x1F6FF, "Transport and Map Symbols"),
    (0x1F900, 0x1F9FF, "Supplemental Symbols and Pictographs"),
    (0x1FA70, 0x1FAFF, "Symbols and Pictographs Extended-A"),
    (0xE0000, 0xE007F, "Tags"),
    (0xE0100, 0xE01EF, "Variation Selectors Supplement"),
]


def codepoints_fixture() -> str:
    total = sum(hi - lo + 1 for lo, hi, _ in FIXTURE_BLOCKS)
    out = [
        f"# wcwidth.wcwidth() of every code point of the blocks below, from Python wcwidth {wcwidth.__version__}",
        f"# (Unicode {_LATEST_VERSION}). Generated by {COMMAND}; do not edit.",
        "# A 'block' line opens a Unicode block: 'block START END NAME'. The lines after it are runs",
        "# 'START END WIDTH' (hex code points, inclusive; width -1, 0, 1 or 2) that tile the block exactly.",
        f"# {len(FIXTURE_BLOCKS)} blocks, {total} code points.",
    ]
    for lo, hi, name in FIXTURE_BLOCKS:
        out.append(f"block {lo:04X} {hi:04X} {name}")
        run_start = lo
        run_width = wc(chr(lo))
        for cp in range(lo + 1, hi + 2):
            w = wc(chr(cp)) if cp <= hi else None
            if w != run_width:
                out.append(f"{run_start:04X} {cp - 1:04X} {run_width}")
                run_start, run_width = cp, w
    return "\n".join(out) + "\n"


def is_ri(c: str) -> bool:
    return ord(c) in _REGIONAL_INDICATOR_SET


def clusters(s: str) -> list[str]:
    """Extended grapheme clusters (UAX #29) of s.

    wcwidth 0.7.0's iter_graphemes() miscounts regional indicators after a
    Control, CR, LF or Prepend (it restarts its count at 0, not 1): it splits
    ZERO WIDTH SPACE + the two letters of a flag as [ZWSP] [N] [L], not [ZWSP] [NL].
    GB12/GB13 are the only rules between two regional indicators, so redo them:
    break between two RIs exactly when an even number of RIs ends at the left one.
    """
    bounds: set[int] = set()
    at = 0
    for g in iter_graphemes(s):
        at += len(g)
        bounds.add(at)
    run = 0  # regional indicators ending at index k - 1
    for k in range(1, len(s)):
        run = run + 1 if is_ri(s[k - 1]) else 0
        if is_ri(s[k]) and run:
            if run % 2 == 0:
                bounds.add(k)
            else:
                bounds.discard(k)
    cuts = sorted(bounds | {0, len(s)})
    out = [s[a:b] for a, b in zip(cuts, cuts[1:])]
    if REGEX is not None:  # an independent UAX #29 implementation, when installed
        assert out == REGEX.findall(r"\X", s), f"segmentation differs from regex \\X for {s!r}"
    return out


def per_cluster_width(s: str) -> int:
    """What DisplayWidth.of(String) must return: the sum of wcswidth over the
    grapheme clusters, a control counting as zero."""
    total = 0
    for g in clusters(s):
        w = wcswidth(g)
        if w < 0:
            w = wcswidth("".join(c for c in g if wc(c) >= 0))
        total += w
    return total


def divergence(s: str) -> str | None:
    """Why wcswidth(s) differs from the per-cluster sum, or None when it does not."""
    whole, parts = wcswidth(s), per_cluster_width(s)
    if whole == parts:
        return None
    segments = clusters(s)
    if whole < 0:
        return "diverges: has a control; wcswidth returns -1, DisplayWidth counts a control as 0"
    if any(g.endswith("\u200d") for g in segments[:-1]):
        return ("diverges: a cluster ends in ZWJ; wcswidth skips the character after a ZWJ"
                " even when it starts the next cluster")
    if any(a[-1] in VIRAMAS and in_table(ord(b[0]), ISC_CONSONANT) for a, b in zip(segments, segments[1:])):
        return ("diverges: a cluster ends in a virama and the next starts with a consonant;"
                " wcswidth joins them into one conjunct across the cluster boundary")
    if any(wc(g[0]) == 0 for g in segments[1:]):
        return ("diverges: a cluster starts with a zero-width character; wcswidth applies it"
                " (VS16, Mc, skin tone, virama) to a base in an earlier cluster")
    raise SystemExit(f"unexplained difference for {s!r}: {whole} vs {parts}; investigate")


VIRAMAS = {chr(v) for v in _ISC_VIRAMA_SET}


def escape(s: str) -> str:
    return "".join(c if 0x20 <= ord(c) < 0x7F and c != "\\" else f"\\u{{{ord(c):X}}}" for c in s)


def describe(s: str) -> str:
    if all(0x20 <= ord(c) < 0x7F for c in s):
        return s
    return " ".join(unicodedata.name(c, f"U+{ord(c):04X}") for c in s)


HANDPICKED: list[tuple[str, str]] = [
    # ASCII
    ("", "empty"),
    ("a", "one letter"),
    ("Hello, world!", "ASCII sentence"),
    ("Thissen: Richt je op regie", "ASCII title"),
    (" ", "space"),
    ("~", "tilde"),
    # Dutch and other Latin text
    ("co\u00f6peratie", "coöperatie, precomposed o with diaeresis"),
    ("coo\u0308peratie", "coöperatie, o + combining diaeresis"),
    ("Belgi\u00eb", "België"),
    ("idee\u00ebn", "ideeën"),
    ("\u201cRicht je op regie\u201d", "curly double quotes"),
    ("\u2018t Is \u2019s avonds", "curly single quotes"),
    ("caf\u00e9", "café precomposed"),
    ("cafe\u0301", "café with combining acute"),
    ("\u20ac 5,\u2013", "euro and en dash"),
    ("Dat is \u2014 zeker \u2014 waar\u2026", "em dashes and ellipsis"),
    ("\u00bfQu\u00e9? \u00a1S\u00ed!", "Spanish punctuation"),
    ("Stra\u00dfe", "German sharp s"),
    ("\u0152uvre \u00e6 \u00f8 \u00e5", "ligatures and Nordic letters"),
    ("IJsselmeer \u0132", "IJ ligature U+0132"),
    ("De gemeente is \u201cregisseur\u201d, zegt hij, \u00e9n co\u00f6rdinator.",
     "mixed Dutch sentence"),
    ("Zeker bij nieuwe taakstellingen \u2013 zo\u2019n 3\u00bd miljard \u2013 is dat nodig.",
     "Dutch with en dash, apostrophe, one half"),
    ("\u00a0", "no-break space"),
    ("a\u00adb", "soft hyphen (wcwidth 1)"),
    ("na\u00efef", "naïef"),
    # Combining marks
    ("e\u0301", "e + combining acute"),
    ("a\u0308\u0301", "a + two combining marks"),
    ("n\u0303o", "n + combining tilde, o"),
    ("\u0301", "lone combining acute"),
    ("\u0301a", "combining acute at start, then a"),
    ("Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319a\u0324\u031e\u0349\u035a",
     "zalgo-style stacked marks"),
    ("x\u20dd", "x + combining enclosing circle"),
    ("\u0915\u0901", "Devanagari ka + candrabindu"),
    # Greek, Cyrillic
    ("\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac", "Greek word"),
    ("\u1f00\u03bd\u03b7\u03c1", "Greek extended"),
    ("\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440", "Cyrillic"),
    ("\u0439 \u0438\u0306", "Cyrillic short i precomposed and decomposed"),
    # CJK
    ("\u4e2d\u6587", "中文"),
    ("\u6211\u7231\u5317\u4eac\u5929\u5b89\u95e8\u3002", "Chinese sentence with ideographic full stop"),
    ("\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8\u3067\u3059\u3002", "Japanese kanji, hiragana, katakana"),
    ("\u300c\u3053\u3093\u306b\u3061\u306f\u300d", "Japanese corner brackets"),
    ("\uff21\uff22\uff23\uff11\uff12\uff13", "fullwidth ASCII"),
    ("\uff76\uff80\uff76\uff85", "halfwidth katakana"),
    ("\u30ab\u3099", "katakana ka + combining voiced mark"),
    ("\u3000", "ideographic space"),
    ("\u4e2d a \u6587", "CJK mixed with ASCII"),
    ("\ud55c\uad6d\uc5b4 \ubb38\uc7a5", "Korean syllables"),
    ("\u3400\u4db5", "CJK extension A"),
    ("\U00020000\U0002a6d6", "CJK extension B (plane 2)"),
    ("\uf900\ufa0e", "CJK compatibility ideographs"),
    ("\u2e80\u2f00", "CJK radicals"),
    ("\u3131\u314f", "Hangul compatibility jamo"),
    # Hangul jamo sequences
    ("\u1100\u1161", "jamo L + V"),
    ("\u1100\u1161\u11a8", "jamo L + V + T"),
    ("\u1100\u1100\u1161", "jamo L + L + V"),
    ("\u1161", "lone jamo V"),
    ("\u11a8", "lone jamo T"),
    ("\uac00\u11a8", "syllable LV + jamo T"),
    ("\ua960\ud7b0\ud7cb", "old jamo from Extended-A and Extended-B"),
    ("\u1100\u1161\u1100\u1161", "two L V syllables"),
    # Indic
    ("\u0915\u094d\u0937", "Devanagari conjunct ksha"),
    ("\u0928\u092e\u0938\u094d\u0924\u0947", "namaste"),
    ("\u0939\u093f\u0928\u094d\u0926\u0940", "hindi"),
    ("\u0915\u094d\u200d\u0937", "ka virama ZWJ ssa (half form)"),
    ("\u0915\u094d\u200c\u0937", "ka virama ZWNJ ssa"),
    ("\u0915\u093e", "ka + aa (spacing mark)"),
    ("\u0915\u093f", "ka + i (spacing mark)"),
    ("\u0915\u094d\u0937\u093e", "ksha + aa"),
    ("\u0915\u094d", "ka + virama at end"),
    ("\u0938\u094d\u0924\u094d\u0930", "stra: two viramas"),
    ("\u0926\u0947\u0935\u0928\u093e\u0917\u0930\u0940", "devanagari"),
    ("\u09ac\u09be\u0982\u09b2\u09be", "Bengali"),
    ("\u0ba4\u0bae\u0bbf\u0bb4\u0bcd", "Tamil"),
    ("\u0d2e\u0d32\u0d2f\u0d3e\u0d33\u0d02", "Malayalam"),
    ("\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22", "Thai"),
    ("\u0e01\u0e34\u0e4a", "Thai with stacked marks"),
    # Right-to-left scripts
    ("\u0645\u0631\u062d\u0628\u0627", "Arabic"),
    ("\u0628\u0650\u0633\u0652\u0645\u0650", "Arabic with harakat"),
    ("\u05e9\u05c1\u05b8\u05dc\u05d5\u05b9\u05dd", "Hebrew with points"),
    ("\u0600\u0661", "Arabic number sign (prepend) + digit"),
    # Emoji
    ("\U0001f44d", "thumbs up"),
    ("\U0001f44d\U0001f3fd", "thumbs up, medium skin tone"),
    ("\U0001f3fd", "lone skin tone modifier"),
    ("a\U0001f3fd", "skin tone after a letter"),
    ("\U0001f468\u200d\U0001f469\u200d\U0001f467", "family: man, woman, girl"),
    ("\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466", "family of four"),
    ("\U0001f469\U0001f3fd\u200d\U0001f4bb", "woman technologist, skin tone"),
    ("\U0001f3f3\ufe0f\u200d\U0001f308", "rainbow flag"),
    ("\U0001f3f4\u200d\u2620\ufe0f", "pirate flag"),
    ("\U0001f441\ufe0f\u200d\U0001f5e8\ufe0f", "eye in speech bubble"),
    ("\U0001f9d1\U0001f3fe\u200d\U0001f91d\u200d\U0001f9d1\U0001f3fb", "people holding hands, two tones"),
    ("\u2764\ufe0f\u200d\U0001f525", "heart on fire"),
    ("\U0001f1f3\U0001f1f1", "flag NL"),
    ("\U0001f1e7\U0001f1ea\U0001f1f3\U0001f1f1", "flags BE NL"),
    ("\U0001f1f3", "lone regional indicator"),
    ("\U0001f1f3\U0001f1f1\U0001f1e7", "three regional indicators"),
    ("\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", "flag England (tags)"),
    ("#\ufe0f\u20e3", "keycap #"),
    ("1\ufe0f\u20e3", "keycap 1"),
    ("*\ufe0f\u20e3", "keycap *"),
    ("1\u20e3", "keycap 1 without VS16"),
    ("\u263a", "smiling face, text default"),
    ("\u263a\ufe0f", "smiling face + VS16"),
    ("\u263a\ufe0e", "smiling face + VS15"),
    ("\u2764", "heart, text default"),
    ("\u2764\ufe0f", "red heart + VS16"),
    ("\U0001f600\ufe0e", "grinning face + VS15"),
    ("\U0001f600\ufe0f", "grinning face + VS16"),
    ("\u231a", "watch (wide)"),
    ("\u2194\ufe0f", "left right arrow + VS16"),
    ("\u00a9\ufe0f", "copyright + VS16"),
    ("a\ufe0f", "VS16 after a letter"),
    ("\ufe0f", "lone VS16"),
    ("\ufe0f\u263a", "VS16 before the base"),
    ("\U0001f600\U0001f601\U0001f602", "three emoji"),
    ("Leuk! \U0001f44d\U0001f3fb Echt \u2764\ufe0f", "emoji in Dutch text"),
    ("\U0001fae8\U0001faea", "Unicode 15/16 emoji"),
    ("\U0001f6dc", "wireless (Unicode 15)"),
    ("\u200d", "lone ZWJ"),
    ("\U0001f468\u200d", "emoji + trailing ZWJ"),
    ("\U0001f468\u200d\u200d\U0001f469", "double ZWJ"),
    # Zero-width and format characters
    ("a\u200bb", "zero width space"),
    ("a\u200cb", "zero width non-joiner"),
    ("a\u2060b", "word joiner"),
    ("\ufeffabc", "byte order mark"),
    ("a\u034fb", "combining grapheme joiner"),
    ("\U000e0001", "language tag"),
    # Divergences between wcswidth() and the per-cluster sum
    ("x\u200da", "ZWJ between letters"),
    ("\u200dx", "ZWJ at start"),
    ("\U0001f44d\u200b\U0001f3fd", "ZWSP between emoji and skin tone"),
    ("\u263a\u200b\ufe0f", "ZWSP between emoji and VS16"),
    ("\u00ad\u0903", "soft hyphen then Devanagari visarga"),
    ("a\tb", "tab"),
    ("\x1b[31mred\x1b[0m", "SGR escape sequence"),
    ("line\r\n", "CR LF"),
    ("a\x00b", "NUL (wcwidth 0, not -1)"),
    ("a\x7fb", "DEL"),
    ("a\x9bb", "C1 CSI"),
]

RANDOM_ALPHABET = [
    "a", "e", " ", "\u00eb", "\u201c", "\u0301", "\u0308", "\u200d", "\ufe0f", "\ufe0e",
    "\U0001f44d", "\U0001f3fd", "\U0001f1f3", "\U0001f1f1", "\u2764", "\u263a", "#", "\u20e3",
    "\U0001f468", "\U0001f469", "\u0915", "\u094d", "\u0937", "\u093e", "\u0903", "\u1100",
    "\u1161", "\u11a8", "\uac00", "\u4e2d", "\u3002", "\u200b", "\u00ad", "\u0600",
    "\U0001f1e7", "\r",
]
RANDOM_SEED = 29
RANDOM_COUNT = 200


def strings_fixture() -> str:
    rng = random.Random(RANDOM_SEED)
    rows: list[tuple[str, str]] = list(HANDPICKED)
    for n in range(RANDOM_COUNT):
        s = "".join(rng.choice(RANDOM_ALPHABET) for _ in range(rng.randint(1, 8)))
        rows.append((s, f"random {n + 1}: {describe(s)}"))
    out = [
        f"# Strings measured by Python wcwidth {wcwidth.__version__} (Unicode {_LATEST_VERSION}).",
        f"# Generated by {COMMAND}; do not edit.",
        "# One string per line, four tab-separated fields:",
        "#   WCSWIDTH   wcwidth.wcswidth(s) over the whole string (-1 when it holds a control)",
        "#   CLUSTERS   sum of wcswidth over wcwidth.iter_graphemes(s), a control counting 0:",
        "#              what DisplayWidth.of(s) returns",
        "#   STRING     printable ASCII as is, everything else (and backslash) as \\u{HEX}",
        "#   NOTE       what it is; starts with 'diverges:' and says why when the two numbers differ",
        f"# {len(rows)} strings ({len(HANDPICKED)} chosen, {RANDOM_COUNT} random with seed {RANDOM_SEED}).",
    ]
    for s, note in rows:
        why = divergence(s)
        if why:
            note = f"{why} ({note})"
        out.append(f"{wcswidth(s)}\t{per_cluster_width(s)}\t{escape(s)}\t{note}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- main

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 when a generated file is out of date")
    args = parser.parse_args()

    if wcwidth.__version__ != PORTED_WCWIDTH_VERSION:
        print(f"warning: wcwidth {wcwidth.__version__} is installed; DisplayWidth.swift ports "
              f"{PORTED_WCWIDTH_VERSION}'s _wcswidth.py: compare the algorithm before committing",
              file=sys.stderr)

    props = [properties(cp) for cp in range(MAX_CODE_POINT + 1)]
    index, blocks = build_stages(props)
    verify_stages(index, blocks, props)

    outputs = {
        SWIFT_OUT: swift_tables(index, blocks, props),
        CODEPOINTS_OUT: codepoints_fixture(),
        STRINGS_OUT: strings_fixture(),
    }
    stale = False
    for path, text in outputs.items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale = True
        if args.check:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)} ({len(text.encode())} bytes)")
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
