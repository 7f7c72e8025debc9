extension Naming {
    /// Safe file name stem for a type or tag: only `[A-Za-z0-9_]`, never empty, never starting
    /// with '.', so joining it to the output directory can never escape it ("../x" -> "x").
    /// Windows device names ("CON", "NUL", "COM1"...) get a trailing "_" so the output can be
    /// checked out anywhere. Case clashes ("User" / "user") are `UniqueNamer(caseInsensitive:)`'s job.
    package static func fileStem(_ name: String) -> String {
        // Byte-wise: the folded name is ASCII, and Character tests cost more than the rest of the naming.
        let kept = ASCIIFolding.fold(name).utf8.filter { Words.isAlphanumeric($0) || $0 == UInt8(ascii: "_") }
        let stem = kept.isEmpty ? "Unnamed" : bounded(String(decoding: kept, as: UTF8.self))
        return windowsDeviceNames.contains(stem.uppercased()) ? stem + "_" : stem
    }

    private static let windowsDeviceNames: Set<String> = Set(
        ["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] }
    )
}
