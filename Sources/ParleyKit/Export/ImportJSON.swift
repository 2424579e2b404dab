extension ArticleJSON {
    /// `parley import --dry-run --json`: what `parley show --json` will print
    /// after the import, plus `dropped` and `uncertain`, arrays of
    /// `{"line", "text"}` (docs/usage.md).
    public static func importPreview(_ result: ImportResult, explain: (ReactionsError) -> String) -> JSONObject {
        var object = show(result.article, reactions: result.reactionsState, explain: explain)
        object["dropped"] = notes(result.dropped)
        object["uncertain"] = notes(result.uncertain)
        return object
    }

    private static func notes(_ notes: [ImportNote]) -> JSONValue {
        .array(notes.map { note in
            .object(JSONObject([("line", JSONValue(note.line)), ("text", .string(note.text))]))
        })
    }
}
