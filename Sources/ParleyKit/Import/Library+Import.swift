/// Adding an imported article to the library folder.
extension Library {
    /// The files of an import, for messages.
    public struct AddedFiles: Equatable, Sendable {
        public var article: String
        public var reactions: String?
    }

    /// Why an import was not added; the words are in ParleyUI's `Catalogue`.
    public enum AddError: Error, Equatable, Sendable {
        /// The library already has an article (or a reactions file) by that name.
        case exists(String)
        case file(FileSystemError)
    }

    /// Writes the article and its reactions file (when it has reactions) into
    /// `folder`, creating the folder when it is missing. Never replaces a file.
    ///
    /// The reactions file is written first: the article file is what makes
    /// the import appear in the library, so until it exists the import is not
    /// there at all. When the article cannot be written, the reactions file
    /// just written is removed again, and nothing of the import is left. (A
    /// crash between the two leaves only a reactions file without its
    /// article, which `parley check` reports.)
    @discardableResult
    public static func add(_ result: ImportResult, folder: String) throws(AddError) -> AddedFiles {
        let slug = result.article.slug
        let articleFile = articlePath(folder: folder, slug: slug)
        let reactionsFile = reactionsPath(folder: folder, slug: slug)
        if !FileSystem.isDirectory(folder) {
            do {
                try FileSystem.createFolder(folder)
            } catch {
                throw .file(error)
            }
        }
        // Both names are checked before anything is written, so a refusal changes nothing.
        for path in [articleFile, reactionsFile] where FileSystem.fileExists(path) {
            throw .exists(path)
        }
        var written: String?
        if let reactions = result.reactionsFile {
            try create(reactionsFile, contents: reactions)
            written = reactionsFile
        }
        do {
            try create(articleFile, contents: result.markdown)
        } catch {
            if let written { try? FileSystem.removeFile(written) }
            throw error
        }
        return AddedFiles(article: articleFile, reactions: written)
    }

    private static func create(_ path: String, contents: String) throws(AddError) {
        do {
            try FileSystem.createNewFile(path, contents: contents)
        } catch {
            throw error.isAlreadyExisting ? .exists(path) : .file(error)
        }
    }
}
