"""The printed plan: same plan -> same bytes, the right text in both languages, metadata, escaping."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from intake_desk.domain import PersonName
from intake_desk.domain.codec import replace
from intake_desk.examples import example_document
from intake_desk.plans import render_plan
from intake_desk.plans.renderer import clip, dmy, fit, qr_payload
from intake_desk.plans.styles import FONT
from intake_desk.plans.texts import check_complete
from tests.pdf_text import pdf_text


def pdf_info(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "info.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True,
                          text=True).stdout


def test_same_plan_gives_same_bytes() -> None:
    doc = example_document()
    assert render_plan(doc, invariant=True) == render_plan(doc, invariant=True)


def test_dutch_plan_text(tmp_path: Path) -> None:
    doc = example_document()
    text = pdf_text(render_plan(doc, invariant=True))
    for expected in ("Persoonlijk ontwikkelplan", "Şükrü Nguyễn-Лебедева", "Đặng Thi Lan",
                     "Waar u nu staat", "Waarom deze route", "Helpende zorg en welzijn",
                     "Nederlands 3F", "01-04-2026", dmy(doc.plan.route.end), "pagina 1 van 2",
                     "pagina 2 van 2", "tel. 0113 123 456", "t.dang@voorbeeldcollege.nl",
                     "VOORBEELDGEGEVENS", "Wooncoach gemeente Goes", "24 maanden",
                     "Op 30-03-2026 praten we verder.", "Kans op werk", "15-01-2026"):
        assert expected in text, expected


def test_english_plan_text(tmp_path: Path) -> None:
    text = pdf_text(render_plan(example_document(), lang="en", invariant=True))
    for expected in ("Personal development plan", "Why this route", "page 1 of 2", "SAMPLE DATA",
                     "many jobs as Helpende zorg en welzijn: 4 out of 5", "Your data"):
        assert expected in text, expected
    assert "Waarom deze route" not in text


@pytest.mark.parametrize("name", [PersonName("Şükrü", "Öztürk"), PersonName("Thi Lan", "Đặng"),
                                  PersonName("Oksana", "Лебедева"), PersonName("Minh", "Nguyễn"),
                                  PersonName("Agnieszka", "Żółkiewska-Łęcka"),
                                  PersonName("Jan", "Berg", "van der")])
def test_every_name_prints(name: PersonName, tmp_path: Path) -> None:
    text = pdf_text(render_plan(example_document(name=name), invariant=True))
    assert name.display in text


def test_markup_in_user_values_prints_literally(tmp_path: Path) -> None:
    nasty = PersonName("<b>Ann</b> & <img src=x>", "<font size=40>Smit</font>")
    doc = example_document(name=nasty)
    doc = replace(doc, plan=replace(doc.plan, notes='<a href="file:///etc/passwd">x</a> & <br/>'))
    text = pdf_text(render_plan(doc, invariant=True))
    assert "<b>Ann</b> & <img src=x>" in text
    assert '<a href="file:///etc/passwd">x</a> & <br/>' in text


def test_metadata(tmp_path: Path) -> None:
    data = render_plan(example_document(), invariant=True)
    info = pdf_info(data, tmp_path)
    assert "Title:           Persoonlijk ontwikkelplan: Şükrü" in info
    assert "Author:          Voorbeeldcollege" in info
    assert "Subject:         Leerroute en afspraken" in info
    assert "Pages:           2" in info
    assert b"/Lang (nl-NL)" in data
    assert b"/Lang (en-GB)" in render_plan(example_document(), lang="en", invariant=True)


def test_real_plan_has_no_sample_mark(tmp_path: Path) -> None:
    doc = example_document()
    real = replace(doc, sample_catalog=False,
                   record=replace(doc.record, candidate=replace(doc.record.candidate, sample=False)),
                   plan=replace(doc.plan, route=replace(doc.plan.route, steps=tuple(
                       replace(s, sample=False) for s in doc.plan.route.steps))))
    text = pdf_text(render_plan(real, invariant=True))
    assert "VOORBEELDGEGEVENS" not in text


def test_empty_route_and_missing_logo_still_render(tmp_path: Path) -> None:
    doc = example_document()
    doc = replace(doc,
                  settings=replace(doc.settings, school_logo_path=str(tmp_path / "missing.png"),
                                   school_colour="not a colour", plan_url=""),
                  plan=replace(doc.plan, route=replace(doc.plan.route, steps=(), reasons=(),
                                                       gaps=(), demand=None), actions=(), referrals=(),
                               stepping_stones=(), next_appointment=None))
    text = pdf_text(render_plan(doc, invariant=True))
    assert "Waarom er nog geen route is" in text and "Er zijn nog geen stappen gepland." in text
    assert "Kans op werk" not in text  # no route, no figure
    assert "Handtekeningen" in text


def test_texts_complete_and_helpers() -> None:
    assert check_complete() == {}
    assert clip("x" * 50, 10) == "x" * 9 + "…"
    assert fit("a very long name " * 20, FONT, 10, 100).endswith("…")
    assert qr_payload("https://school.nl/plan/", "abc") == "https://school.nl/plan/abc"
    assert qr_payload("https://school.nl/p?id={id}", "abc") == "https://school.nl/p?id=abc"
    assert qr_payload("", "abc") == "abc"
    assert qr_payload("https://x.nl/" + "p" * 5000, "abc") == "abc"


def test_stepping_stones_are_worded_in_the_plan_language(tmp_path: Path) -> None:
    nl = pdf_text(render_plan(example_document(), invariant=True))
    en = pdf_text(render_plan(example_document(), lang="en", invariant=True))
    assert "Onderweg behaalt u" in nl and "Daarna verder leren" in nl
    assert "Verzorgende-IG (niveau 3, crebo 25656): diploma" in nl
    assert "Nederlands 3F: Nederlands op niveau 3F, rond september 2026" in nl
    assert "What you gain on the way" in en and "Learning further afterwards" in en
    assert "Verzorgende-IG (level 3, crebo 25656): diploma" in en
    assert "Mbo-Verpleegkundige (level 4, crebo 25655): diploma" in en
    assert "Nederlands 3F: Dutch at level 3F, around September 2026" in en
    assert "workplace statement (level 2, crebo 25960)" in " ".join(en.split())
    assert "niveau" not in en and "praktijkverklaring (" not in en


def test_advisor_stepping_stones_print_as_written_after_the_route_ones(tmp_path: Path) -> None:
    doc = example_document(language="en")
    doc = replace(doc, plan=replace(doc.plan, stepping_stones=("Later: <hbo> Social Work?",),
                                    stones=doc.plan.stones[2:]))
    text = pdf_text(render_plan(doc, lang="en", invariant=True))
    assert "What you gain on the way" not in text  # no stones on the way: no heading
    after = text[text.index("Learning further afterwards"):]
    assert after.index("Verzorgende-IG (level 3") < after.index("Later: <hbo> Social Work?")


def test_every_page_footer_shows_the_version(tmp_path: Path) -> None:
    doc = example_document()
    doc = replace(doc, plan=replace(doc.plan, plan_id="14be0604-856c-42b2-b585-56d2e881e0a6", version=12))
    pages = pdf_text(render_plan(doc, invariant=True)).split("\f")
    footers = [p for p in pages if "pagina" in p]
    assert len(footers) == 2
    assert all("Plan 14be0604 · versie 12" in p for p in footers)


def test_a_one_step_route_says_one_step(tmp_path: Path) -> None:
    doc = example_document()
    route = replace(doc.plan.route, steps=doc.plan.route.steps[-1:])
    doc = replace(doc, plan=replace(doc.plan, route=route))
    nl = " ".join(pdf_text(render_plan(doc, invariant=True)).split())
    en = " ".join(pdf_text(render_plan(doc, lang="en", invariant=True)).split())
    assert "1 stap, van" in nl and "1 stappen" not in nl
    assert "1 step, from" in en and "1 steps" not in en
