package dev.focal.customers;

import dev.focal.customers.PrescriptionExceptions.RxDocumentRejected;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Prescription documents on disk: {@code <data-dir>/rx-documents/<id>}, each AES-GCM encrypted with its
 * document id as associated data. A file is written (to a temporary name, then moved into place) before its
 * metadata row is inserted; if the transaction then does not commit, the file is deleted again, so a row never
 * points at nothing and a refused upload leaves nothing behind.
 */
final class RxDocumentFiles {

    /** What a document is, read from its first bytes. */
    enum Format {
        PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg"), PNG("image/png", "png");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RxDocumentFiles.class);
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final Path root;
    private final RxKeyring keys;

    RxDocumentFiles(Path root, RxKeyring keys) {
        this.root = root.toAbsolutePath().normalize();
        this.keys = keys;
    }

    Path root() {
        return root;
    }

    /**
     * The format of a document by its content alone; the name and the declared type do not count.
     *
     * @throws RxDocumentRejected when it is empty, too large, or not a PDF, JPEG or PNG
     */
    static Format sniff(byte[] content) {
        if (content.length == 0) {
            throw new RxDocumentRejected("The file is empty. Choose the photo or scan of your prescription again.");
        }
        if (content.length > PrescriptionDocuments.MAX_DOCUMENT_BYTES) {
            throw new RxDocumentRejected("The file is larger than 10 MB. Take a smaller photo or scan, or save the "
                    + "PDF at a lower resolution.");
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Format.PDF;
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Format.PNG;
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Format.JPEG;
        }
        throw new RxDocumentRejected("This file is not a PDF, JPEG or PNG. Upload a photo or a scan of the "
                + "prescription in one of those formats.");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A user's file name without folders or control characters, at most 255 characters, never empty. */
    static String cleanName(String fileName, Format format) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "prescription." + format.extension;
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    /**
     * Encrypts and writes a document inside the current transaction; returns the key id. Removed again when the
     * transaction rolls back.
     */
    String write(RxDocumentId id, byte[] content) {
        RxKeyring.Sealed sealed = keys.seal(content, aad(id));
        writeFile(id, sealed.bytes());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(id);
                    }
                }
            });
        }
        return sealed.keyId();
    }

    private void writeFile(RxDocumentId id, byte[] sealed) {
        Path target = file(id);
        try {
            Files.createDirectories(root);
            Path temporary = Files.createTempFile(root, ".upload-", ".tmp");
            try {
                Files.write(temporary, sealed);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the prescription document", e);
        }
    }

    /** Reads and decrypts; checks the content against the SHA-256 recorded at upload. */
    byte[] read(RxDocumentId id, String keyId, String expectedSha256) {
        return decrypt(id, keyId, expectedSha256).content();
    }

    /**
     * Re-encrypts a document's file with the current key (written to a temporary name, then moved over the old
     * file) and returns the current key's id, for the row to record. A file that is already under the current key,
     * because a restart came between moving the file and committing its row, is left as it is.
     */
    String rekey(RxDocumentId id, String keyId, String expectedSha256) {
        Opened opened = decrypt(id, keyId, expectedSha256);
        if (!opened.keyId().equals(keys.currentKeyId())) {
            writeFile(id, keys.seal(opened.content(), aad(id)).bytes());
        }
        return keys.currentKeyId();
    }

    private record Opened(String keyId, byte[] content) {
    }

    /**
     * Decrypts with the key the row names, or else with the current key: during a re-encryption the file is
     * replaced before its row commits, so for a moment (or after a crash, until the job runs again) the file is
     * ahead of its row.
     */
    private Opened decrypt(RxDocumentId id, String keyId, String expectedSha256) {
        byte[] sealed;
        try {
            sealed = Files.readAllBytes(file(id));
        } catch (IOException e) {
            throw new UncheckedIOException("The file of prescription document " + id + " is missing", e);
        }
        Opened opened;
        try {
            opened = new Opened(keyId, keys.open(keyId, sealed, aad(id)));
        } catch (IllegalStateException notThatKey) {
            if (keyId.equals(keys.currentKeyId())) {
                throw notThatKey;
            }
            try {
                opened = new Opened(keys.currentKeyId(), keys.open(keys.currentKeyId(), sealed, aad(id)));
            } catch (IllegalStateException notTheCurrentEither) {
                throw notThatKey;
            }
        }
        if (!sha256(opened.content()).equals(expectedSha256)) {
            throw new IllegalStateException("Prescription document " + id + " does not match its checksum");
        }
        return opened;
    }

    /**
     * Removes files no row points at, older than {@code minimumAge}: what a crash between writing a file and
     * committing its row leaves behind (a rollback removes its file itself). Returns how many were removed.
     */
    int removeOrphans(java.util.function.Predicate<UUID> known, java.time.Duration minimumAge, java.time.Instant now) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (var list = Files.list(root)) {
            for (Path file : list.toList()) {
                String name = file.getFileName().toString();
                if (Files.getLastModifiedTime(file).toInstant().isAfter(now.minus(minimumAge))) {
                    continue;
                }
                boolean orphan;
                try {
                    orphan = !known.test(UUID.fromString(name));
                } catch (IllegalArgumentException notADocument) {
                    orphan = name.startsWith(".upload-");
                }
                if (orphan && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for orphaned prescription documents in {}: {}", root, e.getMessage());
        }
        return removed;
    }

    void delete(RxDocumentId id) {
        try {
            Files.deleteIfExists(file(id));
        } catch (IOException e) {
            log.warn("Could not remove the document file of {}: {}", id, e.getMessage());
        }
    }

    Path file(RxDocumentId id) {
        // The id is a UUID, so the name cannot leave the folder.
        return root.resolve(UUID.fromString(id.value().toString()).toString());
    }

    private static String aad(RxDocumentId id) {
        return "rx-document:" + id;
    }
}
