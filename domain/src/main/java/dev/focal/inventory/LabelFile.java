package dev.focal.inventory;

/** A rendered label file, ready to download. */
public record LabelFile(String fileName, String contentType, byte[] content) {
}
