/// One file the generator produced in memory, before it touches the disk.
public struct RenderedFile: Sendable, Hashable {
    /// Relative to the output directory, `/`-separated on every platform.
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }

    /// Files are compared and written as UTF-8 bytes, so "unchanged" means byte-identical.
    var data: [UInt8] { Array(contents.utf8) }
}
