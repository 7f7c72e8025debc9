#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// How the writer learns that it should stop: it asks between steps, rolls back, and throws
/// `FileOutputError.interrupted`. Injected so tests can interrupt at a chosen step without signals.
package struct Interruption: Sendable {
    /// The signal number that asked to stop, or `nil` to go on.
    package var pending: @Sendable () -> Int32?

    package init(pending: @escaping @Sendable () -> Int32?) {
        self.pending = pending
    }

    /// SIGINT / SIGTERM, once `SignalTrap.install()` has run; never otherwise.
    package static let signals = Interruption { SignalTrap.pending }
}

/// SIGINT and SIGTERM only set a flag (the one thing a handler may safely do); the writer polls it,
/// rolls back and returns, and the command then dies of the same signal with the default action.
package enum SignalTrap {
    nonisolated(unsafe) private static var received: sig_atomic_t = 0

    static var pending: Int32? {
        let signal = received
        return signal == 0 ? nil : Int32(signal)
    }

    /// From here on SIGINT and SIGTERM wait for the writer to roll back.
    package static func install() {
        for signal in [SIGINT, SIGTERM] {
            var action = sigaction()
            #if canImport(Darwin)
                action.__sigaction_u.__sa_handler = { SignalTrap.received = sig_atomic_t($0) }
            #else
                action.__sigaction_handler.sa_handler = { SignalTrap.received = sig_atomic_t($0) }
            #endif
            // SA_RESTART: a read or write in flight finishes instead of failing with EINTR.
            action.sa_flags = SA_RESTART
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }

    /// Dies of `signal` as if no handler had been installed, so the shell sees the usual status (130, 143).
    package static func reraise(_ signal: Int32) -> Never {
        var action = sigaction()
        #if canImport(Darwin)
            action.__sigaction_u.__sa_handler = SIG_DFL
        #else
            action.__sigaction_handler.sa_handler = SIG_DFL
        #endif
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
        kill(getpid(), signal)
        // Only reached if the signal is blocked.
        exit(128 + signal)
    }
}
