"""Write resources/translations/intake_desk_<lang>.ts from the ui/ sources, with the right contexts.

pyside6-lupdate files the calls of our module-level `tr(text)` helpers (each wraps
QCoreApplication.translate("<Context>", text)) under an empty context, so they would never match at
run time. This reads the helper's context per module instead. English comes from ui/i18n_en.py;
translations already in the .ts are kept for messages the dict does not have. tests/ui/test_i18n.py
fails when a message has no English or the committed .ts is out of date.
Usage: python -m ui.i18n_extract [lang]   (then `make translations` builds the .qm).
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "translate" and call.args
                        and isinstance(call.args[0], ast.Constant)):
                    return str(call.args[0].value)
    return None


def extract() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        context = _module_context(tree)
        imported = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
                    for a in n.names if a.name == "tr"}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            ctx, text = None, None
            if isinstance(func, ast.Name) and func.id == "tr" and isinstance(node.args[0], ast.Constant):
                ctx = context if "tr" not in imported else _imported_context(tree, path)
                text = node.args[0].value
            elif (isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 2
                  and all(isinstance(a, ast.Constant) for a in node.args[:2])):
                ctx, text = node.args[0].value, node.args[1].value  # type: ignore[attr-defined]
            if ctx and isinstance(text, str) and text not in found.setdefault(ctx, []):
                found[ctx].append(text)
    return found


def _imported_context(tree: ast.Module, path: Path) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and any(a.name == "tr" for a in node.names) and node.module:
            base = path.parent if node.level else ROOT
            for _ in range(max(node.level - 1, 0)):
                base = base.parent
            source = base / (node.module.replace(".", "/") + ".py")
            if source.exists():
                return _module_context(ast.parse(source.read_text(encoding="utf-8")))
    return None


def ts_path(lang: str) -> Path:
    return ROOT / "resources" / "translations" / f"intake_desk_{lang}.ts"


def render(lang: str, english: dict[str, str] | None = None) -> str:
    """The .ts text for `lang`: every message the ui/ sources use, with its translation.

    A translation comes from `english` (ui/i18n_en.py, the source of truth), else from the existing
    .ts (a translator may have worked in Qt Linguist); a message with neither is "unfinished".
    """
    target = ts_path(lang)
    known: dict[tuple[str, str], str] = {}
    if target.exists():
        for element in ET.parse(target).getroot().iter("context"):
            name = element.findtext("name") or ""
            for msg in element.iter("message"):
                tr_text = msg.findtext("translation") or ""
                if tr_text:
                    known[(name, msg.findtext("source") or "")] = tr_text
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="nl")
    for ctx, texts in sorted(extract().items()):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for text in texts:
            m = ET.SubElement(c, "message")
            ET.SubElement(m, "source").text = text
            value = (english or {}).get(text) or known.get((ctx, text), "")
            t = ET.SubElement(m, "translation")
            if value:
                t.text = value
            else:
                t.set("type", "unfinished")
    ET.indent(root)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            + ET.tostring(root, encoding="unicode") + "\n")


def messages(ts_text: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation ("" when unfinished) of a .ts text."""
    root = ET.fromstring(ts_text.split("<!DOCTYPE TS>", 1)[-1])
    return {(element.findtext("name") or "", msg.findtext("source") or ""): msg.findtext("translation") or ""
            for element in root.iter("context") for msg in element.iter("message")}


def unfinished(ts_text: str) -> list[tuple[str, str]]:
    """(context, source) of every message without a translation."""
    root = ET.fromstring(ts_text.split("<!DOCTYPE TS>", 1)[-1])
    missing = []
    for element in root.iter("context"):
        for msg in element.iter("message"):
            translation = msg.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not translation.text:
                missing.append((element.findtext("name") or "", msg.findtext("source") or ""))
    return missing


def write(lang: str, english: dict[str, str] | None = None) -> Path:
    target = ts_path(lang)
    text = render(lang, english)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


if __name__ == "__main__":
    from ui.i18n_en import ENGLISH

    path = write(sys.argv[1] if len(sys.argv) > 1 else "en", ENGLISH)
    missing = unfinished(path.read_text(encoding="utf-8"))
    print(path, f"({len(missing)} unfinished)")
    for context, source in missing:
        print(f"  {context}: {source!r}")
