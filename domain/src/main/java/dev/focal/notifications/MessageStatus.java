package dev.focal.notifications;

/** Where a message is: waiting for its job, handed to SMTP, only logged (no SMTP configured), or failed. */
public enum MessageStatus {
    PENDING("Waiting"),
    SENT("Sent"),
    LOGGED("Logged only (no SMTP)"),
    FAILED("Failed");

    private final String label;

    MessageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
