import Testing
import TEEABI
@testable import TEECore

/// Where GP's instance properties send an open-session request.
@Suite("InstancePolicy.route")
struct InstancePolicyTests {
    typealias Candidate = InstancePolicy.Candidate

    static let multiInstanceFlags: [TAFlags] = [[], [.multiSession], [.instanceKeepAlive], [.multiSession, .instanceKeepAlive], [.secureDataPath]]
    static let candidates: [Candidate?] = [
        nil,
        Candidate(id: 1, phase: .loading, load: 0),
        Candidate(id: 2, phase: .loading, load: 3),
        Candidate(id: 3, phase: .ready, load: 0),
        Candidate(id: 4, phase: .ready, load: 5),
    ]

    @Test("multi-instance TAs always get a new instance, whatever is running", arguments: multiInstanceFlags)
    func multiInstance(_ flags: TAFlags) {
        for candidate in Self.candidates {
            #expect(InstancePolicy.route(flags: flags, candidate: candidate) == .spawn, "candidate \(String(describing: candidate))")
        }
    }

    @Test("with no live instance, a new one is started whatever the flags", arguments: [
        nil, TAFlags.singleInstance, [.singleInstance, .multiSession], [.singleInstance, .instanceKeepAlive],
        [.singleInstance, .multiSession, .instanceKeepAlive],
    ] as [TAFlags?])
    func noCandidate(_ flags: TAFlags?) {
        #expect(InstancePolicy.route(flags: flags, candidate: nil) == .spawn)
    }

    @Test("unknown flags: opens wait for an instance that is loading or ready, which then decides")
    func unknownFlags() {
        #expect(InstancePolicy.route(flags: nil, candidate: Candidate(id: 7, phase: .loading, load: 0)) == .queue(7))
        #expect(InstancePolicy.route(flags: nil, candidate: Candidate(id: 7, phase: .loading, load: 2)) == .queue(7))
        #expect(InstancePolicy.route(flags: nil, candidate: Candidate(id: 8, phase: .ready, load: 0)) == .queue(8))
        #expect(InstancePolicy.route(flags: nil, candidate: Candidate(id: 8, phase: .ready, load: 1)) == .queue(8))
    }

    @Test("single-instance TAs queue on an instance that is still loading", arguments: [
        TAFlags.singleInstance, [.singleInstance, .multiSession], [.singleInstance, .instanceKeepAlive],
    ])
    func singleLoading(_ flags: TAFlags) {
        #expect(InstancePolicy.route(flags: flags, candidate: Candidate(id: 9, phase: .loading, load: 0)) == .queue(9))
        #expect(InstancePolicy.route(flags: flags, candidate: Candidate(id: 9, phase: .loading, load: 4)) == .queue(9))
    }

    @Test("single-instance multi-session TAs share the ready instance at any load", arguments: [
        TAFlags([.singleInstance, .multiSession]), [.singleInstance, .multiSession, .instanceKeepAlive],
    ])
    func singleMultiSession(_ flags: TAFlags) {
        for load in [0, 1, 2, 100] {
            #expect(InstancePolicy.route(flags: flags, candidate: Candidate(id: 11, phase: .ready, load: load)) == .send(11))
        }
    }

    @Test("single-instance TAs without multiSession take one session at a time: BUSY otherwise", arguments: [
        TAFlags.singleInstance, [.singleInstance, .instanceKeepAlive],
    ])
    func singleSolo(_ flags: TAFlags) {
        #expect(InstancePolicy.route(flags: flags, candidate: Candidate(id: 12, phase: .ready, load: 0)) == .send(12))
        #expect(InstancePolicy.route(flags: flags, candidate: Candidate(id: 12, phase: .ready, load: 1)) == .busy)
        #expect(InstancePolicy.route(flags: flags, candidate: Candidate(id: 12, phase: .ready, load: 2)) == .busy)
    }
}
