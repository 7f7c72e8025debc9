import Foundation
import Testing

@testable import FileOutput

/// A fresh directory per test; tests run in parallel.
func withTemporaryDirectory(_ body: (URL) throws -> Void) throws {
    let url = URL(fileURLWithPath: NSTemporaryDirectory())
        .appending(path: "FileOutputTests-\(UUID().uuidString)", directoryHint: .isDirectory)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    try body(url)
}

/// Every entry under `root` (directories end in "/") with its bytes: two equal
/// snapshots mean the tree is byte-for-byte identical, leftover temps included.
func snapshot(_ root: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: root.path(percentEncoded: false)) else {
        return result
    }
    while let relative = enumerator.nextObject() as? String {
        let url = root.appending(path: relative)
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: url.path(percentEncoded: false), isDirectory: &isDirectory)
        if isDirectory.boolValue {
            result[relative + "/"] = Data()
        } else {
            result[relative] = (try? Data(contentsOf: url)) ?? Data("<unreadable>".utf8)
        }
    }
    return result
}

func put(_ text: String, at relative: String, in root: URL) throws {
    let url = root.appending(path: relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

func text(at relative: String, in root: URL) -> String? {
    (try? Data(contentsOf: root.appending(path: relative))).map { String(decoding: $0, as: UTF8.self) }
}

func exists(_ relative: String, in root: URL) -> Bool {
    FileManager.default.fileExists(atPath: root.appending(path: relative).path(percentEncoded: false))
}

func modificationDate(_ relative: String, in root: URL) throws -> Date? {
    try FileManager.default.attributesOfItem(atPath: root.appending(path: relative).path(percentEncoded: false))[
        .modificationDate
    ] as? Date
}

func setModificationDate(_ date: Date, _ relative: String, in root: URL) throws {
    try FileManager.default.setAttributes(
        [.modificationDate: date],
        ofItemAtPath: root.appending(path: relative).path(percentEncoded: false)
    )
}

func files(_ pairs: KeyValuePairs<String, String>) -> [RenderedFile] {
    pairs.map { RenderedFile(path: $0.key, contents: $0.value) }
}

/// Runs `body` and returns the `FileOutputError` it throws, recording an issue if it throws nothing else.
func outputError(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> FileOutputError? {
    do {
        try body()
        Issue.record("expected a FileOutputError, nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as FileOutputError {
        return error
    } catch {
        Issue.record("expected a FileOutputError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// The real disk, failing on chosen calls (counted from 1) to simulate a full
/// disk or a rename that the OS refuses.
final class FaultyFileSystem: FileSystem {
    private var real: any FileSystem = LocalFileSystem()
    var failWrite: Int?
    var failRename: Set<Int>
    var failRemove: Int?
    var failList = false
    var writable = true
    var loseMkdirRace = false
    private(set) var writes = 0
    private(set) var renames = 0
    private(set) var removes = 0

    init(failWrite: Int? = nil, failRename: Set<Int> = [], failRemove: Int? = nil) {
        self.failWrite = failWrite
        self.failRename = failRename
        self.failRemove = failRemove
    }

    func kind(of url: URL) -> FileKind? { real.kind(of: url) }
    func read(_ url: URL) throws -> Data { try real.read(url) }

    func writeNew(_ data: Data, to url: URL) throws {
        writes += 1
        if writes == failWrite {
            // Like a real full disk: a partial file is left behind for the caller to clean up.
            try real.writeNew(data.prefix(data.count / 2), to: url)
            throw POSIXFailure("write", code: ENOSPC)
        }
        try real.writeNew(data, to: url)
    }

    func rename(_ source: URL, to destination: URL) throws {
        renames += 1
        if failRename.contains(renames) { throw POSIXFailure("rename", code: EIO) }
        try real.rename(source, to: destination)
    }

    func linkOrCopy(_ source: URL, to destination: URL) throws { try real.linkOrCopy(source, to: destination) }

    func remove(_ url: URL) throws {
        removes += 1
        if removes == failRemove { throw POSIXFailure("unlink", code: EBUSY) }
        try real.remove(url)
    }

    func createDirectory(_ url: URL) throws {
        try real.createDirectory(url)
        // Another run made the folder a moment before this one tried.
        if loseMkdirRace { throw POSIXFailure("mkdir", code: EEXIST) }
    }

    func list(_ url: URL) throws -> [String] {
        if failList { throw POSIXFailure("opendir", code: EACCES) }
        return try real.list(url)
    }

    func isWritableDirectory(_ url: URL) -> Bool { writable && real.isWritableDirectory(url) }

    // The journal and syncs are not counted: the fault numbers above count the files of the run.
    func writeDurably(_ data: Data, to url: URL, through temp: URL) throws {
        try real.writeDurably(data, to: url, through: temp)
    }
    func synchronize(_ directory: URL) throws { try real.synchronize(directory) }

    func confined(to root: URL) -> any FileSystem {
        real = real.confined(to: root)
        return self
    }
}
