package dev.focal.platform;

import java.nio.file.Path;

/**
 * Another process (usually a second Focal started on the same {@code FOCAL_DATA_DIR}) holds the embedded
 * PostgreSQL's lock; reported in one line by {@link DataDirectoryInUseFailureAnalyzer}.
 */
class DataDirectoryInUseException extends RuntimeException {

    private final Path dataDir;

    DataDirectoryInUseException(Path dataDir) {
        super("Another Focal is already using the data directory " + dataDir
                + " (its embedded PostgreSQL is locked).");
        this.dataDir = dataDir;
    }

    Path dataDir() {
        return dataDir;
    }
}
