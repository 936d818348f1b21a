package dev.focal.backoffice.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An in-memory upload receiver that enforces its size limit on the server: the Upload's {@code maxFileSize} is
 * only a hint to the browser, which a script can ignore. A file whose declared size is over the limit is refused
 * before anything is read; otherwise at most one byte more than the limit is read, and a longer file is refused
 * there, so an oversize body never fills the memory. A refused file is reported to the Upload as rejected and
 * {@code onRejected} gets a message to show; the callback never sees it.
 */
public final class BoundedUpload implements UploadHandler {

    private final long maxBytes;
    private final InMemoryUploadCallback callback;
    private final SerializableConsumer<String> onRejected;

    private BoundedUpload(long maxBytes, InMemoryUploadCallback callback, SerializableConsumer<String> onRejected) {
        if (maxBytes < 1 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("An in-memory upload limit is between 1 byte and 2 GB");
        }
        this.maxBytes = maxBytes;
        this.callback = callback;
        this.onRejected = onRejected;
    }

    /** Receives files of at most {@code maxBytes} into memory; larger ones are refused with a message. */
    public static BoundedUpload inMemory(long maxBytes, InMemoryUploadCallback callback,
                                         SerializableConsumer<String> onRejected) {
        return new BoundedUpload(maxBytes, callback, onRejected);
    }

    /** The limit as people read it: "8 MB". */
    public static String label(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String tooLarge = event.getFileName() + " is larger than " + label(maxBytes) + ", the most this upload "
                + "takes. Nothing was stored; choose a smaller file.";
        if (event.getFileSize() > maxBytes) {
            reject(event, tooLarge);
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes((int) maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            reject(event, tooLarge);
            return;
        }
        var metadata = new UploadMetadata(event.getFileName(), event.getContentType(), bytes.length);
        event.getUI().access(() -> {
            try {
                callback.complete(metadata, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void reject(UploadEvent event, String message) {
        event.reject(message);
        event.getUI().access(() -> onRejected.accept(message));
    }
}
