package dev.focal.customers;

/**
 * The prescription encryption key is missing or malformed, so Focal refuses to start rather than store
 * prescriptions it could not read back. {@link #action()} says how to fix it.
 */
public class RxKeyMissing extends IllegalStateException {

    /** How to make a key, for the start-up failure report and the docs. */
    public static final String HOW_TO_CREATE = "Create a key with `openssl rand -base64 32` (or `head -c 32 "
            + "/dev/urandom | base64`), keep a copy somewhere safe (prescriptions stored with it cannot be read "
            + "without it), and pass it as FOCAL_RX_KEY (Spring property focal.rx.key). To try Focal out, "
            + "FOCAL_DEMO=true generates a key under the data directory instead.";

    private final String action;

    public RxKeyMissing(String message, String action) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
