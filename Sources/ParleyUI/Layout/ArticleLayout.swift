import ParleyKit

/// An article and its reactions laid out for one width: styled lines, each at
/// most `width` columns, and anchors for the lead, each question, each section,
/// the reactions section and each reaction.
///
/// The reader keeps one per width it has shown; `parley show` prints one as
/// plain text. All text is sanitised here, before it reaches any line.
public struct ArticleLayout: Sendable {
    public let width: Int
    public let lines: [StyledLine]
    private let anchorLines: [LayoutAnchor: Int]
    /// First line of each question, in order (question n at index n-1).
    public let questionLines: [Int]
    /// Header line of each reaction, in display order.
    public let reactionLines: [Int]
    /// Reaction ids in display order (threads flattened).
    public let reactionIDs: [String]

    public init(article: Article, reactions: ReactionsState, width: Int, options: LayoutOptions = LayoutOptions()) {
        var builder = ArticleLayoutBuilder(width: max(1, width), glyphs: options.glyphs)
        builder.layOut(article: article, reactions: reactions, ui: options.ui)
        if let line = options.addReactionLine { builder.layOutAddReaction(line) }
        self.width = max(1, width)
        self.lines = builder.lines
        self.anchorLines = builder.anchors
        self.questionLines = article.exchanges.indices.compactMap { builder.anchors[.question($0 + 1)] }
        self.reactionIDs = builder.reactionOrder
        self.reactionLines = builder.reactionOrder.compactMap { builder.anchors[.reaction($0)] }
    }

    public func line(of anchor: LayoutAnchor) -> Int? {
        anchorLines[anchor]
    }

    /// The question a line belongs to (its heading or its answer), or nil in
    /// the lead, the trailing sections and the reactions.
    public func question(atLine line: Int) -> Int? {
        let end = [anchorLines[.section(0)], anchorLines[.reactions]].compactMap { $0 }.min() ?? lines.count
        guard line < end else { return nil }
        var low = 0, high = questionLines.count
        while low < high {
            let mid = (low + high) / 2
            if questionLines[mid] <= line { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low
    }

    /// The first line showing `origin` or the text just before it: how a
    /// resize keeps the reader on the same paragraph.
    public func line(for origin: TextOrigin) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].origin <= origin { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }
}

/// Builds the lines of an `ArticleLayout`.
struct ArticleLayoutBuilder {
    let width: Int
    let glyphs: Glyphs
    var lines: [StyledLine] = []
    var anchors: [LayoutAnchor: Int] = [:]
    var reactionOrder: [String] = []
    /// Counts the blocks laid out: a line's origin.
    private var block = 0

    init(width: Int, glyphs: Glyphs) {
        self.width = width
        self.glyphs = glyphs
    }

    mutating func layOut(article: Article, reactions: ReactionsState, ui: Catalogue) {
        let labels = Catalogue(articleLanguage: article.metadata.language)
        anchors[.lead] = 0
        wrap([Span(clean(article.title), TextStyle(.title))])
        let meta = metadataLine(article.metadata)
        if !meta.isEmpty { wrap([Span(meta, TextStyle(.metadata))]) }
        if !article.lead.isEmpty {
            blank()
            layBlocks(article.lead, prefix: [])
        }
        for exchange in article.exchanges {
            blank()
            anchors[.question(exchange.number)] = lines.count
            let number = "\(exchange.number). "
            let hanging = String(repeating: " ", count: number.count)
            wrap(spans(exchange.question, base: TextStyle(.question)),
                 firstPrefix: [Span(number, TextStyle(.questionNumber))],
                 restPrefix: [Span(hanging, TextStyle(.question))])
            if !exchange.answer.isEmpty {
                blank()
                layBlocks(exchange.answer, prefix: [])
            }
        }
        for (index, section) in article.sections.enumerated() {
            blank()
            anchors[.section(index)] = lines.count
            wrap(spans(section.title, base: TextStyle(.sectionHeading)))
            if !section.blocks.isEmpty {
                blank()
                layBlocks(section.blocks, prefix: [])
            }
        }
        layOutReactions(reactions, labels: labels, ui: ui)
    }

    private func metadataLine(_ metadata: ArticleMetadata) -> String {
        var parts: [String] = []
        let person = [metadata.interviewee, metadata.role].compactMap { $0 }.filter { !$0.isEmpty }
        if !person.isEmpty { parts.append(person.joined(separator: ", ")) }
        if let source = metadata.source, !source.isEmpty { parts.append(source) }
        if let published = metadata.published { parts.append(published.description) }
        return clean(parts.joined(separator: glyphs.separator))
    }

    // MARK: - Blocks

    private mutating func layBlocks(_ blocks: [Block], prefix: [Span], firstPrefix: [Span]? = nil, separated: Bool = true) {
        var first = firstPrefix
        for (index, item) in blocks.enumerated() {
            if index > 0 && separated { blank(prefix: prefix) }
            let lead = first ?? prefix
            first = nil
            switch item {
            case .paragraph(let inlines):
                wrap(spans(inlines, base: .body), firstPrefix: lead, restPrefix: prefix)
            case .heading(_, let inlines):
                wrap(spans(inlines, base: TextStyle(.heading)), firstPrefix: lead, restPrefix: prefix)
            case .thematicBreak:
                let used = Self.width(of: lead)
                let rule = String(repeating: glyphs.rule, count: max(1, min(width - used, 20)))
                emit(lead + [Span(rule, TextStyle(.rule))])
            case .quote(let inner):
                let bar = Span(glyphs.quotePrefix, TextStyle(.quote))
                layBlocks(inner, prefix: prefix + [bar], firstPrefix: lead + [bar])
            case .list(let list):
                let markers = list.items.indices.map { list.ordered ? "\(list.start + $0)." : glyphs.bullet }
                let markerWidth = (markers.map { DisplayWidth.of($0) }.max() ?? 1) + 1
                for (number, itemBlocks) in list.items.enumerated() {
                    let marker = markers[number]
                    let padding = String(repeating: " ", count: markerWidth - DisplayWidth.of(marker))
                    let itemLead = (number == 0 ? lead : prefix) + [Span(marker + padding, TextStyle(.listMarker))]
                    let itemRest = prefix + [Span(String(repeating: " ", count: markerWidth), TextStyle(.body))]
                    if itemBlocks.isEmpty {
                        emit(itemLead)
                    } else {
                        layBlocks(itemBlocks, prefix: itemRest, firstPrefix: itemLead)
                    }
                }
            }
        }
    }

    /// Spans for inline content, sanitised. Links show their target after the text.
    private func spans(_ inlines: [Inline], base: TextStyle) -> [Span] {
        var out: [Span] = []
        func add(_ inlines: [Inline], _ marks: InlineMarks) {
            for inline in inlines {
                switch inline {
                case .text(let text): out.append(Span(clean(text), TextStyle(base.role, marks: marks)))
                case .code(let text): out.append(Span(clean(text), TextStyle(base.role, marks: marks.union(.code))))
                case .emphasis(let inner): add(inner, marks.union(.emphasis))
                case .strong(let inner): add(inner, marks.union(.strong))
                case .link(let text, let url):
                    add(text, marks.union(.link))
                    if url != text.plainText && !url.isEmpty {
                        out.append(Span(" (" + clean(url) + ")", TextStyle(.linkTarget, marks: marks)))
                    }
                case .lineBreak: out.append(Span("\n", TextStyle(base.role, marks: marks)))
                }
            }
        }
        add(inlines, base.marks)
        return out
    }

    // MARK: - Reactions

    private mutating func layOutReactions(_ state: ReactionsState, labels: Catalogue, ui: Catalogue) {
        blank()
        emit([Span(String(repeating: glyphs.rule, count: width), TextStyle(.rule))])
        anchors[.reactions] = lines.count
        switch state {
        case .failed(let error):
            wrap([Span(clean(labels.reactionsHeading), TextStyle(.reactionsHeading))])
            blank()
            wrap([Span(clean(ui.reactionsUnreadable(error.description)), TextStyle(.notice))])
        case .none:
            wrap([Span(labels.reactionCount(0), TextStyle(.reactionsHeading))])
        case .loaded(let document):
            wrap([Span(labels.reactionCount(document.reactions.count), TextStyle(.reactionsHeading))])
            for (reaction, depth) in ReactionThreads.flatten(document.reactionsInPostedOrder) {
                blank()
                layOut(reaction, depth: depth, labels: labels)
            }
        }
    }

    mutating func layOutAddReaction(_ text: String) {
        blank()
        anchors[.addReaction] = lines.count
        wrap([Span(clean(text), TextStyle(.addReaction))])
    }

    private mutating func layOut(_ reaction: Reaction, depth: Int, labels: Catalogue) {
        // Replies are indented under what they answer; deep threads stop
        // indenting so a narrow terminal still has room for the text.
        let indent = [Span(String(repeating: " ", count: 2 * min(depth, 4)), TextStyle(.reactionText))]
        anchors[.reaction(reaction.id)] = lines.count
        reactionOrder.append(reaction.id)
        var header = [Span(clean(reaction.author ?? labels.anonymous), TextStyle(.reactionAuthor))]
        if let posted = reaction.posted {
            header.append(Span(glyphs.separator + posted.displayText + " UTC", TextStyle(.reactionMeta)))
        }
        wrap(header, firstPrefix: indent, restPrefix: indent)
        var previousBlank = false
        for paragraph in reaction.text.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = clean(String(paragraph))
            if text.allSatisfy({ $0 == " " }) {
                // Keep one blank line between paragraphs of a reaction, never a run of them.
                if !previousBlank { blank() }
                previousBlank = true
                continue
            }
            previousBlank = false
            wrap([Span(text, TextStyle(.reactionText))], firstPrefix: indent, restPrefix: indent)
        }
    }

    // MARK: - Lines

    private func clean(_ text: String) -> String {
        // Hard breaks are the only newline the wrapper sees; any other control is made visible.
        if !text.utf8.contains(UInt8(ascii: "\n")) { return Sanitizer.sanitizeLine(text) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitizer.sanitizeLine(String($0)) }.joined(separator: " ")
    }

    private mutating func wrap(_ spans: [Span], firstPrefix: [Span] = [], restPrefix: [Span] = []) {
        block += 1
        for line in LineWrapper.wrap(spans, width: width, firstPrefix: firstPrefix, restPrefix: restPrefix) {
            lines.append(StyledLine(spans: line.spans, width: line.width, origin: TextOrigin(block: block, offset: line.offset)))
        }
    }

    private mutating func emit(_ spans: [Span]) {
        block += 1
        let merged = spans.filter { !$0.text.isEmpty }
        lines.append(StyledLine(spans: merged, width: Self.width(of: merged), origin: TextOrigin(block: block, offset: 0)))
    }

    private mutating func blank(prefix: [Span] = []) {
        // A blank line sorts after every line of the block before it.
        let origin = TextOrigin(block: block, offset: Int.max)
        let bar = prefix.map { Span(String($0.text.reversed().drop(while: { $0 == " " }).reversed()), $0.style) }.filter { !$0.text.isEmpty }
        lines.append(StyledLine(spans: bar, width: Self.width(of: bar), origin: origin))
    }

    private static func width(of spans: [Span]) -> Int {
        spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }
}
