/// Everything one `teectl bench` run measured, with ratios and DESIGN.md §5's targets,
/// as a table or as JSON. Ratios compare figures of the same placement section.
struct BenchReport {
    var machine: MachineInfo
    /// Which teed served the run.
    var daemon: String
    var settings: [(key: String, value: String)]
    private(set) var rows: [BenchRow] = []
    var throughput: [ThroughputResult] = []

    init(machine: MachineInfo, daemon: String, settings: [(key: String, value: String)]) {
        self.machine = machine
        self.daemon = daemon
        self.settings = settings
    }

    mutating func add(_ placement: Placement, _ key: String, _ label: String, _ samples: LatencySamples) {
        rows.append(BenchRow(placement: placement, key: key, label: label, samples: samples))
        for i in rows.indices {
            let r = rows[i]
            let floor = row(r.placement, "floor")?.p50 ?? 0
            let null = row(r.placement, "null_invoke")?.p50 ?? 0
            rows[i].ratioToFloor = floor == 0 ? nil : Double(r.p50) / Double(floor)
            if r.key.hasPrefix("nop_memref_") || r.key.hasPrefix("checksum_") || r.key.hasPrefix("first_use_") || r.key == "null_invoke_lowlevel" {
                rows[i].ratioToNull = null == 0 ? nil : Double(r.p50) / Double(null)
            }
        }
    }

    func row(_ placement: Placement, _ key: String) -> BenchRow? {
        rows.first { $0.placement == placement && $0.key == key }
    }

    /// Placements in the order they were measured.
    var placements: [Placement] {
        var seen = [Placement]()
        for r in rows where !seen.contains(r.placement) { seen.append(r.placement) }
        return seen
    }

    /// 2 clients' total throughput over 1 client's.
    func twoVersusOne(pinnedPairs: Bool) -> Double? {
        let series = throughput.filter { $0.pinnedPairs == pinnedPairs }
        guard let one = series.first(where: { $0.clients == 1 })?.total,
              let two = series.first(where: { $0.clients == 2 })?.total, one > 0 else { return nil }
        return two / one
    }

    // MARK: Targets (DESIGN.md §5)

    var targets: [BenchTarget] {
        var list = [BenchTarget]()
        for p in placements {
            if let null = row(p, "null_invoke"), let ratio = null.ratioToFloor {
                list.append(BenchTarget(what: "null invoke p50 [\(p.short)]", target: "≤ 1.5× floor",
                                        measured: "\(Self.fixed(ratio, 2))× floor", met: ratio <= 1.5))
            }
            for (key, size) in [("nop_memref_1m", "1 MiB"), ("nop_memref_16m", "16 MiB")] {
                if let ratio = row(p, key)?.ratioToNull {
                    list.append(BenchTarget(what: "\(size) untouched shm memref p50 [\(p.short)]", target: "≤ 1.2× null invoke",
                                            measured: "\(Self.fixed(ratio, 2))× null", met: ratio <= 1.2))
                }
            }
        }
        for r in rows where r.key == "open_close_running" {
            if let ratio = r.ratioToFloor {
                list.append(BenchTarget(what: "open + close, running instance p50 [\(r.placement.short)]", target: "≤ 10× floor",
                                        measured: "\(Self.fixed(ratio, 1))× floor", met: ratio <= 10))
            }
        }
        for r in rows where r.key == "open_new_instance" {
            list.append(BenchTarget(what: "open starting a new instance p50", target: "≤ 1 ms",
                                    measured: "\(Self.micros(r.p50)) µs", met: r.p50 <= 1_000_000))
        }
        for pinned in [false, true] {
            if let ratio = twoVersusOne(pinnedPairs: pinned) {
                list.append(BenchTarget(what: "throughput 2 clients vs 1 [\(pinned ? "pinned pairs" : "unpinned")]",
                                        target: "≥ 1.6×", measured: "\(Self.fixed(ratio, 2))×", met: ratio >= 1.6))
            }
        }
        return list
    }

    // MARK: Table

    func table() -> String {
        let rule = String(repeating: "-", count: 100) + "\n"
        var out = "swift-tee benchmark\n"
        out += "machine: \(machine.cpus) CPUs, \(machine.cpuModel), \(machine.kernel), load average \(machine.loadAverage) at start\n"
        out += "teed:    \(daemon)\n"
        out += "run:     " + settings.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        out += "times:   µs per round trip, CLOCK_MONOTONIC; ×floor and ×null compare p50s within a section\n"

        for p in placements {
            out += "\n" + [Self.pad("latency — \(p.title)", 54), Self.pad("n", 6, right: true),
                           Self.pad("p50 µs", 9, right: true), Self.pad("p99 µs", 9, right: true),
                           Self.pad("×floor", 8, right: true), Self.pad("×null", 7, right: true)].joined(separator: " ") + "\n"
            out += rule
            for r in rows where r.placement == p {
                out += [Self.pad(r.label, 54), Self.pad(String(r.count), 6, right: true),
                        Self.pad(Self.micros(r.p50), 9, right: true), Self.pad(Self.micros(r.p99), 9, right: true),
                        Self.pad(r.ratioToFloor.map { Self.fixed($0, 2) } ?? "", 8, right: true),
                        Self.pad(r.ratioToNull.map { Self.fixed($0, 2) } ?? "", 7, right: true)].joined(separator: " ") + "\n"
            }
        }

        for pinned in [false, true] {
            let series = throughput.filter { $0.pinnedPairs == pinned }
            guard !series.isEmpty else { continue }
            let title = pinned ? "throughput — pinned: client i and its TA host on CPU i" : "throughput — unpinned client processes"
            out += "\n" + [Self.pad(title, 54), Self.pad("total ops/s", 12, right: true),
                           Self.pad("per client", 16, right: true), Self.pad("×1 client", 10, right: true)].joined(separator: " ") + "\n"
            out += rule
            let one = series.first { $0.clients == 1 }?.total ?? 0
            for t in series {
                let each = t.clients <= 2 ? t.perClient.map { Self.fixed($0, 0) }.joined(separator: " / ")
                                          : Self.fixed(t.total / Double(t.clients), 0) + " avg"
                out += [Self.pad("\(t.clients) client\(t.clients == 1 ? "" : "s"), null invoke, own session each", 54),
                        Self.pad(Self.fixed(t.total, 0), 12, right: true), Self.pad(each, 16, right: true),
                        Self.pad(one > 0 ? Self.fixed(t.total / one, 2) : "", 10, right: true)].joined(separator: " ") + "\n"
            }
        }

        out += "\ntargets (DESIGN.md §5)\n" + rule
        for t in targets {
            out += [Self.pad(t.what, 54), Self.pad(t.target, 20), Self.pad(t.measured, 14), t.met ? "met" : "NOT MET"].joined(separator: " ") + "\n"
        }
        return out
    }

    // MARK: JSON

    func json() -> String {
        func string(_ s: String) -> String { Self.jsonString(s) }
        func number(_ d: Double) -> String { d.isFinite ? Self.fixed(d, 3) : "null" }
        var parts = [String]()
        parts.append("\"machine\": {\"cpus\": \(machine.cpus), \"cpu_model\": \(string(machine.cpuModel)), \"kernel\": \(string(machine.kernel)), \"load_average\": \(string(machine.loadAverage))}")
        parts.append("\"teed\": \(string(daemon))")
        parts.append("\"settings\": {" + settings.map { "\(string($0.key)): \(string($0.value))" }.joined(separator: ", ") + "}")
        let latency = rows.map { r in
            "    {\"placement\": \(string(r.placement.rawValue)), \"key\": \(string(r.key)), \"label\": \(string(r.label)), \"n\": \(r.count), "
                + "\"p50_us\": \(number(Double(r.p50) / 1000)), \"p99_us\": \(number(Double(r.p99) / 1000)), "
                + "\"mean_us\": \(number(r.mean / 1000)), \"ratio_to_floor\": \(r.ratioToFloor.map(number) ?? "null"), "
                + "\"ratio_to_null\": \(r.ratioToNull.map(number) ?? "null")}"
        }
        parts.append("\"latency\": [\n" + latency.joined(separator: ",\n") + "\n  ]")
        let tp = throughput.map { t in
            "    {\"pinned_pairs\": \(t.pinnedPairs), \"clients\": \(t.clients), \"total_ops_per_s\": \(number(t.total)), "
                + "\"per_client_ops_per_s\": [" + t.perClient.map(number).joined(separator: ", ") + "]}"
        }
        parts.append("\"throughput\": [\n" + tp.joined(separator: ",\n") + "\n  ]")
        parts.append("\"throughput_ratio_2_vs_1\": {\"unpinned\": \(twoVersusOne(pinnedPairs: false).map(number) ?? "null"), "
                     + "\"pinned_pairs\": \(twoVersusOne(pinnedPairs: true).map(number) ?? "null")}")
        let goals = targets.map { t in
            "    {\"what\": \(string(t.what)), \"target\": \(string(t.target)), \"measured\": \(string(t.measured)), \"met\": \(t.met)}"
        }
        parts.append("\"targets\": [\n" + goals.joined(separator: ",\n") + "\n  ]")
        return "{\n  " + parts.joined(separator: ",\n  ") + "\n}\n"
    }

    // MARK: Formatting (teectl does not link Foundation)

    static func micros(_ nanoseconds: UInt64) -> String {
        let us = Double(nanoseconds) / 1000
        return fixed(us, us < 100 ? 1 : 0)
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e18 else { return String(value) }
        let units = UInt64(scaled)
        var text = String(units / UInt64(scale))
        if digits > 0 {
            let fraction = String(units % UInt64(scale))
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return value < 0 ? "-" + text : text
    }

    static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return right ? fill + s : s + fill
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
