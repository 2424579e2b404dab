#!/usr/bin/env python3
"""Writes docs/man/parley.1, parley(1): the commands and options as
swift-argument-parser's generate-manual plugin makes them from the command
definitions, then the keys of the screens (the tables of docs/keys.md that
are generated from the program's key table, and tested to be), then docs/man/sections.mdoc
(secure mode, environment, files, exit status, examples) in place of the
plugin's generic EXIT STATUS.

    Scripts/generate-manual.py           writes docs/man/parley.1
    Scripts/generate-manual.py --check   exits 1 when the committed page is out of step (CI)
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGE = os.path.join(ROOT, "docs/man/parley.1")
SECTIONS = os.path.join(ROOT, "docs/man/sections.mdoc")
KEYS = os.path.join(ROOT, "docs/keys.md")
VERSION = os.path.join(ROOT, "Sources/parley/Support/ParleyVersion.swift")
# The key tables of docs/keys.md, generated from the program's key table
# (a test keeps them equal to it byte for byte), as the man page heads them.
KEY_SECTIONS = [("library", "Library"), ("filter", "Library filter"), ("reader", "Reader"),
                ("outline", "Outline"), ("search", "Search"), ("composer", "Composer")]


def release_date():
    text = open(VERSION, encoding="utf-8").read()
    match = re.search(r'static let released = "(\d{4}-\d{2}-\d{2})"', text)
    if not match:
        sys.exit("generate-manual: no released date in " + VERSION)
    return match.group(1)


def plugin_page():
    """The plugin's page, from the debug build (the one swift test made)."""
    subprocess.run(
        ["swift", "package", "plugin", "generate-manual", "--configuration", "debug", "--date", release_date()],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(ROOT, ".build/plugins/GenerateManual/outputs/parley/parley.1")
    return open(path, encoding="utf-8").read()


def escape(text):
    """Plain text as one mdoc text line: no leading dot or quote, backslashes doubled."""
    text = text.replace("\\", "\\e")
    return "\\&" + text if text.startswith((".", "'")) else text


def keys_section():
    """The generated key tables of docs/keys.md as .Sh KEYS: keys, then what they do."""
    text = open(KEYS, encoding="utf-8").read()
    out = [".Sh KEYS", "The key ? in any screen shows its keys; the config file can change every one",
           "(docs/keys.md;", ".Ql parley keys", "prints those in effect)."]
    for mode, title in KEY_SECTIONS:
        match = re.search(r"<!-- generated: keys %s -->\n(.*?)<!-- end generated -->" % mode, text, re.S)
        if not match:
            sys.exit("generate-manual: docs/keys.md has no generated table for " + mode)
        rows = match.group(1).strip().splitlines()[2:]
        out += [".Ss " + title, ".Bl -tag -width Ds -compact"]
        for row in rows:
            cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
            keys, action = cells[0], cells[1]
            out += [".It " + escape(keys.replace("`", "")), escape(action.replace("`", ""))]
        out.append(".El")
    return "\n".join(out) + "\n"


def page():
    base = plugin_page()
    cut = base.find('.Sh "EXIT STATUS"')
    if cut < 0:
        sys.exit("generate-manual: the plugin's page has no EXIT STATUS section to replace")
    sections = open(SECTIONS, encoding="utf-8").read()
    return base[:cut] + keys_section() + sections


def main():
    text = page()
    if "--check" in sys.argv[1:]:
        current = open(PAGE, encoding="utf-8").read() if os.path.exists(PAGE) else ""
        if current != text:
            sys.exit("generate-manual: docs/man/parley.1 is out of step with the commands, docs/keys.md "
                     "or docs/man/sections.mdoc: run Scripts/generate-manual.py and commit it")
        print("generate-manual: docs/man/parley.1 is in step")
        return
    with open(PAGE, "w", encoding="utf-8") as file:
        file.write(text)
    print("generate-manual: wrote docs/man/parley.1")


if __name__ == "__main__":
    main()
