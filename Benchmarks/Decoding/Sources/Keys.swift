// Probe: what Foundation's JSONDecoder costs for each transaction object before any field is decoded, and what
// listing its keys (`allKeys`, the only way a Decodable type can find keys it does not know) adds.
//
//   keys id   FILE RUNS    every transaction as a struct reading only `id`
//   keys all  FILE RUNS    every transaction as a struct reading `allKeys` of a keyed container (and nothing else)
//
// Prints the CPU ms of each decode; Benchmarks/decoding.sh also counts its instructions (instructions phase).
import Foundation

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
struct AllKeys: Decodable {
    let count: Int
    init(from decoder: any Decoder) throws { count = try decoder.container(keyedBy: AnyKey.self).allKeys.count }
}
struct IdOnly: Decodable {
    let id: Int
}
struct Body<T: Decodable>: Decodable { let transactions: [T] }

func cpuMilliseconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) * 1e3 + Double(spec.tv_nsec) / 1e6
}

func probe() throws {
    let args = CommandLine.arguments
    guard args.count >= 3, ["id", "all"].contains(args[1]) else {
        FileHandle.standardError.write(Data("usage: keys id|all FILE [RUNS]\n".utf8))
        exit(2)
    }
    let data = try Data(contentsOf: URL(fileURLWithPath: args[2]))
    let runs = args.count > 3 ? Int(args[3]) ?? 1 : 1
    let decoder = JSONDecoder()
    var times: [String] = []
    var count = 0
    for _ in 0..<runs {
        let start = cpuMilliseconds()
        if args[1] == "id" {
            count = try decoder.decode(Body<IdOnly>.self, from: data).transactions.count
        } else {
            count = try decoder.decode(Body<AllKeys>.self, from: data).transactions.reduce(0) { $0 + $1.count }
        }
        times.append(String(format: "%.1f", cpuMilliseconds() - start))
    }
    print("\(args[1]): \(count) (transactions or keys), CPU ms per decode: \(times.joined(separator: ", "))")
}

try probe()
