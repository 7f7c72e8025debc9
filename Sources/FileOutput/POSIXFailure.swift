import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An errno captured at the failing call, so messages carry the real OS reason.
struct POSIXFailure: Error, CustomStringConvertible {
    var operation: String
    var code: Int32

    init(_ operation: String, code: Int32 = errno) {
        self.operation = operation
        self.code = code
    }

    var description: String { "\(operation): \(String(cString: strerror(code)))" }
}

/// Turns any error (ours, POSIX, Foundation) into a short reason for `FileOutputError`.
func reason(for error: any Error) -> String {
    if let error = error as? POSIXFailure { return error.description }
    if let error = error as? FileOutputError { return error.description }
    let nsError = error as NSError
    // Foundation wraps the errno; the underlying POSIX message is the useful part.
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
        underlying.domain == NSPOSIXErrorDomain
    {
        return String(cString: strerror(Int32(underlying.code)))
    }
    if nsError.domain == NSPOSIXErrorDomain {
        return String(cString: strerror(Int32(nsError.code)))
    }
    return "\(error)"
}
