package io.hftengine.pipeline.journal;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/** File attributes that make a new file readable and writable by its owner only, where POSIX. */
final class OwnerOnly {
    private OwnerOnly() {
    }

    static FileAttribute<?>[] attributes(final Path path) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0]; // e.g. Windows: the directory's ACLs apply
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }
}
