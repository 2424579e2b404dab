/// Inline Markdown: `*emphasis*`, `**strong**` (also with `_`), `` `code` ``,
/// `[text](url)`, backslash escapes and hard line breaks. Everything else is
/// literal text.
///
/// It follows CommonMark's delimiter-stack algorithm over a linked list of
/// pieces, so its work grows with the length of the text, not its square:
/// a 5 MB paragraph of stray `*` and `[` must not hang the reader.
struct InlineParser {
    /// Parses the lines of one paragraph (soft line breaks become spaces).
    static func parse(paragraphLines lines: [Substring]) -> [Inline] {
        var source: [Unicode.Scalar] = []
        var hardBreaks: Set<Int> = []
        for (i, line) in lines.enumerated() {
            source.append(contentsOf: line.trimmingSpaces.unicodeScalars)
            guard i < lines.count - 1 else { break }
            // Two trailing spaces mark a hard break (a trailing backslash is handled as an escape).
            if line.reversed().prefix(while: { $0 == " " }).count >= 2 { hardBreaks.insert(source.count) }
            source.append("\n")
        }
        var parser = InlineParser(scalars: source, hardBreaks: hardBreaks)
        return parser.run()
    }

    static func parse(_ text: String) -> [Inline] {
        parse(paragraphLines: [Substring(text)])
    }

    // MARK: - Pieces

    private enum Piece {
        case text(String.UnicodeScalarView)
        case delimiter(Delimiter)
        case inline(Inline)
        case removed
    }

    private struct Delimiter {
        var scalar: Unicode.Scalar
        var count: Int
        var originalCount: Int
        var canOpen: Bool
        var canClose: Bool
        var previousDelimiter: Int?
        var nextDelimiter: Int?
        var active = true
    }

    private struct OpenerKey: Hashable {
        var scalar: Unicode.Scalar
        var canOpen: Bool
        var lengthModulo3: Int
    }

    private struct Bracket {
        var piece: Int
        var isImage: Bool
        var active: Bool
        /// The last delimiter before the bracket, so emphasis inside a link
        /// is resolved within the link only.
        var delimiterBottom: Int?
    }

    private let scalars: [Unicode.Scalar]
    private let hardBreaks: Set<Int>
    private var position = 0
    private var tail = InlineParser.head
    private var pieces: [Piece] = []
    private var next: [Int] = []
    private var previous: [Int] = []
    /// How deeply each piece nests inlines (0 for text), so hostile input
    /// cannot build a tree deep enough to overflow the stack of whoever walks it.
    private var depth: [Int] = []
    static let maximumNesting = 64
    private var lastDelimiter: Int?
    private var brackets: [Bracket] = []
    /// For each backtick run length, where the search for a closer may resume
    /// (CommonMark's backtick cache: each run is looked at once).
    private var backtickRuns: [Int: [Int]] = [:]
    private var backtickRunsScanned = false
    private var backtickCursor: [Int: Int] = [:]

    private init(scalars: [Unicode.Scalar], hardBreaks: Set<Int>) {
        self.scalars = scalars
        self.hardBreaks = hardBreaks
    }

    private static let head = -1

    /// Adds a piece at the end of the list.
    private mutating func append(_ piece: Piece) -> Int {
        let index = allocate(piece)
        previous[index] = tail
        if tail != Self.head { next[tail] = index }
        tail = index
        return index
    }

    /// Adds a piece that is not linked into the list yet.
    private mutating func allocate(_ piece: Piece) -> Int {
        pieces.append(piece)
        previous.append(Self.head)
        next.append(Self.head)
        depth.append(0)
        return pieces.count - 1
    }

    private var pendingText = String.UnicodeScalarView()

    private mutating func flushText() {
        if !pendingText.isEmpty {
            _ = append(.text(pendingText))
            pendingText = String.UnicodeScalarView()
        }
    }

    private mutating func run() -> [Inline] {
        // A sentinel first piece that is never removed: the list always has a head.
        _ = append(.text(String.UnicodeScalarView()))
        while position < scalars.count {
            let scalar = scalars[position]
            switch scalar {
            case "\\":
                if position + 1 < scalars.count, scalars[position + 1] == "\n" {
                    flushText()
                    _ = append(.inline(.lineBreak))
                    position += 2
                } else if position + 1 < scalars.count, Self.isASCIIPunctuation(scalars[position + 1]) {
                    pendingText.append(scalars[position + 1])
                    position += 2
                } else {
                    pendingText.append(scalar)
                    position += 1
                }
            case "\n" where hardBreaks.contains(position):
                flushText()
                _ = append(.inline(.lineBreak))
                position += 1
            case "\n":
                pendingText.append(" ")
                position += 1
            case "`":
                parseCodeSpan()
            case "*", "_":
                parseDelimiterRun(scalar)
            case "[":
                flushText()
                let isImage = position > 0 && scalars[position - 1] == "!"
                let piece = append(.text(String.UnicodeScalarView(["["])))
                brackets.append(Bracket(piece: piece, isImage: isImage, active: true, delimiterBottom: lastDelimiter))
                position += 1
            case "]":
                closeBracket()
            default:
                pendingText.append(scalar)
                position += 1
            }
        }
        flushText()
        processEmphasis(bottom: nil)
        return collect(from: 0, until: Self.head)
    }

    // MARK: - Code spans

    private mutating func parseCodeSpan() {
        let start = position
        var length = 0
        while position < scalars.count, scalars[position] == "`" { position += 1; length += 1 }
        if !backtickRunsScanned { scanBacktickRuns() }
        var cursor = backtickCursor[length] ?? 0
        let runs = backtickRuns[length] ?? []
        while cursor < runs.count, runs[cursor] < position { cursor += 1 }
        backtickCursor[length] = cursor
        guard cursor < runs.count else {
            pendingText.append(contentsOf: scalars[start..<position])
            return
        }
        let closer = runs[cursor]
        var content = scalars[position..<closer].map { $0 == "\n" ? " " as Unicode.Scalar : $0 }
        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
            content = Array(content.dropFirst().dropLast())
        }
        flushText()
        var code = String.UnicodeScalarView()
        code.append(contentsOf: content)
        _ = append(.inline(.code(String(code))))
        position = closer + length
    }

    private mutating func scanBacktickRuns() {
        backtickRunsScanned = true
        var i = 0
        while i < scalars.count {
            if scalars[i] == "`" {
                let start = i
                while i < scalars.count, scalars[i] == "`" { i += 1 }
                backtickRuns[i - start, default: []].append(start)
            } else {
                i += 1
            }
        }
    }

    // MARK: - Emphasis delimiters

    private mutating func parseDelimiterRun(_ scalar: Unicode.Scalar) {
        let start = position
        while position < scalars.count, scalars[position] == scalar { position += 1 }
        let before: Unicode.Scalar = start > 0 ? scalars[start - 1] : " "
        let after: Unicode.Scalar = position < scalars.count ? scalars[position] : " "
        let beforeSpace = Self.isWhitespace(before), afterSpace = Self.isWhitespace(after)
        let beforePunct = Self.isPunctuation(before), afterPunct = Self.isPunctuation(after)
        let leftFlanking = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
        let rightFlanking = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
        let canOpen: Bool, canClose: Bool
        if scalar == "_" {
            // Underscores inside a word (snake_case) are never emphasis.
            canOpen = leftFlanking && (!rightFlanking || beforePunct)
            canClose = rightFlanking && (!leftFlanking || afterPunct)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        flushText()
        let count = position - start
        let index = append(.delimiter(Delimiter(scalar: scalar, count: count, originalCount: count, canOpen: canOpen, canClose: canClose, previousDelimiter: lastDelimiter, nextDelimiter: nil)))
        if let last = lastDelimiter, case .delimiter(var d) = pieces[last] {
            d.nextDelimiter = index
            pieces[last] = .delimiter(d)
        }
        lastDelimiter = index
    }

    private func delimiter(_ index: Int) -> Delimiter? {
        if case .delimiter(let d) = pieces[index] { return d }
        return nil
    }

    private mutating func update(_ index: Int, _ change: (inout Delimiter) -> Void) {
        guard case .delimiter(var d) = pieces[index] else { return }
        change(&d)
        pieces[index] = .delimiter(d)
    }

    /// Unlinks a delimiter from the delimiter list (its piece stays, as text).
    private mutating func removeDelimiter(_ index: Int) {
        guard let d = delimiter(index) else { return }
        if let p = d.previousDelimiter { update(p) { $0.nextDelimiter = d.nextDelimiter } }
        if let n = d.nextDelimiter { update(n) { $0.previousDelimiter = d.previousDelimiter } }
        if lastDelimiter == index { lastDelimiter = d.previousDelimiter }
        let literal = String(repeating: Character(d.scalar), count: d.count)
        pieces[index] = .text(literal.unicodeScalars)
    }

    /// CommonMark's "process emphasis", for the delimiters above `bottom`.
    private mutating func processEmphasis(bottom: Int?) {
        // Start from the first delimiter above bottom.
        var current: Int? = bottom.flatMap { delimiter($0)?.nextDelimiter } ?? firstDelimiter(above: bottom)
        // Where a search for an opener may stop, per (scalar, closer can open, length mod 3).
        var openersBottom: [OpenerKey: Int?] = [:]
        while let closerIndex = current {
            guard let closer = delimiter(closerIndex) else { current = nil; break }
            guard closer.canClose else { current = closer.nextDelimiter; continue }
            let key = OpenerKey(scalar: closer.scalar, canOpen: closer.canOpen, lengthModulo3: closer.originalCount % 3)
            let stop: Int? = openersBottom[key] ?? bottom
            var openerIndex = closer.previousDelimiter
            var found: Int?
            while let candidate = openerIndex, candidate != stop {
                guard let opener = delimiter(candidate) else { break }
                if opener.scalar == closer.scalar && opener.canOpen {
                    let oddMatch = (opener.canClose || closer.canOpen)
                        && (opener.originalCount + closer.originalCount) % 3 == 0
                        && !(opener.originalCount % 3 == 0 && closer.originalCount % 3 == 0)
                    if !oddMatch { found = candidate; break }
                }
                openerIndex = opener.previousDelimiter
            }
            // Too deep to nest further: no opener further back can do better
            // (its content would hold this one's), so the closer stays literal.
            let innerDepth = found.map { nesting(from: next[$0], until: closerIndex) } ?? 0
            guard let openerIndex = found, let opener = delimiter(openerIndex), innerDepth < Self.maximumNesting else {
                openersBottom[key] = closer.previousDelimiter
                let nextCloser = closer.nextDelimiter
                if !closer.canOpen || innerDepth >= Self.maximumNesting { removeDelimiter(closerIndex) }
                current = nextCloser
                continue
            }
            let strong = opener.count >= 2 && closer.count >= 2
            let used = strong ? 2 : 1
            // Delimiters between opener and closer can no longer match.
            var between = opener.nextDelimiter
            while let b = between, b != closerIndex {
                let after = delimiter(b)?.nextDelimiter
                removeDelimiter(b)
                between = after
            }
            // Wrap the pieces between them.
            let children = collect(from: next[openerIndex], until: closerIndex)
            let wrapped: Inline = strong ? .strong(children) : .emphasis(children)
            let node = allocate(.inline(wrapped))
            depth[node] = innerDepth + 1
            link(node, after: openerIndex, before: closerIndex)
            update(openerIndex) { $0.count -= used }
            update(closerIndex) { $0.count -= used }
            if (delimiter(openerIndex)?.count ?? 0) == 0 { removePiece(openerIndex) }
            if (delimiter(closerIndex)?.count ?? 0) == 0 {
                let nextCloser = delimiter(closerIndex)?.nextDelimiter
                removePiece(closerIndex)
                current = nextCloser
            }
        }
        // What is left above bottom is literal text.
        var rest = firstDelimiter(above: bottom)
        while let r = rest {
            let after = delimiter(r)?.nextDelimiter
            removeDelimiter(r)
            rest = after
        }
    }

    private func firstDelimiter(above bottom: Int?) -> Int? {
        guard var index = lastDelimiter else { return nil }
        while let p = delimiter(index)?.previousDelimiter, p != bottom { index = p }
        if index == bottom { return nil }
        return index
    }

    /// Removes a delimiter whose characters are all used, from both lists.
    private mutating func removePiece(_ index: Int) {
        guard let d = delimiter(index) else { return }
        if let p = d.previousDelimiter { update(p) { $0.nextDelimiter = d.nextDelimiter } }
        if let n = d.nextDelimiter { update(n) { $0.previousDelimiter = d.previousDelimiter } }
        if lastDelimiter == index { lastDelimiter = d.previousDelimiter }
        pieces[index] = .removed
        let p = previous[index], n = next[index]
        if p != Self.head { next[p] = n }
        if n != Self.head { previous[n] = p } else { tail = p }
    }

    /// Puts `node` in place of everything between `start` and `end`.
    private mutating func link(_ node: Int, after start: Int, before end: Int) {
        next[start] = node
        previous[node] = start
        next[node] = end
        if end != Self.head { previous[end] = node }
    }

    // MARK: - Links

    private mutating func closeBracket() {
        flushText()
        position += 1
        guard let openerPosition = brackets.indices.last else {
            pendingText.append("]")
            return
        }
        let opener = brackets[openerPosition]
        guard opener.active, let (url, end) = linkDestination(from: position) else {
            brackets.removeLast()
            pendingText.append("]")
            return
        }
        if opener.isImage {
            // Images are not supported: keep `![alt](src)` as written.
            brackets.removeLast()
            pendingText.append(contentsOf: scalars[(position - 1)..<end])
            position = end
            return
        }
        processEmphasis(bottom: opener.delimiterBottom)
        let innerDepth = nesting(from: next[opener.piece], until: Self.head)
        guard innerDepth < Self.maximumNesting else {
            brackets.removeLast()
            pendingText.append(contentsOf: scalars[(position - 1)..<end])
            position = end
            return
        }
        let text = collect(from: next[opener.piece], until: Self.head)
        pieces[opener.piece] = .inline(.link(text: text, url: url))
        depth[opener.piece] = innerDepth + 1
        next[opener.piece] = Self.head
        tail = opener.piece
        brackets.removeLast()
        // No links inside links: earlier openers are no longer active.
        for i in brackets.indices where !brackets[i].isImage { brackets[i].active = false }
        position = end
    }

    /// `(url)` or `(url "title")` right after `]`: the URL and where it ends.
    private mutating func linkDestination(from start: Int) -> (String, Int)? {
        var i = start
        guard i < scalars.count, scalars[i] == "(" else { return nil }
        i += 1
        while i < scalars.count, Self.isWhitespace(scalars[i]) { i += 1 }
        var url = String.UnicodeScalarView()
        if i < scalars.count, scalars[i] == "<" {
            i += 1
            while i < scalars.count, scalars[i] != ">" {
                if scalars[i] == "\n" || scalars[i] == "<" { return nil }
                url.append(scalars[i]); i += 1
            }
            guard i < scalars.count else { return nil }
            i += 1
        } else {
            // Where the destination ends: at white space, or at the ')' that
            // closes this link's '(' (from tables built once per paragraph, so
            // many unclosed "[a](" cost one pass, not one pass each).
            let ends = destinationEnds
            let open = start
            let stop = ends.nextBreak[i]
            let close = ends.matchingParen[open]
            let end: Int
            if close >= 0 && close < stop {
                end = close
            } else {
                // Parentheses opened inside the destination must be closed in it.
                guard ends.parenBalance[stop] == ends.parenBalance[i] else { return nil }
                end = stop
            }
            var j = i
            while j < end {
                if scalars[j] == "\\", j + 1 < end, Self.isASCIIPunctuation(scalars[j + 1]) { j += 1 }
                url.append(scalars[j])
                j += 1
            }
            i = end
        }
        while i < scalars.count, Self.isWhitespace(scalars[i]) { i += 1 }
        if i < scalars.count, let close: Unicode.Scalar = ["\"": "\"", "'": "'", "(": ")"][scalars[i]] {
            // An optional title; bounded, so a stray quote cannot make this quadratic.
            var j = i + 1
            let limit = min(scalars.count, j + 2000)
            while j < limit, scalars[j] != close { j += 1 }
            guard j < limit else { return nil }
            i = j + 1
            while i < scalars.count, Self.isWhitespace(scalars[i]) { i += 1 }
        }
        guard i < scalars.count, scalars[i] == ")" else { return nil }
        return (String(url), i + 1)
    }

    // MARK: - Building the result

    /// The deepest nesting among the pieces from `start` up to `end`.
    private func nesting(from start: Int, until end: Int) -> Int {
        var deepest = 0
        var index = start
        while index != Self.head && index != end {
            deepest = max(deepest, depth[index])
            index = next[index]
        }
        return deepest
    }

    /// The inlines of the pieces from `start` up to (not including) `end`,
    /// with adjacent text merged.
    private func collect(from start: Int, until end: Int) -> [Inline] {
        var out: [Inline] = []
        var text = String.UnicodeScalarView()
        var index = start
        func flush() {
            if !text.isEmpty { out.append(.text(String(text))); text = String.UnicodeScalarView() }
        }
        while index != Self.head && index != end {
            switch pieces[index] {
            case .text(let t): text.append(contentsOf: t)
            case .delimiter(let d): text.append(contentsOf: String(repeating: Character(d.scalar), count: d.count).unicodeScalars)
            case .inline(let inline): flush(); out.append(inline)
            case .removed: break
            }
            index = next[index]
        }
        flush()
        return out
    }

    // MARK: - Character classes

    /// Built on first use: for each position, the next white space or control,
    /// the ')' matching each '(' (or -1), and the running parenthesis balance.
    private struct DestinationEnds {
        var nextBreak: [Int]
        var matchingParen: [Int]
        var parenBalance: [Int]
    }

    private var destinationEndsStorage: DestinationEnds?

    private var destinationEnds: DestinationEnds {
        mutating get {
            if let built = destinationEndsStorage { return built }
            let count = scalars.count
            var nextBreak = [Int](repeating: count, count: count + 1)
            var matchingParen = [Int](repeating: -1, count: count + 1)
            var parenBalance = [Int](repeating: 0, count: count + 1)
            var stack: [Int] = []
            var balance = 0
            var i = 0
            while i < count {
                parenBalance[i] = balance
                let s = scalars[i]
                if s == "\\", i + 1 < count, Self.isASCIIPunctuation(scalars[i + 1]) {
                    parenBalance[i + 1] = balance
                    i += 2
                    continue
                }
                if s == "(" { stack.append(i); balance += 1 }
                if s == ")" {
                    balance -= 1
                    if let open = stack.popLast() { matchingParen[open] = i }
                }
                i += 1
            }
            parenBalance[count] = balance
            var next = count
            for k in stride(from: count - 1, through: 0, by: -1) {
                if Self.isWhitespace(scalars[k]) || scalars[k].value < 0x20 { next = k }
                nextBreak[k] = next
            }
            let built = DestinationEnds(nextBreak: nextBreak, matchingParen: matchingParen, parenBalance: parenBalance)
            destinationEndsStorage = built
            return built
        }
    }

    private static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s.properties.generalCategory == .spaceSeparator
    }

    private static func isASCIIPunctuation(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (0x21...0x2F ~= s.value || 0x3A...0x40 ~= s.value || 0x5B...0x60 ~= s.value || 0x7B...0x7E ~= s.value)
    }

    private static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        if isASCIIPunctuation(s) { return true }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return true
        default: return false
        }
    }
}
