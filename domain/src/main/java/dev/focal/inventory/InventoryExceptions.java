package dev.focal.inventory;

import dev.focal.shared.ChangedBySomeoneElse;
import dev.focal.shared.InvalidInput;
import dev.focal.shared.NotFound;
import dev.focal.shared.Refused;

/** Failures of the inventory context, translated once at the edge (view, controller, API). */
public final class InventoryExceptions {

    private InventoryExceptions() {
    }

    /** Input breaks a rule; {@code field} names the input it concerns so a form can show it in place. */
    public static final class InvalidStockInput extends InvalidInput {

        public InvalidStockInput(String field, String message) {
            super(field, message);
        }

        @Override
        public String field() {
            return fieldProblems().getFirst().field();
        }
    }

    /**
     * Not enough stock for what was asked: nothing was written. Carries what was there so the caller can say
     * it ("Only 3 available at WH1").
     */
    public static final class InsufficientStock extends Refused {

        private final String sku;
        private final String location;
        private final int requested;
        private final int available;

        public InsufficientStock(String sku, String location, int requested, int available, String message) {
            super("Not enough stock", message);
            this.sku = sku;
            this.location = location;
            this.requested = requested;
            this.available = available;
        }

        public String sku() {
            return sku;
        }

        public String location() {
            return location;
        }

        public int requested() {
            return requested;
        }

        public int available() {
            return available;
        }
    }

    public static final class StockNotFound extends NotFound {
        public StockNotFound(String what) {
            super("No " + what + ".");
        }
    }

    /** Someone else saved the record after it was read; nothing was written. */
    public static final class StockRecordChanged extends ChangedBySomeoneElse {
        public StockRecordChanged(String what) {
            super(what + " was changed by someone else since you opened it. Reload it, then make your change again.");
        }
    }
}
