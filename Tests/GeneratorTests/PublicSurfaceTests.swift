import Foundation
import Testing

/// Only GeneratorKit is a library product: a type another module declares `public` must be one GeneratorKit's
/// public API hands out, directly or through a public member of such a type. Anything else is an internal of
/// the package and belongs at `package` access (CONTRIBUTING.md, "Access levels"). The compiler enforces the
/// other direction: a `package` type in a public signature does not build.
@Suite struct PublicSurfaceTests {
    static let productModule = "GeneratorKit"
    /// Executables: nothing in them is importable.
    static let executables: Set<String> = ["generate", "FuzzGenerator"]

    struct PublicLine {
        var module: String
        var text: String
    }

    private func publicLines() throws -> [PublicLine] {
        let sources = Paths.packageRoot.appendingPathComponent("Sources")
        var lines: [PublicLine] = []
        for module in try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted()
        where !Self.executables.contains(module) {
            let folder = sources.appendingPathComponent(module)
            let files = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
            for file in files.sorted() where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let code = line.split(separator: "//", maxSplits: 1).first.map(String.init) ?? ""
                    // Enum cases with payloads are as visible as their enum, without saying `public`.
                    let isCase = code.trimmingCharacters(in: .whitespaces).hasPrefix("case ") && code.contains("(")
                    if code.contains("public ") || isCase { lines.append(PublicLine(module: module, text: code)) }
                }
            }
        }
        return lines
    }

    private func declaredType(_ line: String) -> String? {
        let pattern =
            #"public\s+(?:indirect\s+|final\s+)?(?:struct|enum|class|actor|protocol|typealias)\s+([A-Za-z_]\w*)"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
            let range = Range(match.range(at: 1), in: line)
        else { return nil }
        return String(line[range])
    }

    private func identifiers(_ line: String) -> Set<String> {
        Set(line.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
    }

    @Test func everyPublicTypeOutsideTheProductIsHandedOutByIt() throws {
        let lines = try publicLines()
        // Each public type declared outside the product, with its module.
        var declaredOutside: [String: String] = [:]
        for line in lines where line.module != Self.productModule {
            if let type = declaredType(line.text) { declaredOutside[type] = line.module }
        }
        #expect(declaredOutside.count > 10, "the scan found the public data types (Diagnostic, API, ...)")
        // A type is handed out once a public line of a module already handed out names it (its own
        // declaration does not count). Lines are not tied to their enclosing type, so this is generous
        // within a module, but a public type that no public line names is always caught.
        var reachable = Set<String>()
        var modules: Set<String> = [Self.productModule]
        var grew = true
        while grew {
            let before = reachable.count
            for line in lines where modules.contains(line.module) {
                var names = identifiers(line.text)
                if let own = declaredType(line.text) { names.remove(own) }
                for name in names {
                    if let module = declaredOutside[name] {
                        reachable.insert(name)
                        modules.insert(module)
                    }
                }
            }
            grew = reachable.count > before
        }
        let stray = declaredOutside.keys.filter { !reachable.contains($0) }.sorted()
        #expect(stray.isEmpty, "public but not part of GeneratorKit's API; declare them package: \(stray)")
    }
}
