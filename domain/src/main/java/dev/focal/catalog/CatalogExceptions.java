package dev.focal.catalog;

import dev.focal.shared.ChangedBySomeoneElse;
import dev.focal.shared.InvalidInput;
import dev.focal.shared.NotFound;

/** Failures of the catalog context, translated once at the edge (view, controller, API). */
public final class CatalogExceptions {

    private CatalogExceptions() {
    }

    /**
     * A product breaks a rule. {@code field} names the part it concerns (like {@code code},
     * {@code sizes[2].b}, {@code variants[3].barcode}) so a form or an import report can show it in place.
     */
    public static final class InvalidProduct extends InvalidInput {

        public InvalidProduct(String field, String message) {
            super(field, message);
        }

        @Override
        public String field() {
            return fieldProblems().getFirst().field();
        }
    }

    public static final class ProductNotFound extends NotFound {
        public ProductNotFound(String what) {
            super("No product " + what + ".");
        }
    }

    /** Someone else saved the product after the editor loaded it; nothing was written. */
    public static final class ProductChanged extends ChangedBySomeoneElse {
        public ProductChanged(String code) {
            super("Product " + code + " was changed by someone else since you opened it. Reload it to see their"
                    + " changes, then make yours again.");
        }
    }

    /** An image upload was refused (type, size, unreadable); it concerns the file as a whole, no field. */
    public static final class InvalidImage extends InvalidInput {
        public InvalidImage(String message) {
            super(message);
        }
    }
}
