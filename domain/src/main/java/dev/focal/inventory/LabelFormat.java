package dev.focal.inventory;

/** What a label file is made for: a PDF sheet or single labels, or ZPL for a thermal printer. */
public enum LabelFormat {
    A4_SHEET("PDF, A4 sheet of 3 × 8", "application/pdf", "pdf"),
    SINGLE("PDF, single labels 62 × 29 mm", "application/pdf", "pdf"),
    ZPL("ZPL for thermal printers (62 × 29 mm)", "application/zpl", "zpl");

    private final String label;
    private final String contentType;
    private final String extension;

    LabelFormat(String label, String contentType, String extension) {
        this.label = label;
        this.contentType = contentType;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }
}
