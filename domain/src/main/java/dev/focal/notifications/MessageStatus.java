package dev.focal.notifications;

/**
 * Where a message is: waiting for its job, being handed to SMTP, sent, only logged (no SMTP configured),
 * failed (known not to have been accepted), or uncertain (delivery stopped while SMTP had it: it may have
 * been sent, so Focal does not send it again on its own; a person checks with the recipient).
 */
public enum MessageStatus {
    PENDING("Waiting"),
    SENDING("Being sent"),
    SENT("Sent"),
    LOGGED("Logged only (no SMTP)"),
    FAILED("Failed"),
    UNCERTAIN("Perhaps sent: check with the recipient");

    private final String label;

    MessageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
