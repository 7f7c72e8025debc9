import Testing

@testable import Naming

@Suite struct FileStemTests {
    @Test(arguments: [
        ("BankAccount", "BankAccount"), ("../../etc/passwd", "etcpasswd"), (".hidden", "hidden"),
        ("", "Unnamed"), ("/", "Unnamed"), ("Users management", "Usersmanagement"), ("a_b", "a_b"),
        ("Café", "Cafe"), ("CON", "CON_"), ("nul", "nul_"), ("COM1", "COM1_"), ("Console", "Console"),
    ])
    func stem(name: String, expected: String) {
        #expect(Naming.fileStem(name) == expected)
    }

    @Test(arguments: ["..", ".", "../x", "a/../../b", "\u{202E}gnp.exe", "日本", "~/x y"])
    func stemsCannotEscapeTheDirectory(name: String) {
        let stem = Naming.fileStem(name)
        #expect(!stem.isEmpty)
        #expect(!stem.hasPrefix("."))
        #expect(stem.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
    }
}
