package dev.focal.customers;

/** A prescription document with its decrypted content, for serving to whoever may see it. */
public record StoredRxDocument(RxDocumentInfo info, byte[] content) {
}
