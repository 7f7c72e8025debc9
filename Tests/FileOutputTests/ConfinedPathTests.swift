import Foundation
import Testing

@testable import FileOutput

/// The writer skips URL standardization for plain paths; both ways must name the same components.
@Suite struct ConfinedPathTests {
    let confined = ConfinedPath(root: URL(fileURLWithPath: "/work/out"))

    @Test(arguments: [
        "/work/out/a/b.swift", "/work/out/./a/b.swift", "/work/out/x/../a/b.swift", "/work/out//a/b.swift",
        "/work/out/a/b.swift/.", "/work/out/.hidden/b..swift", "/work/out/.../b.swift", "/work/out/a/b/..",
    ])
    func plainAndStandardizedPathsAgree(path: String) {
        let url = URL(fileURLWithPath: path)
        let standardized = url.standardizedFileURL.path(percentEncoded: false)
        #expect(ConfinedPath.standardPath(of: url) == standardized)
        let parts = standardized.dropFirst("/work/out/".count).split(separator: "/").map(String.init)
        #expect(confined.components(of: url) == parts)
    }

    @Test func theRootAndPathsOutsideItHaveNoComponents() {
        #expect(confined.components(of: URL(fileURLWithPath: "/work/out")) == nil)
        #expect(confined.components(of: URL(fileURLWithPath: "/work/outside/a")) == nil)
        #expect(confined.components(of: URL(fileURLWithPath: "/work/out/a/../../b")) == nil)
    }

    @Test func readsFilesLargerThanOneBufferWhole() throws {
        try withTemporaryDirectory { temp in
            let bytes = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            let url = temp.appending(path: "big.bin")
            try bytes.write(to: url)
            #expect(try LocalFileSystem(confinedTo: temp).read(url) == bytes)
            #expect(try LocalFileSystem().read(url) == bytes)
        }
    }
}
