import Diagnostics
import Foundation
import OpenAPIModel
import Testing
@Test func zzProbe() {
    for name in ["brainbi.net_1.0.0.yaml", "linode.com_4.97.2.yaml", "apideck.com_vault_5.3.0.yaml", "whatsapp.local_1.0.yaml"] {
        let data = FileManager.default.contents(atPath: "/work/shared/corpus/" + name)!
        for d in DocumentParser.load(Array(data), file: name).diagnostics { print("PROBE", d) }
    }
    let data = FileManager.default.contents(atPath: "/work/main/spec/biapi.pro-2.0.openapi.yaml")!
    var counts: [String: Int] = [:]
    for d in DocumentParser.load(Array(data), file: "b").diagnostics {
        if d.message.hasPrefix("default 'false") { print("BUDGEA", d) }
    }
    for (k, v) in counts.sorted(by: { $0.key < $1.key }) { print("BUDGEA", v, k) }
}
