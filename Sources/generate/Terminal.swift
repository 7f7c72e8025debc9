import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Output goes to stdout, diagnostics to stderr, so `generate list > file` stays clean.
/// Written with write(2): `FileHandle.write` traps on a full or closed stream (`generate > /dev/full`
/// died with SIGILL); here such a stream is one error line and exit status 1.
enum Terminal {
    static func out(_ text: String, terminator: String = "\n") {
        if let failure = write(text + terminator, to: STDOUT_FILENO) {
            _ = write("error: cannot write to standard output: \(failure)\n", to: STDERR_FILENO)
            exit(1)
        }
    }

    static func error(_ text: String) {
        // Nowhere left to say it: the exit status is the message.
        if write(text + "\n", to: STDERR_FILENO) != nil { exit(1) }
    }

    /// A closed pipe (`generate list | head -1`) becomes EPIPE from write(2) instead of a silent death.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// The OS reason, or `nil` once every byte is written.
    private static func write(_ text: String, to descriptor: Int32) -> String? {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }
}

/// Inside `Terminal`, `write` means its own method.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
