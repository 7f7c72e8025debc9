import Foundation
import Testing

@testable import FileOutput

@Suite struct PathValidationTests {
    @Test(arguments: [
        ("../x", "contains a '..' component"),
        ("/abs", "is absolute; paths must be relative to the output directory"),
        ("a//b", "has an empty component"),
        ("a/./b", "contains a '.' component"),
        ("a/", "has an empty component"),
        ("", "path is empty"),
        ("a\\b", "contains a backslash; use '/' as separator"),
        ("a\0b", "contains a NUL character"),
        (".generated-files", "is reserved for the manifest"),
        (".Generated-Files", "is reserved for the manifest"),
    ])
    func invalidPathIsRejectedBeforeTouchingAnything(path: String, reason: String) throws {
        try withTemporaryDirectory { temp in
            let root = temp.appending(path: "Generated")
            let error = outputError { try OutputWriter(directory: root).write(files(["ok.swift": "", path: "x"])) }
            #expect(error == .invalidPath(path, reason: reason))
            #expect(!exists("Generated", in: temp), "the output directory must not even be created")
        }
    }

    @Test func caseInsensitiveDuplicateIsRejected() throws {
        try withTemporaryDirectory { root in
            let before = snapshot(root)
            let error = outputError {
                try OutputWriter(directory: root).write(files(["Models/User.swift": "a", "models/user.swift": "b"]))
            }
            #expect(error == .invalidPath("models/user.swift", reason: "differs only in case from 'Models/User.swift'"))
            #expect(snapshot(root) == before)
        }
    }

    @Test func exactDuplicateIsRejected() {
        #expect(throws: FileOutputError.invalidPath("a", reason: "appears more than once")) {
            try PathValidation.validate(["a", "a"])
        }
    }

    @Test func fileInsideAnotherFileIsRejected() {
        #expect(throws: FileOutputError.invalidPath("a/b", reason: "lies inside 'a', which is also a file")) {
            try PathValidation.validate(["a", "a/b"])
        }
    }

    @Test func ordinaryPathsAreAccepted() throws {
        try PathValidation.validate(["a.swift", "Models/User.swift", ".hidden", "a..b/c...d", "Ünïcode/😀.swift"])
    }

    @Test(arguments: [
        ("a.swift", [String]()),
        ("Models/User.swift", ["Models"]),
        ("docs/tags/a/BanksAPI.md", ["docs", "docs/tags", "docs/tags/a"]),
        ("Ünïcode/😀/x.swift", ["Ünïcode", "Ünïcode/😀"]),
    ])
    func parentsAreEveryDirectoryPrefix(path: String, parents: [String]) {
        #expect(PathValidation.parents(of: path) == parents)
    }
}

@Suite struct ErrorTextTests {
    /// A tampered manifest line carrying a terminal escape is printed escaped, as diagnostics are.
    @Test func controlCharactersInPathsArePrintedEscaped() throws {
        try withTemporaryDirectory { temp in
            let root = temp.appending(path: "Generated")
            try OutputWriter(directory: root).write(files(["a.swift": "A\n"]))
            try put("a.swift\n\u{1B}[2Jevil.swift\n", at: "Generated/.generated-files", in: temp)
            let error = outputError { try OutputWriter(directory: root).write(files(["a.swift": "A\n"])) }
            let text = try #require(error).description
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
            #expect(text.contains("entry '\\u{1B}[2Jevil.swift' contains a control character"))
        }
    }
}
