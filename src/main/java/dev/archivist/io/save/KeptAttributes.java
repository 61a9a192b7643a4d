package dev.archivist.io.save;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.Map;

/**
 * What a file is besides its bytes (owner, group, the whole mode with its setuid, setgid and
 * sticky bits, user extended attributes), given to the new file that replaces it.
 */
final class KeptAttributes {

    private KeptAttributes() {
    }

    /**
     * Gives {@code to} the attributes of {@code from}, as far as this process may: only root can
     * give a file to another owner, and a file system may keep no extended attributes. Never throws.
     */
    static void copy(Path from, Path to) {
        if (!copyOwnerAndMode(from, to)) {
            try {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            } catch (IOException | UnsupportedOperationException e) {
                // not a POSIX file system: the new file keeps the folder's defaults
            }
        }
        copyUserAttributes(from, to);
    }

    /** A file that did not exist before: readable by all, as an editor makes it (a temporary file is private). */
    static void newFile(Path to) {
        try {
            Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the new file keeps the folder's defaults
        }
    }

    private static boolean copyOwnerAndMode(Path from, Path to) {
        Map<String, Object> unix;
        try {
            unix = Files.readAttributes(from, "unix:uid,gid,mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
        // the owner first: giving a file away clears its setuid and setgid bits
        setIfDifferent(to, "unix:uid", unix.get("uid"));
        setIfDifferent(to, "unix:gid", unix.get("gid"));
        try {
            Files.setAttribute(to, "unix:mode", (Integer) unix.get("mode") & 07777);
            return true;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void setIfDifferent(Path file, String attribute, Object value) {
        try {
            if (!value.equals(Files.getAttribute(file, attribute))) {
                Files.setAttribute(file, attribute, value);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not root: the saved file belongs to whoever saved it, as with any editor that replaces files
        }
    }

    private static void copyUserAttributes(Path from, Path to) {
        UserDefinedFileAttributeView source = Files.getFileAttributeView(from, UserDefinedFileAttributeView.class);
        UserDefinedFileAttributeView target = Files.getFileAttributeView(to, UserDefinedFileAttributeView.class);
        if (source == null || target == null) {
            return;
        }
        try {
            for (String name : source.list()) {
                ByteBuffer value = ByteBuffer.allocate(source.size(name));
                source.read(name, value);
                value.flip();
                target.write(name, value);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // a file system without user attributes has none to keep
        }
    }
}
