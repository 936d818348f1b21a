package dev.focal.catalog;

/** Failures of the catalog context, translated once at the edge (view, controller, API). */
public final class CatalogExceptions {

    private CatalogExceptions() {
    }

    /**
     * A product breaks a rule. {@code field} names the part it concerns (like {@code code},
     * {@code sizes[2].b}, {@code variants[3].barcode}) so a form or an import report can show it in place.
     */
    public static final class InvalidProduct extends IllegalArgumentException {

        private final String field;

        public InvalidProduct(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public static final class ProductNotFound extends RuntimeException {
        public ProductNotFound(String what) {
            super("No product " + what + ".");
        }
    }

    /** Someone else saved the product after the editor loaded it; nothing was written. */
    public static final class ProductChanged extends RuntimeException {
        public ProductChanged(String code) {
            super("Product " + code + " was changed by someone else since you opened it. Reload it to see their"
                    + " changes, then make yours again.");
        }
    }

    /** An image upload was refused (type, size, unreadable). */
    public static final class InvalidImage extends IllegalArgumentException {
        public InvalidImage(String message) {
            super(message);
        }
    }
}
