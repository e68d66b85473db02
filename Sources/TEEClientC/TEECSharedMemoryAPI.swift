import CTEEClientAPI
import TEEABI
import TEEClient

// TEEC_AllocateSharedMemory, TEEC_RegisterSharedMemory, TEEC_ReleaseSharedMemory and
// the OP-TEE extension TEEC_RegisterSharedMemoryFileDescriptor.

@_cdecl("TEEC_AllocateSharedMemory")
public func teecAllocateSharedMemory(_ context: UnsafeMutablePointer<TEEC_Context>?,
                                     _ sharedMem: UnsafeMutablePointer<TEEC_SharedMemory>?) -> TEEC_Result {
    guard let context, let sharedMem, let tee = HandleRegistry.shared.context(context.pointee.imp.fd),
          let flags = flags(sharedMem.pointee.flags), sharedMem.pointee.size <= Int.max else {
        return TEEResult.badParameters.rawValue
    }
    do throws(TEEError) {
        let memory = try tee.allocateSharedMemory(size: sharedMem.pointee.size, flags: flags)
        publish(memory, in: sharedMem, buffer: memory.buffer.baseAddress, shadow: nil)
        return TEEResult.success.rawValue
    } catch {
        return TEEResult.outOfMemory.rawValue
    }
}

@_cdecl("TEEC_RegisterSharedMemory")
public func teecRegisterSharedMemory(_ context: UnsafeMutablePointer<TEEC_Context>?,
                                     _ sharedMem: UnsafeMutablePointer<TEEC_SharedMemory>?) -> TEEC_Result {
    guard let context, let sharedMem, let tee = HandleRegistry.shared.context(context.pointee.imp.fd),
          let buffer = sharedMem.pointee.buffer, let flags = flags(sharedMem.pointee.flags),
          sharedMem.pointee.size <= Int.max else {
        return TEEResult.badParameters.rawValue
    }
    do throws(TEEError) {
        let memory = try tee.registerSharedMemory(buffer, size: sharedMem.pointee.size, flags: flags)
        publish(memory, in: sharedMem, buffer: buffer, shadow: memory.shadowAddress)
        return TEEResult.success.rawValue
    } catch {
        return error.result.rawValue
    }
}

@_cdecl("TEEC_RegisterSharedMemoryFileDescriptor")
public func teecRegisterSharedMemoryFileDescriptor(_ context: UnsafeMutablePointer<TEEC_Context>?,
                                                   _ sharedMem: UnsafeMutablePointer<TEEC_SharedMemory>?,
                                                   _ fd: Int32) -> TEEC_Result {
    guard let context, let sharedMem, let tee = HandleRegistry.shared.context(context.pointee.imp.fd),
          let flags = flags(sharedMem.pointee.flags) else {
        return TEEResult.badParameters.rawValue
    }
    do throws(TEEError) {
        let memory = try tee.registerSharedMemory(fileDescriptor: fd, flags: flags)
        publish(memory, in: sharedMem, buffer: nil, shadow: nil)
        sharedMem.pointee.size = memory.size
        sharedMem.pointee.imp.registered_fd = fd
        return TEEResult.success.rawValue
    } catch {
        return error.result.rawValue
    }
}

@_cdecl("TEEC_ReleaseSharedMemory")
public func teecReleaseSharedMemory(_ sharedMem: UnsafeMutablePointer<TEEC_SharedMemory>?) {
    guard let sharedMem, sharedMem.pointee.imp.id != -1 else { return }
    HandleRegistry.shared.removeMemory(sharedMem.pointee.imp.id)?.release()
    sharedMem.pointee.buffer = nil
    sharedMem.pointee.imp.id = -1
    sharedMem.pointee.imp.shadow_buffer = nil
    sharedMem.pointee.imp.registered_fd = -1
}

/// `flags` must be a non-empty subset of TEEC_MEM_INPUT | TEEC_MEM_OUTPUT.
private func flags(_ raw: UInt32) -> TEESharedMemory.Flags? {
    let flags = TEESharedMemory.Flags(rawValue: raw)
    return !flags.isEmpty && flags.isSubset(of: .inputOutput) ? flags : nil
}

private func publish(_ memory: TEESharedMemory, in sharedMem: UnsafeMutablePointer<TEEC_SharedMemory>,
                     buffer: UnsafeMutableRawPointer?, shadow: UnsafeMutableRawPointer?) {
    sharedMem.pointee.buffer = buffer
    sharedMem.pointee.imp.id = HandleRegistry.shared.add(memory: memory)
    sharedMem.pointee.imp.alloced_size = max(memory.size, 1)
    sharedMem.pointee.imp.shadow_buffer = shadow
    sharedMem.pointee.imp.registered_fd = -1
    sharedMem.pointee.imp.flags = sharedMem.pointee.flags
}
