import ParleyKit
import ParleySync
import ParleyUI

/// Runs `Effect.sync` for the library screen: `Sync` in the background,
/// git never prompting (it would write on parley's screen), then the
/// library read again so new reactions and articles show at once.
struct SyncService: EffectService {
    let environment: [String: String]
    let program: String

    func plan(for effect: Effect) -> EffectPlan? {
        guard case .sync(let folder) = effect else { return nil }
        let options = Sync.Options(folder: folder, environment: environment, prompts: false, program: program)
        return .background(.syncing) {
            let report: SyncReport
            do throws(SyncError) {
                report = try Sync.run(options)
            } catch {
                return [.syncFailed(error)]
            }
            return [.synced(report, library: try? Library.load(folder: folder))]
        }
    }
}
