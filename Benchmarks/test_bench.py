"""Tests of the benchmark's own code (not the benchmark): it finds the first
complete screen, counts the bytes a step writes, measures memory and exit,
and computes medians, spreads and ratios.

    python3 -m unittest discover -s Benchmarks -v     (.ci/run runs this)

The programs measured here are a fake full-screen program (a few lines of
Python whose output is known byte for byte) and less on a tiny file.
"""

import os
import shutil
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bench  # noqa: E402
import generate  # noqa: E402
from ptyrun import Terminal  # noqa: E402

# Draws "loading" at once, the real screen (two rows and a status line) after
# 0.3 s, then one exactly known redraw per key; `q` quits after 0.1 s.
FAKE = textwrap.dedent(r"""
    import os, sys, time, tty
    tty.setraw(0)
    out = sys.stdout.buffer
    def write(data):
        out.write(data); out.flush()
    write(b"\x1b[H\x1b[2Jloading")
    time.sleep(0.3)
    write(b"\x1b[H\x1b[2JTitle of the text\r\nsecond row")
    time.sleep(0.05)
    write(b"\x1b[24;1Hstatus")
    while True:
        key = os.read(0, 1)
        if key == b"j":
            write(b"\x1b[1;1Hline two row")            # 18 bytes
        elif key == b"s":
            write(b"\x1b[1;24r\x1b[24;1H\x1b[1S\x1b[1;1Hmoved")   # scroll up one line, as ncurses does
        elif key == b"x":
            write(b"\x1b[?25l")                        # bytes that change nothing shown
        elif key == b"q":
            time.sleep(0.1)
            break
""")


def fake_program(folder):
    path = os.path.join(folder, "fake.py")
    with open(path, "w") as script:
        script.write(FAKE)
    return [sys.executable, path]


class TerminalTests(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="parley-bench-test-")

    def tearDown(self):
        shutil.rmtree(self.folder, ignore_errors=True)

    def test_first_screen_is_the_complete_one_not_the_first_bytes(self):
        with Terminal(fake_program(self.folder), rows=24, columns=80) as term:
            first = term.first_screen(ready=lambda rows: "Title" in rows[0] and rows[-1].strip(), quiet=0.2)
            self.assertGreaterEqual(first.seconds, 0.35)
            self.assertLess(first.seconds, 5)
            self.assertEqual(first.written, len(b"\x1b[H\x1b[2Jloading") + len(b"\x1b[H\x1b[2JTitle of the text\r\nsecond row")
                             + len(b"\x1b[24;1Hstatus"))
            self.assertEqual(term.display()[0].rstrip(), "Title of the text")
            self.assertEqual(term.display()[23].rstrip(), "status")

    def test_a_key_counts_exactly_the_bytes_written_and_settles_quickly(self):
        with Terminal(fake_program(self.folder), rows=24, columns=80) as term:
            term.first_screen(ready=lambda rows: rows[-1].strip(), quiet=0.2)
            step = term.press("j", quiet=0.2, ready=lambda rows: rows[0].startswith("line two"))
            self.assertEqual(step.written, 18)
            self.assertLess(step.seconds, 0.2)
            self.assertEqual(term.display()[0].rstrip(), "line two row text")

    def test_scrolling_the_region_up_as_xterm_does(self):
        with Terminal(fake_program(self.folder), rows=24, columns=80) as term:
            term.first_screen(ready=lambda rows: rows[-1].strip(), quiet=0.2)
            term.press("s", quiet=0.2, ready=lambda rows: rows[0].startswith("moved"))
            # "second row" moved up to the first row, and "moved" is written over its start.
            self.assertEqual([row.rstrip() for row in term.display()[:2]], ["movedd row", ""])
            self.assertEqual(term.display()[22].rstrip(), "status")
            self.assertEqual(term.display()[23].rstrip(), "")

    def test_output_that_changes_nothing_shown_has_no_settle_time(self):
        with Terminal(fake_program(self.folder), rows=24, columns=80) as term:
            term.first_screen(ready=lambda rows: rows[-1].strip(), quiet=0.2)
            step = term.press("x", quiet=0.2)
            self.assertEqual(step.written, len(b"\x1b[?25l"))
            self.assertIsNone(step.seconds)

    def test_memory_and_exit_time(self):
        with Terminal(fake_program(self.folder), rows=24, columns=80) as term:
            term.first_screen(ready=lambda rows: rows[-1].strip(), quiet=0.2)
            self.assertGreater(term.peak_memory_kb(), 1000)  # a Python interpreter
            private = term.private_dirty_kb()
            self.assertGreater(private, 100)
            self.assertLessEqual(private, term.peak_memory_kb())
            seconds = term.quit("q")
            self.assertGreaterEqual(seconds, 0.1)
            self.assertLess(seconds, 5)

    @unittest.skipUnless(shutil.which("less"), "less is not installed")
    def test_less_on_a_tiny_file(self):
        path = os.path.join(self.folder, "tiny.txt")
        with open(path, "w") as text:
            text.write("".join(f"line {n}\n" for n in range(1, 101)))
        env = bench.environment(self.folder)
        with Terminal(["less", "-i", "-S", path], rows=10, columns=40, env=env) as term:
            first = term.first_screen(ready=lambda rows: "line 1" in rows[0] and rows[-1].strip(), quiet=0.2)
            self.assertEqual([row.rstrip() for row in term.display()[:9]], [f"line {n}" for n in range(1, 10)])
            self.assertGreater(first.written, len("".join(f"line {n}\n" for n in range(1, 10))))
            down = term.press("j", quiet=0.2, ready=lambda rows: rows[0].startswith("line 2"))
            self.assertEqual(term.display()[8].rstrip(), "line 10")
            self.assertGreater(down.written, 0)
            self.assertLess(down.written, first.written)
            page = term.press(" ", quiet=0.2, ready=lambda rows: rows[0].startswith("line 11"))
            self.assertEqual(term.display()[0].rstrip(), "line 11")
            self.assertGreater(page.written, down.written)
            term.press("/line 5\r", quiet=0.2, ready=lambda rows: rows[0].startswith("line 5"))
            self.assertEqual(term.display()[0].rstrip(), "line 50")
            self.assertLess(term.quit("q"), 5)

    @unittest.skipUnless(shutil.which("less"), "less is not installed")
    def test_a_search_session_on_less(self):
        path = os.path.join(self.folder, "tiny.txt")
        with open(path, "w") as text:
            text.write("title line\n" + "".join(f"line {n}\n" for n in range(1, 101)) + "the word gemeente\n")
        env = bench.environment(self.folder)
        samples = bench.search_session(["less", "-i", "-S", path], env, 10, 40, "title line", "gemeente", by_key=False, quiet=0.2)
        self.assertEqual(set(samples), {"search_whole_s", "search_peak_kb", "search_private_kb"})
        self.assertLess(samples["search_whole_s"][0], 5)
        self.assertGreater(samples["search_peak_kb"][0], samples["search_private_kb"][0])

    def test_the_first_match_on_screen(self):
        shown = bench.match_shown("geme")
        self.assertTrue(shown(["De Gemeente zegt", "", "/geme     match 1/3"]))
        self.assertFalse(shown(["De gem zegt", "", "/geme     match 1/3"]))   # the screen not yet moved
        self.assertFalse(shown(["De gemeente zegt", "", "/gem"]))            # the key not yet echoed


class StatisticsTests(unittest.TestCase):
    def test_median_and_spread(self):
        self.assertEqual(bench.median([3, 1, 2, None]), 2)
        self.assertEqual(bench.spread([1, 2, 3, 4, 100]), 1)
        self.assertIsNone(bench.median([None]))
        self.assertIsNone(bench.spread([]))
        self.assertEqual(bench.spread([7]), 0.0)

    def test_ratio(self):
        self.assertEqual(bench.ratio(3.0, 2.0), 1.5)
        self.assertIsNone(bench.ratio(None, 2.0))
        self.assertEqual(bench.ratio(0, 0), 1.0)
        self.assertIsNone(bench.ratio(5, 0))

    def test_formatting(self):
        self.assertEqual(bench.format_value([0.010, 0.012, 0.011], "ms"), "11.0 ±1.0")
        self.assertEqual(bench.format_value([1000, 3000, 2000], "B"), "2,000 ±1,000")
        self.assertEqual(bench.format_value([2048, 4096, 3072], "MB"), "3.0 ±1.0")
        self.assertEqual(bench.format_ratio([0.02], [0.01]), "2.00")

    def test_tables_and_targets(self):
        parley = {"first_paint_s": [0.02], "page down_s": [0.002], "page down_bytes": [1500], "peak_kb": [20 * 1024]}
        less = {"first_paint_s": [0.01], "page down_s": [0.004], "page down_bytes": [1400], "peak_kb": [2048]}
        results = {generate.INTERVIEW: {"parley": parley, "less": less}}
        table = bench.side_by_side_table(results)
        self.assertIn("| interview | first paint (ms) | 20.0 ±0.0 | 10.0 ±0.0 | 2.00 |", table)
        self.assertIn("| interview | page down (bytes) | 1,500 ±0 | 1,400 ±0 | 1.07 |", table)
        targets = bench.target_report(results)
        self.assertIn("first paint, interview, no slower than less: 20.0 ms against 10.0 ms: MISSED by 10.0 ms (2.00x)", targets)
        self.assertIn("page down, interview, no slower than less: 2.0 ms against 4.0 ms: met", targets)
        self.assertIn("bytes per page down, interview, no more than less: 1500.0 bytes against 1400.0 bytes: MISSED by 100.0 bytes", targets)
        self.assertIn("peak memory, interview, under 12 MB: 20.0 MB against 12.0 MB: MISSED by 8.0 MB", targets)
        scaling = bench.scaling_table(results, {generate.INTERVIEW: {"show": 0.004, "check": 0.002}}, {generate.INTERVIEW: 4000})
        self.assertIn("| `parley show` MB/s (ms) | 1.0 (4 ms) |", scaling)
        self.assertIn("| `parley check` MB/s (ms) | 2.0 (2 ms) |", scaling)

    def test_library_table(self):
        table = bench.library_table({"library_paint_s": [0.02, 0.03, 0.04], "list_s": [0.01], "library_peak_kb": [10240]}, 1000)
        self.assertIn("| library screen, first paint (ms) | 30.0 ±10.0 | < 100 ms |", table)
        self.assertIn("| `parley list`, start to exit (ms) | 10.0 ±0.0 | < 100 ms |", table)
        self.assertIn("| library screen, peak memory (MB) | 10.0 ±0.0 |  |", table)

    def test_reading_state_table(self):
        samples = {"off": {"library_paint_s": [0.04, 0.05, 0.06], "list_json_s": [0.05]},
                   "state": {"library_paint_s": [0.05, 0.05, 0.05], "list_json_s": [0.06]}, "state_kb": 790.2}
        table = bench.reading_state_table(samples, 1000)
        self.assertIn("| 1000 articles, 20 reactions each | no state | state of 790 KB | with / without |", table)
        self.assertIn("| library screen, first paint (ms) | 50.0 ±10.0 | 50.0 ±0.0 | 1.00 |", table)
        self.assertIn("| `parley list --json`, start to exit (ms) | 50.0 ±0.0 | 60.0 ±0.0 | 1.20 |", table)

    def test_reader_measure(self):
        self.assertEqual(bench.reader_measure(80), 76)
        self.assertEqual(bench.reader_measure(60), 56)
        self.assertEqual(bench.reader_measure(200), 76)
        self.assertEqual(bench.reader_measure(10), 10)


class GeneratorTests(unittest.TestCase):
    def test_the_same_seed_gives_the_same_article(self):
        self.assertEqual(generate.article(20_000, 7), generate.article(20_000, 7))
        self.assertNotEqual(generate.article(20_000, 7), generate.article(20_000, 8))

    def test_an_article_has_questions_and_the_search_word(self):
        text = generate.article(50_000, 1)
        self.assertGreaterEqual(len(text.encode()), 50_000)
        self.assertTrue(text.startswith("---\ntitle: "))
        self.assertGreater(text.count("\n## "), 5)
        self.assertIn(generate.SEARCH_WORD, text)
        # No prose line starts with a digit: in `show` output only questions match ^[0-9]+\.
        body = text.split("\n---\n", 1)[1]
        self.assertFalse(any(line[:1].isdigit() for line in body.splitlines()))

    def test_a_big_library_of_distinct_articles(self):
        folder = tempfile.mkdtemp(prefix="parley-bench-test-")
        try:
            library = generate.write_big_library(folder, 5)
            names = sorted(os.listdir(library))
            self.assertEqual(names, [f"gesprek-{n:04d}.md" for n in range(1, 6)])
            titles = set()
            for name in names:
                with open(os.path.join(library, name), encoding="utf-8") as article:
                    text = article.read()
                self.assertGreaterEqual(len(text.encode()), 2000)
                self.assertIn("\n## ", text)
                titles.add(text.splitlines()[1])
            self.assertEqual(len(titles), 5)
            self.assertEqual(generate.write_big_library(folder, 5), library)  # the same bytes again
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def test_the_reading_state_is_where_parley_looks_and_in_its_format(self):
        import json
        # StableHash.fnv1a64's known values.
        self.assertEqual(generate.fnv1a64(b""), 0xcbf29ce484222325)
        self.assertEqual(generate.fnv1a64(b"a"), 0xaf63dc4c8601ec8c)
        folder = tempfile.mkdtemp(prefix="parley-bench-test-")
        try:
            library = generate.write_big_library(folder, 3)
            path = generate.write_reading_state(os.path.join(folder, "state"), library)
            real = os.path.realpath(library)
            self.assertEqual(os.path.dirname(path), os.path.join(folder, "state", "parley", "state"))
            self.assertEqual(os.path.basename(path), "library-3-%016x.json" % generate.fnv1a64(real.encode()))
            self.assertEqual(os.stat(path).st_mode & 0o777, 0o600)
            with open(path, encoding="utf-8") as state_file:
                state = json.load(state_file)
            self.assertEqual((state["version"], state["library"]), (1, real))
            self.assertEqual(sorted(state["articles"]), ["gesprek-0001", "gesprek-0002", "gesprek-0003"])
            seen = state["articles"]["gesprek-0002"]["seen"]
            self.assertEqual(len(seen["counts"]), 16)
            self.assertEqual([len(seen[k]) for k in ("xors", "unseen", "also")], [256, 128, 128])
            self.assertEqual(len(state["articles"]["gesprek-0001"]["position"]), 3)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def test_reactions_reply_only_to_earlier_ones(self):
        import json
        document = json.loads(generate.reactions("x", 200, seed=3))
        ids = [r["id"] for r in document["reactions"]]
        self.assertEqual(len(set(ids)), 200)
        seen = set()
        for reaction in document["reactions"]:
            if reaction["replyTo"] is not None:
                self.assertIn(reaction["replyTo"], seen)
            seen.add(reaction["id"])


if __name__ == "__main__":
    unittest.main()
