"""Plans print every script: names and notes in CJK, Arabic, Hebrew, Indic, Ethiopic, Thai, Georgian
and Armenian come back from the PDF as typed, in fonts that have their glyphs, right to left where the
script is, and emoji are printed or named, never dropped."""

from __future__ import annotations

import random
import re
import subprocess
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from bidi import get_display
from reportlab.pdfbase import pdfmetrics

from intake_desk.domain import PersonName
from intake_desk.domain.codec import replace
from intake_desk.examples import example_document
from intake_desk.plans import render_plan, scripts
from intake_desk.plans.renderer import fit
from intake_desk.plans.styles import FONT, FONT_BOLD, register_fonts
from tests.pdf_text import as_read, pdf_text

# A name and a line of free text in each script; the notes are what a candidate could have said.
CASES = {
    "chinese": (PersonName("小明", "王"), "我想在荷兰学习护理。"),
    "japanese": (PersonName("花子", "山田"), "オランダで介護の仕事をしたいです。"),
    "korean": (PersonName("민준", "김"), "네덜란드에서 간호를 배우고 싶어요"),
    "arabic": (PersonName("محمد", "العلي"), "أريد أن أتعلم اللغة الهولندية"),
    "persian": (PersonName("علی", "رضایی"), "می‌خواهم پرستار بشوم"),
    "urdu": (PersonName("عائشہ", "خان"), "میں نرس بننا چاہتی ہوں"),
    "hebrew": (PersonName("שרה", "לוי"), "אני רוצה ללמוד הולנדית"),
    "hindi": (PersonName("प्रिया", "शर्मा"), "मैं नर्स बनना चाहती हूँ"),
    "bengali": (PersonName("রহিম", "উদ্দিন"), "আমি নার্স হতে চাই"),
    "tamil": (PersonName("செல்வி", "குமார்"), "நான் செவிலியராக விரும்புகிறேன்"),
    "thai": (PersonName("สมชาย", "ใจดี"), "ฉันอยากเรียนภาษาดัตช์"),
    "tigrinya": (PersonName("ዮሃንስ", "ተስፋይ"), "ኣብ ሆላንድ ክመሃር እደሊ"),
    "amharic": (PersonName("አበበ", "በቀለ"), "በኔዘርላንድ መማር እፈልጋለሁ"),
    "georgian": (PersonName("ნინო", "ბერიძე"), "მინდა ვისწავლო ჰოლანდიური"),
    "armenian": (PersonName("Անի", "Պետրոսյան"), "Ուզում եմ սովորել հոլանդերեն"),
}
MIRRORED = str.maketrans("()[]{}<>«»‹›", "(([[{{<<««‹‹")  # a mirrored bracket is the same bracket


def bidi_reference(text: str) -> str:
    """python-bidi's visual order, an independent reference. It reverses marks with the letters;
    the plan draws each mark after its letter, so marks are left out of the comparison."""
    return bases(as_read(get_display(text, base_dir="L")))


def bases(text: str) -> str:
    return "".join(c for c in text if not unicodedata.combining(c)).translate(MIRRORED)


def plan_with(name: PersonName, notes: str, school: str = "Voorbeeldcollege") -> bytes:
    doc = example_document(name=name)
    doc = replace(doc, plan=replace(doc.plan, notes=notes),
                  settings=replace(doc.settings, school_name=school))
    return render_plan(doc, invariant=True)


def missing_glyphs(text: str, font: str = FONT) -> list[str]:
    """Characters of `text` as the renderer prints them that map to no glyph (.notdef) in the font
    that draws them."""
    register_fonts()
    missing = []
    for run_font, run in scripts.pieces(text, font):
        face = pdfmetrics.getFont(run_font or font).face
        missing += [ch for ch in run if not face.charToGlyph.get(ord(ch))]
    return missing


def visual(text: str, font: str = FONT) -> str:
    """The letters of `text` in the order they are drawn, left to right (each glyph as the letters it
    stands for)."""
    register_fonts()
    out = []
    for run_font, run in scripts.pieces(text, font):
        pdf_font = pdfmetrics.getFont(run_font or font)
        key_text = getattr(pdf_font, "key_text", {})
        out += [key_text.get(ord(ch), ch) for ch in run]
    return as_read("".join(out))


@pytest.mark.parametrize("script", sorted(CASES))
def test_name_and_notes_read_back_as_typed(script: str) -> None:
    name, notes = CASES[script]
    text = as_read(pdf_text(plan_with(name, notes)))
    assert as_read(name.display) in text
    assert as_read(notes) in text
    # the header, the running head of page 2 and the signature block all print the name
    assert text.count(as_read(name.display)) >= 3
    assert "Persoonlijk ontwikkelplan" in text and "pagina 2 van 2" in text


@pytest.mark.parametrize("script", sorted(CASES))
def test_no_glyph_is_missing(script: str) -> None:
    name, notes = CASES[script]
    for value in (name.display, notes, f"Voor: {name.display}"):
        assert missing_glyphs(value) == [], value
        assert missing_glyphs(value, FONT_BOLD) == [], value


def test_every_font_in_the_plan_is_embedded(tmp_path: Path) -> None:
    data = plan_with(*CASES["chinese"], school="Voorbeeldcollege الأمل")
    (tmp_path / "plan.pdf").write_bytes(data)
    listing = subprocess.run(["pdffonts", str(tmp_path / "plan.pdf")], capture_output=True,
                             check=True, text=True).stdout.splitlines()[2:]
    # ReportLab lists its default Helvetica on every canvas; no text of the plan is set in it
    listing = [line for line in listing if not line.startswith("Helvetica ")]
    # embedded, subset, with a ToUnicode map
    assert listing and all(re.search(r"TrueType .* yes yes yes ", line) for line in listing), listing
    names = " ".join(listing)
    assert "DroidSansFallback" in names and "NotoSansArabic" in names and "DejaVuSans" in names


@pytest.mark.parametrize("line", [
    "Ahmed محمد علی (Amsterdam) 12",
    "Voor: علی رضایی (Iran), 34 jaar",
    "שרה לוי, Goes",
    "شارع 12، أمستردام",
    "Adres: 12 شارع الملك, Rotterdam",
    "مبلغ 1,5 يورو و 20% (خصم)",
    "Naam: שָׁלוֹם כֹּהֵן [Israël] / مُحَمَّد «علی» x+y 3.5+31",
    "محمدٌ ٣٤ شارع 12",
])
def test_mixed_lines_are_in_bidi_order(line: str) -> None:
    """Dutch with Arabic or Hebrew reads as the Unicode bidi algorithm orders it (python-bidi as an
    independent reference), Arabic words joined."""
    assert bases(visual(line)) == bidi_reference(line)
    assert missing_glyphs(line) == []


def test_arabic_is_shaped_and_right_to_left() -> None:
    register_fonts()
    pieces = scripts.pieces("محمد", FONT)
    assert [f for f, _ in pieces] == ["PlanArabic"]
    drawn = pieces[0][1]
    # joined forms (final, medial, medial, initial from left to right), not the four isolated letters
    assert [unicodedata.name(c) for c in drawn] == [
        "ARABIC LETTER DAL FINAL FORM", "ARABIC LETTER MEEM MEDIAL FORM",
        "ARABIC LETTER HAH MEDIAL FORM", "ARABIC LETTER MEEM INITIAL FORM"]


def test_devanagari_conjuncts_read_in_logical_order() -> None:
    # "प्रि": the vowel sign ि is drawn before the conjunct प्र but must read after it
    assert visual("प्रिया शर्मा") == "प्रिया शर्मा"
    assert pdf_text(plan_with(PersonName("प्रिया", "शर्मा"), "")).count("प्रिया शर्मा") >= 3


def test_hebrew_runs_right_to_left_in_the_plan_font() -> None:
    register_fonts()
    assert scripts.pieces("שרה לוי", FONT) == [(None, "יול\u00a0הרש")]


EMOJI = ["👍", "😀", "🦩", "❤️", "🇳🇱", "👩🏽‍🎓", "🧕", "☺", "✓"]


def test_emoji_are_printed_or_named_never_dropped() -> None:
    notes = " ".join(f"K{n} {emoji} M{n}" for n, emoji in enumerate(EMOJI))
    text = as_read(pdf_text(plan_with(PersonName("Anna", "de Vries"), notes)))
    for n, emoji in enumerate(EMOJI):
        shown = re.search(rf"K{n} (.*?) M{n}", text)
        assert shown is not None and shown.group(1).strip(), emoji
        parts = shown.group(1)
        for ch in emoji:
            if ch in "\u200d\ufe0f" or 0x1F3FB <= ord(ch) <= 0x1F3FF or 0x1F1E6 <= ord(ch) <= 0x1F1FF:
                continue  # joiners, style selectors and skin tones go with the emoji they belong to
            assert ch in parts or f"[{unicodedata.name(ch).lower()}]" in parts, (emoji, parts)
        assert missing_glyphs(f"K{n} {emoji} M{n}") == []
    assert "[flag NL]" in text


def test_markup_in_other_scripts_still_prints_literally() -> None:
    nasty = PersonName("王 <b>x</b> &amp;", "ዮሃንስ <img src=x>")
    text = pdf_text(plan_with(nasty, "<font size=40>ዮሃንስ</font> & <br/>"))
    assert "<b>x</b> &amp;" in text and "<img src=x>" in text
    assert "<font size=40>ዮሃንስ</font> & <br/>" in text
    # right to left too (pdftotext's own reordering of such lines is no reference: see above)
    value = "محمد <img src=x> & شارع"
    assert bases(visual(value)) == bidi_reference(value)
    assert "&lt;img src=x&gt; &amp;" in scripts.markup(value, FONT)


def test_school_name_and_step_titles_on_the_canvas_and_in_bold() -> None:
    doc = example_document(name=PersonName("小明", "王"))
    steps = doc.plan.route.steps
    steps = (replace(steps[0], title="護理 zorg ዮሃንስ"), *steps[1:])
    doc = replace(doc, plan=replace(doc.plan, route=replace(doc.plan.route, steps=steps)),
                  settings=replace(doc.settings, school_name="ROC Zeeland 希望 ዮሃንስ"))
    text = as_read(pdf_text(render_plan(doc, invariant=True)))
    assert text.count("ROC Zeeland 希望 ዮሃንስ") >= 3  # header band, running head, privacy text
    assert text.count("護理 zorg ዮሃንስ") >= 2  # the timeline label and the bold title in the table
    assert missing_glyphs("護理 zorg ዮሃንስ", FONT_BOLD) == []


def test_fit_measures_fallback_text() -> None:
    register_fonts()
    name = "王小明" * 20
    short = fit(name, FONT, 10, 100)
    assert short.endswith("…") and scripts.width(short, FONT, 10) <= 100
    assert scripts.width("王", FONT, 10) > 5  # a full-width glyph, not a missing one


def test_latin_text_takes_the_plain_path() -> None:
    """Dutch and English values (also with Turkish, Polish, Vietnamese letters) are escaped as before,
    one run in the plan font: no fallback, no shaping, no extra cost."""
    for value in ("Şükrü Öztürk & <Nguyễn>", "Żółkiewska-Łęcka", "Jan van der Berg", "€ 1.790"):
        assert scripts.markup(value, FONT) == escape(value)
        assert scripts.pieces(value, FONT) == [(None, value)]


def test_bidi_order_matches_the_reference_on_generated_lines() -> None:
    """Generated mixes of Dutch, Arabic, Hebrew (with points), numbers of both kinds, signs and
    brackets: the drawing order is python-bidi's for every one."""
    rng = random.Random(2026)
    words = ["محمد", "مُحَمَّد", "علی", "שרה", "שָׁלוֹם", "Ahmed", "Goes", "é", "王", "प्रि", "12",
             "3.5", "٣٤", "1,5", "20%", "$5", "+31", "x+y", "#3", ",", ".", "،", ":", "-", "/", "(",
             ")", "[", "]", "«", "»"]
    for _ in range(400):
        line = "".join(rng.choice(words) + rng.choice(["", " ", " "])
                       for _ in range(rng.randint(1, 7))).strip()
        assert bases(visual(line)) == bidi_reference(line), line


def test_same_plan_same_bytes_whatever_was_printed_before() -> None:
    """Shaped glyphs get private keys in the order they are first met; the PDF must not depend on it."""
    name, notes = PersonName("प्रिया", "محمد"), "प्रिया शर्मा محمد علی ዮሃንስ 王"
    first = plan_with(name, notes)
    register_fonts()
    scripts.pieces("नमस्ते مُحَمَّد لا إله প্রিয়া தொகை", FONT)  # other keys allocated in between
    assert plan_with(name, notes) == first
