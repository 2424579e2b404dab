import ParleyKit

/// The words of `parley sync`, `parley clone` and `parley merge-reactions`
/// (docs/sync.md), in both languages.
extension Catalogue {
    // MARK: - What a sync did

    private func reactionsCount(_ count: Int) -> String {
        pick(count == 1 ? "1 reaction" : "\(count) reactions", count == 1 ? "1 reactie" : "\(count) reacties")
    }

    /// The one line that says how a sync ended.
    public func syncSummary(_ report: SyncReport) -> String {
        switch report.outcome {
        case .offline:
            if report.sent == 0 && report.articlesPublished == 0 {
                return pick("offline: nothing to send; sync again when the server is reachable",
                            "offline: niets te versturen; synchroniseer opnieuw als de server bereikbaar is")
            }
            return pick("offline: \(reactionsCount(report.sent)) kept here, sync again when the server is reachable",
                        "offline: \(reactionsCount(report.sent)) hier bewaard, synchroniseer opnieuw als de server bereikbaar is")
        case .synced:
            var parts: [String] = []
            if report.sent > 0 { parts.append(pick("\(reactionsCount(report.sent)) sent", "\(reactionsCount(report.sent)) verstuurd")) }
            if report.received > 0 { parts.append(pick("\(reactionsCount(report.received)) received", "\(reactionsCount(report.received)) ontvangen")) }
            if report.articlesAdded > 0 {
                let n = report.articlesAdded
                parts.append(pick(n == 1 ? "1 new article" : "\(n) new articles", n == 1 ? "1 nieuw artikel" : "\(n) nieuwe artikelen"))
            }
            if report.articlesPublished > 0 {
                let n = report.articlesPublished
                parts.append(pick(n == 1 ? "1 article sent" : "\(n) articles sent", n == 1 ? "1 artikel verstuurd" : "\(n) artikelen verstuurd"))
            }
            if parts.isEmpty {
                return pick("up to date with \(report.upstream)", "gelijk met \(report.upstream)")
            }
            return pick("synced with \(report.upstream): ", "gesynchroniseerd met \(report.upstream): ") + parts.joined(separator: ", ")
        }
    }

    /// One article's line: "thissen-richt-je-op-regie: 2 sent, 1 received".
    public func syncArticleLine(_ article: SyncReport.Article, offline: Bool) -> String {
        var parts: [String] = []
        if article.added { parts.append(pick("new article", "nieuw artikel")) }
        if article.published { parts.append(pick("article sent", "artikel verstuurd")) }
        if article.sent > 0 {
            parts.append(offline ? pick("\(article.sent) to send", "\(article.sent) te versturen") : pick("\(article.sent) sent", "\(article.sent) verstuurd"))
        }
        if article.received > 0 { parts.append(pick("\(article.received) received", "\(article.received) ontvangen")) }
        return article.slug + ": " + parts.joined(separator: ", ")
    }

    public func syncRecovered(_ file: String) -> String {
        pick("\(file): conflict markers from a plain git pull replaced by the merge of both sides",
             "\(file): conflictmarkeringen van een gewone git pull vervangen door de samenvoeging van beide kanten")
    }

    // MARK: - Errors

    public func syncError(_ error: SyncError) -> String {
        switch error {
        case .noSuchFolder(let folder):
            return pick("\(folder): no such folder", "\(folder): map bestaat niet")
        case .gitNotStarted:
            return pick("git could not be started: install git (apt-get install git) and try again",
                        "git kon niet worden gestart: installeer git (apt-get install git) en probeer opnieuw")
        case .notAWorkTree(let folder):
            return pick("\(folder) is not in a git work tree: run `git init` and `git remote add origin URL` there, or get a library with `parley clone URL`",
                        "\(folder) staat niet in een git-werkmap: voer daar `git init` en `git remote add origin URL` uit, of haal een bibliotheek op met `parley clone URL`")
        case .detachedHead:
            return pick("git is not on a branch here (a detached HEAD): `git switch BRANCH` first",
                        "git staat hier niet op een branch (een losse HEAD): eerst `git switch BRANCH`")
        case .noUpstream(let branch):
            return pick("the branch \(branch) has no upstream: set one with `git push -u origin \(branch)` (or `git branch --set-upstream-to=origin/\(branch)`)",
                        "de branch \(branch) heeft geen upstream: stel er een in met `git push -u origin \(branch)` (of `git branch --set-upstream-to=origin/\(branch)`)")
        case .alreadyRunning(let lockFile):
            return pick("a sync is already running in this library (\(lockFile) is locked); try again when it is done",
                        "er loopt al een synchronisatie in deze bibliotheek (\(lockFile) is vergrendeld); probeer opnieuw als die klaar is")
        case .authenticationNeeded(let remote):
            return pick("\(remote) needs a password or key: run `parley sync` in a shell, where git and ssh may ask for it",
                        "\(remote) vraagt een wachtwoord of sleutel: voer `parley sync` uit in een shell, waar git en ssh erom kunnen vragen")
        case .unreadableReactions(let problem):
            return pick("\(message(problem)): not sent; fix the file (or `git checkout -- FILE` to drop the change) and sync again",
                        "\(message(problem)): niet verstuurd; herstel het bestand (of `git checkout -- BESTAND` om de wijziging te laten vallen) en synchroniseer opnieuw")
        case .cannotMerge(let file, let problem):
            return pick("\(file) cannot be merged: \(mergeProblem(problem)); the merge was undone, nothing is lost: fix that version of the file and sync again",
                        "\(file) kan niet worden samengevoegd: \(mergeProblem(problem)); het samenvoegen is teruggedraaid, er is niets verloren: herstel die versie van het bestand en synchroniseer opnieuw")
        case .conflicts(let paths):
            return pick("\(paths.joined(separator: ", ")) changed here and on the server; the merge was undone, nothing is lost: merge by hand with `git pull`, then `parley sync`",
                        "\(paths.joined(separator: ", ")) hier en op de server gewijzigd; het samenvoegen is teruggedraaid, er is niets verloren: voeg samen met `git pull`, daarna `parley sync`")
        case .unmergedFiles(let paths):
            return pick("\(paths.joined(separator: ", ")) still unmerged from an earlier merge: resolve them, `git add` them, then `parley sync`",
                        "\(paths.joined(separator: ", ")) nog niet samengevoegd na een eerdere merge: los ze op, `git add`, daarna `parley sync`")
        case .operationInProgress(let operation):
            return pick("a git \(operation) is under way here: finish it (or `git \(operation) --abort`) and sync again",
                        "hier loopt een git \(operation): maak die af (of `git \(operation) --abort`) en synchroniseer opnieuw")
        case .pushKeptFailing(let attempts):
            return pick("others pushed before this sync \(attempts) times in a row; your reactions are committed here: sync again",
                        "anderen waren deze synchronisatie \(attempts) keer voor; je reacties staan hier vastgelegd: synchroniseer opnieuw")
        case .reactions(let problem):
            return message(problem)
        case .noIdentity:
            return pick("git needs your name to commit: `git config --global user.name \"Your Name\"` and `git config --global user.email you@example.org`",
                        "git heeft je naam nodig om vast te leggen: `git config --global user.name \"Je Naam\"` en `git config --global user.email jij@example.org`")
        case .cannotReach(let url):
            return pick("\(url) cannot be reached: check the address and the network, and try again",
                        "\(url) is niet bereikbaar: controleer het adres en het netwerk, en probeer opnieuw")
        case .fileSystem(let error):
            return message(error)
        case .destinationNotEmpty(let folder):
            return pick("\(folder) exists and is not empty: give another folder (`parley clone URL DIR`)",
                        "\(folder) bestaat al en is niet leeg: geef een andere map (`parley clone URL MAP`)")
        case .unavailable:
            return pick("sync is not available here: run `parley sync` in a shell", "synchroniseren kan hier niet: voer `parley sync` uit in een shell")
        case .git(let command, let message):
            return pick("\(command) failed: \(message)", "\(command) mislukt: \(message)")
        }
    }

    private func mergeProblem(_ problem: ReactionsMergeError) -> String {
        switch problem {
        case .unreadable(let side, let error):
            return pick("the \(sideName(side)) version does not parse: \(message(error))",
                        "de \(sideName(side)) versie is niet te lezen: \(message(error))")
        case .newerFormat(let side, _, let version):
            return pick("the \(sideName(side)) version was written by a newer parley (format version \(version)); update parley",
                        "de \(sideName(side)) versie is geschreven door een nieuwere parley (formaatversie \(version)); werk parley bij")
        }
    }

    private func sideName(_ side: ReactionsMerge.Side) -> String {
        switch side {
        case .base: pick("common ancestor's", "gemeenschappelijke")
        case .ours: pick("local (ours)", "lokale (ours)")
        case .theirs: pick("incoming (theirs)", "binnenkomende (theirs)")
        }
    }

    public func mergeDriverError(_ error: MergeDriverError) -> String {
        switch error {
        case .cannotRead(let problem): return message(problem)
        case .cannotWrite(let problem): return message(problem)
        case .cannotMerge(let file, let problem):
            return pick("\(file): \(mergeProblem(problem)); left unmerged for `parley sync`",
                        "\(file): \(mergeProblem(problem)); niet samengevoegd, voor `parley sync`")
        }
    }

    // MARK: - Clone

    public func cloneDone(_ folder: String, isDefault: Bool) -> String {
        if isDefault {
            return pick("cloned into \(folder), the default library folder: `parley` opens it, `parley sync` syncs it",
                        "gekloond naar \(folder), de standaardbibliotheek: `parley` opent die, `parley sync` synchroniseert die")
        }
        return pick("cloned into \(folder): open it with `parley --library \(folder)` (or set PARLEY_LIBRARY=\(folder)); `parley sync --library \(folder)` syncs it",
                    "gekloond naar \(folder): open die met `parley --library \(folder)` (of zet PARLEY_LIBRARY=\(folder)); `parley sync --library \(folder)` synchroniseert die")
    }
}
