/// Inline Markdown: `*emphasis*`, `**strong**` (also with `_`), `` `code` ``,
/// `[text](url)`, backslash escapes and hard line breaks. Everything else is
/// literal text.
///
/// It follows CommonMark's delimiter-stack algorithm over a linked list of
/// pieces, so its work grows with the length of the text, not its square:
/// a 5 MB paragraph of stray `*` and `[` must not hang the reader.
struct InlineParser {
    /// Parses the lines of one paragraph, given as byte ranges of `bytes`
    /// (soft line breaks become spaces; a line marked `hardBreak` ends in one).
    static func parse(lines: [(Range<Int>, hardBreak: Bool)], of bytes: [UInt8]) -> [Inline] {
        if lines.count == 1, let plain = plainText(bytes[lines[0].0]) { return plain }
        var source: [UInt8] = []
        source.reserveCapacity(lines.reduce(0) { $0 + $1.0.count + 1 })
        var hardBreaks: Set<Int> = []
        for (i, line) in lines.enumerated() {
            source.append(contentsOf: bytes[line.0])
            guard i < lines.count - 1 else { break }
            if line.hardBreak { hardBreaks.insert(source.count) }
            source.append(UInt8(ascii: "\n"))
        }
        var parser = InlineParser(bytes: source, hardBreaks: hardBreaks)
        return parser.run()
    }

    static func parse(_ bytes: ArraySlice<UInt8>) -> [Inline] {
        if let plain = plainText(bytes) { return plain }
        var parser = InlineParser(bytes: Array(bytes), hardBreaks: [])
        return parser.run()
    }

    /// A line with no byte that needs a look (most headings and many
    /// paragraphs) is its own text: what `run` makes of it, without building
    /// the parser's lists (the reader parses every question heading at once).
    /// Whether `bytes` are non-empty and hold no byte that needs a look:
    /// then they parse to themselves as one text, so a heading made of them
    /// has text without being parsed (`IncrementalArticle`'s question scan).
    /// A switch rather than the `special` table: a branch or two a byte, no
    /// lookups (the question scan runs it over every heading of the file).
    static func isPlain(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                switch byte {
                // `specialBytes`, which a test holds this to.
                case 0x0A, 0x2A, 0x5B, 0x5C, 0x5D, 0x5F, 0x60: return false
                default: continue
                }
            }
            return true
        }
    }

    private static func plainText(_ bytes: ArraySlice<UInt8>) -> [Inline]? {
        guard !bytes.isEmpty else { return nil }
        for byte in bytes where special[Int(byte)] { return nil }
        return [.text(String(decoding: bytes, as: UTF8.self))]
    }

    /// Parses one paragraph given as text; its lines are trimmed as in a file.
    static func parse(_ text: String) -> [Inline] {
        let bytes = Array(text.utf8)
        let lines = SourceLines.split(bytes).map { line in
            var trailing = 0
            while trailing < line.end - line.start, bytes[line.end - 1 - trailing] == SourceLine.space { trailing += 1 }
            return (line.trimmed(bytes), hardBreak: trailing >= 2)
        }
        return parse(lines: lines, of: bytes)
    }

    // MARK: - Pieces

    private enum Piece {
        case text(String)
        case delimiter(Delimiter)
        case inline(Inline)
        case removed
    }

    private struct Delimiter {
        var scalar: UInt8
        var count: Int
        var originalCount: Int
        var canOpen: Bool
        var canClose: Bool
        var previousDelimiter: Int?
        var nextDelimiter: Int?
        var active = true
    }

    private struct OpenerKey: Hashable {
        var scalar: UInt8
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

    private let bytes: [UInt8]
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

    init(bytes: [UInt8], hardBreaks: Set<Int>) {
        self.bytes = bytes
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

    /// Text bytes not yet made into a piece.
    private var pendingText: [UInt8] = []

    private mutating func flushText() {
        if !pendingText.isEmpty {
            _ = append(.text(String(decoding: pendingText, as: UTF8.self)))
            pendingText.removeAll(keepingCapacity: true)
        }
    }

    /// Bytes that need a look; everything else is copied as text in bulk.
    /// The bytes that may start markup or end a line: `\`, line feed, `` ` ``, `*`, `_`, `[`, `]`.
    static let specialBytes: [UInt8] = [0x5C, 0x0A, 0x60, 0x2A, 0x5F, 0x5B, 0x5D]
    private static let special: [Bool] = (0..<256).map { specialBytes.contains(UInt8($0)) }

    mutating func run() -> [Inline] {
        // A sentinel first piece that is never removed: the list always has a head.
        _ = append(.text(""))
        let count = bytes.count
        while position < count {
            let byte = bytes[position]
            if !Self.special[Int(byte)] {
                var end = position + 1
                while end < count, !Self.special[Int(bytes[end])] { end += 1 }
                pendingText.append(contentsOf: bytes[position..<end])
                position = end
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"):
                if position + 1 < count, bytes[position + 1] == UInt8(ascii: "\n") {
                    flushText()
                    _ = append(.inline(.lineBreak))
                    position += 2
                } else if position + 1 < count, Self.isASCIIPunctuation(bytes[position + 1]) {
                    pendingText.append(bytes[position + 1])
                    position += 2
                } else {
                    pendingText.append(byte)
                    position += 1
                }
            case UInt8(ascii: "\n") where hardBreaks.contains(position):
                flushText()
                _ = append(.inline(.lineBreak))
                position += 1
            case UInt8(ascii: "\n"):
                pendingText.append(UInt8(ascii: " "))
                position += 1
            case UInt8(ascii: "`"):
                parseCodeSpan()
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                parseDelimiterRun(byte)
            case UInt8(ascii: "["):
                flushText()
                let isImage = position > 0 && bytes[position - 1] == UInt8(ascii: "!")
                let piece = append(.text("["))
                brackets.append(Bracket(piece: piece, isImage: isImage, active: true, delimiterBottom: lastDelimiter))
                position += 1
            default:  // "]"
                closeBracket()
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
        while position < bytes.count, bytes[position] == UInt8(ascii: "`") { position += 1; length += 1 }
        if !backtickRunsScanned { scanBacktickRuns() }
        var cursor = backtickCursor[length] ?? 0
        let runs = backtickRuns[length] ?? []
        while cursor < runs.count, runs[cursor] < position { cursor += 1 }
        backtickCursor[length] = cursor
        guard cursor < runs.count else {
            pendingText.append(contentsOf: bytes[start..<position])
            return
        }
        let closer = runs[cursor]
        let space = UInt8(ascii: " ")
        var content = bytes[position..<closer].map { $0 == UInt8(ascii: "\n") ? space : $0 }[...]
        if content.count >= 2, content.first == space, content.last == space, content.contains(where: { $0 != space }) {
            content = content.dropFirst().dropLast()
        }
        flushText()
        _ = append(.inline(.code(String(decoding: content, as: UTF8.self))))
        position = closer + length
    }

    private mutating func scanBacktickRuns() {
        backtickRunsScanned = true
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "`") {
                let start = i
                while i < bytes.count, bytes[i] == UInt8(ascii: "`") { i += 1 }
                backtickRuns[i - start, default: []].append(start)
            } else {
                i += 1
            }
        }
    }

    // MARK: - Emphasis delimiters

    private mutating func parseDelimiterRun(_ scalar: UInt8) {
        let start = position
        while position < bytes.count, bytes[position] == scalar { position += 1 }
        let before = scalarBefore(start)
        let after = scalarAt(position)
        let beforeSpace = Self.isWhitespace(before), afterSpace = Self.isWhitespace(after)
        let beforePunct = Self.isPunctuation(before), afterPunct = Self.isPunctuation(after)
        let leftFlanking = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
        let rightFlanking = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
        let canOpen: Bool, canClose: Bool
        if scalar == UInt8(ascii: "_") {
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
        pieces[index] = .text(String(repeating: Character(Unicode.Scalar(d.scalar)), count: d.count))
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
            pendingText.append(UInt8(ascii: "]"))
            return
        }
        let opener = brackets[openerPosition]
        guard opener.active, let (url, end) = linkDestination(from: position) else {
            brackets.removeLast()
            pendingText.append(UInt8(ascii: "]"))
            return
        }
        if opener.isImage {
            // Images are not supported: keep `![alt](src)` as written.
            brackets.removeLast()
            pendingText.append(contentsOf: bytes[(position - 1)..<end])
            position = end
            return
        }
        processEmphasis(bottom: opener.delimiterBottom)
        let innerDepth = nesting(from: next[opener.piece], until: Self.head)
        guard innerDepth < Self.maximumNesting else {
            brackets.removeLast()
            pendingText.append(contentsOf: bytes[(position - 1)..<end])
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
        let count = bytes.count
        guard i < count, bytes[i] == UInt8(ascii: "(") else { return nil }
        i += 1
        while i < count, Self.isASCIIWhitespace(bytes[i]) { i += 1 }
        var url: [UInt8] = []
        if i < count, bytes[i] == UInt8(ascii: "<") {
            i += 1
            while i < count, bytes[i] != UInt8(ascii: ">") {
                if bytes[i] == UInt8(ascii: "\n") || bytes[i] == UInt8(ascii: "<") { return nil }
                url.append(bytes[i]); i += 1
            }
            guard i < count else { return nil }
            i += 1
        } else {
            // Where the destination ends: at white space, or at the ')' that
            // closes this link's '(' (from tables built once per paragraph, so
            // many unclosed "[a](" cost one pass, not one pass each).
            let ends = destinationEnds
            let stop = ends.nextBreak[i]
            let close = ends.matchingParen[start]
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
                if bytes[j] == UInt8(ascii: "\\"), j + 1 < end, Self.isASCIIPunctuation(bytes[j + 1]) { j += 1 }
                url.append(bytes[j])
                j += 1
            }
            i = end
        }
        while i < count, Self.isASCIIWhitespace(bytes[i]) { i += 1 }
        if i < count, let close = Self.titleCloser(bytes[i]) {
            // An optional title; bounded, so a stray quote cannot make this quadratic.
            var j = i + 1
            let limit = min(count, j + 2000)
            while j < limit, bytes[j] != close { j += 1 }
            guard j < limit else { return nil }
            i = j + 1
            while i < count, Self.isASCIIWhitespace(bytes[i]) { i += 1 }
        }
        guard i < count, bytes[i] == UInt8(ascii: ")") else { return nil }
        return (String(decoding: url, as: UTF8.self), i + 1)
    }

    private static func titleCloser(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "'"): UInt8(ascii: "'")
        case UInt8(ascii: "("): UInt8(ascii: ")")
        default: nil
        }
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
        var text = ""
        var index = start
        func flush() {
            if !text.isEmpty { out.append(.text(text)); text = "" }
        }
        while index != Self.head && index != end {
            switch pieces[index] {
            case .text(let t): text += t
            case .delimiter(let d): text += String(repeating: Character(Unicode.Scalar(d.scalar)), count: d.count)
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
            let count = bytes.count
            var nextBreak = [Int](repeating: count, count: count + 1)
            var matchingParen = [Int](repeating: -1, count: count + 1)
            var parenBalance = [Int](repeating: 0, count: count + 1)
            var stack: [Int] = []
            var balance = 0
            var i = 0
            while i < count {
                parenBalance[i] = balance
                let s = bytes[i]
                if s == UInt8(ascii: "\\"), i + 1 < count, Self.isASCIIPunctuation(bytes[i + 1]) {
                    parenBalance[i + 1] = balance
                    i += 2
                    continue
                }
                if s == UInt8(ascii: "(") { stack.append(i); balance += 1 }
                if s == UInt8(ascii: ")") {
                    balance -= 1
                    if let open = stack.popLast() { matchingParen[open] = i }
                }
                i += 1
            }
            parenBalance[count] = balance
            var next = count
            for k in stride(from: count - 1, through: 0, by: -1) {
                // ASCII space and controls end a destination (CommonMark).
                if bytes[k] <= 0x20 || bytes[k] == 0x7F { next = k }
                nextBreak[k] = next
            }
            let built = DestinationEnds(nextBreak: nextBreak, matchingParen: matchingParen, parenBalance: parenBalance)
            destinationEndsStorage = built
            return built
        }
    }

    /// The scalar that ends just before byte `index` (a space at the start).
    private func scalarBefore(_ index: Int) -> Unicode.Scalar {
        guard index > 0 else { return " " }
        if bytes[index - 1] < 0x80 { return Unicode.Scalar(bytes[index - 1]) }
        var start = index - 1
        while start > 0, index - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalarAt(start)
    }

    /// The scalar that starts at byte `index` (a space at the end).
    private func scalarAt(_ index: Int) -> Unicode.Scalar {
        guard index < bytes.count else { return " " }
        if bytes[index] < 0x80 { return Unicode.Scalar(bytes[index]) }
        var iterator = bytes[index...].makeIterator()
        var decoder = Unicode.UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return "\u{FFFD}"
    }

    private static func isASCIIWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A
    }

    private static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s.properties.generalCategory == .spaceSeparator
    }

    private static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        0x21...0x2F ~= b || 0x3A...0x40 ~= b || 0x5B...0x60 ~= b || 0x7B...0x7E ~= b
    }

    private static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return isASCIIPunctuation(UInt8(s.value)) }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return true
        default: return false
        }
    }
}
