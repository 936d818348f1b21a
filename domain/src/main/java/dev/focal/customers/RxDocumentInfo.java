package dev.focal.customers;

import java.time.Instant;

/** An uploaded prescription document, without its content. {@code contentType} is what the content is, sniffed. */
public record RxDocumentInfo(RxDocumentId id, String fileName, String contentType, long size, Instant uploadedAt) {
}
