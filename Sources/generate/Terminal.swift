import Foundation

/// Output goes to stdout, diagnostics to stderr, so `generate list > file` stays clean.
enum Terminal {
    static func out(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((text + terminator).utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
