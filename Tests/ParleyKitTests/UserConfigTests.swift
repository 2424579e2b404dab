import ParleyKit
import Testing

@Suite("The config file and the default name")
struct UserConfigTests {
    @Test("name: lines, comments and blank lines", arguments: [
        ("name: Jan de Vries\n", "Jan de Vries"),
        ("# my settings\n\nname: Jan de Vries   \n", "Jan de Vries"),
        ("name: \"Jan: de Vries\"", "Jan: de Vries"),
        ("", nil as String?),
    ])
    func reads(text: String, name: String?) throws {
        #expect(try UserConfig.parse(bytes: Array(text.utf8), file: "/c/parley/config") == UserConfig(name: name))
    }

    @Test("every mistake names the file and line", arguments: [
        ("nmae: Jan\n", "/c/parley/config:1: unknown setting 'nmae'; parley knows: name, theme, colour.ROLE, key.MODE.ACTION"),
        ("name: Jan\nname: Piet\n", "/c/parley/config:2: 'name' is given twice"),
        ("\nname:Jan\n", "/c/parley/config:2: put a space after the ':' of 'name'"),
        ("name: Jan: de Vries\n", "/c/parley/config:1: a value containing ':' followed by a space must be in double quotes"),
        ("name: [Jan]\n", "/c/parley/config:1: lists and maps are not supported in front matter; 'name' must be a single value"),
    ])
    func refuses(text: String, message: String) {
        do throws(ConfigError) {
            let config = try UserConfig.parse(bytes: Array(text.utf8), file: "/c/parley/config")
            Issue.record("read \(config) from a config with a mistake")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("a missing config file is no settings")
    func missingFile() throws {
        #expect(try UserConfig.load(file: "/nonexistent/parley/config") == UserConfig())
        #expect(UserConfig.file(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/jan"]) == "/cfg/parley/config")
        #expect(UserConfig.file(environment: ["HOME": "/home/jan"]) == "/home/jan/.config/parley/config")
    }

    @Test("the full name is the first part of the GECOS field; & is the user name", arguments: [
        ("Jan de Vries,Kamer 4,,", "jan", "Jan de Vries" as String?),
        ("Jan de Vries", "jan", "Jan de Vries"),
        ("& de Vries,,,", "jan", "Jan de Vries"),
        (",,,", "jan", nil),
        ("", "jan", nil),
        ("  ", "jan", nil),
    ])
    func gecos(field: String, user: String, name: String?) {
        #expect(Account.fullName(gecos: field, userName: user) == name)
    }

    @Test("default name: the config's, else the full name, else the user name", arguments: [
        (UserConfig(name: "Uit config"), Account(userName: "jan", fullName: "Jan de Vries") as Account?, "Uit config" as String?),
        (UserConfig(), Account(userName: "jan", fullName: "Jan de Vries"), "Jan de Vries"),
        (UserConfig(name: "  "), Account(userName: "jan", fullName: nil), "jan"),
        (UserConfig(), nil, nil),
    ])
    func fallback(config: UserConfig, account: Account?, name: String?) {
        #expect(AuthorName.fallback(config: config, account: account) == name)
    }
}
