import CTEETAABI
import TEEABI
import TEEPlatform
import TEETransport
#if canImport(Glibc)
import Glibc
#endif

/// The services table a TA receives (`stee_host_api`): cancellation, wait, trace, panic,
/// properties, memory rights, time, TA-to-TA, crypto and trusted storage.
enum HostServices {
    static func table(for host: TAHost) -> stee_host_api {
        var api = stee_host_api()
        api.abi_version = UInt32(STEE_TA_ABI_VERSION)
        api.host = Unmanaged.passUnretained(host).toOpaque()
        api.get_cancellation_flag = { ctx in
            let host = HostServices.host(ctx)
            host.drainCurrentChannel(timeoutMilliseconds: 0)
            return host.cancelRequested && !host.cancelMasked
        }
        api.mask_cancellation = { ctx in
            let host = HostServices.host(ctx)
            defer { host.cancelMasked = true }
            return host.cancelMasked
        }
        api.unmask_cancellation = { ctx in
            let host = HostServices.host(ctx)
            defer { host.cancelMasked = false }
            return host.cancelMasked
        }
        api.wait = { ctx, ms in HostServices.host(ctx).wait(milliseconds: ms).rawValue }
        api.trace = { ctx, level, message in
            let host = HostServices.host(ctx)
            guard level >= 0, UInt8(clamping: level) <= host.logLevel, let message else { return }
            host.reply(HostLog(level: UInt8(clamping: level), message: String(cString: message)))
        }
        api.client_identity = { ctx, out in
            let host = HostServices.host(ctx)
            var identity = stee_identity()
            if let client = host.currentSession?.client {
                identity.login = client.login.rawValue
                identity.time_low = client.uuid.timeLow
                identity.time_mid = client.uuid.timeMid
                identity.time_hi_and_version = client.uuid.timeHiAndVersion
                withUnsafeMutableBytes(of: &identity.clock_seq_and_node) { $0.copyBytes(from: client.uuid.clockSeqAndNode) }
            }
            out?.pointee = identity
        }
        api.check_memory_access = { ctx, flags, buffer, size in
            let host = HostServices.host(ctx)
            return MemoryAccess.check(flags: flags, address: UInt(bitPattern: buffer), size: size,
                                      clientRanges: host.clientRanges).rawValue
        }
        api.get_persistent_time = { ctx, seconds, millis in
            let reply = HostServices.host(ctx).service?.persistentTime() ?? PersistentTimeReply(result: .communication)
            seconds?.pointee = reply.seconds
            millis?.pointee = reply.millis
            return reply.result.rawValue
        }
        api.set_persistent_time = { ctx, seconds, millis in
            (HostServices.host(ctx).service?.setPersistentTime(seconds: seconds, millis: millis) ?? .communication).rawValue
        }
        api.open_ta_session = { ctx, uuid, timeout, types, params, session, origin in
            let host = HostServices.host(ctx)
            guard let sessions = host.taSessions, let uuid, let params, let session, let origin,
                  let target = TEEUUID(octets: Array(UnsafeBufferPointer(start: uuid, count: 16))) else {
                return TEEResult.badParameters.rawValue
            }
            return sessions.open(uuid: target, timeout: timeout, types: types, params: params,
                                 session: &session.pointee, origin: &origin.pointee).rawValue
        }
        api.invoke_ta_command = { ctx, session, timeout, command, types, params, origin in
            let host = HostServices.host(ctx)
            guard let sessions = host.taSessions, let params, let origin else { return TEEResult.badParameters.rawValue }
            return sessions.invoke(session: session, timeout: timeout, command: command, types: types, params: params,
                                   origin: &origin.pointee).rawValue
        }
        api.close_ta_session = { ctx, session in
            HostServices.host(ctx).taSessions?.close(session: session)
        }
        api.crypto = UnsafePointer(host.cryptoTable)
        api.storage = UnsafePointer(host.storageTable)
        api.panic = { ctx, code in
            HostServices.host(ctx).panicTA("TA panicked with code 0x\(String(code, radix: 16))")
        }
        return api
    }

    static func host(_ ctx: UnsafeMutableRawPointer?) -> TAHost {
        Unmanaged<TAHost>.fromOpaque(ctx!).takeUnretainedValue()
    }
}

extension TAHost {
    /// TEE_Panic, and what GP says panics: logged, then the instance is dead (no destroy
    /// entry point, no unwinding); clients get TARGET_DEAD.
    func panicTA(_ why: String) -> Never {
        reply(HostLog(level: 1, message: why))
        _exit(3)
    }

    /// Client memory mapped in this host: every session's shared regions and the memrefs
    /// of the running operation (inline copies included: they hold the client's bytes).
    var clientRanges: [(base: UInt, size: Int)] {
        operationRanges + allSessions.flatMap { $0.regions.values.map { (UInt(bitPattern: $0.base), $0.size) } }
    }

    /// TEE_Wait: sleeps, waking early when the client cancels (if unmasked).
    func wait(milliseconds: UInt32) -> TEEResult {
        let deadline = Self.nowMilliseconds() + Int64(milliseconds)
        while true {
            if cancelRequested && !cancelMasked { return .cancel }
            let remaining = deadline - Self.nowMilliseconds()
            if remaining <= 0 { return .success }
            if currentSession?.channelOpen == true {
                drainCurrentChannel(timeoutMilliseconds: Int32(clamping: remaining))
            } else {
                var ts = timespec(tv_sec: Int(remaining / 1000), tv_nsec: Int(remaining % 1000) * 1_000_000)
                nanosleep(&ts, nil)
            }
        }
    }

    /// Reads what the current client sent while its entry point runs: a cancellation of
    /// the running operation sets the flag; anything else waits its turn.
    func drainCurrentChannel(timeoutMilliseconds: Int32) {
        guard let session = currentSession, session.channelOpen else { return }
        var timeout = timeoutMilliseconds
        while true {
            // A client flooding its channel while its call runs only fills its socket buffer.
            if session.pending.count >= HostSession.maxPending {
                if timeout > 0 { var ts = timespec(tv_sec: Int(timeout / 1000), tv_nsec: Int(timeout % 1000) * 1_000_000); nanosleep(&ts, nil) }
                return
            }
            var p = pollfd(fd: session.channel.fd.rawValue, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, timeout) > 0 else { return }
            timeout = 0
            do throws(TransportError) {
                let datagram = try session.channel.receive()
                if datagram.header.opcode == .cancel {
                    if datagram.header.requestID == currentSeq { cancelRequested = true } else { session.rememberCancel(datagram.header.requestID) }
                } else {
                    session.pending.append(datagram)
                }
            } catch .malformed {
                continue
            } catch .wouldBlock {
                return
            } catch {
                session.channelOpen = false
                pollDirty = true
                return
            }
            if cancelRequested && !cancelMasked { return }
        }
    }

    static func nowMilliseconds() -> Int64 { MonotonicTime.milliseconds() }
}
