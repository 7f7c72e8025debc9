extension Naming {
    /// Longest name, in bytes, a type, operation, property or file stem keeps whole: file systems refuse
    /// names over 255 bytes, and a stem gets ".swift", ".md" and a uniquing suffix added.
    package static let maxNameBytes = 200

    /// `name` itself when short enough, else its first bytes and "_" plus a hash of the whole name, so
    /// two long names that share a prefix stay apart and the result is the same on every run.
    /// Names are ASCII by then (see `ASCIIFolding`); a multi-byte character is never split anyway.
    package static func bounded(_ name: String) -> String {
        let bytes = Array(name.utf8)
        guard bytes.count > maxNameBytes else { return name }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a: stable across runs and platforms, unlike Hasher.
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let suffix = "_" + String(hash, radix: 16).leftPadded(to: 16)
        var prefix = bytes.prefix(maxNameBytes - suffix.utf8.count)
        while let last = prefix.last, last & 0xC0 == 0x80 || last >= 0xC0 { prefix.removeLast() }
        return String(decoding: prefix, as: UTF8.self) + suffix
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
