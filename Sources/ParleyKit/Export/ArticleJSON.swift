/// The shapes of `--json` output, documented in docs/usage.md. They are for
/// scripts, so they only ever grow: a key once given is never renamed or dropped.
public enum ArticleJSON {
    /// `parley show SLUG --json`: one object for the article and its reactions.
    /// `explain` gives the words for unreadable reactions (the UI language's).
    public static func show(_ article: Article, reactions: ReactionsState, explain: (ReactionsError) -> String) -> JSONObject {
        var object = JSONObject()
        object["slug"] = .string(article.slug)
        object["title"] = .string(article.title)
        object["metadata"] = .object(JSONObject(article.metadata.fields.map { ($0.key, JSONValue.string($0.value)) }))
        object["lead"] = strings(article.lead.plainParagraphs)
        object["questions"] = .array(article.exchanges.map { exchange in
            .object(JSONObject([
                ("number", JSONValue(exchange.number)),
                ("text", .string(exchange.question.plainText)),
                ("answer", strings(exchange.answer.plainParagraphs)),
            ]))
        })
        object["sections"] = .array(article.sections.map { section in
            .object(JSONObject([
                ("title", .string(section.title.plainText)),
                ("paragraphs", strings(section.blocks.plainParagraphs)),
            ]))
        })
        switch reactions {
        case .none:
            object["reactions"] = .array([])
        case .loaded(let document):
            object["reactions"] = .array(document.reactions.map(ReactionsDocument.encode))
        case .failed(let error):
            object["reactions"] = .array([])
            object["reactionsError"] = .string(explain(error))
        }
        return object
    }

    /// `parley reactions SLUG --json`: the reactions as the file holds them
    /// (unknown fields too), in the order given.
    public static func reactions(_ reactions: [Reaction]) -> JSONValue {
        .array(reactions.map(ReactionsDocument.encode))
    }

    /// One element of `parley list --json`.
    public static func listEntry(_ entry: ListedArticle, explain: (ReactionsError) -> String) -> JSONObject {
        var object = JSONObject([
            ("slug", .string(entry.slug)),
            ("title", .string(entry.title)),
            ("interviewee", entry.metadata.interviewee.map(JSONValue.string) ?? .null),
            ("questions", JSONValue(entry.questionCount)),
            ("reactions", JSONValue(entry.reactionCount)),
        ])
        // Unreadable reactions are not 0 reactions: null, and why.
        if let error = entry.reactions.error {
            object["reactions"] = .null
            object["reactionsError"] = .string(explain(error))
        }
        return object
    }

    private static func strings(_ values: [String]) -> JSONValue {
        .array(values.map(JSONValue.string))
    }
}
