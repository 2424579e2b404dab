import ParleyKit

/// An article and its reactions laid out for one width: styled lines, each at
/// most `width` columns, and anchors for the lead, each question, each section,
/// the reactions section and each reaction.
///
/// `parley show` lays an article out whole. The reader lays out only what it
/// shows: it starts with the title and the lead of an `IncrementalArticle` and
/// extends the layout a question at a time as the reader moves down, so the
/// first screen of a 10 MB interview costs what the first screen of a short
/// one does. Extended to the end, it is the same layout, line for line.
/// All text is sanitised here, before it reaches any line.
public struct ArticleLayout: Sendable {
    public let width: Int
    /// The lines laid out so far (all of them once `isComplete`).
    public var lines: LayoutLines { LayoutLines(stored: builder.lines, reactions: compactReactions) }
    /// First line of each question laid out so far, in order (question n at index n-1).
    public private(set) var questionLines: [Int] = []
    /// Header line of each reaction laid out so far, in display order
    /// (reactions come last: none until the layout reaches them).
    public private(set) var reactionLines: [Int] = []
    /// Reaction ids in display order (threads flattened), once the layout
    /// has reached the reactions; empty before (see `ReaderState.hasReactions`).
    public var reactionIDs: [String] { builder.reactionOrder }
    /// Whether every line is laid out: the sections and reactions too.
    public private(set) var isComplete = false
    private var builder: ArticleLayoutBuilder
    private let ui: Catalogue
    /// The reader's "add a reaction" line, laid out last.
    private let addReactionLine: String?
    /// Reactions still to lay out (index in the file, depth), once the
    /// sections are: a page down into 10,000 reactions lays out a few of them, not all.
    private var pendingReactions: ArraySlice<(index: Int, depth: Int)>?
    private var reactionsIndex: ReactionsIndex?
    /// The reader's layout keeps only where each reaction's lines start and
    /// lays a reaction out again when its lines are looked at (`LayoutLines`):
    /// 10,000 reactions laid out as strings would hold their text twice.
    /// nil for a layout made whole at once (`parley show`), which keeps its lines.
    private var compactReactions: CompactReactionLines?
    /// Reactions laid out per step of `extend`.
    static let reactionsPerStep = 16

    public init(article: Article, reactions: ReactionsState, width: Int, options: LayoutOptions = LayoutOptions()) {
        self.width = max(1, width)
        ui = options.ui
        addReactionLine = options.addReactionLine
        builder = ArticleLayoutBuilder(width: max(1, width), glyphs: options.glyphs, language: article.metadata.language)
        builder.layOutHead(metadata: article.metadata, lead: article.lead)
        for exchange in article.exchanges { layOut(exchange) }
        startTail(sections: article.sections, reactions: ReactionsOutline(reactions))
        while !isComplete { layOutPendingReactions() }
    }

    /// The title, the metadata and the lead: the start of a layout that
    /// `extend` continues.
    public init(beginningOf article: IncrementalArticle, width: Int, options: LayoutOptions = LayoutOptions()) {
        self.width = max(1, width)
        ui = options.ui
        addReactionLine = options.addReactionLine
        builder = ArticleLayoutBuilder(width: max(1, width), glyphs: options.glyphs, language: article.metadata.language)
        builder.layOutHead(metadata: article.metadata, lead: article.lead)
        compactReactions = CompactReactionLines(width: builder.width, glyphs: builder.glyphs, labels: builder.labels)
    }

    /// Questions laid out so far.
    public var questionsLaidOut: Int { questionLines.count }
    /// Whether anything after the last question is laid out: the
    /// sections, the reactions or the end.
    public var hasLaidOutTail: Bool { isComplete || pendingReactions != nil }

    /// Lays out more, a question at a time, until line `line` exists or the layout is complete.
    public mutating func extend(throughLine line: Int, of article: inout IncrementalArticle, reactions: @autoclosure () -> ReactionsOutline) {
        while !isComplete && lines.count <= line { extendOnce(&article, reactions) }
    }

    /// Lays out more until question `number` (1-based) has its line, or the layout is complete.
    public mutating func extend(throughQuestion number: Int, of article: inout IncrementalArticle, reactions: @autoclosure () -> ReactionsOutline) {
        while !isComplete && questionLines.count < number { extendOnce(&article, reactions) }
    }

    /// Lays out more until a line shows `origin` or comes after it: what `line(for:)` needs.
    public mutating func extend(through origin: TextOrigin, of article: inout IncrementalArticle, reactions: @autoclosure () -> ReactionsOutline) {
        while !isComplete && (lines.last.map { $0.origin < origin } ?? true) { extendOnce(&article, reactions) }
    }

    /// Lays out more until `anchor` has its line, or the layout is complete.
    public mutating func extend(toAnchor anchor: LayoutAnchor, of article: inout IncrementalArticle, reactions: @autoclosure () -> ReactionsOutline) {
        while !isComplete && line(of: anchor) == nil { extendOnce(&article, reactions) }
    }

    /// Lays out everything left.
    public mutating func extendToEnd(of article: inout IncrementalArticle, reactions: @autoclosure () -> ReactionsOutline) {
        while !isComplete { extendOnce(&article, reactions) }
    }

    /// `reactions` is asked for only when the layout reaches them: decoding
    /// thousands of reactions is not part of the first screen.
    private mutating func extendOnce(_ article: inout IncrementalArticle, _ reactions: () -> ReactionsOutline) {
        let next = questionLines.count + 1
        if next <= article.exchangeCount {
            article.parseExchanges(through: next)
            layOut(article.parsedExchanges[next - 1])
        } else if pendingReactions == nil {
            article.parseAll()
            startTail(sections: article.sections ?? [], reactions: reactions())
        } else {
            layOutPendingReactions()
        }
    }

    private mutating func layOut(_ exchange: Exchange) {
        questionLines.append(builder.layOut(exchange))
    }

    /// The sections and the reactions' heading; the reactions follow a few at a time.
    private mutating func startTail(sections: [Section], reactions: ReactionsOutline) {
        pendingReactions = builder.layOutTail(sections: sections, reactions: reactions, ui: ui)[...]
        if case .indexed(let index) = reactions { reactionsIndex = index }
        compactReactions?.start(atLine: builder.lineCount, index: reactionsIndex)
        if pendingReactions?.isEmpty ?? true { complete() }
    }

    private mutating func layOutPendingReactions() {
        guard var pending = pendingReactions, let reactionsIndex else { return }
        for (index, depth) in pending.prefix(Self.reactionsPerStep) {
            let firstLine = builder.lineCount
            let blockBefore = builder.block
            reactionLines.append(builder.layOut(reactionsIndex.reaction(at: index), depth: depth))
            if compactReactions != nil {
                builder.moveOut(linesFrom: firstLine)
                compactReactions?.append(index: index, depth: depth, blockBefore: blockBefore, lineCount: builder.lineCount - firstLine)
            }
        }
        pending = pending.dropFirst(Self.reactionsPerStep)
        pendingReactions = pending
        if pending.isEmpty { complete() }
    }

    private mutating func complete() {
        if let addReactionLine { builder.layOutAddReaction(addReactionLine) }
        isComplete = true
    }

    // MARK: - Saved positions

    /// Where line `line` is, to be found again another day: its origin and
    /// its block's fingerprint.
    public func savedPosition(atLine line: Int) -> SavedPosition? {
        guard !lines.isEmpty else { return nil }
        let origin = lines[min(max(0, line), lines.count - 1)].origin
        return SavedPosition(block: origin.block, offset: origin.offset, fingerprint: fingerprint(ofBlock: origin.block) ?? 0)
    }

    /// The fingerprint of block `block`, nil when it is not laid out (yet).
    public func fingerprint(ofBlock block: Int) -> UInt32? {
        block >= 0 && block < builder.fingerprints.count ? builder.fingerprints[block] : nil
    }

    /// Lays out far enough to look for `saved`'s paragraph where it may have moved.
    public mutating func extend(toFind saved: SavedPosition, of article: inout IncrementalArticle, reactions: @autoclosure () -> ReactionsOutline) {
        let far = saved.block + SavedPosition.searchDistance
        while !isComplete && builder.fingerprints.count <= far { extendOnce(&article, reactions) }
    }

    /// The origin `saved` stands for in this layout (of the same article,
    /// perhaps edited since): its paragraph where it is now.
    public func origin(for saved: SavedPosition) -> TextOrigin {
        TextOrigin(block: saved.nearestBlock(fingerprints: fingerprint(ofBlock:)), offset: saved.offset)
    }

    /// The lines the end shows around no sections and no reactions (the
    /// rule, the reactions' heading, the add-a-reaction line): the words a
    /// search of the source text cannot see.
    public var bareTailLines: [StyledLine] {
        var scratch = ArticleLayoutBuilder(width: width, glyphs: builder.glyphs, labels: builder.labels)
        _ = scratch.layOutTail(sections: [], reactions: .none, ui: ui)
        if let addReactionLine { scratch.layOutAddReaction(addReactionLine) }
        return scratch.lines
    }

    public func line(of anchor: LayoutAnchor) -> Int? {
        builder.anchors[anchor]
    }

    /// The question a line belongs to (its heading or its answer), or nil in
    /// the lead, the trailing sections and the reactions.
    public func question(atLine line: Int) -> Int? {
        let end = [builder.anchors[.section(0)], builder.anchors[.reactions]].compactMap { $0 }.min() ?? lines.count
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

/// Builds the lines of an `ArticleLayout`, a part at a time: the head, each
/// exchange, then the sections and reactions.
struct ArticleLayoutBuilder {
    let width: Int
    let glyphs: Glyphs
    /// Words in the article's own language ("1 reactie").
    let labels: Catalogue
    /// The lines laid out, but those moved out (`moveOut`).
    var lines: [StyledLine] = []
    /// Lines laid out and then moved out of `lines` (a reaction's, which a
    /// `CompactReactionLines` lays out again when they are looked at).
    private(set) var movedOut = 0
    var anchors: [LayoutAnchor: Int] = [:]
    var reactionOrder: [String] = []
    /// Counts the blocks laid out: a line's origin.
    var block = 0
    /// `SavedPosition.fingerprint` of each block's text (without prefixes
    /// such as a question's number), by block number: how a saved reading
    /// position finds its paragraph again after an edit.
    private(set) var fingerprints: [UInt32] = [0]

    init(width: Int, glyphs: Glyphs, language: String?) {
        self.init(width: width, glyphs: glyphs, labels: Catalogue(articleLanguage: language))
    }

    init(width: Int, glyphs: Glyphs, labels: Catalogue) {
        self.width = width
        self.glyphs = glyphs
        self.labels = labels
    }

    mutating func layOutHead(metadata: ArticleMetadata, lead: [Block]) {
        anchors[.lead] = 0
        wrap([Span(clean(metadata.title), TextStyle(.title))])
        let meta = metadataLine(metadata)
        if !meta.isEmpty { wrap([Span(meta, TextStyle(.metadata))]) }
        if !lead.isEmpty {
            blank()
            layBlocks(lead, prefix: [])
        }
    }

    /// Lays out a question and its answer; returns the question's first line.
    mutating func layOut(_ exchange: Exchange) -> Int {
        blank()
        let questionLine = lineCount
        anchors[.question(exchange.number)] = questionLine
        let number = "\(exchange.number). "
        let hanging = String(repeating: " ", count: number.count)
        wrap(spans(exchange.question, base: TextStyle(.question)),
             firstPrefix: [Span(number, TextStyle(.questionNumber))],
             restPrefix: [Span(hanging, TextStyle(.question))])
        if !exchange.answer.isEmpty {
            blank()
            layBlocks(exchange.answer, prefix: [])
        }
        return questionLine
    }

    /// The sections and the reactions' heading; returns the reactions to lay
    /// out after it (`layOut(_:depth:)`), in display order.
    /// Lines laid out, those moved out included: the next line's number.
    var lineCount: Int { movedOut + lines.count }

    /// Takes the lines from line `first` on out of `lines`: they still count.
    mutating func moveOut(linesFrom first: Int) {
        let count = lineCount - first
        lines.removeLast(count)
        movedOut += count
    }

    mutating func layOutTail(sections: [Section], reactions: ReactionsOutline, ui: Catalogue) -> [(index: Int, depth: Int)] {
        for (index, section) in sections.enumerated() {
            blank()
            anchors[.section(index)] = lineCount
            wrap(spans(section.title, base: TextStyle(.sectionHeading)))
            if !section.blocks.isEmpty {
                blank()
                layBlocks(section.blocks, prefix: [])
            }
        }
        return layOutReactionsHeading(reactions, ui: ui)
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

    private mutating func layOutReactionsHeading(_ state: ReactionsOutline, ui: Catalogue) -> [(index: Int, depth: Int)] {
        blank()
        emit([Span(String(repeating: glyphs.rule, count: width), TextStyle(.rule))])
        anchors[.reactions] = lineCount
        switch state {
        case .failed(let error):
            wrap([Span(clean(labels.reactionsHeading), TextStyle(.reactionsHeading))])
            blank()
            wrap([Span(clean(ui.reactionsUnreadable(ui.message(error))), TextStyle(.notice))])
            return []
        case .none:
            wrap([Span(labels.reactionCount(0), TextStyle(.reactionsHeading))])
            return []
        case .indexed(let index):
            wrap([Span(labels.reactionCount(index.count), TextStyle(.reactionsHeading))])
            return ReactionThreads.order(index)
        }
    }

    mutating func layOutAddReaction(_ text: String) {
        blank()
        anchors[.addReaction] = lineCount
        wrap([Span(clean(text), TextStyle(.addReaction))])
    }

    /// One reaction after a blank line; returns its header's line.
    mutating func layOut(_ reaction: Reaction, depth: Int) -> Int {
        blank()
        // Replies are indented under what they answer; deep threads stop
        // indenting so a narrow terminal still has room for the text.
        let indent = [Span(String(repeating: " ", count: 2 * min(depth, 4)), TextStyle(.reactionText))]
        let headerLine = lineCount
        anchors[.reaction(reaction.id)] = headerLine
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
        return headerLine
    }

    // MARK: - Lines

    private func clean(_ text: String) -> String {
        // Hard breaks are the only newline the wrapper sees; any other control is made visible.
        let newline = UInt8(ascii: "\n")
        // Through the contiguous bytes when there are some: the generic search goes a byte at a time.
        let hasNewline = text.utf8.withContiguousStorageIfAvailable { $0.contains(newline) } ?? text.utf8.contains(newline)
        if !hasNewline { return Sanitizer.sanitizeLine(text) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitizer.sanitizeLine(String($0)) }.joined(separator: " ")
    }

    private mutating func wrap(_ spans: [Span], firstPrefix: [Span] = [], restPrefix: [Span] = []) {
        block += 1
        fingerprints.append(SavedPosition.fingerprint(of: spans.map(\.text).joined()))
        for line in LineWrapper.wrap(spans, width: width, firstPrefix: firstPrefix, restPrefix: restPrefix) {
            lines.append(StyledLine(spans: line.spans, width: line.width, origin: TextOrigin(block: block, offset: line.offset)))
        }
    }

    private mutating func emit(_ spans: [Span]) {
        block += 1
        let merged = spans.filter { !$0.text.isEmpty }
        fingerprints.append(SavedPosition.fingerprint(of: merged.map(\.text).joined()))
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
