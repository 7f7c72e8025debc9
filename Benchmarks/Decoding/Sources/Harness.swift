// Shared by every decoding benchmark executable (Benchmarks/decoding.sh copies it next to each main.swift).
//
//   decode-X read   FILE       read FILE into Data, nothing else (the baseline of the peak-memory figure)
//   decode-X decode FILE RUNS  decode the body RUNS times with the client's JSONDecoder, each timed
//   decode-X client FILE RUNS  the whole operation RUNS times: the client's method, an in-memory transport
//                              answering 200 with FILE, body collection, status/content-type checks, decode
//
// Prints one JSON line: {"mode":..., "ms":[wall time of each run], "cpu_ms":[CPU time of the process during each
// run], "median":..., "cpu_median":..., "checksum":"..."}. The checksum (transactions,
// sum of ids, transactions with a `deleted` date) must agree across clients: all of them decoded the same thing.
import Foundation
import HTTPTypes
import OpenAPIRuntime

struct Checksum: CustomStringConvertible, Sendable {
    var transactions = 0
    var idSum = 0
    var deleted = 0
    var description: String { "\(transactions) tx, id sum \(idSum), \(deleted) deleted" }
}

/// Optional or not, in every flavour of the generated models.
@inline(__always) func int(_ value: Int) -> Int { value }
@inline(__always) func int(_ value: Int?) -> Int { value ?? 0 }
@inline(__always) func present<T>(_ value: T?) -> Bool { value != nil }

/// Answers every request with 200, `application/json` and the same bytes.
struct FixedResponseTransport: ClientTransport {
    let body: Data
    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws
        -> (HTTPResponse, HTTPBody?)
    {
        (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(self.body))
    }
}

enum Harness {
    /// MODE, the body read from FILE, RUNS.
    static func arguments() -> (mode: String, data: Data, runs: Int) {
        let args = CommandLine.arguments
        guard args.count >= 3, ["read", "decode", "client"].contains(args[1]) else {
            FileHandle.standardError.write(Data("usage: \(args[0]) read|decode|client FILE [RUNS]\n".utf8))
            exit(2)
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: args[2]))
            return (args[1], data, args.count > 3 ? Int(args[3]) ?? 1 : 1)
        } catch {
            FileHandle.standardError.write(Data("cannot read \(args[2]): \(error)\n".utf8))
            exit(1)
        }
    }

    /// Times `decode` or `client` RUNS times (nothing for `read`) and prints the result line.
    /// Synchronous, and `decode` never touches Swift concurrency, so valgrind can run it (it crashes in the
    /// concurrency runtime's threads); `client` runs in a detached task while the main thread waits.
    static func measure(
        _ arguments: (mode: String, data: Data, runs: Int),
        decode: () throws -> Checksum,
        client: @escaping @Sendable () async throws -> Checksum
    ) {
        let (mode, data, runs) = arguments
        let result: Result
        switch mode {
        case "decode": result = time(runs, decode)
        case "client":
            let box = ResultBox()
            let done = DispatchSemaphore(value: 0)
            Task.detached {
                var times: [Double] = []
                var cpuTimes: [Double] = []
                var checksum = Checksum()
                let clock = ContinuousClock()
                for _ in 0..<runs {
                    do {
                        let start = clock.now
                        let cpuStart = cpuMilliseconds()
                        checksum = try await client()
                        let elapsed = clock.now - start
                        cpuTimes.append(cpuMilliseconds() - cpuStart)
                        times.append(milliseconds(elapsed))
                    } catch {
                        fail("client failed: \(error)")
                    }
                }
                box.result = Result(times: times, cpuTimes: cpuTimes, checksum: checksum)
                done.signal()
            }
            done.wait()
            result = box.result
        default: result = Result()
        }
        func list(_ values: [Double]) -> String { values.map { String(format: "%.1f", $0) }.joined(separator: ",") }
        print(
            #"{"mode":"\#(mode)","bytes":\#(data.count),"ms":[\#(list(result.times))],"cpu_ms":[\#(list(result.cpuTimes))],"#
                + #""median":\#(String(format: "%.1f", median(result.times))),"cpu_median":\#(String(format: "%.1f", median(result.cpuTimes))),"#
                + #""checksum":"\#(result.checksum)"}"#
        )
    }

    struct Result {
        var times: [Double] = []
        var cpuTimes: [Double] = []
        var checksum = Checksum()
    }

    final class ResultBox: @unchecked Sendable {
        var result = Result()
    }

    static func time(_ runs: Int, _ body: () throws -> Checksum) -> Result {
        var result = Result()
        let clock = ContinuousClock()
        for _ in 0..<runs {
            do {
                let start = clock.now
                let cpuStart = cpuMilliseconds()
                result.checksum = try body()
                let elapsed = clock.now - start
                result.cpuTimes.append(cpuMilliseconds() - cpuStart)
                result.times.append(milliseconds(elapsed))
            } catch {
                fail("decode failed: \(error)")
            }
        }
        return result
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(1)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}

/// CPU time of the whole process (every thread), in ms: on a shared machine it moves much less than wall time.
func cpuMilliseconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) * 1e3 + Double(spec.tv_nsec) / 1e6
}
