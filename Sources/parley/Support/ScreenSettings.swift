import ParleyKit
import ParleyUI

/// The user's keys and theme from the config file, read before the screen
/// opens so that a mistake is one line on stderr and the terminal is never touched.
enum ScreenSettings {
    static func load(ui: Catalogue) throws -> Settings {
        let config: UserConfig
        do {
            config = try UserConfig.load(file: UserConfig.file(environment: Process.environment))
        } catch {
            throw CommandFailure(error.description)
        }
        do {
            return try Settings(config)
        } catch {
            throw CommandFailure(ui.describe(error))
        }
    }
}
