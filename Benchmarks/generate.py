"""Deterministic benchmark inputs: long interviews and a large reactions file.

Python rather than Swift because the benchmark that uses these inputs is
Python already (it needs pyte), so generating them needs no build and no
extra executable target in the package; `random.Random(seed)` gives the same
sequence on every Python 3 version for the calls used here (random(),
randrange(), choice()), so the same seed writes the same bytes everywhere.

    python3 Benchmarks/generate.py OUT_DIR        writes one library folder per input

Every article is valid for parley's parser (docs/article-format.md): front
matter, a lead, many questions (level-2 headings) with long answers made of
paragraphs, block quotes and bullet lists, inline emphasis, strong text,
code and links; Dutch words with accents, now and then a CJK phrase or an
emoji. No prose line starts with a digit and lists are bullets, so in
`parley show` output the pattern `^[0-9]+\\. ` finds exactly the questions:
that is how the benchmark drives less to "the next question".
"""

import json
import os
import random
import sys

# Dutch vocabulary, accents included; "gemeente" is the benchmark's search word.
WORDS = (
    "de het een en van in op te dat die is niet met voor zijn er maar ook als bij "
    "door om aan nog wel naar dan over uit zo kan moet wordt worden heeft hebben "
    "gemeenten organisatie uitvoering regie samenwerking burgers taken verantwoordelijkheid "
    "ontwikkeling vernieuwing praktijk oplossingen standaarden programma verbinding "
    "coöperatie ideeën reünie café privé één beëindigen geïnteresseerd cliënt "
    "financiële overeenkomst hervorming beleid middelen begroting wethouder raad "
    "belangrijk natuurlijk uiteindelijk overigens simpelweg eigenlijk gewoon "
    "medewerkers professionals netwerken richting scenario empathisch vermogen "
    "emancipatie urgentie noodzaak realiteit identiteit voorkant backoffice "
    "gestandaardiseerde generiek ict-oplossingen decentralisatie zorg jeugd werk "
    "inkomen participatie wijkteams informatie gegevens privacy veiligheid "
    "dienstverlening digitaal loket aanvraag beslissing bezwaar termijn"
).split()
SEARCH_WORD = "gemeente"
CJK = ["漢字", "日本語の文章", "中文字符", "한국어", "東京", "情報社会"]
EMOJI = ["👍", "🇳🇱", "👨‍👩‍👧", "🙂", "🏛️", "👍🏽", "✨"]
NAMES = [
    "Anouk de Vries", "Daan Jansen", "Eşref Yılmaz", "Søren Bakker", "Chloë Visser",
    "Joël Smit", "Noémie Meijer", "Bram van Dijk", "李娜", "Fenna Mulder", "Ruud Bos",
]


class Prose:
    """Words, sentences and paragraphs from one seeded generator."""

    def __init__(self, seed):
        self.rng = random.Random(seed)

    def word(self):
        rng = self.rng
        roll = rng.random()
        if roll < 0.004:
            return rng.choice(CJK)
        if roll < 0.007:
            return rng.choice(EMOJI)
        if roll < 0.012:
            return SEARCH_WORD
        return rng.choice(WORDS)

    def sentence(self, low=6, high=22, markup=True):
        rng = self.rng
        words = [self.word() for _ in range(rng.randrange(low, high))]
        if markup and rng.random() < 0.25:
            i = rng.randrange(len(words))
            kind = rng.random()
            if kind < 0.4:
                words[i] = "*" + words[i] + "*"
            elif kind < 0.7:
                words[i] = "**" + words[i] + "**"
            elif kind < 0.85:
                words[i] = "`" + words[i] + "`"
            else:
                words[i] = "[" + words[i] + "](https://example.nl/" + rng.choice(WORDS) + ")"
        text = " ".join(words)
        return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "?", "!"])

    def paragraph(self, low=2, high=9):
        return " ".join(self.sentence() for _ in range(self.rng.randrange(low, high)))

    def answer(self):
        rng = self.rng
        blocks = []
        for _ in range(rng.randrange(2, 9)):
            roll = rng.random()
            if roll < 0.08:
                blocks.append("> " + self.paragraph(1, 4))
            elif roll < 0.14:
                blocks.append("\n".join("- " + self.sentence(3, 12) for _ in range(rng.randrange(2, 6))))
            else:
                blocks.append(self.paragraph())
        return "\n\n".join(blocks)

    def question(self):
        return self.sentence(5, 25, markup=False)[:-1] + "?"


def article(size, seed, title=None):
    """An interview of at least `size` bytes (UTF-8)."""
    prose = Prose(seed)
    title = title or f"Benchmark: een gesprek van {size // 1000} kB"
    parts = [
        "---\n"
        f'title: "{title}"\n'
        "interviewee: Anouk de Vries\n"
        "role: wethouder\n"
        "source: parley benchmark\n"
        "language: nl\n"
        "---\n\n" + prose.paragraph(3, 6) + "\n\n" + prose.paragraph(2, 5) + "\n"
    ]
    total = len(parts[0].encode())
    while total < size:
        part = "\n## " + prose.question() + "\n\n" + prose.answer() + "\n"
        parts.append(part)
        total += len(part.encode())
    return "".join(parts)


def uuid(rng):
    return "%08x-%04x-4%03x-%04x-%012x" % (
        rng.randrange(1 << 32), rng.randrange(1 << 16), rng.randrange(1 << 12),
        0x8000 | rng.randrange(1 << 14), rng.randrange(1 << 48))


def reactions(slug, count, seed):
    """A reactions file (docs/reactions-format.md) with `count` reactions, a third of them replies."""
    prose = Prose(seed)
    rng = prose.rng
    items = []
    seconds = 0
    for index in range(count):
        seconds += rng.randrange(30, 4000)
        day, rest = divmod(seconds, 86400)
        posted = None
        if rng.random() > 0.05:
            year, day = 2013 + day // 336, day % 336
            posted = "%04d-%02d-%02dT%02d:%02d:%02dZ" % (year, 1 + day // 28, 1 + day % 28, rest // 3600, rest // 60 % 60, rest % 60)
        paragraphs = [prose.paragraph(1, 4) for _ in range(1 if rng.random() < 0.8 else 2)]
        items.append({
            "id": uuid(rng),
            "author": rng.choice(NAMES) if rng.random() > 0.1 else None,
            "posted": posted,
            "text": "\n\n".join(paragraphs),
            "replyTo": items[rng.randrange(index)]["id"] if index and rng.random() < 0.33 else None,
        })
    return json.dumps({"version": 1, "article": slug, "reactions": items}, ensure_ascii=False, indent=2) + "\n"


# The generated library: slug -> (article bytes, seed), and the reactions files.
ARTICLES = {"bench-100k": (100_000, 100), "bench-1m": (1_000_000, 1000), "bench-10m": (10_000_000, 10000)}
REACTIONS = {"thissen-10k": 10_000}
INTERVIEW = "thissen-richt-je-op-regie"


def write_libraries(out, repository):
    """Writes one library folder per input into `out` (so `parley check` can
    time each alone): the interview as shipped, the generated articles, and
    the interview again with 10,000 reactions. Returns {slug: folder}."""
    shipped = os.path.join(repository, "articles")
    with open(os.path.join(shipped, INTERVIEW + ".md"), encoding="utf-8") as source:
        interview = source.read()
    with open(os.path.join(shipped, INTERVIEW + ".reactions.json"), encoding="utf-8") as source:
        interview_reactions = source.read()
    files = {INTERVIEW: {INTERVIEW + ".md": lambda: interview, INTERVIEW + ".reactions.json": lambda: interview_reactions}}
    for slug, (size, seed) in ARTICLES.items():
        files[slug] = {slug + ".md": lambda size=size, seed=seed: article(size, seed)}
    for slug, count in REACTIONS.items():
        files[slug] = {slug + ".md": lambda: interview,
                       slug + ".reactions.json": lambda slug=slug, count=count: reactions(slug, count, seed=count)}
    folders = {}
    for slug, contents in files.items():
        folder = os.path.join(out, slug)
        os.makedirs(folder, exist_ok=True)
        for name, make in contents.items():
            write(os.path.join(folder, name), make())
        folders[slug] = folder
    return folders


LIBRARY_SIZE = 1000


def write_big_library(out, count=LIBRARY_SIZE):
    """A library of `count` interviews of 2 to 20 kB (seeded by their number,
    so every run writes the same bytes): what `parley list` and the library
    screen are timed on. Returns the folder."""
    folder = os.path.join(out, f"library-{count}")
    os.makedirs(folder, exist_ok=True)
    for number in range(1, count + 1):
        size = 2000 + (number * 7919) % 18000
        text = article(size, seed=100_000 + number, title=f"Gesprek {number:04d} over regie")
        write(os.path.join(folder, f"gesprek-{number:04d}.md"), text)
    return folder


def write_reacted_library(out, count=LIBRARY_SIZE, reactions_each=20):
    """The generated library of `count` articles again, each with a reactions
    file of `reactions_each` reactions: what the reading state's "new" counts
    are computed over. Returns the folder."""
    folder = os.path.join(out, f"library-{count}-reacted")
    os.makedirs(folder, exist_ok=True)
    for number in range(1, count + 1):
        slug = f"gesprek-{number:04d}"
        size = 2000 + (number * 7919) % 18000
        write(os.path.join(folder, slug + ".md"), article(size, seed=100_000 + number, title=f"Gesprek {number:04d} over regie"))
        write(os.path.join(folder, slug + ".reactions.json"), reactions(slug, reactions_each, seed=200_000 + number))
    return folder


def fnv1a64(data):
    """StableHash.fnv1a64 (Sources/ParleyKit/ReadingState/StableHash.swift)."""
    value = 0xcbf29ce484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return value


def state_file_name(library):
    """LibraryKey.fileName: the folder's name (ASCII letters, digits, - and
    _, at most 32) and the FNV-1a hash of its real path."""
    path = os.path.realpath(library)
    name = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in os.path.basename(path))[:32]
    return (name or "library") + "-" + "%016x" % fnv1a64(path.encode("utf-8"))


def write_reading_state(state_home, library, seed=7):
    """The biggest reading state parley writes for `library`
    (LibraryReadingState+File.swift, docs/usage.md): every article opened,
    with a position and a seen digest whose exceptions are all used, as if
    each had 10,000 reactions (the digest's size does not grow with them).
    Written where `XDG_STATE_HOME=state_home` makes parley look. Returns the file."""
    rng = random.Random(seed)
    slugs = sorted(name[:-3] for name in os.listdir(library) if name.endswith(".md") and not name.startswith("."))
    opened = 1_795_000_000

    def hashes(count):
        return "".join("%016x" % rng.randrange(1 << 64) for _ in range(count))

    articles = {}
    for slug in slugs:
        articles[slug] = {
            "opened": opened + rng.randrange(10_000_000),
            "changed": opened + rng.randrange(10_000_000),
            "position": [rng.randrange(400), rng.randrange(2000), rng.randrange(1 << 32)],
            "seen": {
                "mark": ["2026-%02d-%02dT%02d:%02d:%02dZ" % (1 + rng.randrange(12), 1 + rng.randrange(28), rng.randrange(24),
                                                               rng.randrange(60), rng.randrange(60)), uuid(rng)],
                "counts": [600 + rng.randrange(50) for _ in range(16)],
                "xors": hashes(16),
                "unseen": hashes(8),
                "also": hashes(8),
            },
        }
    state = {"version": 1, "library": os.path.realpath(library), "name": "Anna", "articles": articles}
    folder = os.path.join(state_home, "parley", "state")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    path = os.path.join(folder, state_file_name(library) + ".json")
    write(path, json.dumps(state, ensure_ascii=False, separators=(",", ":")) + "\n")
    os.chmod(path, 0o600)
    return path


def write(path, text):
    data = text.encode("utf-8")
    try:
        with open(path, "rb") as existing:
            if existing.read() == data:
                return  # unchanged: keep the file's time, skip the write
    except FileNotFoundError:
        pass
    with open(path, "wb") as target:
        target.write(data)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 Benchmarks/generate.py OUT_DIR")
    write_libraries(sys.argv[1], os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
