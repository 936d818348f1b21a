package dev.focal.shared;

/**
 * The request is well formed, but a rule refuses the action; nothing was written. Use it when no field of the
 * request is wrong in itself: the record's state does not allow it now (a PO that was sent, not enough stock,
 * an expired link), or something the action needs has not been set up (no price for the SKU). The message
 * says why and what is possible instead; {@link #title()} names the kind of refusal in a few words ("Not
 * enough stock") and is the title of the API's problem document, and {@link #kind()} which of the two it is.
 *
 * <p>It is an {@link IllegalStateException}, so code that catches those still catches every refusal.
 */
public abstract class Refused extends IllegalStateException {

    /** The title for a refusal that says nothing more specific. */
    public static final String NOT_POSSIBLE_NOW = "Not possible now";

    /** Why the action cannot happen, so an edge can answer in kind. */
    public enum Kind {
        /** The current state of the records does not allow it; it may become possible later. */
        NOT_NOW,
        /**
         * The request cannot be processed as it stands: something it needs has not been set up (a price, a price
         * list), or it contradicts an earlier request (an idempotency key reused for another body). Repeating it
         * unchanged fails the same way.
         */
        CANNOT_PROCESS
    }

    private final String title;
    private final Kind kind;

    /** A refusal titled {@value #NOT_POSSIBLE_NOW}. */
    protected Refused(String message) {
        this(NOT_POSSIBLE_NOW, Kind.NOT_NOW, message);
    }

    protected Refused(String title, String message) {
        this(title, Kind.NOT_NOW, message);
    }

    protected Refused(String title, Kind kind, String message) {
        super(message);
        this.title = title;
        this.kind = kind;
    }

    /** A few words naming the kind of refusal, like "Not enough stock"; the message gives the details. */
    public String title() {
        return title;
    }

    public Kind kind() {
        return kind;
    }
}
